import { defineRule } from "../../shared/src/rule.js";
import { allMatches } from "../../shared/src/text.js";

/**
 * Using social media for personal purposes while in a clinical, teaching or lab setting:
 * "live-tweeting from the lecture", "scrolling TikTok on rounds", "posting this from the OR".
 * "Posting" as a rotation ("my surgery posting") is not social media; advice against the
 * habit ("don't scroll on rounds") is not a finding.
 */

const APPS = String.raw`(?:instagram|insta|ig|tiktok|twitter|x|facebook|fb|snapchat|snap|reddit|youtube|reels|threads|bluesky|linkedin|whats\s?app|telegram|discord|social media|socials|my feed|the feed|notifications|dms|group chats?|the group chat)`;
const ACTIVITY = new RegExp(
  [
    String.raw`\blive[- ]?(?:tweet|post|blogg?|stream)(?:s|ed|ing)?\b`,
    String.raw`\blive from\b`,
    String.raw`\btweet(?:s|ed|ing)?\b`,
    String.raw`\b(?:post(?:s|ed|ing)?|upload(?:s|ed|ing)?|shar(?:e|es|ed|ing))\s+(?:this|these|it|that|live|from|my\s+(?:story|stories|selfie|pic|photo|reel)|an?\s+(?:story|selfie|pic|photo|reel|tiktok|tweet|update|thread))\b`,
    String.raw`\b(?:doom)?scroll(?:s|ed|ing)?\b`,
    String.raw`\b(?:check(?:s|ed|ing)?|on|browsing|watch(?:ing|ed)?|open(?:ed|ing)?|refresh(?:ed|ing)?)\s+(?:my\s+|the\s+)?${APPS}\b`,
    String.raw`\b(?:repl(?:y|ies|ied|ying)|respond(?:s|ed|ing)?|answer(?:s|ed|ing)?)\s+to\s+(?:\w+\s+){0,2}(?:messages|dms|texts|comments|stories|tweets|whats\s?apps?)\b`,
    String.raw`\b(?:texting|snapchatting|instagramming|tiktoking|selfies?|filming (?:a|my) (?:tiktok|reel|story))\b`,
    String.raw`\bon (?:my|the) phone\b`,
    // "phone propped against the vitals chart", "snuck this one during the practical"
    String.raw`\b(?:phone|camera|gopro)\s+(?:propped|balanced|set up|mounted|leaning|rolling|recording|out(?!\s+of\b))\b`,
    String.raw`\bsn(?:uck|eaked)\s+(?:(?:this|that)(?:\s+one)?\b|(?:a|one)\s+(?:quick\s+)?(?:pic|photo|selfie|snap|shot|video|clip|story|reel)s?\b)`,
    String.raw`\b(?:quick|another|little|mini)\s+(?:tiktok|reel|insta story|ig story|insta live|ig live|snap|vlog|selfie|tweet|livestream)\b`,
    String.raw`\b(?:reels?|tiktoks?|vlogs?|insta stories|selfies?|snaps?)\s+(?=(?:from|in|at|during)\b)`,
    String.raw`\b(?:a|my|this|the)\s+(?:tiktok|reel|insta story|ig story|snapchat|vlog|selfie|livestream)\b`,
    // "typing this between patients", "uploading this straight from my phone", "filming this while we wait"
    // "posting between checks", "tweeting during handover"
    String.raw`\b(?:post|tweet|scroll|text|snap|blogg?)(?:s|ed|ing)?\s+(?=(?:in\s+)?between\b|during\b|mid[- ]\w)`,
    String.raw`\b(?:typ(?:e|es|ed|ing)|writ(?:e|es|ing)|wrote|upload(?:s|ed|ing)?|film(?:s|ed|ing)?|record(?:s|ed|ing)?|snap(?:s|ped|ping)|shoot(?:s|ing)?|shot|vlog(?:s|ged|ging)?|tweet(?:s|ed|ing)?)\s+(?:this|these|it|that)\b(?!\s+(?:up|down|out)\b)`,
  ].join("|"),
  "gi",
);
/** ACTIVITY without the global flag, for cheap tests. */
const ACTIVITY_TEST = new RegExp(ACTIVITY.source, "i");
const SETTING = new RegExp(
  String.raw`\b(?:(?:the|my|our|lab|a) bench|bench ?side|fume hood|biosafety cabinet|tissue culture room|chairside|the chair|lectures?|lecture (?:hall|theatre)|tutorials?|seminars?|classes|class|cbl|pbl|tbl|small[- ]group|grand rounds|ward rounds?|rounds|(?:the|a|on the|on) wards?|clinics?|clinic sessions?|clinical (?:session|skills|work)|(?:operating )?theatres?|theatre corridor|operating (?:room|table)|the or|in or|surgery|(?:anatomy|dissection|path(?:ology)?|research|wet|skills|sim(?:ulation)?|histology|micro(?:biology)?|teaching) (?:labs?|room|suite|centre|center)|labs?|dissection|icu|nicu|picu|emergency department|the ed|in ed|a&e|resus|handover|morning report|on call|on-call|call shift|night shift|osces?|exam hall|bedside|labour ward|delivery suite|practicals?(?!\s+(?:point|perspective|sense|tips?|advice|guide|reasons?|terms|ways?|matters?|steps?|side|skills?|solutions?|questions?|help|examples?))|nurses'? stations?|consults?|studio|mortuary|morgue|autopsy|post-mortem|pharmacy counter|dispensary|(?:on-?)?call room|doctors'? mess|nurses'? station|sluice|scrub room|recovery (?:room|bay)|cadaver lab|dissection room|(?:in|the) middle of (?:a |the )?(?:consult|procedure|operation|case|code|ward round|round|clinic|lecture|surgery)|work ?rooms?|team rooms?|charting (?:room|station)s?|sign-?out rooms?|(?:radiology|rads|PACS) (?:reading )?rooms?|PACS stations?|handover rooms?|report rooms?|(?<=(?:morning|safety|bed|ward|unit|nursing|shift|clinical|staff|daily|board|6:30|7am|7 am) )huddles?|board rounds?|journal club|M&M|morbidity and mortality|case conference|tumou?r board|MDT(?: meeting)?|step-?down(?: unit)?|HDU|CCU|CVICU|SICU|MICU|PACU|cath lab|endoscopy (?:suite|unit|room)|dialysis unit|labou?r and delivery|L&D|(?:demonstrator|lecturer|tutor|professor|prof|consultant|attending|registrar|preceptor|instructor|facilitator)(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:recap|talk|lecture|demo|demonstration|session|teaching|presentation|review|explanation|tutorial|walkthrough|rounds?|briefing|debrief)|(?:lecture|lab|anatomy|teaching|case|session|practical|dissection|sim) (?:recap|debrief|briefing)|(?:med(?:ication)?|drug) (?:rooms?|carts?|trolleys?|pass(?:es)?|rounds?)|(?:clean|dirty) utility(?: rooms?)?|utility rooms?|supply rooms?|treatment rooms?|obs rounds?|(?:sterile |aseptic )?compounding (?:rooms?|labs?|areas?|suites?|units?)|aseptic (?:units?|suites?|rooms?)|clean ?rooms?|procedure rooms?|exam(?:ination)? rooms?|consult(?:ation|ing)? rooms?|therapy rooms?|plaster rooms?|isolation rooms?|(?:rehab(?:ilitation)?|physio(?:therapy)?|therapy|OT|hydrotherapy|gait|cardiac rehab) (?:gyms?|pools?|kitchens?|suites?|bays?|departments?|dept))\b`,
  "i",
);
/** "between patients", "between cases": the gap is still clinical time. */
/** "while we wait for radiographs", "while the patient is on the table": the wait is still clinical time. */
const WAITING = /\bwhile (?:we|I|they|the (?:team|patient))(?:'re|’re|'m|’m| are| am| is)? (?:wait(?:s|ing)? for|scrub(?:bing)? in|prep(?:ping)?(?: for)?) (?:the |his |her |their |our )?(?:radiographs?|x-?rays?|films|scans?|CT|MRI|bloods|labs?|lab results|results|histo(?:logy)?|path(?:ology)?|cultures?|the gel|gels?|PCR|incubat\w+|centrifug\w+|(?:next )?(?:patient|case|consultant|attending|anaesthetist|anesthetist|surgeon|list|procedure))\b|\b(?:patient|pt) (?:is )?(?:still )?on the (?:table|chair)\b|\bwhile (?:my|the|our) (?:[\w-]+ )?(?:patient|client|pt)s? (?:is |are )?(?:(?:does|do|doing|finish(?:es|ing)?|performs?|performing|works? (?:through|on)|working (?:through|on)|completes?|completing|rests?|resting|sits? (?:up|out)|cools? down|cooling down|warms? up|warming up|walks?|walking|cycles?|cycling|practis(?:es|ing)|practic(?:es|ing))\b(?=[^.!?\n]{0,40}\b(?:squats?|reps?|sets?|exercises?|stretch\w*|lunges?|step-?ups?|bridges?|bike|treadmill|laps|stairs|parallel bars|home programme|programme|program|drills?|circuit|warm-?up|cool-?down|balance|gait|walk)\b))/i;
const BETWEEN = /\b(?:between|in between)\s+(?:checks|(?:pump|vent|safety|line|obs) checks|sets of (?:obs|observations|vitals)|vitals|feeds|turns|med(?:ication)? (?:rounds|passes)|patients|clients|appointments|consultations|treatments|cases|consults|operations|procedures|clinics|lists|scrubbing|ward rounds|obs|admissions|pages|bleeps|codes|deliveries|scans|sittings)\b|\bwhile (?:the|my|our) (?:[\w-]+ )?(?:vent checks?|ABGs?|gas(?:es)?|bloods|scan|CT|MRI|films?|gel|centrifuge|samples?|slides?|stains?|autoclave|PCR|infusion|transfusion|dialysis|observations|analy[sz]er|nebs?|nebuli[sz]er|assay|incubation) (?:is|are) (?:still )?(?:running|spinning|processing|loading|incubating|staining|printing|cycling|going|running through|in progress|on)\b|\bmid[- ](?:ward[- ]round|rounds?|surgery|lecture|clinic|shift|op|operation|case|procedure|consult|dissection|lab|handover|code|resus)\b/i;
/** Rooms behind the ward ("the pantry", "the staff room", "the residents' lounge"): a clinical setting when the sentence says the author is on shift. */
const SOFT_SETTING = /\b(?:bay|cubicle|cubicles|theatre|resus|OR)\s+\d{1,2}\b|\b(?:(?:ward|unit|staff|nurses['’]?)\s+)?pantry\b|\b(?:staff|break|tea|locker|changing|rest)\s?rooms?\b|\b(?:residents|doctors|nurses|staff|registrars|interns)['’]?\s+(?:lounge|room|pantry|kitchen)\b/i;
const CLINICAL_CUE = /\b(?:handover|rounds|theatre|clinic|scrubs|CI|CIs|preceptor|clinical instructor|clinical educator|ward|wards|night shift|nights|on[- ]call|shift|placement|posting|rotation|clerkship|hospital|patients?|obs|charge nurse|staff nurse|consultant|registrar|attending|pager|bleep)\b/;
const PREP = /\b(?:from|in|during|on|at|behind|between|while (?:on|in|at|doing)|in the middle of|halfway through|through)\s+/i;
/** Prepositions that put an activity inside a setting named before it (\"During CBL, scrolling …\"). */
const INSIDE = /^(?:during|between|while|in the middle of|halfway through)\b/i;
/** \"live from the OR\": upper-case OR only (the conjunction is everywhere). */
const OR_ROOM = /\b(?:the|in|from|to)\s+OR\b/;
/** The setting must be in the phrase right after the preposition: "on the bus home after the ward round" is not on the ward round. */
const TAIL_STOP = /\b(?:after|before|home|to|on|at|from|when|while|then|and|but|so|because|until|since)\b|[,;:(]/i;
/** "live-tweeting grand rounds": the setting as the direct object. */
const DIRECT = /^[\s\w'-]{0,25}?\b(?:grand rounds|ward rounds?|rounds|lectures?|tutorials?|seminars?|cbl|pbl|handover|the ward|clinic|surgery|the (?:case|operation|procedure)|the or)\b/i;
const ELSEWHERE = /^[\s,]*(?:(?:now|tonight|finally|quickly|late)\s+)?(?:at home|from home|in bed|from bed|from (?:my|the) (?:couch|sofa|bed|flat|apartment)|on the (?:bus|train|tube|couch|sofa)|after (?:work|my shift|the shift|a long (?:day|shift)|clinic|rounds|the lecture|class))\b/i;
const PREP_G = new RegExp(PREP.source, "gi");
/** A scene or caption that opens with where the author is: "**Scene 1:** Me at the nurses' station, phone propped …". */
const SCENE_LEAD = /^[\s*_#>-]*(?:(?:scene|shot|frame|slide|pic|photo|clip|caption|take)\s*\d*\s*[:.)-]?[\s*_]*)?(?:me|us|myself|selfie|pic|photo)\s+$/i;
const NEGATED = /\b(?:never|not|no|n't|don'?t|doesn'?t|won'?t|refrain|avoid|stop(?:ped)?|quit|shouldn'?t|instead of|rather than|without|banned|allowed|policy)\b[^.!?;]{0,40}$/i;

export default defineRule({
  id: "clinical.setting",
  title: "Social media in clinical or teaching settings",
  description: "Posting, scrolling or messaging on personal social media while in lectures, tutorials, on the wards, in clinic, theatre or the lab takes attention from learning and patients, and posts from clinical places risk showing patients or confidential information. The policies ask you to refrain from personal social media in these settings.",
  severity: "information",
  sources: ["imu-students:e.i", "umn-health-sciences:guideline-5", "imi:3"],
  fixes: [],
  scope: "block",
  examples: [
    { bad: "Live-tweeting from the back row of today's pathology lecture.", good: "Writing up my pathology lecture notes tonight." },
    { bad: "Scrolling TikTok on rounds again.", good: "Rounds ran long today, so I caught up on TikTok at home." },
  ],
  check(ctx) {
    const block = ctx.block!;
    const text = block.text;
    if (!ACTIVITY_TEST.test(text)) return;
    for (const s of block.sentences) {
      const ss = s.start - block.start, se = s.end - block.start;
      const sentence = text.slice(ss, se);
      // an activity is rarer than a setting word: test it first
      if (!ACTIVITY_TEST.test(sentence)) continue;
      const between = BETWEEN.test(sentence) || WAITING.test(sentence);
      const soft = SOFT_SETTING.test(sentence) && CLINICAL_CUE.test(sentence);
      if (!between && !soft && !SETTING.test(sentence) && !OR_ROOM.test(sentence)) continue;
      for (const m of allMatches(ACTIVITY, sentence)) {
        if (NEGATED.test(sentence.slice(Math.max(0, m.index - 50), m.index))) continue;
        // the setting must be where the activity happens: a preposition + setting near the activity
        const after = sentence.slice(m.index, m.index + m[0].length + 90);

        const beforeFrom = Math.max(0, m.index - 70);
        const before = sentence.slice(beforeFrom, m.index);
        const near = (part: string, isBefore: boolean) => {
          const cut = isBefore ? Math.max(part.lastIndexOf(","), part.lastIndexOf(";")) : -1;
          for (const p of allMatches(PREP_G, part)) {
            if (isBefore && p.index < cut && !INSIDE.test(p[0]) && !(beforeFrom === 0 && SCENE_LEAD.test(part.slice(0, p.index)))) continue;
            let tail = part.slice(p.index + p[0].length, p.index + p[0].length + 60);
            const stop = TAIL_STOP.exec(tail);
            if (stop) tail = tail.slice(0, stop.index);
            const sm = SETTING.exec(tail) ?? (soft ? SOFT_SETTING.exec(tail) : null);
            if (sm && sm.index <= 40) return true;
          }
          return false;
        };
        // "typing this at home after a day on the wards": the activity is placed somewhere else
        if (ELSEWHERE.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
        const directObject = /^(?:live[- ]?(?:tweet|post|blog|stream)|tweet)/i.test(m[0]) && DIRECT.test(sentence.slice(m.index + m[0].length));
        if (!directObject && !between && !near(after, false) && !near(before, true) && !OR_ROOM.test(after)) continue;
        ctx.report({
          start: block.start + ss + m.index, end: block.start + se,
          message: "This describes using social media during a clinical, teaching or lab session; policy asks you to keep personal social media out of those settings.",
        });
        break;
      }
    }
  },
});

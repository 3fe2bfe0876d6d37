/**
 * conduct.substance: depictions of the author's or colleagues' intoxication or drug use
 * ("got wasted", "blackout drunk", "so hungover on rounds", "stoned"). Clinical discussion of
 * intoxication, a drink at a wedding and substance-use education are not flagged: the patterns
 * need a personal, colloquial depiction, and sentences about patients are skipped.
 */
import { defineRule } from "../../shared/src/rule.js";
import { blockSentences, sentenceAt, execAll } from "./match.js";

const DRUNK_WORDS = "(?:wasted|hammered|smashed|plastered|trashed|sloshed|shitfaced|shit-faced|legless|munted|blitzed|lit|buzzed|tipsy|drunk|stoned|baked|blazed|zooted|tanked|sauced|crossfaded|cross-faded)";
const INTENS = "(?:(?:so|totally|absolutely|completely|utterly|properly|fully|super|really|pretty|very|extremely|insanely|ridiculously|stupidly|blind|blackout|black-out|falling-down|roaring|rip-roaring|piss|fucking|freaking|hella|mad|too|still|kinda|a bit|a little)\\s+)";
const PERSON = "(?:I|I'm|I’m|Im|we|we're|we’re|he|she|they|everyone|everybody|half of us|all of us|the whole (?:team|class|cohort|group)|my (?:co-?residents?|classmates?|friends?|roommates?|resident|attending|consultant|registrar|intern|team)|[A-Z][a-z]+)";

export const PATTERNS: RegExp[] = [
  // "got/getting (absolutely) wasted", "get high", "got stoned"
  new RegExp(`\\b(?:got|get|gets|getting|gotten)\\s+${INTENS}*${DRUNK_WORDS}(?![\\w-])(?!\\s+(?:on|off|up)\\s+(?:a|the)\\s+(?:rota|list|schedule|exam|paper|case|test|question))`, "gi"),
  new RegExp(`\\b(?:got|get|gets|getting|gotten)\\s+(?:so\\s+|really\\s+|super\\s+|very\\s+)?high\\b(?=\\s*(?:[.,!?;:)]|$|on\\b|before|at\\b|with|together|and\\b|lol|after|every))`, "gi"),
  new RegExp(`\\b(?:high|tripping|rolling|fried)\\s+on\\s+(?:molly|mdma|ecstasy|shrooms|acid|lsd|coke|cocaine|ketamine|weed|edibles|pot)\\b`, "gi"),
  /\b(?:lines?|bumps?|rails?|key)\s+of\s+(?:coke|cocaine|ket|ketamine|speed|molly|mdma)\b/gi,
  // "so/completely wasted", "blackout drunk", "still drunk"
  new RegExp(`\\b(?:blackout|black-out|blind|roaring|falling-down|stupidly|absolutely|completely|totally|utterly|properly|so|super|still|hella|fucking)\\s+(?:${INTENS})*(?:wasted|hammered|plastered|sloshed|shitfaced|drunk|stoned|blazed|zooted|tipsy|buzzed|hungover|hung over|cross-?faded)\\b(?!\\s*(?:-|to death|on (?:life|adrenaline|caffeine|coffee|sugar|success|endorphins|love)|driver|driving))`, "gi"),
  // "I was wasted", "we were hammered", "she was stoned on rounds"
  new RegExp(`\\b${PERSON}\\s+(?:was|were|am|are|'m|’m|'re|’re|got|felt|feel|still)\\s+${INTENS}*(?:wasted|hammered|smashed|plastered|trashed|sloshed|shitfaced|drunk|stoned|baked|blazed|zooted|tipsy|buzzed|hungover|hung over|high as a kite|cross-?faded)\\b(?!\\s+(?:to death|on (?:life|adrenaline|caffeine|coffee|sugar|success|endorphins)))`, "g"),
  // "hungover", "hangover" at work
  /\b(?:hungover|hung-over)\b/gi,
  /\b(?:(?:brutal|massive|awful|killer|raging|horrible|the worst|such a|a huge|nasty)\s+)hangover\b|\bhangover\s+(?:on|at|during|through|before|for)\s+(?:rounds|call|shift|clinic|work|the ward|theatre|ward round|handover|lecture|class)/gi,
  // "blackout drunk", "blacked out" after drinking
  /\bblack(?:ed)?[ -]out\s+(?:drunk|wasted)\b|\b(?:drank|drinking|drunk|shots|tequila|vodka|booze)\b[^.!?\n]{0,60}\bblacked out\b|\bblacked out\b[^.!?\n]{0,40}\b(?:drinking|drunk|shots|tequila|vodka|booze|the bar|the party)\b/gi,
  /\bhigh as a kite\b/gi,
  // "stoned" (not "stoned to death")
  /\bstoned\b(?!\s+to\s+death)/gi,
  // cannabis and party drugs, first-person use
  /\b(?:smoked|smoking|smoke|smoke[ds]?|rolled|rolling|hit|hitting|passed|sharing|shared)\s+(?:a\s+|the\s+|some\s+|my\s+|our\s+)?(?:joint|joints|blunt|blunts|spliff|spliffs|bong|bongs|bowl|weed|pot|dope|reefer|hash)\b(?!\s+(?:belly|holder|roast|plant))/gi,
  /\b(?:took|taking|take|did|doing|dropped|dropping|popped|popping|snorted|snorting|tried|coming down (?:from|off))\s+(?:a\s+|some\s+|an\s+|two\s+|a couple of\s+|a few\s+|my first\s+)?(?:molly|mdma|ecstasy|shrooms|magic mushrooms|acid|coke|ket|ketamine|speed|edibles|an edible|pills at)\b(?!\s+(?:reflux|suppression|test|level|levels|trial|trials|bump))/gi,
  /\b(?:popped|popping|snorted|snorting|borrowed|stole|bought|took|taking|scored)\s+(?:a\s+|some\s+|two\s+|an?\s+)?(?:(?:friend's|friend’s|roommate's|roommate’s|classmate's|classmate’s|someone's|someone’s|my (?:friend|roommate|classmate)'?s)\s+)(?:adderall|ritalin|xanax|vyvanse|modafinil|valium|oxy|oxys|percs|percocets?)\b/gi,
  /\b(?:popped|popping|snorted|snorting)\s+(?:a\s+|an\s+|some\s+|two\s+)?(?:adderall|ritalin|xanax|vyvanse|modafinil|valium|oxy|oxys|percs|percocets?|pills?|benzos?)\b/gi,
  /\bwake and bake\b|\bkeg stands?\b|\bbeer bong\b|\bon a (?:bender|binge)\b|\bwent on a bender\b|\bpregam(?:e|ed|ing)\b|\bblackout\b(?=[^.!?\n]{0,40}\b(?:night|party|weekend|drinks?)\b)/gi,
  // drinking or using on duty
  /\b(?:drunk|tipsy|buzzed|stoned|drinking|a beer|beers|vodka|tequila)\s+(?:on|during|at|before|through)\s+(?:my\s+|the\s+|a\s+)?(?:call|shift|on-call|rounds|ward round|clinic|work|the ward|handover|theatre|night shift|nights)\b/gi,
  /\b(?:shots|drinks|beers)\s+(?:in|at)\s+the\s+(?:call room|doctors'? mess|staff room|break room|ward)\b/gi,
];

/** Sentences about patients or substance-use education are clinical, not depictions of the author. */
const CLINICAL_CONTEXT = /\b(?:patients?|pts?|presented|presenting|brought in|admitted|triage|BAC|blood alcohol|ethanol level|intoxicated patients?|withdrawal|toxidrome|overdose|CIWA|AUDIT|screening|counsel(?:l)?ing|use disorder|harm reduction|naloxone|the (?:man|woman|guy|lady|gentleman|boy|girl) (?:in|from) (?:bed|bay|room|cubicle))\b/i;
const FICTION_OR_REPORT = /\b(?:movie|film|song|lyrics|novel|character|TV show|episode|policy|policies|handbook|guidelines?|disciplinary|offen[cs]es?|prohibited|not allowed|banned|survey|surveys|study|studies|research|rates? of|prevalence|according to|is (?:a )?(?:risk|sign|symptom))\b/i;

export default defineRule({
  id: "conduct.substance",
  title: "Depictions of intoxication or drug use",
  description:
    "Flags posts that depict you or your colleagues drunk, high or hungover, or using drugs (\"got wasted\", \"blackout drunk\", \"so hungover on rounds\", \"smoked a joint before call\"). Health-science policies make depictions of intoxication and drug use a disciplinary matter, and they travel: future employers, patients and licensing bodies can read them. Clinical discussion of intoxication, substance-use education and a drink at a celebration are not flagged.",
  severity: "warning",
  sources: ["umn-health-sciences:policy-2", "quebec-postgraduate:I.3"],
  fixes: [],
  scope: "block",
  examples: [
    { bad: "Celebrated the end of exams by getting absolutely wasted. So hungover on rounds this morning lol", good: "Celebrated the end of exams with dinner and one glass of wine at my cousin's wedding." },
    { bad: "Smoked a joint on the balcony before my call shift.", good: "Cannabis use before driving or working roughly doubles the risk of an accident; screen for it in every trauma patient." },
  ],
  check(ctx) {
    const block = ctx.block!;
    const text = block.text;
    const sentences = blockSentences(block);
    const reported = new Set<number>();
    for (const re of PATTERNS) {
      for (const m of execAll(re, text)) {
        const sentence = sentenceAt(sentences, m.index, text.length);
        if (reported.has(sentence.start)) continue;
        const s = text.slice(sentence.start, sentence.end);
        if (CLINICAL_CONTEXT.test(s) || FICTION_OR_REPORT.test(s)) continue;
        reported.add(sentence.start);
        ctx.report({
          start: block.start + m.index,
          end: block.start + m.index + m[0].length,
          message: `This depicts intoxication or drug use ("${m[0].trim()}"); posts like this can lead to disciplinary review, so remove it.`,
        });
      }
    }
  },
});

import { defineRule } from "../../shared/src/rule.js";
import type { Block, DocumentModel } from "../../shared/src/document.js";
import { memoByBlock } from "../lexicon.js";
import { analyseDocument } from "./document-pass.js";
import { allMatches } from "../../shared/src/text.js";

/**
 * Social-media contact between the author and patients or their families: friend requests sent
 * or accepted, following each other, direct messages. General advice about it ("interactions with
 * patients are discouraged") and declined or ignored requests are not findings.
 */

const PLATFORM = String.raw`(?:facebook|fb|instagram|insta|ig|snapchat|snap|tiktok|twitter|x|linkedin|whats\s?app|messenger|telegram|wechat|line|threads|bluesky|social media|socials|les réseaux sociaux|réseaux sociaux)`;
/** What a person has on a platform (for "her Instagram", "my patient's Facebook profile"). */
const PLATFORM_PROFILE = String.raw`(?:facebook|fb|instagram|insta|ig|snapchat|tiktok|twitter|linkedin|socials|social media)(?:\s+(?:profile|page|account|feed|stories|posts|photos))?|(?:profile|account|feed)\s+on\s+(?:facebook|fb|instagram|insta|tiktok|twitter|linkedin|snapchat)`;
/** A pronoun that is the object (googled her after clinic), not a possessive (googled her condition). */
const OBJECT_END = String.raw`(?=\s*(?:[,.;!?)]|$|\s+(?:after|before|when|that|last|later|and|on|online|again|once|too|because|to|from|up|out of|yesterday|today|tonight|this)\b))`;
const FAMILY = String.raw`(?:mums?|moms?|mams?|mammy|mummy|mommy|mama|mamma|ma|da|daddy|nan|nana|gran|granny|aunt(?:ie|y)?|aunts|uncles?|guardians?|stepmum|stepmom|stepdad|mothers?|dads?|fathers?|parents?|wi(?:fe|ves)|husbands?|sons?|daughters?|sisters?|brothers?|famil(?:y|ies)|relatives?|partners?|grand(?:son|daughter|child|children|ma|pa|mother|father)s?|kids?|children|carers?|caregivers?|niece|nephew|girlfriends?|boyfriends?|fianc[ée]e?s?)`;
/** Meeting socially (the counterpart must be the patient of the sentence or the story). */
const MEET = new RegExp(
  String.raw`\b(?:we|let['’]?s)(?:(?:['’]ll|\s+(?:should|could|might|will|would|can|must|are going to|['’]re going to|agreed to|plan to|are planning to|decided to|promised to))\s+(?:(?:definitely|totally|maybe|probably|actually|finally|all|soon)\s+)?(?:grab|get|go\s+for|meet(?:\s+up)?(?:\s+for)?|have|catch\s+up\s+over|hang\s+out)|(?:['’]re|\s+are)\s+(?:(?:finally|actually|all)\s+)?(?:grabbing|getting|going\s+for|meeting(?:\s+up)?(?:\s+for)?|having|catching\s+up\s+over|hanging\s+out))\b[^.!?;]{0,20}?\b(?:coffees?|kopi|teh|tea|drinks?|beers?|pints?|lunch|dinner|brunch|breakfast|meal|bite|sometime|soon)\b` +
    String.raw`|\b(?:i|we)(?:['’]ve|\s+have|\s+had)?\s+(?:(?:already|also|even|then|finally|since)\s+)?(?:met|meet|grabbed|had|went\s+for|go\s+for|got)\s+(?:up\s+)?(?:with\s+)?(?:him|her|them)\s+for\s+(?:a\s+|an\s+)?(?:coffee|kopi|tea|drinks?|beers?|pint|lunch|dinner|brunch|meal|bite)\b` +
    String.raw`|\b(?:i|we)\s+(?:(?:already|also|even|then|finally|since)\s+)?(?:grabbed|had|went\s+for|got)\s+(?:a\s+|an\s+)?(?:coffee|kopi|tea|drinks?|beers?|pint|lunch|dinner|brunch|meal|bite)\s+with\s+(?:him|her|them)\b`,
  "i",
);
const MEET_G = new RegExp(MEET.source, "gi");
/** Words without which MEET cannot match: the sentence is searched for it only when one is there. */
const MEET_HINT = /coffee|kopi|\bteh\b|\btea\b|drink|beer|pint|lunch|dinner|brunch|breakfast|meal|\bbite\b|sometime|\bsoon\b/i;
/** A social-media contact action (the counterpart is decided separately). */
const ACTION = new RegExp(
  [
    String.raw`\b(?:friend(?:ship)?|connection|contact|follow|add|linkedin|instagram|insta|facebook|fb|message|messenger|snapchat|snap|tiktok|wechat|telegram|whats\s?app|twitter|threads|bluesky)[- ]requests?\b`,
    String.raw`\b(?:asked|asking|asks|wanted|wants)\s+(?:me\s+)?to\s+(?:connect|follow|friend|add)\b`,
    String.raw`\b(?:accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|confirm(?:s|ed|ing)?)(?![\p{L}])(?=[^.!?]{0,40}\b(?:requests?|invitations?|invites?|connections?|follows?|them|her|him|it|demandes?)\b)`,
    // "she DMs me … and I answered", "messaged me on Instagram and I replied": answering a patient's messages
    String.raw`\b(?:messag(?:e|es|ed)|text(?:s|ed)?|dm(?:s|'?d|'?ed)|whats\s?app(?:s|ed)|pm(?:s|'?d))\s+me\b[^.!?]{0,80}?\b(?:i|we)\s+(?:always\s+|usually\s+|just\s+|then\s+|still\s+)?(?:repl(?:y|ied)|answer(?:ed)?|respond(?:ed)?|wrote back|write back|sent)\b`,
    String.raw`\b(?:accepted|said yes|agreed|obliged)\b(?=\s*(?:[,.;:!]|$|and\b|because\b|so\b|since\b|though\b|obviously\b|of course\b))`,
    // adding, finding, looking up, searching for, following someone on a platform
    String.raw`\b(?:add(?:s|ed|ing)?|friend(?:ed|ing)|befriend(?:s|ed|ing)?|connect(?:s|ed|ing)?(?: with)?|found|finds|find|look(?:s|ed|ing)?\s+(?:\w+\s+)?up|googl(?:e|es|ed|ing)|search(?:es|ed|ing)?(?:\s+for)?|stalk(?:s|ed|ing)?|cyber-?stalk(?:s|ed|ing)?|track(?:s|ed|ing)?|follow(?:s|ed|ing)?)\b(?:(?!\b(?:if|when|whenever|because|but|that|rule|advice)\b)[^.!?;]){0,60}\b(?:on|via)\s+${PLATFORM}\b`,
    // looking through a patient's profile: "I stalked my patient's Instagram", "checked out her Facebook"
    String.raw`\b(?:stalk(?:s|ed|ing)?|cyber-?stalk(?:s|ed|ing)?|look(?:s|ed|ing)?\s+(?:at|through|up)|scroll(?:s|ed|ing)?\s+through|googl(?:e|es|ed|ing)|check(?:s|ed|ing)?(?:\s+out)?|brows(?:e|es|ed|ing))\s+[^.!?;]{0,40}?(?:['’]s|\bher|\bhis|\btheir)\s+(?:(?:public|private|old|new)\s+)?${PLATFORM_PROFILE}\b`,
    // googling a patient or looking them up online
    String.raw`\bgoogl(?:e|es|ed|ing)\s+(?:(?:my|our|the|a|an|this|that|one of (?:my|our|the))\s+(?:[\w-]+\s+)?(?:patients?|clients?|participants?|famil(?:y|ies)|${FAMILY})\b(?!['’]s)|(?:her|him|them)${OBJECT_END})`,
    String.raw`\blook(?:s|ed|ing)?\s+(?:(?:her|him|them)\s+up|up\s+(?:my|our|the|a|an|one of (?:my|our|the))\s+(?:[\w-]+\s+)?(?:patients?|clients?|participants?|famil(?:y|ies)|${FAMILY})\b(?!['’]s))[^.!?;]{0,30}\b(?:online|on (?:the )?internet|on google|on social media)\b`,
    String.raw`\bfollow(?:s|ed|ing)?\s+(?:me|us|each other|one another|back|my\s+(?:page|account|blog|channel))\b(?!\s+(?:around|about|to|into|out|home|up|down|through|from|everywhere)\b)`,
    String.raw`\bfollow(?:s|ed|ing)?\s+(?:her|him|them)\s+back\b`,
    String.raw`\bfollow\s+(?:me|us)\b(?!\s+(?:around|about|to|into|out|home|up|down|through|from|everywhere)\b)`,
    // contact through the author's own phone or accounts: "I texted my patient from my personal phone"
    String.raw`\b(?:text(?:ed|ing)?|messag(?:e|ed|ing)|whats\s?app(?:p?ed|p?ing)?|dm'?(?:d|ed))\s+(?!me\b|us\b)[^.!?;]{0,40}?\b(?:from|on|with|using|via)\s+my\s+(?:own\s+|personal\s+|private\s+)+(?:phone|mobile|cell|number|account|instagram|facebook|whats\s?app)\b`,
    String.raw`\b(?:whats\s?app(?:p?ed|p?ing)|snapchatted|facebook[- ]messaged|instagram[- ]messaged)\b`,
    // "asked for my Instagram handle, so I gave it to her"
    String.raw`\b(?:asked|asks|asking|wanted|wants)\s+(?:me\s+)?(?:for|about)\s+my\s+(?:personal\s+|private\s+|own\s+)?(?:number|phone(?: number)?|mobile|cell|whats\s?app(?: number)?|instagram|insta|ig|handle|facebook|snapchat|tiktok|socials|personal e-?mail)\b[^.!?]{0,40}\b(?:i|we)\s+(?:\w+\s+)?(?:gave|shared|sent|told|wrote|dm'?d)\b`,
    // French ongoing messaging: "je réponds à ses messages", "nous échangeons des textos"
    String.raw`(?<![\p{L}])(?:je|nous|j['’]ai)\s+(?:\p{L}+\s+)?(?:réponds|répondons|répondu|écris|écrivons|échangeons|échangé|texte|textons)(?![\p{L}])[^.!?;]{0,40}(?<![\p{L}])(?:messages?|textos?|dm|mp|messenger|whats\s?app|facebook|instagram)(?![\p{L}])`,
    // French (Quebec trainees): "j'ai accepté la demande d'amitié", "je l'ai suivie sur Instagram"
    String.raw`(?<![\p{L}])(?:demandes?\s+d['’](?:amitié|ami(?:e|s|es)?|abonnement)|invitations?\s+(?:facebook|instagram|linkedin|messenger))(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:suivie?s?|ajoutée?s?|ajoute|écrit|écrite|contactée?s?|cherchée?s?|trouvée?s?|retrouvée?s?|textée?s?|écrivons|écrit)(?![\p{L}])[^.!?;]{0,60}(?<![\p{L}])(?:sur|via|par)\s+${PLATFORM}(?![\p{L}])`,
    String.raw`\b(?:dm(?:s|'?d|'?ed|'?ing)?|direct[- ]messag(?:e|es|ed|ing)|pm(?:s|'?d|'?ed)?)\b`,
    String.raw`\b(?:messag(?:e|es|ed|ing)|text(?:s|ed|ing)?|whats\s?app(?:s|ed|ing)?|chat(?:s|ted|ting)?(?: with)?|snap(?:s|ped|ping)?|comment(?:s|ed|ing)? on|keep(?:s|ing)? in touch(?: with)?|kept in touch(?: with)?|repl(?:y|ies|ied|ying)(?: to)?|answer(?:s|ed|ing)?|respond(?:s|ed|ing)?(?: to)?|(?:keep|keeps|keeping|kept)\s+(?:him|her|them)\s+(?:posted|updated|in the loop|informed))\s+(?!me\b|us\b)[^.!?;]{0,60}\b(?:on|via|through|over|in)\s+${PLATFORM}\b`,
    // ongoing private messaging from the counterpart: "she messages me photos every week", "we text now and then"
    String.raw`\b(?:messag(?:e|es|ing)|text(?:s|ing)?|whats\s?app(?:s|ing)?|dms|snaps|facetimes|video[- ]calls)\s+(?:me|us|each other|one another)\b`,
    // "she's been sending me photos of his glucose logs": private updates sent to the author
    String.raw`\b(?:send(?:s|ing)?|sent)\s+me\s+(?:(?:daily|weekly|regular|more|new|some)\s+)?(?:photos?|pictures?|pics|selfies|videos?|updates?|messages?|texts?|voice notes?)\b`,
    String.raw`\b(?:still|now|often|always|regularly|sometimes|occasionally)\s+(?:\w+\s+)?(?:messag(?:e|es|ing)|text(?:s|ing)?|whats\s?app(?:s|ing)?|dm(?:s|ing)?|chat(?:s|ting)? (?:on|over|via))\b`,
    String.raw`\b(?:we|i)(?:'ve| have)?\s+(?:been\s+)?(?:still\s+)?(?:message|messaging|text|texting|dm|dming|whatsapp|whatsapping)\b(?!\s+(?:my|our)\s+(?:friends?|team|colleagues?|co-?residents?|classmates?))`,
    String.raw`\b(?:friends|connected|mutuals)\s+(?:with\s+[^.!?;]{0,40}\s+)?on\s+${PLATFORM}\b`,
    String.raw`\b(?:slid(?:e|ing)?|slipped) into\b[^.!?]{0,20}\bdms\b`,
    String.raw`\b(?:gave|give|giving|gives|shared|share|sharing|passed|handed|hand)\b[^.!?;]{0,60}?\bmy\s+(?:personal\s+|private\s+|own\s+|mobile\s+|cell\s+)?(?:number|phone(?: number)?|mobile|cell|whats\s?app(?: number)?|instagram|insta|ig|handle|facebook|snapchat|tiktok|socials|contact details|personal e-?mail)\b`,
    String.raw`\b(?:made|make|making|created?|creating|set up|setting up|started|starting|start|run|running|runs|added\s+(?:them|her|him|(?:the|my|our|a|an)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+to|joined|join)\s+(?:a\s+|an\s+|the\s+|our\s+|my\s+)?(?:private\s+)?(?:whats\s?app|telegram|messenger|signal|facebook|fb|wechat|line|instagram|group)\s*(?:group|chat|group chat|channel)?\b`,
  ].join("|"),
  "giu",
);
/** Care that makes a generic person ("a lady", "one of the kids", "Uncle") a patient. */
const CARED = String.raw`(?:(?:i|we)(?:'d|'ve)?\s+(?:\w+\s+)?(?:looked after|look after|treated|treat|cared for|care for|saw|see|nursed|clerked|examined|photographed|operated on|delivered|admitted|discharged|managed|followed|scanned|assessed)|(?:from|on|in|at|of)\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:\w+\s+){0,2}(?:ward|wards|clinic|clinics|bay|bed\s*\d+|beds?|icu|nicu|picu|unit|posting|rotation|placement|list|caseload|panel|practice|a&e|ed|er|service))`;
const PERSON = String.raw`(?:lady|ladies|man|men|woman|women|gentlem[ae]n|guy|guys|girls?|boys?|kids?|child|children|bab(?:y|ies)|famil(?:y|ies)|mums?|moms?|mothers?|dads?|fathers?|parents?|uncle|auntie|aunty|grandma|grandpa|nan|teens?|teenagers?|toddlers?|people|folks|regulars)`;
/** A patient or a patient's family member in the sentence. */
const PATIENT = new RegExp(
  [
    String.raw`\b(?:patients?|patient'?s|patients'|service users?|clients?|(?:research\s+|study\s+|trial\s+)?participants?|participant'?s|research subjects?|my\s+(?:panel|caseload))\b(?![- ](?:advoca\w*|safety|education|led|groups?|organi[sz]ations?|charit\w*|forums?|communit\w*|voices?|support|information|leaflets?|resources?|experience|portal|app)\b)`,
    // French: "ma patiente", "la fille de mon patient"
    String.raw`(?<![\p{L}])(?:patientes?|clientes?|participantes?|(?:ma|mon|mes|la|le|les|une?|des|du|notre|nos|cette|ce|ces)\s+(?:\p{L}+\s+)?(?:patients?|clients?|participants?))(?![\p{L}])`,
    // "the mum of one of the kids I looked after", "the wife of one of my patients", "dad of a boy I treated"
    String.raw`\b${FAMILY}\s+of\s+(?:a|an|one|some|several|the|my|our|two|three|this|that)\b[^.!?]{0,40}?\b${PERSON}\b[^.!?]{0,25}?${CARED}`,
    // "a lady from my Tuesday clinic", "one of the kids I looked after", "Uncle from bed 12", "the families from our paeds posting"
    String.raw`\b${PERSON}\s+(?:\w+\s+){0,1}${CARED}`,
    // "her dad was discharged from our unit", "his mum had been admitted"
    String.raw`\b(?:his|her|their|a|the)\s+${FAMILY}\s+(?:\w+\s+){0,2}?(?:was|were|got|had been|has been)\s+(?:just\s+)?(?:discharged|admitted|treated|operated on|seen|transferred|ventilated|intubated)\b`,
    String.raw`\b(?:uncle|auntie|aunty|pakcik|makcik|mrs?|ms|madame?|mme|m\.)\s+(?:[A-Z]\w*\s+)?(?:from|in|on)\s+(?:the\s+)?(?:ward|clinic|bed\s*\d+|bay\s*\d*|icu|room\s*\d+)`,
  ].join("|"),
  "iu",
);
/** A request to connect (received or sent). */
const REQUEST = /\b(?:friend(?:ship)?|connection|contact|follow|add|linkedin|instagram|insta|facebook|fb|message|messenger|snapchat|snap|tiktok|wechat|telegram|whats\s?app|twitter|threads|bluesky)[- ]requests?\b|\b(?:linkedin|facebook|fb|instagram|insta|snapchat|tiktok|wechat|telegram|whats\s?app|twitter|threads|bluesky)\s+(?:connection|friend|follow|contact)s?\b|\b(?:asked|asking|asks|wanted|wants)\s+(?:me\s+)?to\s+(?:connect|follow|friend|add)\b|(?<![\p{L}])demandes?\s+d['’](?:amitié|ami(?:e|s|es)?|abonnement)(?![\p{L}])/iu;
/** "I sent her a friend request" (not "the kids I looked after sent me one"). */
const SENT_BY_ME = /\b(?:i|we)(?:'ve|’ve| have| had)?\s+(?:(?:also|then|just|finally|even|actually|accidentally|once|even|already)\s+)?(?:sent|send|sending)\b(?!\s+me\b)|\bj['’]ai\s+(?:\p{L}+\s+)?envoyé/iu;
/** The block is about clinical work, so "the kids", "they", "the mums" are likely patients. */
const CLINICAL_CONTEXT = /\b(?:patients?|ward|wards|clinic|icu|nicu|picu|bedside|discharged?|admitted|admission|palliative|paeds|peds|pediatrics|paediatrics|posting|rotation|clerkship|placement|consult(?:ation)?s?|follow-up visits?|between visits|my panel|caseload|photographed|treated|treatment|surgery|operated)\b/i;
/** Someone who is clearly not a patient (friend, colleague) as the counterpart, when no patient is named. */
const NOT_PATIENT = /\b(?:friends?|classmates?|colleagues?|co-?residents?|consultants?|registrars?|attendings?|supervisors?|lecturers?|tutors?|mentors?|nurses?|team|(?:ward\s+)?clerks?|receptionists?|secretar(?:y|ies)|porters?|pharmacists?|physios?|doctors?|interns?|managers?|staff|HCAs?|midwi(?:fe|ves)|coordinators?|admins?|boss|bosses|housemates?|roommates?|cousins?|sister|brother|mum|mom|dad|partner|boyfriend|girlfriend|followers|readers|everyone|anyone|you)\b/i;
const OTHER_COUNTERPART = new RegExp(String.raw`^\s*(?:(?:to|with)\s+)?(?:(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?${NOT_PATIENT.source.slice(2, -2)}\b|each other on (?:the|our) (?:team|work|group))`, "i");
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|me|my|we|we've|we're|us|our)\b|\b(?:j['’]|je\b|moi\b|mon\b|ma\b|mes\b|nous\b|m['’])/i;
/** Third-person people who could be patients or families. */
const THIRD_PERSON = /\b(?:they|them|their|she|her|he|him|his|kids|children|mums|moms|mothers|dads|fathers|parents|families|relatives|a few|some|most|several|many)\b/i;
/** The action is refused, undone or only talked about in general. */
const NEGATED = /\b(?:never|not|no longer|n't|don'?t|didn'?t|haven'?t|hasn'?t|hadn'?t|wasn'?t|weren'?t|isn'?t|aren'?t|won'?t|can'?t|cannot|wouldn'?t|shouldn'?t|decline[sd]?|declining|ignor(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|delet(?:e|es|ed|ing)|block(?:s|ed|ing)?|unfollow(?:s|ed|ing)?|avoid(?:s|ed|ing)?|without|rather than|instead of|discouraged|prohibited|forbidden|against|whether|if|ne|n['’]|jamais|refusée?s?|ignorée?s?|sans|plutôt que|si)(?![\p{L}])[^.!?;,]{0,50}$/iu;
const GENERAL = /\b(?:should|shouldn'?t|must|mustn'?t|ought|you|your|is (?:strongly )?discouraged|are (?:strongly )?discouraged|prohibited|not allowed|policy|guidelines?|rules? say)\b/i;

export default defineRule({
  id: "patient.contact",
  title: "Social-media contact with patients",
  description: "Befriending, following or messaging patients or their families on social media creates a dual relationship that can harm the doctor–patient relationship and carry legal consequences. The policies strongly discourage or prohibit it: keep contact with patients in the clinical setting and decline or ignore friend requests.",
  severity: "warning",
  sources: ["quebec-postgraduate:I.2", "imu-students:d.i", "imu-staff:patient-contact", "umn-health-sciences:guideline-3", "imi:3"],
  fixes: [],
  scope: "document",
  examples: [
    { bad: "I accepted a friend request from my patient's mum, and now we chat on WhatsApp.", good: "When a patient's mum sent me a friend request, I ignored it and said hello at her next clinic visit instead." },
    { bad: "A few of my clinic patients follow me on Instagram now, and I follow them back.", good: "I keep my Instagram private and don't connect with patients there." },
  ],
  check(ctx) {
    // the block's findings depend on its text and on whether it goes on a patient story from the
    // paragraph before ("Mr. Haddad was on our ward …" then "When his son sent me a request, I
    // accepted"): computed per block text and that flag, and cached
    const { context } = analyseDocument(ctx.doc, ctx.pack, ctx.previous, ctx.late);
    const blocks = ctx.doc.blocks;
    const n = blocks.length;
    // on a keystroke, blocks the edit did not touch take their cue and results from the last lint
    // (arrays, not a cache lookup per block: this runs for every block on every keystroke)
    const before = ctx.previous && passes.get(ctx.previous.doc);
    const diff = ctx.previous?.diff;
    const reuse = before && diff && before.pack === ctx.pack && before.cues.length === diff.previousBlocks ? before : undefined;
    const oldIndex = (i: number) => (!reuse ? -1 : i < diff!.prefixBlocks ? i : i >= n - diff!.suffixBlocks ? i - n + reuse.cues.length : -1);
    const pass: ContactPass = { pack: ctx.pack, hints: new Array(n), cues: new Array(n), modes: new Array(n), results: new Array(n) };
    // only a block with a contact word can hold a finding; the patient cue of a block matters only for
    // such a block after it (right after it, or anywhere later while no story has been seen yet)
    let lastHint = -1;
    for (let i = 0; i < n; i++) {
      const block = blocks[i]!;
      const j = oldIndex(i);
      pass.hints[i] = block.kind !== "heading" && (j >= 0 ? reuse!.hints[j]! : memoByBlock("patient.contact:hint", "", block, () => CONTACT_HINT.test(block.text)));
      if (pass.hints[i]) lastHint = i;
    }
    // after a patient story anywhere earlier in the post ("## A small update" … "His daughter found
    // me on Instagram"), "his daughter" and "her" in a platform action can be the patient's
    let storyBefore = false, prevCue = false;
    for (let i = 0; i < n; i++) {
      const block = blocks[i]!;
      const j = oldIndex(i);
      if (block.kind === "heading") { pass.cues[i] = false; pass.modes[i] = ""; pass.results[i] = NONE; continue; } // a title restates the body, where the finding is
      const carry = context[i] === true;
      const mode: Mode = carry ? "story" : prevCue ? "near" : storyBefore ? "after" : "";
      const needCue = pass.hints[i + 1] === true || (!storyBefore && i < lastHint);
      const known = j >= 0 ? reuse!.cues[j] : undefined;
      const cue = known ?? (needCue ? memoByBlock("patient.contact:cue", "", block, () => patientCue(block.text)) : undefined);
      prevCue = carry || cue === true;
      if (prevCue) storyBefore = true;
      const results = !pass.hints[i] ? NONE : j >= 0 && reuse!.modes[j] === mode ? reuse!.results[j]! : memoByBlock("patient.contact", mode, block, () => checkBlock(block, mode));
      pass.cues[i] = cue; pass.modes[i] = mode; pass.results[i] = results;
      for (const r of results) ctx.report({ start: block.start + r.start, end: block.start + r.end, message: MESSAGE });
    }
    passes.set(ctx.doc, pass);
  },
});

type Rel = { start: number; end: number };
const NONE: Rel[] = [];
/** Per block of a linted model: whether it has a contact word, its own patient cue (when it was needed), its mode and its findings (relative to the block). */
interface ContactPass { pack: unknown; hints: boolean[]; cues: (boolean | undefined)[]; modes: Mode[]; results: Rel[][] }
const passes = new WeakMap<DocumentModel, ContactPass>();

type Mode = "" | "story" | "near" | "after";
/** A block about a patient, client or participant (a looser cue than the patient analysis' narrative). */
const TITLED = /(?<![\p{L}])(?:Mr|Mrs|Ms|Mme|Madam|Madame|Puan|Encik|Uncle|Auntie|Aunty|Pakcik|Makcik|Mak Cik)\.?\s+\p{Lu}\p{Ll}+/u;
function patientCue(text: string): boolean {
  return PATIENT.test(text) || (TITLED.test(text) && CLINICAL_CONTEXT.test(text));
}
/** Seeking or following someone on a platform (the object decides whether it is a person). */
const SEEK = /^(?:found|finds?|follow\w*|search\w*|look\w*|add\w*|track\w*)\b/i;
/** Things one finds or follows on a platform that are not people. */
const THING = /\b(?:accounts?|pages?|videos?|posts?|reels?|recipes?|groups?|channels?|podcasts?|creators?|influencers?|resources?|campaigns?|threads?|hashtags?|trends?|memes?|charit(?:y|ies)|organi[sz]ations?|clinics?|hospitals?|societ(?:y|ies)|journals?|news)\b/i;
const PERSON_IN_OBJECT = /\b(?:her|his|their|him|them)\b|['’]s\b/i;
/** The author turned the contact down later in the sentence. */
const DECLINED_AFTER = /\b(?:i|we)\s+(?:\w+\s+)?(?:declin(?:e|ed)|ignor(?:e|ed)|refus(?:e|ed)|reject(?:ed)?|delet(?:e|ed)|block(?:ed)?|unfollow(?:ed)?|remov(?:e|ed)|did(?:n['’]t| not)\s+(?:accept|reply|respond|answer|follow))\b/i;
const ON_PLATFORM = new RegExp(String.raw`(?:\bon|\bvia|(?<![\p{L}])sur|\bpar)\s+${PLATFORM}(?![\p{L}])|\b(?:dm|dms|dm'?d|dm'?ed|direct[- ]messag\w*|pm'?d)\b`, "iu");
const OBJECT_PRONOUN = /\b(?:her|him|them)\b|\b(?:she|he|they)\s+(?:\w+\s+)?(?:found|added|followed|messaged|dm'?d|texted)\s+me\b/i;

/** "she", "he", "they", and as object "her", "him", "them" ("a lady I photograph for her psoriasis follow-ups sent me a friend request"). */
const STORY_PRONOUN = /\b(?:she|he|they|her|him|them)\b/i;
/** "friend request" names no friend (NOT_PATIENT would read "friend" as the counterpart). */
const FRIEND_REQUEST = /\bfriend(?:ship)?[- ]requests?\b/gi;
const READER_ASK = /\b(?:please|pls|feel free to|you can|anyone|anybody|someone|somebody|if you)\b/i;
const MESSAGE = "This describes social-media contact with patients or their families; policy discourages it, so keep contact in the clinical setting and leave this out.";
/** "his daughter", "her son": a relative of the patient the story is about (only inside a patient story). */
const STORY_RELATIVE = new RegExp(String.raw`\b(?:his|her|their)\s+(?:\w+\s+)?${FAMILY}\b|\bthe\s+(?:mum|mom|mother|dad|father|parents|wife|husband|daughter|son|grandma|grandmother|granddaughter|grandson)\b|(?<![\p{L}])(?:la|le|les)\s+(?:mère|père|maman|papa|parents|grand-mère|grand-père|conjointe?|fille|fils)(?![\p{L}])|(?<![\p{L}])(?:sa|son|ses|leur|leurs)\s+(?:fille|fils|mère|père|femme|mari|conjointe?|blonde|chum|copine|copain|épouse|époux|petite?-(?:fille|fils)|petits-enfants|famille|proches?|enfants?|sœur|frère|belle-fille|gendre)(?![\p{L}])`, "iu");
/** "The little one's mum", "the wee lad's dad": a child the author cared for, named by a parent. */
const LITTLE_ONE_RELATIVE = new RegExp(String.raw`\b(?:little|wee|tiny|young)(?<=\b(?:the|this|that)\s+\w+)\s+(?:one|man|lady|guy|fella|chap|lad|boy|girl|patient|dude)(?:'s|’s)\s+${FAMILY}\b`, "i");
/** The relative is someone else's: "my friend's daughter", "my sister's son". */
const NOT_PATIENT_RELATIVE = /\b(?:my|our)\s+(?:\w+\s+)?(?:friend|classmate|colleague|co-?worker|sister|brother|cousin|mum|mom|mother|dad|father|partner|neighbou?r|aunt|uncle)(?:'s|’s)?\b/i;

/**
 * One block's findings (offsets relative to the block). `story`: the block is part of a patient story,
 * so "she", "him" and "his daughter" can be the patient and their family.
 */
/**
 * Words without which ACTION cannot match (each of its alternatives needs one): a block or sentence
 * with none is skipped before the big pattern runs. Plain literals, so the engine scans fast; checked
 * against ACTION on every corpus and test sentence (test/rules/contact-guard.test.ts).
 */
export const CONTACT_HINT = /request|invit|demande|accept|approv|confirm|agreed|obliged|said yes|connect|follow|friend|mutuals|messag|text|\bdm|\bpm|direct|whats|snap|facetime|video|chat|googl|online|internet|social|r\u00e9seaux|facebook|\bfb\b|insta|\big\b|tiktok|twitter|\bx\b|linkedin|telegram|wechat|\bline\b|threads|bluesky|signal|group|number|phone|mobile|\bcell|handle|mail|contact|touch|slid|slipped|profile|account|feed|comment|\bto add\b|ajout|suivi|cherch|trouv|r\u00e9pond|\u00e9cri|\u00e9chang|\bsen[dt]|coffee|kopi|\bteh\b|\btea\b|drink|beer|pint|lunch|dinner|brunch|breakfast|meal|\bbite\b|sometime|\bsoon\b|messenger/i;
export const CONTACT_ACTION = ACTION;

function checkBlock(block: Block, mode: Mode): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const text = block.text;
  // only blocks with a contact word are checked (the caller tests CONTACT_HINT first)
  const story = mode === "story";
  const after = mode !== "";
  const clinical = story || CLINICAL_CONTEXT.test(text);
  let prevRequest = false, prevPatient = story;
  /** Sentences since a patient was last named in the block ("One of my patients …. Now she DMs me"). */
  let sincePatient = story ? 0 : 99;
  for (const s of block.sentences) {
    const ss = s.start - block.start, se = s.end - block.start;
    const sentence = text.slice(ss, se);
    const hadRequest = prevRequest, hadPatient = prevPatient || sincePatient <= 2;
    // right after a patient story, "she" / "he" / "they" is most likely the patient or the family of that story
    const storyPronoun = (story || mode === "near") && STORY_PRONOUN.test(sentence) && !NOT_PATIENT.test(sentence.replace(FRIEND_REQUEST, ""));
    const patientHere = PATIENT.test(sentence) || (((after && STORY_RELATIVE.test(sentence)) || (/[a-z]['’]s\s/i.test(sentence) && LITTLE_ONE_RELATIVE.test(sentence))) && !NOT_PATIENT_RELATIVE.test(sentence)) || storyPronoun;
    prevRequest = REQUEST.test(sentence) && patientHere;
    prevPatient = patientHere;
    sincePatient = patientHere ? 0 : sincePatient + 1;
    if (!FIRST_PERSON.test(sentence)) continue;
    // meeting a patient socially ("so I've said we should grab a coffee") is searched for apart, only when a hint is there
    const meets = MEET_HINT.test(sentence) ? allMatches(MEET_G, sentence) : [];
    const actions = CONTACT_HINT.test(sentence) ? allMatches(ACTION, sentence) : [];
    for (const m of meets.length ? [...actions, ...meets] : actions) {
      const clauseStart = Math.max(sentence.lastIndexOf(",", m.index) + 1, sentence.lastIndexOf(";", m.index) + 1, sentence.lastIndexOf(" and ", m.index) + 1, sentence.lastIndexOf(" but ", m.index) + 1);
      const before = sentence.slice(clauseStart, m.index);
      if (NEGATED.test(before)) continue;
      // "If anyone knows him, please message me": an ask to readers, not contact with the patient
      if (READER_ASK.test(before) && !/\b(?:i|we)\b/i.test(before)) continue;
      // "I messaged my registrar on WhatsApp": the counterpart named in the action is not a patient
      const object = m[0].replace(/^\S+\s*/, "");
      if (NOT_PATIENT.test(object) && !PATIENT.test(object)) continue;
      // "I text my mum about them", "we message each other on the team chat": someone else is the counterpart
      const next = sentence.slice(m.index + m[0].length, m.index + m[0].length + 50);
      if (OTHER_COUNTERPART.test(next) && !PATIENT.test(next)) continue;
      // "I found a brilliant physio account on Instagram": a page or post, not a person
      if (SEEK.test(m[0]) && THING.test(m[0]) && !PERSON_IN_OBJECT.test(m[0].replace(/^\S+\s*/, ""))) continue;
      // "… found me on Instagram and sent a request; I declined it"
      if (DECLINED_AFTER.test(sentence.slice(m.index))) continue;
      const word = m[0].toLowerCase();
      const isRequest = REQUEST.test(word);
      const isAccept = /^(?:accept|approv|confirm|said yes|agreed|obliged)/.test(word);
      // a request only counts when it was sent, accepted or is described as ongoing contact
      if (isRequest) {
        const rest = sentence.slice(m.index);
        const sentByMe = SENT_BY_ME.test(sentence);
        if (!sentByMe && !/\b(?:accept|approv|confirm|said yes|agreed|added)/i.test(sentence)) continue;
        if (/\b(?:decline|ignore|refuse|reject|delete)/i.test(rest.slice(0, 40))) continue;
      }
      // "accepted it": only after a request from a patient (this or the previous sentence)
      if (isAccept && !REQUEST.test(sentence) && !/\binvit/i.test(sentence) && !hadRequest) continue;
      if (GENERAL.test(before) && !/\b(?:i|we)\b/i.test(before)) continue;
      // ongoing messaging with no platform named needs a clear patient counterpart
      const weak = !/\b(?:on|via|through|over|in)\s+\S/i.test(word) && /^(?:messag|text|whats|dms|snaps|facetimes|video|we\b|i\b|i'|still|now|often|always|regularly|sometimes|occasionally)/.test(word);
      const pronoun = hadPatient && /\b(?:she|he|they|her|him|them|we)\b/i.test(sentence);
      // after a patient story earlier in the post, a platform action on "her", "him", "them"
      const laterPronoun = mode === "near" && ON_PLATFORM.test(m[0]) && OBJECT_PRONOUN.test(sentence) && !NOT_PATIENT.test(sentence);
      const counterpartOk = patientHere || hadRequest || pronoun || laterPronoun || (!weak && clinical && THIRD_PERSON.test(sentence) && !NOT_PATIENT.test(sentence));
      if (!counterpartOk) continue;
      // meeting up: only with the patient of this sentence or of the story, never with a colleague or friend
      if (meets.includes(m) && (!patientHere || (NOT_PATIENT.test(sentence.replace(FRIEND_REQUEST, "")) && !PATIENT.test(sentence)))) continue;
      out.push({ start: ss, end: se });
      break;
    }
  }
  return out;
}

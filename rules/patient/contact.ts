import { defineRule } from "../../shared/src/rule.js";
import type { Block } from "../../shared/src/document.js";
import { memoByBlock } from "../lexicon.js";
import { analyseDocument } from "./analysis.js";

/**
 * Social-media contact between the author and patients or their families: friend requests sent
 * or accepted, following each other, direct messages. General advice about it ("interactions with
 * patients are discouraged") and declined or ignored requests are not findings.
 */

const PLATFORM = String.raw`(?:facebook|fb|instagram|insta|ig|snapchat|snap|tiktok|twitter|x|linkedin|whats\s?app|messenger|telegram|wechat|line|threads|bluesky|social media|socials)`;
/** A social-media contact action (the counterpart is decided separately). */
const ACTION = new RegExp(
  [
    String.raw`\b(?:friend(?:ship)?|connection|contact|follow|add|linkedin|instagram|insta|facebook|fb|message|messenger|snapchat|snap|tiktok|wechat|telegram|whats\s?app|twitter|threads|bluesky)[- ]requests?\b`,
    String.raw`\b(?:asked|asking|asks|wanted|wants)\s+(?:me\s+)?to\s+(?:connect|follow|friend|add)\b`,
    String.raw`\b(?:accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|confirm(?:s|ed|ing)?)\b(?=[^.!?]{0,40}\b(?:requests?|invitations?|invites?|connections?|follows?|them|her|him|it)\b)`,
    // "she DMs me … and I answered", "messaged me on Instagram and I replied": answering a patient's messages
    String.raw`\b(?:messag(?:e|es|ed)|text(?:s|ed)?|dm(?:s|'?d|'?ed)|whats\s?app(?:s|ed)|pm(?:s|'?d))\s+me\b[^.!?]{0,80}?\b(?:i|we)\s+(?:always\s+|usually\s+|just\s+|then\s+|still\s+)?(?:repl(?:y|ied)|answer(?:ed)?|respond(?:ed)?|wrote back|write back|sent)\b`,
    String.raw`\b(?:accepted|said yes|agreed|obliged)\b(?=\s*(?:[,.;:!]|$|and\b|because\b|so\b|since\b|though\b|obviously\b|of course\b))`,
    String.raw`\b(?:add(?:s|ed|ing)?|friend(?:ed|ing)|befriend(?:s|ed|ing)?|connect(?:s|ed|ing)?(?: with)?|found|finds|find|look(?:s|ed|ing)? (?:me|them|her|him) up)\b[^.!?;]{0,60}\bon\s+${PLATFORM}\b`,
    String.raw`\bfollow(?:s|ed|ing)?\s+(?:me|them|her|him|us|each other|one another|back|my\s+(?:page|account|blog|channel))\b`,
    String.raw`\bfollow\s+(?:me|us)\b`,
    String.raw`\b(?:dm(?:s|'?d|'?ed|'?ing)?|direct[- ]messag(?:e|es|ed|ing)|pm(?:s|'?d|'?ed)?)\b`,
    String.raw`\b(?:messag(?:e|es|ed|ing)|text(?:s|ed|ing)?|whats\s?app(?:s|ed|ing)?|chat(?:s|ted|ting)?(?: with)?|snap(?:s|ped|ping)?|comment(?:s|ed|ing)? on|keep(?:s|ing)? in touch(?: with)?|kept in touch(?: with)?)\s+(?!me\b|us\b)[^.!?;]{0,60}\b(?:on|via|through|over|in)\s+${PLATFORM}\b`,
    // ongoing private messaging from the counterpart: "she messages me photos every week", "we text now and then"
    String.raw`\b(?:messag(?:e|es|ing)|text(?:s|ing)?|whats\s?app(?:s|ing)?|dms|snaps|facetimes|video[- ]calls)\s+(?:me|us|each other|one another)\b`,
    String.raw`\b(?:still|now|often|always|regularly|sometimes|occasionally)\s+(?:\w+\s+)?(?:messag(?:e|es|ing)|text(?:s|ing)?|whats\s?app(?:s|ing)?|dm(?:s|ing)?|chat(?:s|ting)? (?:on|over|via))\b`,
    String.raw`\b(?:we|i)(?:'ve| have)?\s+(?:been\s+)?(?:still\s+)?(?:message|messaging|text|texting|dm|dming|whatsapp|whatsapping)\b(?!\s+(?:my|our)\s+(?:friends?|team|colleagues?|co-?residents?|classmates?))`,
    String.raw`\b(?:friends|connected|mutuals)\s+(?:with\s+[^.!?;]{0,40}\s+)?on\s+${PLATFORM}\b`,
    String.raw`\b(?:slid(?:e|ing)?|slipped) into\b[^.!?]{0,20}\bdms\b`,
    String.raw`\b(?:gave|give|giving|gives|shared|share|sharing|passed|handed|hand)\b[^.!?;]{0,60}?\bmy\s+(?:personal\s+|private\s+|own\s+|mobile\s+|cell\s+)?(?:number|phone(?: number)?|mobile|cell|whats\s?app(?: number)?|instagram|insta|ig|handle|facebook|snapchat|tiktok|socials|contact details|personal e-?mail)\b`,
    String.raw`\b(?:made|make|making|created?|creating|set up|setting up|started|starting|start|run|running|runs|added\s+(?:them|her|him|the\s+\w+)\s+to|joined|join)\s+(?:a\s+|an\s+|the\s+|our\s+|my\s+)?(?:private\s+)?(?:whats\s?app|telegram|messenger|signal|facebook|fb|wechat|line|instagram|group)\s*(?:group|chat|group chat|channel)?\b`,
  ].join("|"),
  "gi",
);
/** Care that makes a generic person ("a lady", "one of the kids", "Uncle") a patient. */
const CARED = String.raw`(?:(?:i|we)(?:'d|'ve)?\s+(?:\w+\s+)?(?:looked after|look after|treated|treat|cared for|care for|saw|see|nursed|clerked|examined|photographed|operated on|delivered|admitted|discharged|managed|followed|scanned|assessed)|(?:from|on|in|at|of)\s+(?:the\s+|my\s+|our\s+|a\s+)?(?:\w+\s+){0,2}(?:ward|wards|clinic|clinics|bay|bed\s*\d+|beds?|icu|nicu|picu|unit|posting|rotation|placement|list|caseload|panel|practice|a&e|ed|er|service))`;
const PERSON = String.raw`(?:lady|ladies|man|men|woman|women|gentlem[ae]n|guy|guys|girls?|boys?|kids?|child|children|bab(?:y|ies)|famil(?:y|ies)|mums?|moms?|mothers?|dads?|fathers?|parents?|uncle|auntie|aunty|grandma|grandpa|nan|teens?|teenagers?|toddlers?|people|folks|regulars)`;
const FAMILY = String.raw`(?:mums?|moms?|mothers?|dads?|fathers?|parents?|wi(?:fe|ves)|husbands?|sons?|daughters?|sisters?|brothers?|famil(?:y|ies)|relatives?|partners?|grand(?:son|daughter|child|children|ma|pa|mother|father)s?|kids?|children|carers?|caregivers?|niece|nephew)`;
/** A patient or a patient's family member in the sentence. */
const PATIENT = new RegExp(
  [
    String.raw`\b(?:patients?|patient'?s|patients'|service users?|clients?|my\s+(?:panel|caseload))\b`,
    // "the mum of one of the kids I looked after", "the wife of one of my patients", "dad of a boy I treated"
    String.raw`\b${FAMILY}\s+of\s+(?:a|an|one|some|several|the|my|our|two|three|this|that)\b[^.!?]{0,40}?\b${PERSON}\b[^.!?]{0,25}?${CARED}`,
    // "a lady from my Tuesday clinic", "one of the kids I looked after", "Uncle from bed 12", "the families from our paeds posting"
    String.raw`\b${PERSON}\s+(?:\w+\s+){0,1}${CARED}`,
    // "her dad was discharged from our unit", "his mum had been admitted"
    String.raw`\b(?:his|her|their|a|the)\s+${FAMILY}\s+(?:\w+\s+){0,2}?(?:was|were|got|had been|has been)\s+(?:just\s+)?(?:discharged|admitted|treated|operated on|seen|transferred|ventilated|intubated)\b`,
    String.raw`\b(?:uncle|auntie|aunty|pakcik|makcik|mrs?|ms|madame?|mme|m\.)\s+(?:[A-Z]\w*\s+)?(?:from|in|on)\s+(?:the\s+)?(?:ward|clinic|bed\s*\d+|bay\s*\d*|icu|room\s*\d+)`,
  ].join("|"),
  "i",
);
/** A request to connect (received or sent). */
const REQUEST = /\b(?:friend(?:ship)?|connection|contact|follow|add|linkedin|instagram|insta|facebook|fb|message|messenger|snapchat|snap|tiktok|wechat|telegram|whats\s?app|twitter|threads|bluesky)[- ]requests?\b|\b(?:linkedin|facebook|fb|instagram|insta|snapchat|tiktok|wechat|telegram|whats\s?app|twitter|threads|bluesky)\s+(?:connection|friend|follow|contact)s?\b|\b(?:asked|asking|asks|wanted|wants)\s+(?:me\s+)?to\s+(?:connect|follow|friend|add)\b/i;
/** "I sent her a friend request" (not "the kids I looked after sent me one"). */
const SENT_BY_ME = /\b(?:i|we)(?:'ve|’ve| have| had)?\s+(?:(?:also|then|just|finally|even|actually|accidentally|once|even|already)\s+)?(?:sent|send|sending)\b(?!\s+me\b)/i;
/** The block is about clinical work, so "the kids", "they", "the mums" are likely patients. */
const CLINICAL_CONTEXT = /\b(?:patients?|ward|wards|clinic|icu|nicu|picu|bedside|discharged?|admitted|admission|palliative|paeds|peds|pediatrics|paediatrics|posting|rotation|clerkship|placement|consult(?:ation)?s?|follow-up visits?|between visits|my panel|caseload|photographed|treated|treatment|surgery|operated)\b/i;
/** Someone who is clearly not a patient (friend, colleague) as the counterpart, when no patient is named. */
const NOT_PATIENT = /\b(?:friends?|classmates?|colleagues?|co-?residents?|consultants?|registrars?|attendings?|supervisors?|lecturers?|tutors?|mentors?|nurses?|team|housemates?|roommates?|cousins?|sister|brother|mum|mom|dad|partner|boyfriend|girlfriend|followers|readers|everyone|anyone|you)\b/i;
const OTHER_COUNTERPART = new RegExp(String.raw`^\s*(?:(?:to|with)\s+)?(?:(?:my|our|the)\s+(?:[\w-]+\s+){0,2}?${NOT_PATIENT.source.slice(2, -2)}\b|each other on (?:the|our) (?:team|work|group))`, "i");
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|me|my|we|we've|we're|us|our)\b/i;
/** Third-person people who could be patients or families. */
const THIRD_PERSON = /\b(?:they|them|their|she|her|he|him|his|kids|children|mums|moms|mothers|dads|fathers|parents|families|relatives|a few|some|most|several|many)\b/i;
/** The action is refused, undone or only talked about in general. */
const NEGATED = /\b(?:never|not|no longer|n't|don'?t|didn'?t|haven'?t|hasn'?t|hadn'?t|wasn'?t|weren'?t|isn'?t|aren'?t|won'?t|can'?t|cannot|wouldn'?t|shouldn'?t|decline[sd]?|declining|ignor(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|delet(?:e|es|ed|ing)|block(?:s|ed|ing)?|unfollow(?:s|ed|ing)?|avoid(?:s|ed|ing)?|without|rather than|instead of|discouraged|prohibited|forbidden|against|whether|if)\b[^.!?;,]{0,50}$/i;
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
    const { context } = analyseDocument(ctx.doc, ctx.pack);
    const blocks = ctx.doc.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.kind === "heading") continue; // a title restates the body, where the finding is
      const carry = context[i] === true;
      for (const r of memoByBlock("patient.contact", carry ? "story" : "", block, () => checkBlock(block, carry))) {
        ctx.report({ start: block.start + r.start, end: block.start + r.end, message: MESSAGE });
      }
    }
  },
});

const READER_ASK = /\b(?:please|pls|feel free to|you can|anyone|anybody|someone|somebody|if you)\b/i;
const MESSAGE = "This describes social-media contact with patients or their families; policy discourages it, so keep contact in the clinical setting and leave this out.";
/** "his daughter", "her son": a relative of the patient the story is about (only inside a patient story). */
const STORY_RELATIVE = new RegExp(String.raw`\b(?:his|her|their)\s+(?:\w+\s+)?${FAMILY}\b`, "i");
/** The relative is someone else's: "my friend's daughter", "my sister's son". */
const NOT_PATIENT_RELATIVE = /\b(?:my|our)\s+(?:\w+\s+)?(?:friend|classmate|colleague|co-?worker|sister|brother|cousin|mum|mom|mother|dad|father|partner|neighbou?r|aunt|uncle)(?:'s|’s)?\b/i;

/**
 * One block's findings (offsets relative to the block). `story`: the block is part of a patient story,
 * so "she", "him" and "his daughter" can be the patient and their family.
 */
function checkBlock(block: Block, story: boolean): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const text = block.text;
  const clinical = story || CLINICAL_CONTEXT.test(text);
  let prevRequest = false, prevPatient = story;
  /** Sentences since a patient was last named in the block ("One of my patients …. Now she DMs me"). */
  let sincePatient = story ? 0 : 99;
  for (const s of block.sentences) {
    const ss = s.start - block.start, se = s.end - block.start;
    const sentence = text.slice(ss, se);
    const hadRequest = prevRequest, hadPatient = prevPatient || sincePatient <= 2;
    const patientHere = PATIENT.test(sentence) || (story && STORY_RELATIVE.test(sentence) && !NOT_PATIENT_RELATIVE.test(sentence));
    prevRequest = REQUEST.test(sentence) && patientHere;
    prevPatient = patientHere;
    sincePatient = patientHere ? 0 : sincePatient + 1;
    if (!FIRST_PERSON.test(sentence)) continue;
    for (const m of sentence.matchAll(ACTION)) {
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
      const counterpartOk = patientHere || hadRequest || pronoun || (!weak && clinical && THIRD_PERSON.test(sentence) && !NOT_PATIENT.test(sentence));
      if (!counterpartOk) continue;
      out.push({ start: ss, end: se });
      break;
    }
  }
  return out;
}

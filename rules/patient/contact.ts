import { defineRule } from "../../shared/src/rule.js";

/**
 * Social-media contact between the author and patients or their families: friend requests sent
 * or accepted, following each other, direct messages. General advice about it ("interactions with
 * patients are discouraged") and declined or ignored requests are not findings.
 */

const PLATFORM = String.raw`(?:facebook|fb|instagram|insta|ig|snapchat|snap|tiktok|twitter|x|linkedin|whats\s?app|messenger|telegram|wechat|line|threads|bluesky|social media|socials)`;
/** A social-media contact action (the counterpart is decided separately). */
const ACTION = new RegExp(
  [
    String.raw`\bfriend(?:ship)?[- ]requests?\b`,
    String.raw`\b(?:accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|confirm(?:s|ed|ing)?)\b(?=[^.!?]{0,40}\b(?:requests?|invitations?|invites?|them|her|him|it)\b)`,
    String.raw`\b(?:add(?:s|ed|ing)?|friend(?:ed|ing)|befriend(?:s|ed|ing)?|connect(?:s|ed|ing)?(?: with)?)\b[^.!?;]{0,60}\bon\s+${PLATFORM}\b`,
    String.raw`\bfollow(?:s|ed|ing)?\s+(?:me|them|her|him|us|each other|one another|back|my\s+(?:page|account|blog|channel))\b`,
    String.raw`\bfollow\s+(?:me|us)\b`,
    String.raw`\b(?:dm(?:s|'?d|'?ed|'?ing)?|direct[- ]messag(?:e|es|ed|ing)|pm(?:s|'?d|'?ed)?)\b`,
    String.raw`\b(?:messag(?:e|es|ed|ing)|text(?:s|ed|ing)?|whats\s?app(?:s|ed|ing)?|chat(?:s|ted|ting)?(?: with)?|snap(?:s|ped|ping)?|comment(?:s|ed|ing)? on)\s+(?:me|them|her|him|us|each other|some|a few|several|many|most|all|former|old|my|our|their|the)\b[^.!?;]{0,60}\b(?:on|via|through|over|in)\s+${PLATFORM}\b`,
    String.raw`\b(?:friends|connected|mutuals)\s+(?:with\s+[^.!?;]{0,40}\s+)?on\s+${PLATFORM}\b`,
    String.raw`\b(?:slid(?:e|ing)?|slipped) into\b[^.!?]{0,20}\bdms\b`,
    String.raw`\b(?:gave|give|giving|gives|shared|share|sharing|passed)\s+(?:(?:him|her|them|my patients?|the patients?|a patient)\s+)?my\s+(?:personal\s+|private\s+|own\s+)?(?:number|phone number|mobile|whats\s?app(?: number)?|instagram|insta|ig|handle|facebook|snapchat|tiktok|socials|contact details)\b`,
  ].join("|"),
  "gi",
);
/** A patient or a patient's family member in the sentence. */
const PATIENT = /\b(?:patients?|patient'?s|patients'|service users?|clients?|my\s+(?:panel|caseload)|(?:mums|moms|mothers|dads|fathers|parents|families|relatives|husbands|wives|daughters|sons|kids|children)\s+(?:of|from)\s+(?:my|our|the|a|one)\b[^.!?]{0,30}\b(?:patients?|ward|clinic|icu|unit|posting|rotation|service))\b/i;
/** The block is about clinical work, so "the kids", "they", "the mums" are likely patients. */
const CLINICAL_CONTEXT = /\b(?:patients?|ward|wards|clinic|icu|nicu|picu|bedside|discharged?|admitted|admission|palliative|paeds|peds|pediatrics|paediatrics|posting|rotation|clerkship|placement|consult(?:ation)?s?|follow-up visits?|between visits|my panel|caseload|photographed|treated|treatment|surgery|operated)\b/i;
/** Someone who is clearly not a patient (friend, colleague) as the counterpart, when no patient is named. */
const NOT_PATIENT = /\b(?:friends?|classmates?|colleagues?|co-?residents?|consultants?|registrars?|attendings?|supervisors?|lecturers?|tutors?|mentors?|nurses?|team|housemates?|roommates?|cousins?|sister|brother|mum|mom|dad|partner|boyfriend|girlfriend|followers|readers|everyone|anyone|you)\b/i;
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|me|my|we|we've|we're|us|our)\b/i;
/** Third-person people who could be patients or families. */
const THIRD_PERSON = /\b(?:they|them|their|she|her|he|him|his|kids|children|mums|moms|mothers|dads|fathers|parents|families|relatives|a few|some|most|several|many)\b/i;
/** The action is refused, undone or only talked about in general. */
const NEGATED = /\b(?:never|not|no longer|n't|don'?t|won'?t|can'?t|cannot|wouldn'?t|shouldn'?t|decline[sd]?|declining|ignor(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|delet(?:e|es|ed|ing)|block(?:s|ed|ing)?|unfollow(?:s|ed|ing)?|avoid(?:s|ed|ing)?|without|rather than|instead of|discouraged|prohibited|forbidden|against|whether|if)\b[^.!?;,]{0,50}$/i;
const GENERAL = /\b(?:should|shouldn'?t|must|mustn'?t|ought|you|your|is (?:strongly )?discouraged|are (?:strongly )?discouraged|prohibited|not allowed|policy|guidelines?|rules? say)\b/i;

export default defineRule({
  id: "patient.contact",
  title: "Social-media contact with patients",
  description: "Befriending, following or messaging patients or their families on social media creates a dual relationship that can harm the doctor–patient relationship and carry legal consequences. The policies strongly discourage or prohibit it: keep contact with patients in the clinical setting and decline or ignore friend requests.",
  severity: "warning",
  sources: ["quebec-postgraduate:I.2", "imu-students:d.i", "imu-staff:patient-contact", "umn-health-sciences:guideline-3", "imi:3"],
  fixes: [],
  scope: "block",
  examples: [
    { bad: "I accepted a friend request from my patient's mum, and now we chat on WhatsApp.", good: "When a patient's mum sent me a friend request, I ignored it and said hello at her next clinic visit instead." },
    { bad: "A few of my clinic patients follow me on Instagram now, and I follow them back.", good: "I keep my Instagram private and don't connect with patients there." },
  ],
  check(ctx) {
    const block = ctx.block!;
    if (block.kind === "heading") return; // a title restates the body, where the finding is
    const text = block.text;
    const clinical = CLINICAL_CONTEXT.test(text);
    let prevFriendRequest = false;
    for (const s of block.sentences) {
      const ss = s.start - block.start, se = s.end - block.start;
      const sentence = text.slice(ss, se);
      const hadRequest = prevFriendRequest;
      prevFriendRequest = /\bfriend(?:ship)?[- ]requests?\b/i.test(sentence) && PATIENT.test(sentence);
      if (!FIRST_PERSON.test(sentence)) continue;
      const patientHere = PATIENT.test(sentence);
      for (const m of sentence.matchAll(ACTION)) {
        const clauseStart = Math.max(sentence.lastIndexOf(",", m.index) + 1, sentence.lastIndexOf(";", m.index) + 1, sentence.lastIndexOf(" and ", m.index) + 1, sentence.lastIndexOf(" but ", m.index) + 1);
        const before = sentence.slice(clauseStart, m.index);
        if (NEGATED.test(before)) continue;
        // "I messaged my registrar on WhatsApp": the counterpart named in the action is not a patient
        const object = m[0].replace(/^\S+\s*/, "");
        if (NOT_PATIENT.test(object) && !PATIENT.test(object)) continue;
        const word = m[0].toLowerCase();
        const isRequestNoun = /friend(?:ship)?[- ]request/.test(word);
        const isAccept = /^(?:accept|approv|confirm)/.test(word);
        // a request only counts when it was sent, accepted or is described as ongoing contact
        if (isRequestNoun) {
          const rest = sentence.slice(m.index);
          const sentByMe = /\b(?:i|we)\s+(?:\w+\s+){0,2}(?:sent|send|sending)\b/i.test(sentence);
          if (!sentByMe && !/\b(?:accept|approv|confirm|said yes|added)/i.test(sentence)) continue;
          if (/\b(?:decline|ignore|refuse|reject|delete)/i.test(rest.slice(0, 40))) continue;
        }
        // "accepted it": only after a friend request from a patient (this or the previous sentence)
        if (isAccept && !/\bfriend(?:ship)?[- ]requests?|invit/i.test(sentence) && !hadRequest) continue;
        if (GENERAL.test(before) && !/\b(?:i|we)\b/i.test(before)) continue;
        const counterpartOk = patientHere || hadRequest || (clinical && THIRD_PERSON.test(sentence) && !NOT_PATIENT.test(sentence));
        if (!counterpartOk) continue;
        ctx.report({
          start: block.start + ss, end: block.start + se,
          message: "This describes social-media contact with patients or their families; policy discourages it, so keep contact in the clinical setting and leave this out.",
        });
        break;
      }
    }
  },
});

import { defineRule, type RuleContext } from "../../shared/src/rule.js";
import type { Pack } from "../../shared/src/pack.js";
import { compileUserPattern } from "../../shared/src/safe-regex.js";
import { allMatches } from "../../shared/src/text.js";

/**
 * The author's own contact and identity details: home address, phone numbers, national id,
 * passport or licence numbers and birth date. The same shapes about a patient belong to
 * `patient.identifier`; here the words around the value make it the author's own
 * ("my mobile", "WhatsApp me on", "I live at", "Born on …" with no other subject).
 */

export const REDACTED = "[redacted]";

// ---- value shapes ----
const PHONE = /(?<![\w+/-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){1,3}(?![\w/-]|[.,]\d)/g;
const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DATE = new RegExp(
  `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?(?:\\s+(?:19|20)\\d{2})?|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+(?:19|20)\\d{2})?|\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})(?![\\w/-])`,
  "iy",
);
const NATIONAL_ID = /(?<![\w-])(?:[A-Z]{2,5}-[A-Z]{1,5}\s?\d{4,8}|[A-Z]{2,5}-\d{4,8}|[A-Z]{1,5}(?:\/[A-Z0-9]{1,8}){1,3}|[A-Z]{1,3}\s\d{5,9}|\d{6}-\d{2}-\d{4}|\d{12}|\d{3}-\d{2}-\d{4}|\d{3}[ -]\d{3}[ -]\d{3}|[A-Z]{1,2}\d{6,9}|[A-Z]\d{3,4}-?\d{4}-?\d{4}|[A-Z]{4}\s?\d{4}\s?\d{4}|\d{5,10})(?![\w-])/gy;

// ---- context: the value is the author's own ----
/** A phone number given as the author's own (within the words just before it). */
const PHONE_CONTEXT = /(?:\b(?:call|text|phone|ring|whats\s?app|message|sms|telegram|signal|reach|contact)\s+(?:or\s+\w+\s+)?me\b|\bmy\s+(?:(?:personal|own|home|work|office|private|mobile|cell|hand)\s+)?(?:phone|mobile|cell|handphone|hp|number|no\.?|line|whats\s?app|contact(?: number)?|landline|extension|ext\.?)\b|\b(?:i'?m|i am)\s+(?:reachable|available|on\s+whats\s?app)\b|\bme\s+(?:on|at)\s*$)[^.!?\n]{0,40}$/i;
/** A labelled contact line ("Phone: …", "WhatsApp: …") in a block that is not about someone else. */
const PHONE_LABEL = /(?:^|\n)\s*(?:[-*]\s*)?(?:\*\*)?(?:(?:my\s+)?(?:tel(?:ephone)?|phone|mobile|cell|hp|handphone|whats\s?app|contact(?:\s+(?:no\.?|number))?|call|text|office|work\s+phone)|h\/p)(?:\s*(?:\/|&|\+|,|and|or)\s*(?:tel(?:ephone)?|phone|mobile|cell|hp|handphone|whats\s?app|telegram|signal|sms|text|call))*(?:\s*\([^)\n]{0,40}\))?(?:\*\*)?\s*[:\-–]\s*(?:\*\*)?\s*$/i;
const SOMEONE_ELSE = /\b(?:patient|patient's|client|mother|father|mum|mom|dad|husband|wife|son|daughter|family|relative|caregiver|his|her|their|hotline|helpline|befrienders|talian|emergency|ambulance|clinic|hospital|office of|department|unit|centre|center|line for|crisis|support line|lifeline|samaritans)\b/i;

const ADDRESS_CONTEXT = /(?:\b(?:i|we)\s+(?:now\s+|currently\s+|still\s+)?(?:live|stay|reside|am\s+(?:living|staying)|'m\s+(?:living|staying))\s+(?:at|in|on)|\b(?:currently\s+)?(?:living|staying|residing)\s+at|\bmy\s+(?:home\s+|house\s+|postal\s+|mailing\s+|residential\s+)?(?:address|house|home|flat|apartment|condo|place|unit|room|hostel)\b(?:\s+(?:is|at|in|on))?|\b(?:address|home\s+address)\s*[:\-–]|(?:^|\n)\s*(?:[-*]\s*)?(?:\*\*)?(?:(?:my\s+)?(?:(?:home|postal|mailing|residential|snail[- ]?mail)\s+)?address|post|mail|snail\s*mail|postal|postcards?(?:\s+to)?|letters?(?:\s+to)?|home)(?:\s*\([^)\n]{0,40}\))?(?:\*\*)?\s*[:\-–]|\bcome\s+(?:over\s+|by\s+)?to\s+(?:my|our)\s+\w+|\b(?:my|our)\s+(?:front\s+|back\s+)?(?:porch|doorstep|front door|door|gate|veranda|verandah|garage|driveway|mailbox|letterbox|yard|garden)\b(?:\s+(?:at|in|on))?|\b(?:at|to)\s+(?:my|our)\s+(?:new\s+)?(?:home|house|flat|apartment|place)(?:\s+(?:at|in|on))?|\b(?:my|our)\s+(?:new|current|rented|own|little)\s+(?:address|house|home|flat|apartment|condo|place|unit|room)\b(?:\s+(?:is|at|in|on))?|(?:^|[.!?:;(]\s*|\n\s*(?:[-*]\s*)?|\b(?:i|we)(?:'m|’m|'re|’re|\s+am|\s+are)?\s+|\b(?:currently|now|still)\s+)(?:(?:currently|now|still|just)\s+)?(?:renting|rent|sharing|subletting|moved\s+(?:in)?to|moving\s+(?:in)?to|(?:have|'ve|’ve)\s+(?:just\s+)?moved\s+(?:in)?to)\s+(?:(?:a|an|the|my|our)\s+)?(?:[\w'-]+\s+){0,3}?(?:at|in|on)?|\b(?:send|post|mail|deliver|ship)\s+(?:\w+\s+){0,3}?(?:to\s+me|to\s+us|to\s+my\s+(?:place|house|flat|room))\s+(?:at|in|on)?)[^.!?\n]{0,30}$/i;
const STREET_WORD = /\b(?:jalan|jln|lorong|lrg|persiaran|lebuh|lebuhraya|taman|tmn|bandar|kampung|kg|blok|block|unit|apt|apartment|suite|street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|crescent|close|highway|hwy|parkway|pkwy|circle|square|sq|rue|chemin|boul|av|route|rang|condo|residensi|pangsapuri)\b/i;
/** A street address: house/unit number, then capitalised words, digits and comma-separated parts. */
const ADDRESS = /(?:(?:[Nn]o\.?|[Uu]nit|[Ll]ot|[Aa]pt\.?|[Bb]lok|[Bb]lock)\s*)?\d{1,5}[A-Za-z]?(?:-\d{1,4}[A-Za-z]?){0,3},?\s+(?:[A-Z0-9À-Ý][\p{L}\d'’.&\/-]*|de|du|des|la|le|of|the)(?:\s+(?:[A-Z0-9À-Ý][\p{L}\d'’.&\/-]*|de|du|des|la|le|of|the|\d{1,5}))*(?:,?\s+(?:(?:[A-Z0-9À-Ý][\p{L}\d'’.&\/-]*)(?:\s+(?:[A-Z0-9À-Ý][\p{L}\d'’.&\/-]*|de|du|des|la|le|\d{1,5}))*))*/uy;

const BIRTH_CONTEXT = /(?:\bmy\s+(?:birthday|birth\s*date|date\s+of\s+birth|dob|b-?day)\b(?![^.!?\n]*\b(?:his|her|their|mum's|mom's|dad's|sister's|brother's|son's|daughter's)\b)[^.!?\n]{0,60}|(?:^|[.!?:;(]\s*|\n\s*(?:[-*]\s*)?|\b(?:i\s+was|i'?m|i\s+am)\s+)born\s+(?:on\s+)?(?:the\s+)?|\bmy\s+(?:birthday|birth\s*date|date\s+of\s+birth|dob|b-?day)\s*(?:is|was|falls\s+on|:|-|–)?\s*(?:on\s+)?(?:the\s+)?|^\s*(?:[-*]\s*)?(?:\*\*)?(?:date\s+of\s+birth|birth\s*date|dob|birthday|born)(?:\*\*)?\s*[:\-–]\s*(?:\*\*)?\s*)$/i;

const ID_CONTEXT = /\bmy\s+(?:(?:own|new|old|current|malaysian|canadian|us|uk|australian)\s+)?(?:ic|nric|mykad|i\/c|identity\s+card|id|national\s+id|passport|passport\s+no\.?|social\s+security|ssn|sin|social\s+insurance|medicare|ramq|health\s+card|driver'?s\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e|registration|mmc|apc|npi|dea|gmc|hcpc|cmq|pin)\b(?:\s+(?:number|no\.?|#|num))?[^.!?\n]{0,60}$|^\s*(?:[-*]\s*)?(?:\*\*)?(?:ic|nric|mykad|passport|ssn|sin|licen[cs]e|id)(?:\s+(?:number|no\.?))?(?:\*\*)?\s*[:\-–]\s*(?:\*\*)?\s*$/i;

/** "IC 010923-14-0662", "SSN: …": a national id label right before the value (the sentence must be about the author). */
const ID_LABEL_BEFORE = /\b(?:IC|NRIC|MyKad|I\/C|SSN|SIN|NAS)\s*(?:no\.?|number|#)?\s*[:\-–]?\s*$/;
/** A list item or line that starts with an identity-number label ("- IC for the sign-up sheet: …"). */
const ID_LABEL_START = /^[\s>*_-]*(?:\d+[.)]\s*)?\**(?:IC|NRIC|MyKad|I\/C|SSN|SIN|NAS)\b/;
/** A patient's details, not the author's (patient.identifier's concern). */
const PATIENT_BEFORE = /\b(?:patients?|pt|client|case|admitted|admission|bed\s?\d|ward|age|aged|years? old|y\/?o|diagnos\w*|MRN|RN)\b/i;
/** A Malaysian IC number: specific enough to be an identity number wherever it appears. */
const MY_IC = /^\d{6}-\d{2}-\d{4}$/;
const FIRST_PERSON = /\b(?:I|my|me|I'm|I’m|mine)\b/;
/** "Medical Laboratory Technologist registration no. MLT/SEL/02871", "Board of Nursing licence no. R 245871": a professional registration. */
const REG_LABEL_BEFORE = /\b(?:registration|reg\.?|licen[cs]e|practising certificate|practicing certificate|APC|MMC|MDC|NPI|GMC|HCPC|AHPRA|NMC|permit|permis)\s*(?:no\.?|number|num\.?|#|num[ée]ro)\s*[:\-–]?\s*$/i;
const PROFESSIONAL = /\b(?:medical|nursing|nurse|pharmac\w*|dental|laboratory|technologist|MLT|physio\w*|council|board|professional|practising|practicing|clinical|health|midwi\w+|optometr\w+|radiograph\w+|dietitian|therap\w+|coll[eè]ge|ordre|sonograph\w*|audiolog\w*|paramedic\w*|chiropract\w*|osteopath\w*|podiatr\w*|orthopti\w*|optician|dentist|hygienist|doctor|physician|surgeon|psycholog\w*|counsell?or|social work\w*|speech|occupational|veterinar\w*|vet|AHP|allied|respiratory|perfusion\w*|phlebotom\w*)\b/i;
/** "my sonographer registration number is …": the author's own professional registration, a profession between "my" and the label. */
const OWN_REG_BEFORE = /\bmy\s+(?:[\w-]+\s+){0,2}?(?:registration|reg\.?|licen[cs]e|practising certificate|practicing certificate|APC|permit)\s*(?:number|no\.?|num\.?|#)?\s*(?:is\s*|[:\-–]\s*)?$/i;
const NOT_PERSONAL_REG = /\b(?:company|business|SSM|ROC|ROB|vehicle|car|course|event|ticket|charity|society|student|matric\w*|trial|product|drug|device|clinic|hospital|pharmacy's)\b|(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:registration|licen[cs]e)|\b(?:his|her|their|patient)\b/i;
/** "call the house line on …", "ring our home number, …": the author's own home or personal line. */
const HOME_LINE = /\b(?:call|ring|phone|text|reach|try|on)\s+(?:\w+\s+){0,2}?(?:(?:house|home|personal|private)\s+(?:line|number|phone|no\.?)|landline)\b[^.!?\n]{0,20}$/i;
const HAS_BIRTH = /born|birth|\bdob\b|b-?day/i;
const ZODIAC_HINT = /\b(?:Aries|Taurus|Gemini|Cancer|Leo|Virgo|Libra|Scorpio|Sagittarius|Capricorn|Aquarius|Pisces)\b/;
const HAS_YEAR = /\d{4}/;
/** "14 August 2003 (Leo, obviously)": a star sign right after a date makes it the author's birthday. */
const ZODIAC_AFTER = /^\s*[(,–—-]\s*(?:(?:a|an|total|typical|proud|classic|true)\s+)?(?:Aries|Taurus|Gemini|Cancer|Leo|Virgo|Libra|Scorpio|Sagittarius|Capricorn|Aquarius|Pisces)(?=\s*[,)!.♈-♓]|\s+(?:obviously|btw|lol|haha|season|szn|baby|gang|here|energy|vibes)\b|\s*$)/u;
/** "No. 27, Jalan USJ 11/3 — drop by for swaps!": an invitation to come to the address makes it the author's own. */
const INVITE_AFTER = /^\s*[—–,(-]?\s*(?:(?:just|feel free to|do)\s+)?(?:drop|come|pop|swing|stop)\s+(?:by|round|over)\b/i;
const INVITE_HINT = /\b(?:drop|come|pop|swing|stop)\s+(?:by|round|over)\b/i;
/** A business or public place, not a home: "the clinic at 12 Jalan SS2/24 — drop by". */
const BUSINESS = /\b(?:clinic|shop|store|kedai|cafe|café|restaurant|booth|stall|office|hall|centre|center|pharmacy|farmacia|market|bazaar|gallery|studio|gym|salon|branch|outlet|event|open day|launch)\b/i;
const HAS_ID = /\b(?:ic|nric|mykad|i\/c|id|identity|passport|social|ssn|sin|medicare|ramq|health card|licen[cs]e|registration|mmc|apc|npi|dea|gmc|hcpc|cmq|pin)\b/i;
const HAS_ADDRESS = /\b(?:live|living|stay|staying|reside|residing|address|house|home|flat|apartment|condo|place|unit|room|hostel|rent|renting|sharing|subletting|moved|moving|send|post|postal|postcards?|letters?|mail|deliver|ship|porch|doorstep|door|gate|veranda|verandah|garage|driveway|mailbox|letterbox|yard|garden)\b/i;

// ---- the pack's own identifier formats (custom packs: "NHS number", "student number") ----
const packPatternCache = new WeakMap<Pack, { name: string; regex: RegExp }[]>();
function packPatterns(pack: Pack): { name: string; regex: RegExp }[] {
  let list = packPatternCache.get(pack);
  if (!list) {
    list = [];
    for (const p of pack.identifierPatterns ?? []) {
      const c = compileUserPattern(p.pattern, p.flags);
      if ("regex" in c) list.push({ name: p.name, regex: c.regex });
    }
    packPatternCache.set(pack, list);
  }
  return list;
}
/** "my NHS number is", "my student number: …": the last "my" before the value, nobody else's in between. */
const OWN_BEFORE = /\bmy\b([^.!?\n]{0,60})$/i;
const OTHER_OWNER = /\b(?:patient|client|mum|mom|mother|dad|father|parent|husband|wife|son|daughter|brother|sister|family|friend|partner|grand\w*|baby|child|kid)s?(?:'s|’s|s')?|\b(?:his|her|their|its)\b/i;

function isOwnPhone(before: string, lineBefore: string, sentence: string): boolean {
  if (PHONE_CONTEXT.test(before)) {
    // "call me or my mum on …" is still the author's; "my patient's number" is not.
    return !/\bmy\s+(?:patient|client)/i.test(before.slice(-60));
  }
  return (PHONE_LABEL.test(lineBefore) || HOME_LINE.test(before)) && !SOMEONE_ELSE.test(sentence);
}

function digits(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= "0" && ch <= "9") n++;
  return n;
}

function report(ctx: RuleContext, start: number, end: number, what: string) {
  start += ctx.block!.start; end += ctx.block!.start;
  ctx.report({
    start, end,
    message: `This shares your own ${what} publicly; remove it or share it privately.`,
    fixes: [{ id: "redact", title: `Redact your ${what}`, preferred: true, edits: [{ start, end, insert: REDACTED }] }],
  });
}

export default defineRule({
  id: "privacy.personal",
  title: "Your own personal details",
  description: "Posting your own home address, phone number (personal or work), national identity, passport or licence number or birth date gives scammers and identity thieves what they need. The policies ask you not to list them on your personal profile or site; share them privately instead.",
  severity: "warning",
  sources: ["imu-students:b.iii", "imu-staff:identity"],
  fixes: [{ id: "redact", kind: "safe", description: "Replace the detail with \"[redacted]\"." }],
  scope: "block",
  examples: [
    { pack: "imu-students", bad: "If it's urgent, WhatsApp me on +60 12-338 4471.", good: "If it's urgent, message me through the contact form." },
    { pack: "imu-staff", bad: "Pick up a workbook from my house at 8, Jalan Kiara 3, Mont Kiara, 50480 Kuala Lumpur.", good: "Workbooks will be handed out at the workshop." },
  ],
  check(ctx) {
    const block = ctx.block!;
    const text = block.text;
    const taken: [number, number][] = [];
    const free = (a: number, b: number) => !taken.some(([s, e]) => a < e && s < b);
    for (const s of block.sentences) {
      const ss = s.start - block.start, se = s.end - block.start;
      const sentence = text.slice(ss, se);
      // ---- birth dates ----
      if (HAS_BIRTH.test(sentence) || ZODIAC_HINT.test(sentence)) for (let i = ss; i < se; i++) {
        if (i > ss && /[\w]/.test(text[i - 1]!)) continue;
        DATE.lastIndex = i;
        const m = DATE.exec(text);
        if (!m || m.index + m[0].length > se) continue;
        if (!/\d/.test(m[0])) continue;
        const before = text.slice(Math.max(ss, i - 60), i);
        const zodiac = HAS_YEAR.test(m[0]) && ZODIAC_AFTER.test(text.slice(m.index + m[0].length, Math.min(se, m.index + m[0].length + 40))) && !SOMEONE_ELSE.test(sentence);
        if ((BIRTH_CONTEXT.test(before) || zodiac) && !/\b(?:he|she|they|patient|baby|son|daughter|who)\s+(?:was\s+)?born\s*(?:on\s+)?(?:the\s+)?$/i.test(before)) {
          const end = m.index + m[0].replace(/[,.\s]+$/, "").length;
          if (free(i, end)) { taken.push([i, end]); report(ctx, i, end, "birth date"); }
        }
        i += m[0].length - 1;
      }
      // ---- national id, passport, licence numbers ----
      if (HAS_ID.test(sentence)) for (let i = ss; i < se; i++) {
        if (i > ss && /[\w-]/.test(text[i - 1]!)) continue;
        if (!/[A-Z0-9]/.test(text[i]!)) continue;
        NATIONAL_ID.lastIndex = i;
        const m = NATIONAL_ID.exec(text);
        if (!m || !/\d/.test(m[0]) || digits(m[0]) < 5) continue;
        const before = text.slice(Math.max(ss, i - 80), i);
        const own = ID_CONTEXT.test(before) && !/\bmy\s+(?:patient|client)/i.test(before);
        // "- IC for the hiking club sign-up sheet: 031102-08-6640" in the author's own list of facts
        const listed = !own && MY_IC.test(m[0]) && ID_LABEL_START.test(sentence) && !OTHER_OWNER.test(text) && !PATIENT_BEFORE.test(text);
        const labelled = !own && (listed || ((ID_LABEL_BEFORE.test(before) || MY_IC.test(m[0])) && FIRST_PERSON.test(sentence) && !OTHER_OWNER.test(sentence)));
        const registration = !own && !labelled && (REG_LABEL_BEFORE.test(before) || OWN_REG_BEFORE.test(before)) && PROFESSIONAL.test(before) && !NOT_PERSONAL_REG.test(before);
        if ((own || labelled || registration) && free(i, i + m[0].length)) {
          taken.push([i, i + m[0].length]);
          const kind = /passport/i.test(before) ? "passport number" : /licen[cs]e|registration|mmc|apc|npi|dea|gmc|hcpc|cmq/i.test(before.slice(-40)) ? "licence number" : "identity number";
          report(ctx, i, i + m[0].length, kind);
        }
        i += m[0].length - 1;
      }
      // ---- the pack's identifier formats ----
      for (const { name, regex } of packPatterns(ctx.pack)) {
        regex.lastIndex = 0;
        for (const m of allMatches(regex, sentence)) {
          if (!m[0]) continue;
          const start = ss + m.index, end = start + m[0].length;
          if (!free(start, end)) continue;
          const own = OWN_BEFORE.exec(text.slice(Math.max(ss, start - 80), start));
          if (!own || OTHER_OWNER.test(own[1]!)) continue;
          taken.push([start, end]);
          report(ctx, start, end, name);
        }
      }
      // ---- phone numbers ----
      for (const m of allMatches(PHONE, sentence)) {
        const start = ss + m.index, end = start + m[0].length;
        if (digits(m[0]) < 7 || digits(m[0]) > 15 || !free(start, end)) continue;
        if (/^(?:19|20)\d{2}$/.test(m[0])) continue;
        const before = text.slice(Math.max(ss, start - 80), start);
        const lineStart = text.lastIndexOf("\n", start - 1) + 1;
        if (!isOwnPhone(before, text.slice(Math.max(lineStart, ss), start), sentence)) continue;
        taken.push([start, end]);
        report(ctx, start, end, "phone number");
      }
      // ---- home address ----
      const invite = INVITE_HINT.test(sentence) && !SOMEONE_ELSE.test(sentence) && !BUSINESS.test(sentence);
      if (HAS_ADDRESS.test(sentence) || invite) for (let i = ss; i < se; i++) {
        if (i > ss && /[\w-]/.test(text[i - 1]!)) continue;
        if (!/[0-9NULABnulab]/.test(text[i]!)) continue;
        ADDRESS.lastIndex = i;
        const m = ADDRESS.exec(text);
        if (!m) continue;
        let value = m[0].replace(/[\s,.]+$/, "");
        if (i + value.length > se) value = value.slice(0, se - i).replace(/[\s,.]+$/, "");
        if (!STREET_WORD.test(value) && !/\b\d{5}\b/.test(value.slice(3))) continue;
        const before = text.slice(Math.max(ss, i - 80), i);
        if (!(ADDRESS_CONTEXT.test(before) || (invite && INVITE_AFTER.test(text.slice(i + value.length, Math.min(se, i + value.length + 40))))) || !free(i, i + value.length)) continue;
        taken.push([i, i + value.length]);
        report(ctx, i, i + value.length, "home address");
        i += value.length - 1;
      }
    }
  },
});

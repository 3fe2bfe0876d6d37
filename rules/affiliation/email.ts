import { defineRule } from "../../shared/src/rule.js";
import { findEmails, isInstitutionalEmail, isOwnContactEmail } from "../lexicon.js";
import { blockValues, isOfficialDocument } from "../block-values.js";


/** First person singular anywhere in a block: personal content. */
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|me|my|mine|myself)\b/;
/** A directory heading: "Academic staff", "Our people", "Faculty profiles", "Contact us". */
const DIRECTORY = /\b(?:staff|faculty|people|team|directory|profiles?|contact us|contacts|lecturers|academics|members)\b/i;

export const PERSONAL_EMAIL_PLACEHOLDER = "[your personal e-mail]";

/** "— Sam, PGY-2 | sam.o@umn.edu", "~ Nadia": a signature line (a dash or tilde lead, or fields split by "|" or "·"). */
const SIGNATURE_LINE = /^[ \t>]*(?:[-–—~]{1,2}\s*\S|.*\s[|·•]\s)/;
/** A contact call right before the address: "Questions? ", "DM or email ", "hit me up at ", "reach out: ". */
const CONTACT_CALL = /(?:\bquestions\??|\bq(?:uestions)?s?\?|\b(?:dm|pm|message|text|ping|email|e-mail|mail|write|contact|reach out|get in touch|hit (?:me )?up|drop (?:me )?(?:a line|an email)|holler|enquiries welcome|interested\??|keen\??|(?:comments|corrections|feedback|thoughts|replies|responses|letters|questions|tips)(?:\s+(?:and|&|or)\s+(?:comments|corrections|feedback|questions|thoughts))?\s+(?:are\s+|is\s+)?(?:very\s+)?(?:much\s+)?(?:welcome|appreciated))(?:\s+(?:or|and|\/)\s+(?:dm|pm|email|e-mail|message|text))?)\s*(?:at|to|via|on|:|-|–|—)?\s*$/i;
/** An office, not a person, is the contact: "Contact the office at ome@umn.edu", "Enquiries: registry@…". */
const OFFICE_CONTEXT = /\b(?:the|our|this)\s+(?:\w+\s+){0,3}(?:office|department|dept|registry|secretariat|unit|team|faculty|school|centre|center|admissions|helpdesk|help desk|committee|programme|program)\b|\b(?:enquiries|inquiries|admissions|registry|helpdesk|help desk)\s*:/i;
const GENERIC_LOCAL = /^(?:info|admin|administrator|office|registry|registrar|enquir(?:y|ies)|inquir(?:y|ies)|admissions?|helpdesk|support|hr|dean|deanery|secretariat|contact|general|reception|webmaster|noreply|no-reply|news|media|press|comms|communications|alumni|library|careers?|finance|bursary|scholarships?|exams?|examinations?|ome|osa|studentaffairs|student\.affairs|[a-z]+(?:office|dept|unit|team|centre|center|faculty|school|registry))@/i;

/** A commercial contact call: "Brand collaborations:", "Business enquiries:", "Collabs / PR:", "For sponsorships, email". */
const COMMERCIAL_CALL = /\b(?:brand|business|collab(?:oration)?s?|partnerships?|sponsorships?|sponsored posts?|PR|bookings?|work with me|advertising|ads|media kit|brand deals?|paid (?:posts|promotions?)|promos?|speaking)\b[^\n]{0,30}?(?:at|to|via|on|:|-|–|—)\s*$/i;
/** The post sells or promotes something: a discount code, affiliate link, "#ad", "#sponsored", a gifted product. */
export const COMMERCIAL = /(?<![\w-])#(?:ad|sponsored|spon|gifted|collab|partner|paidpartnership|affiliate|brandambassador|ambassador)\b|\b(?:use (?:my |the )?(?:code|link|discount code|promo code)|(?:my|our) (?:discount|promo|affiliate|referral) (?:code|link)|affiliate links?|paid partnership|sponsored by|in partnership with|brand (?:collab(?:oration)?s?|partnerships?|deals?|ambassador)|link in bio)\b/i;

/** The address is the author's contact in a sign-off or signature line of a personal post. */
function isSignOffEmail(text: string, start: number, address: string): boolean {
  if (GENERIC_LOCAL.test(address)) return false;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", start);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const before = text.slice(Math.max(lineStart, start - 80), start);
  if (COMMERCIAL_CALL.test(before)) return true;
  if (OFFICE_CONTEXT.test(before) || OFFICE_CONTEXT.test(line)) return false;
  if (CONTACT_CALL.test(before)) return true;
  return line.length <= 120 && SIGNATURE_LINE.test(line);
}

export default defineRule({
  id: "affiliation.email",
  title: "Institutional e-mail in personal content",
  description: "Personal posts should give a personal e-mail address as the author's contact, not the institution's: an institutional address makes the post look official.",
  severity: "warning",
  sources: ["umn-health-sciences:guideline-7", "imu-staff:identity"],
  fixes: [{ id: "personal-email", kind: "safe", description: "Replace the address with a placeholder for a personal address." }],
  scope: "document",
  examples: [
    { pack: "umn-health-sciences", bad: "Questions? Email me at gold0042@umn.edu.", good: "Questions? Email me at [your personal e-mail]." },
  ],
  check(ctx) {
    const { doc, pack } = ctx;
    if (!pack.institution?.emailDomains.length) return;
    // the author's own institutional addresses per block (cached by block text): the sentence
    // around an address decides whether it is given as the author's contact
    const found: { start: number; end: number }[] = [];
    let commercial = false, firstPerson = false, directory = false;
    const personal: { start: number; end: number }[] = [];
    const perBlock = blockValues(ctx, "affiliation.email", pack.id, (b) => {
      const source = doc.text.slice(b.start, b.end);
      const own: { start: number; end: number }[] = [], personal: { start: number; end: number }[] = [];
      for (const m of findEmails(source)) {
        if (!isInstitutionalEmail(m.address, pack) || doc.code.some((c) => b.start + m.start >= c.start && b.start + m.start < c.end)) continue;
        if (isOwnContactEmail(source, m.start, m.end) || isSignOffEmail(source, m.start, m.address)) own.push(m);
        else if (!GENERIC_LOCAL.test(m.address) && !OFFICE_CONTEXT.test(source.slice(Math.max(0, m.start - 80), m.start))) personal.push(m);
      }
      return { own, personal, commercial: COMMERCIAL.test(b.text), firstPerson: FIRST_PERSON.test(b.text), directory: b.kind === "heading" && DIRECTORY.test(b.text) };
    });
    for (let i = 0; i < perBlock.length; i++) {
      const b = doc.blocks[i]!, facts = perBlock[i]!;
      for (const m of facts.own) found.push({ start: b.start + m.start, end: b.start + m.end });
      for (const m of facts.personal) personal.push({ start: b.start + m.start, end: b.start + m.end });
      commercial ||= facts.commercial;
      firstPerson ||= facts.firstPerson;
      directory ||= facts.directory;
    }
    // in a sponsored or promotional post, a person's institutional address is the author's business contact
    if (commercial && personal.length) {
      found.push(...personal);
      found.sort((a, b) => a.start - b.start);
    }
    // a staff directory written in the third person is the institution's page, not personal content
    if (!found.length || isOfficialDocument(ctx) || (directory && !firstPerson && !commercial)) return;
    for (const m of found) {
      const shown = doc.text.slice(m.start, m.end);
      ctx.report({
        start: m.start, end: m.end,
        message: `This gives your institutional address (${shown}) as a personal contact; use a personal e-mail address instead.`,
        fixes: [{ id: "personal-email", title: "Replace with a personal-address placeholder", preferred: true, edits: [{ start: m.start, end: m.end, insert: PERSONAL_EMAIL_PLACEHOLDER }] }],
      });
    }
  },
});

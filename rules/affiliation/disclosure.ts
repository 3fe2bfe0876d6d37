import { defineRule } from "../../shared/src/rule.js";
import type { DocumentModel } from "../../shared/src/document.js";
import type { Pack } from "../../shared/src/pack.js";
import { findInstitutionMentions, isOfficialDocumentByBlocks } from "../lexicon.js";

/**
 * Writing about the institution's own matters (fees, parking, grading, policies, campus news)
 * without saying how the author is connected to it. Document level: the disclosure may be
 * anywhere in the post ("I'm a third-year student at …", "Speaking as a lecturer at …").
 */

/** Institutional matters: what the institution decides, charges, builds or announces. */
const MATTERS = /\b(?:fees?|tuition|parking|rates?|prices?|pricing|charges?|policy|policies|campus(?:es)?|grading|grades?|pass\/fail|curriculum|syllabus|admissions?|intake|enrol?ments?|scholarships?|bursar(?:y|ies)|regents|board|senate|administration|management|leadership|dean|president|provost|vice[- ]chancellor|budget|funding|finances?|strikes?|layoffs?|job cuts|redundanc(?:y|ies)|restructur\w*|mergers?|accreditation|rankings?|ranked|hiring|decisions?|announce\w*|rais(?:e|es|ed|ing)|increase[sd]?|cuts?|clos(?:e|es|ed|ing|ure)|library|canteen|cafeteria|shuttle|facilit(?:y|ies)|buildings?|renovat\w*|opening|reopen\w*|exams?|examinations?|assessments?|rules|housing|hostels?|dress code|attendance|investigation|lawsuit|statement|mandate|requirements?|programmes?|programs?|clerkships?|rotations?|residency|schedul\w*|salar(?:y|ies)|contracts?|union|elections?|clinics?|(?:health|healthcare|dental|clinical|medical|counselling|counseling|pharmacy|physiotherapy|screening|lab|laboratory) services?|appointments?|book(?:ing|ings|ed)?|discounts?|promo(?:tion)?s?|vouchers?|offers?|packages?|treatments?|check-?ups?|screenings?|consultations?|courses?|workshops?|open days?|sign[- ]?ups?|registration|hospitals?|healthcare|pharmacy|dental|physiotherapy|webinars?|trials?|recruit\w*|volunteers?|participants?|scaling|whitening|vaccinations?)\b/i;
export const ROLE_WORDS = String.raw`(?:students?|undergrad(?:uate)?s?|postgrad(?:uate)?s?|lecturers?|professors?|prof|faculty|staff|employees?|members?|residents?|fellows?|interns?|trainees?|dean|director|coordinator|administrators?|tutors?|teachers?|instructors?|educators?|clinicians?|researchers?|scientists?|alumn(?:us|a|i|ae)|graduates?|grad|postdocs?|nurses?|doctors?|physicians?|surgeons?|pharmacists?|dentists?|head|chair|manager|officer|supervisors?|examiners?|preceptors?|attendings?|consultants?|ms\d|pgy-?\d|m\d)`;
const WORK_WORDS = String.raw`(?:teach(?:es|ing)?|taught|work(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|lectur(?:e|es|ed|ing)|run(?:s|ning)?|ran|supervis(?:e|es|ed|ing)|lead(?:s|ing)?|led|head(?:s|ed|ing)?|serv(?:e|es|ed|ing)|coordinat(?:e|es|ed|ing)|direct(?:s|ed|ing)?|chair(?:s|ed|ing)?|manag(?:e|es|ed|ing)|joined|employed|enrolled|train(?:s|ed|ing)?|graduated|attend(?:s|ed|ing)?|represent(?:s|ed|ing)?)`;
/** "I'm a third-year student at …", "Speaking as a lecturer at …", "I teach at …", "my students at …". */
const ROLE_STATEMENT = new RegExp(
  String.raw`\b(?:(?:i'm|i am|i've been|i have been|i was|we're|we are|as|speaking as|being)\s+(?:an?\s+|the\s+|one of (?:the|their|its)\s+)?(?:[\w-]+\s+){0,3}${ROLE_WORDS}\b|\b(?:i|we)(?:'ve|’ve|'m|’m|'d|’d|'ll|’ll)?\s+(?:\w+\s+){0,2}${WORK_WORDS}\b|\b(?:my|our)\s+(?:\w+\s+){0,2}(?:role|job|position|post|students|colleagues|department|faculty|programme|program|team|unit|course)\b)`,
  "i",
);
/** "as a sub-intern on the cardiology service at …": a role word after hyphenated modifiers. */
const ROLE_HYPHENATED = new RegExp(String.raw`\b(?:as|i'm|i’m|i am|i was|i've been|i have been)\s+(?:an?\s+|the\s+)?(?:[\w]+[\s-]+){0,3}${ROLE_WORDS}\b`, "i");
const PLACE = /\b(?:here|the university|this university|the school|our (?:university|school|faculty|college|programme|program|campus|department|institution|students|medical school)|my (?:university|school|faculty|college|programme|program|department|employer|institution|students))\b/i;
const EXPLICIT = /\b(?:disclosure|full disclosure|conflict of interest|in the interest of transparency|i should (?:say|mention|disclose|note))\b/i;

function sentencesOf(doc: DocumentModel) {
  const out: { start: number; end: number; text: string }[] = [];
  for (const b of doc.blocks) for (const s of b.sentences) out.push({ start: s.start, end: s.end, text: doc.prose.slice(s.start, s.end) });
  return out;
}

/** True when the author says how they are connected to the institution. */
export function hasDisclosure(doc: DocumentModel, pack: Pack, sentences = sentencesOf(doc)): boolean {
  if (EXPLICIT.test(doc.prose)) return true;
  for (const s of sentences) {
    if (!ROLE_STATEMENT.test(s.text) && !ROLE_HYPHENATED.test(s.text)) continue;
    if (findInstitutionMentions(pack, s.text).length || PLACE.test(s.text)) return true;
  }
  return false;
}

export default defineRule({
  id: "affiliation.disclosure",
  title: "Undisclosed connection",
  description: "When you write publicly about your institution's matters — fees, parking, grading, policies, campus news — readers need to know your connection and role to weigh what you say. Say who you are (\"I am a lecturer at …\") and that the views are your own.",
  severity: "information",
  sources: ["umn-health-sciences:guideline-7", "imu-staff:transparent"],
  fixes: [{ id: "insert-disclosure", kind: "suggestion", description: "Insert a disclosure sentence template (\"Disclosure: I am a [your role] at …; these are my own views.\") after the title, for you to complete." }],
  scope: "document",
  examples: [
    { pack: "umn-health-sciences", bad: "The University of Minnesota just raised contract parking rates again.", good: "Disclosure: I am a second-year medical student at the University of Minnesota; these are my own views.\n\nThe University of Minnesota just raised contract parking rates again." },
  ],
  check(ctx) {
    const { doc, pack } = ctx;
    if (!pack.institution || isOfficialDocumentByBlocks(doc)) return;
    const sentences = sentencesOf(doc);
    let at: { start: number; end: number } | undefined;
    for (const s of sentences) {
      const ms = findInstitutionMentions(pack, s.text);
      if (!ms.length || !MATTERS.test(s.text)) continue;
      at = { start: s.start + ms[0]!.start, end: s.start + ms[0]!.end };
      break;
    }
    if (!at || hasDisclosure(doc, pack, sentences)) return;
    const inst = pack.institution.names[0] ?? "the institution";
    const eol = doc.text.includes("\r\n") ? "\r\n" : "\n";
    const first = doc.blocks.find((b) => b.text.trim() !== "");
    let insertAt = doc.bodyStart, insert = `Disclosure: I am a [your role] at ${inst}; these are my own views.${eol}${eol}`;
    if (first && first.kind === "heading") {
      const lineEnd = doc.text.indexOf("\n", first.end);
      insertAt = lineEnd < 0 ? doc.text.length : lineEnd + 1;
      insert = (lineEnd < 0 ? eol : "") + eol + insert.slice(0, -eol.length);
    } else if (first) insertAt = first.start - (first.start - doc.text.lastIndexOf("\n", first.start - 1) - 1);
    ctx.report({
      start: at.start, end: at.end,
      message: `This writes about ${inst}'s matters without saying how you are connected to it; disclose your connection and role.`,
      fixes: [{ id: "insert-disclosure", title: "Insert a disclosure sentence to complete", edits: [{ start: insertAt, end: insertAt, insert }] }],
    });
  },
});

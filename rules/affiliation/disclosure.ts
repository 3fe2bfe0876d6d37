import { defineRule } from "../../shared/src/rule.js";
import { lineBreakOf, type Block, type DocumentModel } from "../../shared/src/document.js";
import type { Pack } from "../../shared/src/pack.js";
import { findInstitutionMentions } from "../lexicon.js";
import { blockValues, isOfficialDocument } from "../block-values.js";
import { escapeRegExp } from "../../shared/src/text.js";

/**
 * Writing about the institution's own matters (fees, parking, grading, policies, campus news)
 * without saying how the author is connected to it. Document level: the disclosure may be
 * anywhere in the post ("I'm a third-year student at …", "Speaking as a lecturer at …").
 */

/** Institutional matters: what the institution decides, charges, builds or announces. */
const MATTERS = /\b(?:fees?|tuition|parking|rates?|prices?|pricing|charges?|policy|policies|campus(?:es)?|grading|grades?|pass\/fail|curriculum|syllabus|admissions?|intake|enrol?ments?|scholarships?|bursar(?:y|ies)|regents|board|senate|administration|management|leadership|dean|president|provost|vice[- ]chancellor|budget|funding|finances?|strikes?|layoffs?|job cuts|redundanc(?:y|ies)|restructur\w*|mergers?|accreditation|rankings?|ranked|hiring|decisions?|announce\w*|rais(?:e|es|ed|ing)|increase[sd]?|cuts?|clos(?:e|es|ed|ing|ure)|library|canteen|cafeteria|shuttle|facilit(?:y|ies)|buildings?|renovat\w*|opening|reopen\w*|exams?|examinations?|assessments?|rules|housing|hostels?|dress code|attendance|investigation|lawsuit|statement|mandate|requirements?|programmes?|programs?|clerkships?|rotations?|residency|schedul\w*|salar(?:y|ies)|contracts?|union|elections?|clinics?|(?:health|healthcare|dental|clinical|medical|counselling|counseling|pharmacy|physiotherapy|screening|lab|laboratory) services?|appointments?|book(?:ing|ings|ed)?|discounts?|promo(?:tion)?s?|vouchers?|offers?|packages?|treatments?|check-?ups?|screenings?|consultations?|courses?|workshops?|open days?|sign[- ]?ups?|registration|hospitals?|healthcare|pharmacy|dental|physiotherapy|webinars?|trials?|recruit\w*|volunteers?|participants?|scaling|whitening|vaccinations?|wards?|wings?|simulation (?:centre|center|ward|lab|suite)s?|sim (?:centre|center|ward|lab)s?|(?:is|are) (?:now |finally |officially )?open(?!\s+(?:to|for|about|with|minded))|launch(?:es|ed|ing)?|donat(?:e|es|ed|ing|ions?)|charit(?:y|ies)|fundrais\w*)\b/i;
export const ROLE_WORDS = String.raw`(?:students?|undergrad(?:uate)?s?|postgrad(?:uate)?s?|lecturers?|professors?|prof|faculty|staff|employees?|members?|residents?|fellows?|interns?|trainees?|dean|director|coordinator|administrators?|tutors?|teachers?|instructors?|educators?|clinicians?|researchers?|scientists?|alumn(?:us|a|i|ae)|graduates?|grad|postdocs?|nurses?|doctors?|physicians?|surgeons?|pharmacists?|dentists?|head|chair|manager|officer|supervisors?|examiners?|preceptors?|attendings?|consultants?|ms\d|pgy-?\d|m\d)`;
const WORK_WORDS = String.raw`(?:teach(?:es|ing)?|taught|work(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|lectur(?:e|es|ed|ing)|run(?:s|ning)?|ran|supervis(?:e|es|ed|ing)|lead(?:s|ing)?|led|head(?:s|ed|ing)?|serv(?:e|es|ed|ing)|coordinat(?:e|es|ed|ing)|direct(?:s|ed|ing)?|chair(?:s|ed|ing)?|manag(?:e|es|ed|ing)|joined|employed|enrolled|train(?:s|ed|ing)?|graduated|attend(?:s|ed|ing)?|represent(?:s|ed|ing)?)`;
/** "I'm a third-year student at …", "Speaking as a lecturer at …", "I teach at …", "my students at …". */
const ROLE_STATEMENT = new RegExp(
  String.raw`\b(?:(?:i'm|i am|i've been|i have been|i was|we're|we are|as|speaking as|being)\s+(?:an?\s+|the\s+|one of (?:the|their|its)\s+)?(?:[\w-]+\s+){0,3}${ROLE_WORDS}\b|\b(?:i|we)(?:'ve|’ve|'m|’m|'d|’d|'ll|’ll)?\s+(?:\w+\s+){0,2}${WORK_WORDS}\b|\b(?:my|our)\s+(?:\w+\s+){0,2}(?:role|job|position|post|students|colleagues|department|faculty|programme|program|team|unit|course)\b)`,
  "i",
);
/** "as a sub-intern on the cardiology service at …": a role word after hyphenated modifiers. */
const ROLE_HYPHENATED = new RegExp(String.raw`\b(?:as|i'm|i’m|i am|i was|i've been|i have been)\s+(?:an?\s+|the\s+)?(?:[\w]+[\s-]+){0,3}${ROLE_WORDS}\b`, "i");
/** Staff roles beyond ROLE_WORDS (kept local: the disclaimer rule shares ROLE_WORDS). */
const STAFF_ROLES = String.raw`(?:counsell?ors?|advis[eo]rs?|librarians?|registrars?|technicians?|technologists?|therapists?|physiotherapists?|dietitians?|nutritionists?|psychologists?|executives?|assistants?|secretar(?:y|ies)|administrators?|admins?|demonstrators?|fellows?)`;
/** "I'm Dr. Nor Azlina Rahman, a senior lecturer in physiology at …", "I'm one of the counsellors at …". */
const ROLE_APPOSITIVE = new RegExp(String.raw`\b(?:i'm|i’m|i am|my name is|this is)\s+(?:[^.!?\n,]{1,60}?,\s*(?:an?|the|one of the)\s+|(?:an?|the|one of (?:the|their|its))\s+)(?:[\w-]+\s+){0,4}?(?:${ROLE_WORDS}|${STAFF_ROLES})\b|\b(?:as|speaking as|i work as|working as)\s+(?:an?\s+|the\s+|one of the\s+)?(?:[\w-]+\s+){0,3}?${STAFF_ROLES}\b`, "i");
/** "Nor Azlina Rahman, a senior lecturer in physiology at …" (after "I'm Dr." was split off as a sentence). */
const NAME_APPOSITIVE = new RegExp(String.raw`^\s*(?:[A-Z][\w'’.-]+\s+){1,4}?[A-Z][\w'’.-]+,\s*(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,4}?(?:${ROLE_WORDS}|${STAFF_ROLES})\b`);
/** "Siti here from the Examinations Unit": a named unit of the institution says the connection. */
const UNIT_INTRO = /\b(?:here|writing|posting)\s+from\s+(?:the\s+)?(?:[A-Z][\w&'-]*\s+){1,4}(?:Unit|Office|Department|Dept|Faculty|Division|Centre|Center|Registry|Library|Secretariat|Team)\b/;
const PLACE = /\b(?:here(?!\s+(?:it|is|are|you|we|goes|go|comes|come|'s|’s|they|he|she|I|and there|to stay|for you)\b)|the university|this university|the school|our (?:university|school|faculty|college|programme|program|campus|department|institution|students|medical school)|my (?:university|school|faculty|college|programme|program|department|employer|institution|students))\b/i;
const EXPLICIT = /\b(?:disclosure|full disclosure|conflict of interest|in the interest of transparency|i should (?:say|mention|disclose|note))\b/i;

/** True when a block says how the author is connected to the institution (read per block and carried across keystrokes by the caller). */
function blockDiscloses(pack: Pack, b: Block): boolean {
  if (EXPLICIT.test(b.text)) return true;
  for (const s of b.sentences) {
    const text = b.text.slice(s.start - b.start, s.end - b.start);
    if (UNIT_INTRO.test(text)) return true;
    const role = text.match(ROLE_STATEMENT) ?? text.match(ROLE_HYPHENATED) ?? text.match(ROLE_APPOSITIVE) ?? text.match(NAME_APPOSITIVE);
    if (!role) continue;
    if (findInstitutionMentions(pack, text).length) return true;
    // "my students keep asking…" says the author teaches, not where: the place must be more than the role phrase itself
    const rest = text.slice(0, role.index) + " ".repeat(role[0].length) + text.slice(role.index! + role[0].length);
    if (PLACE.test(rest) || (PLACE.test(text) && !OWN_PEOPLE.test(role[0]))) return true;
  }
  return false;
}

/** "my students", "our colleagues": a role phrase that is also a PLACE word. */
const OWN_PEOPLE = /^(?:my|our)\s+(?:\w+\s+){0,2}(?:students|colleagues)$/i;

/**
 * A promotion (discount code, affiliate link, a product sent for free) with no sponsorship
 * disclosure ("#ad", "sponsored by", "paid partnership", "#gifted", "I earn a commission").
 */
const PROMO = /\b(?:use (?:my |the |our )?(?:code|link|discount code|promo code|coupon(?: code)?|referral (?:code|link))|(?:my|our) (?:discount|promo|referral) (?:code|link)|shop (?:my|the) (?:link|look)|(?:thanks|thank you|shout-?out|big thanks|huge thanks) (?:so much )?to @?[\w.&'’-]+(?: [\w.&'’-]+){0,3} for (?:sending|gifting|the (?:free|gifted|lovely|kind) |sponsoring|providing)|(?:kindly |generously )?(?:sent|gifted) (?:me|to me|us)(?: (?:their|a|this|some|the))? (?:new |latest )?\w+(?: \w+)? (?:to (?:try|review|test))|PR (?:package|parcel|box))/i;
const PROMO_DISCLOSED = /(?<![\w-])(?:#(?:ad|advert|advertisement|sponsored|spon|gifted|gift|partner|paidpartnership|paid|collab|brandpartner|ambassador|affiliate|pr|prgift|prproduct)\b|(?:^|[\s(\[])ad(?:vert)?\s*[:|)\]-]|\bsponsor(?:ed|ship)\b|this (?:post|video|reel|content) (?:is|was) (?:sponsored|paid|an ad)|paid (?:partnership|promotion|post|collaboration)|in (?:paid )?partnership with|(?:I|we) (?:earn|get|receive|make) (?:a )?(?:small )?(?:commission|fee|cut|percentage)|(?:I|we) (?:was|were|am|are|have been) (?:paid|compensated|sponsored)|(?:was|were|been) (?:gifted|sent (?:to me )?(?:for )?free)|gifted (?:by|from)|affiliate (?:links?|codes?)|brand ambassador|disclosure|not sponsored|no sponsorship)/i;

export default defineRule({
  id: "affiliation.disclosure",
  title: "Undisclosed connection",
  description: "When you write publicly about your institution's matters — fees, parking, grading, policies, campus news, or a product you promote while naming it — readers need to know your connection and role to weigh what you say. Say who you are (\"I am a lecturer at …\") and that the views are your own. A promotion (a discount code, an affiliate link, a product sent to you) also needs its sponsorship disclosed (\"#ad\", \"Sponsored by …\").",
  severity: "information",
  sources: ["umn-health-sciences:guideline-7", "imu-staff:transparent"],
  fixes: [{ id: "insert-disclosure", kind: "suggestion", description: "Insert a disclosure sentence template (\"Disclosure: I am a [your role] at …; these are my own views.\", or for a promotion \"Disclosure: this post is sponsored by [brand] …\") after the title, for you to complete." }],
  scope: "document",
  examples: [
    { pack: "umn-health-sciences", bad: "The University of Minnesota just raised contract parking rates again.", good: "Disclosure: I am a second-year medical student at the University of Minnesota; these are my own views.\n\nThe University of Minnesota just raised contract parking rates again." },
  ],
  check(ctx) {
    const { doc, pack } = ctx;
    if (isOfficialDocument(ctx)) return;
    // per paragraph, cached by its text: a keystroke re-reads one block, not the whole post
    let promo: { start: number; end: number } | undefined;
    let disclosed = false;
    // per-block facts, carried across keystrokes: a keystroke looks at the edited blocks only
    const promoByBlock = blockValues(ctx, "affiliation.disclosure:promo", "", (b) => promoFacts(b.text));
    for (let i = 0; i < promoByBlock.length; i++) {
      const facts = promoByBlock[i]!, b = doc.blocks[i]!;
      if (!promo && facts.promo) promo = { start: b.start + facts.promo.start, end: b.start + facts.promo.end };
      disclosed ||= facts.disclosed;
    }
    if (promo && !disclosed) {
      const [insertAt, insert] = disclosureInsert(doc, "Disclosure: this post is sponsored by [brand] (or: I was sent this product for free); these are my own views.");
      ctx.report({
        start: promo.start, end: promo.end,
        message: "This promotes a product (a code, an affiliate link or a gift) without disclosing the sponsorship; say so plainly, for example \"#ad\" or \"Sponsored by …\".",
        fixes: [{ id: "insert-disclosure", title: "Insert a sponsorship disclosure to complete", edits: [{ start: insertAt, end: insertAt, insert }] }],
      });
    }
    if (!pack.institution) return;
    let at: { start: number; end: number } | undefined;
    // a post whose title is about an institutional matter ("The campus move is a disaster")
    const title = doc.blocks.find((b) => b.text.trim() !== "");
    const titleMatter = title?.kind === "heading" && MATTERS.test(title.text);
    const scope = pack.id + "\u0000" + JSON.stringify(pack.institution) + JSON.stringify(pack.lists?.institutionNicknames ?? []); // a custom pack may reuse a shipped id
    const mentionsByBlock = blockValues(ctx, "affiliation.disclosure:mentions", scope, (b) => mentionFacts(pack, b));
    for (let i = 0; i < mentionsByBlock.length; i++) {
      const b = doc.blocks[i]!;
      for (const m of mentionsByBlock[i]!) {
        // in a promotion, any mention of the institution lends it the institution's name;
        // otherwise the matter may be in the sentence, its paragraph ("And the consultation? … everyone at IMU knows it") or the title
        if (!(m.matters || promo || titleMatter || m.blockMatters)) continue;
        at = { start: b.start + m.start, end: b.start + m.end };
        break;
      }
      if (at) break;
    }
    if (!at || blockValues(ctx, "affiliation.disclosure:discloses", scope, (b) => blockDiscloses(pack, b)).includes(true)) return;
    const inst = pack.institution.names[0] ?? "the institution";
    const [insertAt, insert] = disclosureInsert(doc, `Disclosure: I am a [your role] at ${inst}; these are my own views.`);
    ctx.report({
      start: at.start, end: at.end,
      message: `This writes about ${inst}'s matters without saying how you are connected to it; disclose your connection and role.`,
      fixes: [{ id: "insert-disclosure", title: "Insert a disclosure sentence to complete", edits: [{ start: insertAt, end: insertAt, insert }] }],
    });
  },
});

/** A block's first promotion (relative offsets) and whether it discloses a sponsorship. */
function promoFacts(text: string): { promo?: { start: number; end: number }; disclosed: boolean } {
  const m = PROMO.exec(text);
  return { promo: m ? { start: m.index, end: m.index + m[0].length } : undefined, disclosed: PROMO_DISCLOSED.test(text) };
}

/** Each sentence's first institution mention (relative to the block), and whether the sentence or its paragraph names a matter. */
function mentionFacts(pack: Pack, b: Block): { start: number; end: number; matters: boolean; blockMatters: boolean }[] {
  const out: { start: number; end: number; matters: boolean; blockMatters: boolean }[] = [];
  let blockMatters: boolean | undefined;
  // the nickname or "the University" is looked for sentence by sentence only when the block has one
  const nick = pack.institution ? nicknameMention(pack, b.text) !== undefined : false;
  for (const s of b.sentences) {
    const text = b.text.slice(s.start - b.start, s.end - b.start);
    const ms = findInstitutionMentions(pack, text);
    if (!ms.length && nick) {
      // the institution by its nickname ("The U is cutting weekend hours") or as "the University"
      const n = nicknameMention(pack, text);
      if (n) ms.push(n);
    }
    if (!ms.length) continue;
    blockMatters ??= b.kind === "paragraph" && MATTERS.test(b.text);
    out.push({ start: s.start - b.start + ms[0]!.start, end: s.start - b.start + ms[0]!.end, matters: MATTERS.test(text), blockMatters });
  }
  return out;
}

/** "the University" with a capital U and no other name: the author's own institution. */
const THE_UNIVERSITY = /\b[Tt]he University\b(?!\s+(?:of|College|Hospital|Press|for|in|at)\b|['’]s\s+[A-Z]|\s+[A-Z])/;
/** "Harvard's the University …", "McGill University": a name right before is someone else's university. */
const NAME_BEFORE = /[A-Z][\p{L}'’.-]*\s$/u;
const nickCache = new WeakMap<Pack, RegExp | null>();
function nicknameMention(pack: Pack, text: string): { start: number; end: number } | undefined {
  if (!pack.institution) return undefined;
  let re = nickCache.get(pack);
  if (re === undefined) {
    const list = (pack.lists?.institutionNicknames ?? []).filter(Boolean);
    // "the U" → "[Tt]he U", exact case otherwise; not "the U.S." or "the U-bend"
    re = list.length ? new RegExp(`\\b(?:${list.map((n) => escapeRegExp(n).replace(/^the\\? /i, "[Tt]he\\s+").replace(/\\? /g, "\\s+")).join("|")})(?![\\w@-]|\\.\\w)`) : null;
    nickCache.set(pack, re);
  }
  const n = re?.exec(text);
  if (n && !/[@./-]$/.test(text.slice(0, n.index))) return { start: n.index, end: n.index + n[0].length };
  const m = THE_UNIVERSITY.exec(text);
  return m && !NAME_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)) ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Where and what to insert for a disclosure sentence: after the title, or before the first paragraph. */
function disclosureInsert(doc: DocumentModel, sentence: string): [number, string] {
  const eol = lineBreakOf(doc);
  const first = doc.blocks.find((b) => b.text.trim() !== "");
  let insertAt = doc.bodyStart, insert = `${sentence}${eol}${eol}`;
  if (first && first.kind === "heading") {
    const lineEnd = doc.text.indexOf("\n", first.end);
    insertAt = lineEnd < 0 ? doc.text.length : lineEnd + 1;
    insert = (lineEnd < 0 ? eol : "") + eol + insert.slice(0, -eol.length);
  } else if (first) insertAt = first.start - (first.start - doc.text.lastIndexOf("\n", first.start - 1) - 1);
  return [insertAt, insert];
}

import { defineRule, type RuleContext } from "../../shared/src/rule.js";
import { blockValues, isOfficialDocument } from "../block-values.js";
import { lineBreakOf, type DocumentModel } from "../../shared/src/document.js";
import type { Pack } from "../../shared/src/pack.js";
import { healthTerms, scoreHealthTerms, findInstitutionMentions, findEmails, isInstitutionalEmail, isOwnContactEmail } from "../lexicon.js";
import type { Block } from "../../shared/src/document.js";
import { ROLE_WORDS } from "./disclosure.js";
import { escapeRegExp } from "../../shared/src/text.js";

/** Lower-case, straight quotes, single spaces: how disclaimer text is compared. */
function normalize(s: string): string {
  return s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[*_>]/g, " ").replace(/\s+/g, " ");
}

const normalizedDisclaimers = new WeakMap<Pack, { text: string; word: string }>();
/** Whether a block's source holds the pack's disclaimer, normalized; blocks without its longest word are not normalized at all. */
function containsDisclaimer(source: string, pack: Pack): boolean {
  let d = normalizedDisclaimers.get(pack);
  if (!d) {
    const text = normalize(pack.disclaimer!.text).replace(/[.]$/, "");
    const word = text.split(/[^a-z]+/).reduce((a, b) => (b.length > a.length ? b : a), "");
    normalizedDisclaimers.set(pack, (d = { text, word }));
  }
  return source.toLowerCase().includes(d.word) && normalize(source).includes(d.text);
}

/** A sentence that plainly says the author speaks for themself (for packs without fixed wording). */
const OWN_VIEWS = /\b(?:(?:views?|opinions?|posts?|thoughts|takes?|content|words)\b(?:[^.!?\n]{0,60}\b(?:(?:are|is) (?:my own|mine)|mine alone|my own and)|\s*[:=,]?\s*(?:(?:are|r)\s+)?(?:all\s+)?(?:mine|my own)(?:\s+alone)?(?=\s*(?:$|[,.;:)\]!—–-])|\s+(?:and|not|&)\b))|(?:i am |i'm )?speak(?:ing)? (?:only )?for myself|(?:writing|posting|speaking|blogging|tweeting|here) (?:only |purely |just )?as myself|in (?:a|my) (?:personal|private) capacity|not (?:on behalf of|speaking for|representing) (?:the |my |our )?(?:university|institution|employer|school|program|college|faculty|department|hospital|u\b))/i;

/**
 * What one block says that matters here, cached by block text and pack: this rule needs the whole
 * document, but an edit changes one block, so the document pass only combines cached facts.
 */
interface BlockFacts {
  disclaimer: boolean;
  ownViews: boolean;
  /** First affiliation (institution mention, own institutional address, role at "our school"), relative to the block. */
  affiliation?: { start: number; end: number };
  healthTerms: string[];
}
/** Every block's facts, carried across keystrokes for the blocks an edit did not touch. */
function factsOf(ctx: RuleContext): BlockFacts[] {
  const { doc, pack } = ctx;
  return blockValues(ctx, "affiliation.disclaimer", pack.id, (b) => computeFacts(doc, b, pack));
}

function computeFacts(doc: DocumentModel, block: Block, pack: Pack): BlockFacts {
  const source = doc.text.slice(block.start, block.end);
  const prose = block.text;
  const d = pack.disclaimer;
  // a quoted question that names it ("> Is the U of M dental clinic cheaper?") is someone else asking, not the author's tie
  let affiliation = findInstitutionMentions(pack, prose).find((m) => !block.inQuote || !quotedQuestion(prose, block, m.start));
  for (const m of findEmails(source)) {
    if (affiliation && m.start > affiliation.start) break;
    const inCode = doc.code.some((c) => block.start + m.start >= c.start && block.start + m.start < c.end);
    if (isInstitutionalEmail(m.address, pack) && !inCode && isOwnContactEmail(source, m.start, m.end)) { affiliation = { start: m.start, end: m.end }; break; }
  }
  if (pack.institution && !block.inQuote && !affiliation) affiliation = roleStatement(prose, block, pack) ?? acronymHashtag(prose, pack);
  return {
    disclaimer: !!d && containsDisclaimer(source, pack),
    ownViews: OWN_VIEWS.test(prose),
    affiliation,
    healthTerms: healthTerms(prose),
  };
}

/** A first-person role at an unnamed institution ("as a student at our med school", "at the U"), relative to the block. */
function roleStatement(prose: string, block: Block, pack: Pack): { start: number; end: number } | undefined {
  const nick = nicknameRe(pack);
  for (const s of block.sentences) {
    const text = prose.slice(s.start - block.start, s.end - block.start);
    const n = nick?.exec(text);
    const place = n ?? (ROLE.test(text) ? IMPLICIT_PLACE.exec(text) : null);
    if (!place) continue;
    const start = s.start - block.start + place.index;
    return { start, end: start + place[0].length };
  }
  return undefined;
}

const hashtagCache = new WeakMap<Pack, RegExp | null>();
/** "#IMUdental", "#UMNmed": a hashtag built on the institution's acronym (exact case) ties the author to it, relative to the block. */
function acronymHashtag(prose: string, pack: Pack): { start: number; end: number } | undefined {
  if (!prose.includes("#")) return undefined;
  let re = hashtagCache.get(pack);
  if (re === undefined) {
    const list = (pack.institution?.acronyms ?? []).filter((a) => /^[A-Z][A-Z0-9]{1,9}$/.test(a));
    re = list.length ? new RegExp(`(?<![\\w#])#(?:${list.join("|")})(?:[a-z][\\p{L}\\d]*|[A-Z][a-z][\\p{L}\\d]*)?(?![\\p{L}\\d])`, "u") : null;
    hashtagCache.set(pack, re);
  }
  const m = re?.exec(prose);
  return m ? { start: m.index + 1, end: m.index + m[0].length } : undefined;
}

/** The sentence of a quoted block around `at` is a question. */
function quotedQuestion(prose: string, block: Block, at: number): boolean {
  const s = block.sentences.find((x) => at >= x.start - block.start && at < x.end - block.start);
  return !!s && /\?\s*$/.test(prose.slice(s.start - block.start, s.end - block.start));
}

function hasDisclaimer(doc: DocumentModel, pack: Pack, facts: readonly BlockFacts[]): boolean {
  const d = pack.disclaimer;
  if (!d) return true;
  let ownViews = false;
  for (const f of facts) {
    if (f.disclaimer) return true;
    ownViews ||= f.ownViews;
  }
  // a disclaimer written as HTML (<p>…</p>) is not a prose block
  const wanted = normalize(d.text).replace(/[.]$/, "");
  if (doc.code.some((c) => c.kind === "html" && normalize(doc.text.slice(c.start, c.end).replace(/<[^>]*>/g, " ")).includes(wanted))) return true;
  return pack.id !== "imu-students" && ownViews;
}

/** A first-person role: "I'm a PGY-2", "as a first-year student", "my residency program". */
const ROLE = new RegExp(String.raw`\b(?:(?:i'm|i’m|i am|i've been|i have been|i was|we're|we are|as|speaking as|being)\s+(?:an?\s+|the\s+|one of the\s+)?(?:[\w-]+\s+){0,3}${ROLE_WORDS}\b|\b(?:my|our)\s+(?:[\w-]+\s+){0,2}(?:residency|fellowship|clerkship|program|programme|cohort|class)\b)`, "i");
/** The institution without its name: "at our med school", "in my program". */
const IMPLICIT_PLACE = /\b(?:at|in|of|from|with|to)\s+(?:our|my|this)\s+(?:own\s+)?(?:med(?:ical)?\s+school|school|university|uni|program(?:me)?|residency(?:\s+program(?:me)?)?|faculty|college|campus|department|institution)\b/i;
const nicknameCache = new WeakMap<Pack, RegExp | null>();
/** The pack's nicknames for the institution ("the U"), after a place preposition, exact case. */
function nicknameRe(pack: Pack): RegExp | null {
  let re = nicknameCache.get(pack);
  if (re === undefined) {
    const list = pack.lists?.institutionNicknames ?? [];
    re = list.length ? new RegExp(String.raw`\b(?:at|from|in|to|of|for)\s+(?:${list.map((n) => escapeRegExp(n).replace(/\\? /g, "\\s+")).join("|")})(?![\w@-]|\.\w)`) : null;
    nicknameCache.set(pack, re);
  }
  return re;
}

/** Where the author is tied to the institution: a mention, an own institutional address, or a role statement at "our school" / "the U". */
function firstAffiliation(doc: DocumentModel, facts: readonly BlockFacts[]): { start: number; end: number } | undefined {
  for (let i = 0; i < facts.length; i++) {
    const a = facts[i]!.affiliation;
    if (a) return { start: doc.blocks[i]!.start + a.start, end: doc.blocks[i]!.start + a.end };
  }
  return undefined;
}

/** Health score of the prose plus what the images say about themselves (alt text, title): a wound photo is health content. */
function documentHealthScore(doc: DocumentModel, facts: readonly BlockFacts[]): number {
  const terms = new Set<string>();
  for (const f of facts) for (const t of f.healthTerms) terms.add(t);
  for (const i of doc.images) for (const t of healthTerms(`${i.alt} ${i.title}`)) terms.add(t);
  return scoreHealthTerms(terms);
}

export function disclaimerEdit(doc: DocumentModel, pack: Pack, placement: string | undefined) {
  const text = pack.disclaimer!.text;
  const eol = lineBreakOf(doc);
  if ((placement ?? pack.disclaimer!.placement) === "after-front-matter") {
    const at = doc.bodyStart;
    return { start: at, end: at, insert: `${at > 0 ? eol : ""}${text}${eol}${eol}` };
  }
  // trimEnd strips the same characters as /\s+$/, without the regex's quadratic retries on a long text
  const trimmed = doc.text.trimEnd();
  const end = doc.text.length;
  const lead = trimmed.length === 0 ? "" : eol + eol;
  return { start: trimmed.length, end, insert: `${lead}${text}${eol}` };
}

export default defineRule({
  id: "affiliation.disclaimer",
  title: "Missing disclaimer",
  description: "A post that ties its author to the institution (names it, says \"as a student at …\", uses an institutional e-mail) — or, under the IMU student guidelines, any health or medical post — must carry the pack's disclaimer that the views are the author's own.",
  severity: "warning",
  sources: ["imu-students:a.v", "imu-staff:authentic", "umn-health-sciences:guideline-7"],
  fixes: [{ id: "insert-disclaimer", kind: "safe", description: "Insert the pack's exact disclaimer as the final paragraph (or after the front matter, by configuration)." }],
  scope: "document",
  examples: [
    { pack: "imu-staff", bad: "I teach pharmacology at IMU and here is my view on the new syllabus.", good: "I teach pharmacology at IMU and here is my view on the new syllabus.\n\nThe views expressed on this blog are mine alone and do not necessarily reflect the views of International Medical University." },
  ],
  check(ctx) {
    const { doc, pack } = ctx;
    if (!pack.disclaimer || isOfficialDocument(ctx)) return;
    const facts = factsOf(ctx);
    if (hasDisclaimer(doc, pack, facts)) return;
    let at = firstAffiliation(doc, facts);
    const institution = pack.institution?.names[0] ?? "your institution";
    let message = `This post ties you to ${institution} but has no disclaimer that the views are your own; add the policy's disclaimer.`;
    if (!at && pack.disclaimer.when.includes("health") && documentHealthScore(doc, facts) >= 4) {
      const first = doc.blocks.find((b) => b.text.trim() !== "");
      if (first) at = { start: first.start, end: Math.min(first.end, doc.text.indexOf("\n", first.start) < 0 ? first.end : doc.text.indexOf("\n", first.start)) };
      message = `Health and medical posts need ${institution}'s disclaimer that the views are your own, and this one has none; add the policy's disclaimer.`;
    }
    if (!at) return;
    const placement = ctx.config.disclaimer?.placement;
    ctx.report({
      start: at.start, end: at.end,
      message,
      fixes: [{ id: "insert-disclaimer", title: "Insert the disclaimer", preferred: true, edits: [disclaimerEdit(doc, pack, placement)] }],
    });
  },
});

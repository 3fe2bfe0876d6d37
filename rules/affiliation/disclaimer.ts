import { defineRule } from "../../shared/src/rule.js";
import type { DocumentModel } from "../../shared/src/document.js";
import type { Pack } from "../../shared/src/pack.js";
import { healthScore, findInstitutionMentions, findEmails, isInstitutionalEmail, isOwnContactEmail, inNonProseRegion, isOfficialDocument } from "../lexicon.js";
import { ROLE_WORDS } from "./disclosure.js";
import { escapeRegExp } from "../../shared/src/text.js";

/** Lower-case, straight quotes, single spaces: how disclaimer text is compared. */
function normalize(s: string): string {
  return s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[*_>]/g, " ").replace(/\s+/g, " ");
}

/** A sentence that plainly says the author speaks for themself (for packs without fixed wording). */
const OWN_VIEWS = /\b(?:(?:views?|opinions?|posts?|thoughts|content|words)\b[^.!?\n]{0,60}\b(?:(?:are|is) (?:my own|mine)|mine alone|my own and)|(?:i am |i'm )?speak(?:ing)? (?:only )?for myself|not (?:on behalf of|speaking for|representing) (?:the |my )?(?:university|institution|employer|school|program))/i;

export function hasDisclaimer(doc: DocumentModel, pack: Pack): boolean {
  const d = pack.disclaimer;
  if (!d) return true;
  const text = normalize(doc.text);
  if (text.includes(normalize(d.text).replace(/[.]$/, ""))) return true;
  return pack.id !== "imu-students" && OWN_VIEWS.test(doc.prose);
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
export function firstAffiliation(doc: DocumentModel, pack: Pack): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined = findInstitutionMentions(pack, doc.prose)[0];
  for (const m of findEmails(doc.text)) {
    if (best && m.start > best.start) break;
    if (isInstitutionalEmail(m.address, pack) && !inNonProseRegion(doc, m.start) && isOwnContactEmail(doc.text, m.start, m.end)) { best = { start: m.start, end: m.end }; break; }
  }
  if (!pack.institution) return best;
  const nick = nicknameRe(pack);
  for (const b of doc.blocks) {
    if (best && b.start > best.start) break;
    if (b.inQuote) continue;
    for (const s of b.sentences) {
      const text = doc.prose.slice(s.start, s.end);
      const n = nick?.exec(text);
      const place = n ?? (ROLE.test(text) ? IMPLICIT_PLACE.exec(text) : null);
      if (!place || !(n ? true : ROLE.test(text))) continue;
      const at = { start: s.start + place.index, end: s.start + place.index + place[0].length };
      if (!best || at.start < best.start) best = at;
      return best;
    }
  }
  return best;
}

/** Prose plus what the images say about themselves (alt text, title): a wound photo is health content. */
function healthText(doc: DocumentModel): string {
  if (!doc.images.length) return doc.prose;
  return doc.prose + "\n" + doc.images.map((i) => `${i.alt} ${i.title}`).join("\n");
}

export function disclaimerEdit(doc: DocumentModel, pack: Pack, placement: string | undefined) {
  const text = pack.disclaimer!.text;
  const eol = doc.text.includes("\r\n") ? "\r\n" : "\n";
  if ((placement ?? pack.disclaimer!.placement) === "after-front-matter") {
    const at = doc.bodyStart;
    return { start: at, end: at, insert: `${at > 0 ? eol : ""}${text}${eol}${eol}` };
  }
  const trimmed = doc.text.replace(/\s+$/, "");
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
    if (!pack.disclaimer || isOfficialDocument(doc) || hasDisclaimer(doc, pack)) return;
    let at = firstAffiliation(doc, pack);
    let reason = "ties you to";
    if (!at && pack.disclaimer.when.includes("health") && healthScore(healthText(doc)) >= 4) {
      const first = doc.blocks.find((b) => b.text.trim() !== "");
      if (first) at = { start: first.start, end: Math.min(first.end, doc.text.indexOf("\n", first.start) < 0 ? first.end : doc.text.indexOf("\n", first.start)) };
      reason = "is a health post and the policy of";
    }
    if (!at) return;
    const placement = ctx.config.disclaimer?.placement;
    ctx.report({
      start: at.start, end: at.end,
      message: `This post ${reason} ${pack.institution?.names[0] ?? "your institution"} but has no disclaimer; add: "${pack.disclaimer.text}"`,
      fixes: [{ id: "insert-disclaimer", title: "Insert the disclaimer", preferred: true, edits: [disclaimerEdit(doc, pack, placement)] }],
    });
  },
});

import { defineRule } from "../../shared/src/rule.js";
import type { DocumentModel } from "../../shared/src/document.js";
import type { Pack } from "../../shared/src/pack.js";
import { countHealthTerms, findInstitutionMentions, EMAIL, isInstitutionalEmail, inNonProseRegion, isOfficialDocument } from "../lexicon.js";

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

/** Where the author is tied to the institution: first mention in prose or an institutional address. */
export function firstAffiliation(doc: DocumentModel, pack: Pack): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined = findInstitutionMentions(pack, doc.prose)[0];
  for (const m of doc.text.matchAll(EMAIL)) {
    if (best && m.index > best.start) break;
    if (isInstitutionalEmail(m[0], pack) && !inNonProseRegion(doc, m.index)) { best = { start: m.index, end: m.index + m[0].length }; break; }
  }
  return best;
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
    if (!at && pack.disclaimer.when.includes("health") && countHealthTerms(doc.prose) >= 3) {
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

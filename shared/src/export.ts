/**
 * "Copy clean": the post as it should be published — front matter, Decorum comments and
 * Obsidian comments removed, every safe fix applied. The source is never changed.
 */
import type { DocumentModel } from "./document.js";
import { applyEdits, collectSafeEdits, type Edit, type Finding } from "./finding.js";

export function exportClean(doc: DocumentModel, findings: readonly Finding[]): string {
  const fixes = collectSafeEdits(findings.filter((f) => f.fixes.every((x) => !x.command)));
  const removals: Edit[] = [];
  if (doc.frontMatter) removals.push({ start: 0, end: doc.frontMatter.end, insert: "" });
  for (const c of doc.comments) {
    if (c.kind === "obsidian" || /^decorum-/.test(c.body)) removals.push({ start: c.start, end: c.end, insert: "" });
  }
  // a fix inside a removed region is moot; a removal never splits a fix
  const kept = fixes.filter((e) => !removals.some((r) => e.start < r.end && r.start < e.end || (e.start === e.end && e.start > r.start && e.start < r.end)));
  const edits = [...kept, ...removals.filter((r) => !kept.some((e) => e.start < r.end && r.start < e.end))];
  const out = applyEdits(doc.text, edits);
  // lines left empty by removed comments collapse into one blank line
  return out.replace(/^(?:[ \t]*\r?\n)+/, "").replace(/(\r?\n)[ \t]*(?:\r?\n[ \t]*){2,}(?=\S)/g, "$1$1");
}

/**
 * Suppression and consent markers, in HTML comments or Obsidian `%% %%` comments:
 *   decorum-disable-next-line [RULE ...]   decorum-disable [RULE ...] … decorum-enable [RULE ...]
 *   decorum-consent: REF   (right before an image)
 * With no rule named, a marker applies to every rule.
 */
import type { DocumentModel, CommentRef, ImageRef } from "./document.js";

interface Region { rules: Set<string> | "all"; start: number; end: number }

export interface Suppressions {
  isSuppressed(rule: string, start: number, end: number): boolean;
}

const DIRECTIVE = /^decorum-(disable-next-line|disable|enable)\b(.*)$/s;

export function readSuppressions(doc: DocumentModel): Suppressions {
  const regions: Region[] = [];
  const open = new Map<string, number>(); // rule or "*" → start offset
  const parseRules = (rest: string): string[] => rest.split(/[\s,]+/).map((r) => r.trim()).filter((r) => /^[a-z]+\.[a-z-]+$/.test(r));
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const rules = parseRules(m[2]!);
    if (m[1] === "disable-next-line") {
      const { start, end } = nextLineAfter(doc, c);
      regions.push({ rules: rules.length ? new Set(rules) : "all", start, end });
    } else if (m[1] === "disable") {
      for (const r of rules.length ? rules : ["*"]) if (!open.has(r)) open.set(r, c.end);
    } else {
      const names = rules.length ? rules : [...open.keys()];
      for (const r of names) {
        const start = open.get(r);
        if (start === undefined) continue;
        open.delete(r);
        regions.push({ rules: r === "*" ? "all" : new Set([r]), start, end: c.start });
      }
    }
  }
  for (const [r, start] of open) regions.push({ rules: r === "*" ? "all" : new Set([r]), start, end: doc.text.length });
  return {
    isSuppressed(rule, start, end) {
      return regions.some((g) => (g.rules === "all" || g.rules.has(rule)) && start >= g.start && Math.max(start, end - 1) < Math.max(g.end, g.start + 1));
    },
  };
}

/** The line after the comment's own line; the comment may also sit at the end of a line of its own. */
function nextLineAfter(doc: DocumentModel, c: CommentRef): { start: number; end: number } {
  const { text } = doc;
  let i = text.indexOf("\n", c.end);
  if (i < 0) return { start: text.length, end: text.length };
  i++;
  // skip blank lines so a marker above a paragraph still applies to it
  while (i < text.length) {
    const eol = text.indexOf("\n", i);
    const line = text.slice(i, eol < 0 ? text.length : eol);
    if (line.trim() !== "") return { start: i, end: eol < 0 ? text.length : eol };
    if (eol < 0) break;
    i = eol + 1;
  }
  return { start: text.length, end: text.length };
}

export interface ConsentMarker { ref: string; comment: CommentRef }
const CONSENT = /^decorum-consent\s*:\s*(.*)$/s;

/**
 * The consent marker right before an image: only whitespace (or a line break) between the
 * comment and the image, or the marker on the line above the image.
 */
export function consentFor(doc: DocumentModel, image: ImageRef): ConsentMarker | undefined {
  let found: ConsentMarker | undefined;
  for (const c of doc.comments) {
    if (c.end > image.start) break;
    const m = CONSENT.exec(c.body);
    if (!m) continue;
    const between = doc.text.slice(c.end, image.start);
    if (/^[ \t]*(\r?\n[ \t]*)?(>[ \t]*)?$/.test(between)) found = { ref: m[1]!.trim(), comment: c };
  }
  return found;
}

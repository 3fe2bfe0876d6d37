/**
 * "Copy a clean version": the note as it would be posted. Pure string work on LSP-shaped edits.
 */
import type { TextEdit, Position } from "vscode-languageserver-protocol";

/** Offset of an LSP position (UTF-16 character within a line) in `text`; clamped to the text. */
export function offsetAt(text: string, pos: Position): number {
  let line = 0;
  let i = 0;
  while (line < pos.line) {
    const nl = text.indexOf("\n", i);
    if (nl < 0) return text.length;
    i = nl + 1;
    line++;
  }
  const eol = text.indexOf("\n", i);
  const lineEnd = eol < 0 ? text.length : eol;
  return Math.min(i + Math.max(0, pos.character), lineEnd);
}

/** Applies non-overlapping edits computed against `text`. Overlapping edits after the first are dropped. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e) => ({ from: offsetAt(text, e.range.start), to: offsetAt(text, e.range.end), insert: e.newText }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  let out = "";
  let at = 0;
  for (const s of spans) {
    if (s.from < at) continue;
    out += text.slice(at, s.from) + s.insert;
    at = s.to;
  }
  return out + text.slice(at);
}

const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** `<!-- decorum-… -->` and Obsidian `%% decorum-… %%` markers, with the line they stand on when alone. */
const MARKERS = /(^[ \t]*)?(?:<!--\s*decorum-[\s\S]*?-->|%%\s*decorum-[\s\S]*?%%)([ \t]*\r?\n)?/gm;

/** Strips the front matter and Decorum's own comments (suppressions, consent markers). */
export function stripForPosting(text: string): string {
  let out = text.replace(FRONT_MATTER, "");
  out = out.replace(MARKERS, (_m, lead: string | undefined, trail: string | undefined) => (lead !== undefined && trail !== undefined ? "" : (lead ?? "") + (trail ?? "")));
  return out.replace(/^(?:[ \t]*\r?\n)+/, "");
}

/** Safe fixes applied first (their ranges refer to the original text), then stripped. */
export function cleanVersion(text: string, safeEdits: readonly TextEdit[]): string {
  return stripForPosting(applyTextEdits(text, safeEdits));
}

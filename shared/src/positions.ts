/**
 * The one place that converts between string offsets and LSP positions.
 * JS strings index by UTF-16 code units, which is what LSP's default `character` counts,
 * so a position is (line, offset - lineStart). Lines end at "\n", "\r\n" or a lone "\r".
 */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export class LineIndex {
  /** Offsets at which each line starts. */
  readonly lineStarts: number[];
  constructor(readonly text: string, lineStarts?: number[]) {
    if (lineStarts) { this.lineStarts = lineStarts; return; }
    const starts = [0];
    if (!text.includes("\r")) {
      // the common case, found by the native search rather than a character loop
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /**
   * The index of `text`, which equals `prev.text` except that `prev.text[lo, hiOld)` became
   * `text[lo, hiNew)`: line starts before the edit are kept, those after it shifted, and only the
   * edited stretch is scanned. Offset p starts a line when p-1 is "\n", or a lone "\r".
   */
  static afterEdit(prev: LineIndex, text: string, lo: number, hiOld: number, hiNew: number): LineIndex {
    const old = prev.lineStarts;
    const k = firstAtLeast(old, lo);
    const starts = old.slice(0, k);
    if (k === 0) starts.push(0);
    for (let p = Math.max(lo, 1), last = Math.min(hiNew, text.length); p <= last; p++) {
      const c = text.charCodeAt(p - 1);
      if (c === 10 || (c === 13 && text.charCodeAt(p) !== 10)) starts.push(p);
    }
    const delta = hiNew - hiOld;
    for (let m = firstAtLeast(old, hiOld + 1); m < old.length; m++) starts.push(old[m]! + delta);
    return new LineIndex(text, starts);
  }

  toPosition(offset: number): Position {
    const line = this.lineAt(offset);
    return { line, character: this.clamp(offset) - this.lineStarts[line]! };
  }

  /** The offset clamped into the text. */
  clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }

  /** The line holding `offset` (clamped into the text). */
  lineAt(offset: number): number {
    const o = this.clamp(offset);
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= o) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  toRange(start: number, end: number): Range {
    return { start: this.toPosition(start), end: this.toPosition(end) };
  }

  /** Clamps out-of-range positions (past a line's end or the document's end) instead of throwing. */
  toOffset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[pos.line]!;
    const next = pos.line + 1 < this.lineStarts.length ? this.lineStarts[pos.line + 1]! : this.text.length;
    let lineEnd = next;
    // the line's content stops before its terminator
    if (lineEnd > start && this.text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > start && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return Math.min(start + Math.max(0, pos.character), lineEnd);
  }
}

/** Index of the first element of the sorted `xs` that is >= `value` (xs.length when none). */
function firstAtLeast(xs: readonly number[], value: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < value) lo = mid + 1; else hi = mid;
  }
  return lo;
}

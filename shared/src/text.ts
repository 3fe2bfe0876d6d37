/** Small text helpers shared by the document model and rules. No Node or DOM APIs. */
export interface Span { start: number; end: number }

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "eg", "ie", "no", "fig", "al",
  "approx", "dept", "univ", "inc", "ltd", "co", "mt", "ft", "ave", "rd", "jan", "feb", "mar", "apr", "jun", "jul",
  "aug", "sep", "sept", "oct", "nov", "dec", "ed", "eds", "vol", "pp", "p", "cf", "ca", "hon", "rev", "gen", "capt",
  "sgt", "lt", "col", "mme", "mlle", "m", "pt", "pts", "hr", "hrs", "min", "mins", "wk", "wks", "yr", "yrs", "mg",
]);

/**
 * Splits `text[start, end)` into sentence spans (absolute offsets). A sentence ends at . ! ? or …
 * (with closing quotes/brackets) followed by whitespace and then something that can start a
 * sentence, or at a blank line. Common abbreviations ("Mrs.", "e.g.") and initials ("J.D.") do not end one.
 * With `most`, stops after that many sentences.
 */
const SENTENCE_END_CHAR = /[.!?…\n]/g;

export function splitSentences(text: string, start = 0, end = text.length, most = Infinity): Span[] {
  const spans: Span[] = [];
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  for (let i = s; i < end; i++) {
    // on to the next character that can end a sentence (found natively, not one by one)
    SENTENCE_END_CHAR.lastIndex = i;
    const next = SENTENCE_END_CHAR.exec(text);
    if (!next || next.index >= end) break;
    i = next.index;
    const ch = text[i]!;
    let boundary = -1;
    // the look-ahead stays inside [start, end): a block's sentences depend only on its own text
    if (ch === "\n" && /\n[ \t]*\r?\n/y.test(text.slice(i, Math.min(i + 4, end)))) boundary = i;
    else if (ch === "." || ch === "!" || ch === "?" || ch === "…") {
      let j = i + 1;
      while (j < end && /[.!?…"'”’)\]*_]/.test(text[j]!)) j++;
      if (j >= end) continue;
      if (!isSpace(text.charCodeAt(j))) continue;
      if (ch === "." && j === i + 1 && isAbbreviation(text, i, s)) continue;
      let k = j;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      if (k < end && /[a-z]/.test(text[k]!) && ch === ".") continue; // "approx. five" rarely ends a sentence
      boundary = j;
    }
    if (boundary >= 0) {
      pushTrimmed(text, spans, s, boundary);
      if (spans.length >= most) return spans;
      s = boundary;
      while (s < end && isSpace(text.charCodeAt(s))) s++;
      i = s - 1;
    }
  }
  pushTrimmed(text, spans, s, end);
  return spans;
}

function pushTrimmed(text: string, spans: Span[], a: number, b: number) {
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  if (b > a) spans.push({ start: a, end: b });
}

function isAbbreviation(text: string, dot: number, floor: number): boolean {
  let a = dot;
  while (a > floor && /[A-Za-z.]/.test(text[a - 1]!)) a--;
  const word = text.slice(a, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  if (/^[a-z]$/i.test(word) && /[A-Z]/.test(text[dot - 1]!)) return true; // initial: "J." in "J. Smith"
  return /^([a-z]\.)+[a-z]$/i.test(word); // "e.g", "J.D"
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x200b || c === 0xfeff;
}

/** Fast, stable 32-bit FNV-1a hash of a string, for cache keys and fingerprints. */
export function hashString(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36) + ":" + s.length.toString(36);
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Every match of a global regex, found by exec on the shared object. String.prototype.matchAll clones the
 * regex on every call, and V8 may compile a clone of a big pattern again (the interpreter, then native code):
 * with the many large patterns here that recompiling cost more than the matching. Collected first, so a
 * loop body may use the same regex again. Like matchAll, refuses a regex without the g flag (exec would
 * find its first match for ever).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError("allMatches needs a regex with the g flag");
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

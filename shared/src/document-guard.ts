/**
 * Keeps the Markdown parse bounded on hostile text. remark (micromark) is super-linear on some
 * inputs (deeply nested lists and quotes, long runs of unmatched brackets or emphasis, one huge
 * paragraph) and overflows the stack on a few thousand nested quotes. So a chunk is handed to remark
 * only when it is short and shallow; a longer chunk is cut at line boundaries (outside fences and
 * comments) into pieces that are, and what still does not fit (one huge line, too deep a nesting,
 * a parser exception) is read by `parsePlainChunk`: a linear, line-by-line reading whose prose is
 * each line's text after its container markers, minus code, link targets, images, tags and URLs.
 */
import { splitSentences, type Span, allMatches } from "./text.js";
import type { Block, CodeRef, CommentRef, ImageRef, LinkRef } from "./document.js";

/** Longest chunk given to remark in one piece (UTF-16 code units). */
export const MAX_REMARK_CHARS = 4000;
/** Deepest container nesting (quotes, list markers, 4 columns of indent) given to remark. */
export const MAX_NESTING = 32;

/** Same shape as document.ts's ChunkParse (offsets relative to the chunk). */
export interface GuardedParse {
  prose: string;
  blocks: Block[];
  images: (ImageRef & { ref?: string })[];
  links: LinkRef[];
  comments: CommentRef[];
  code: CodeRef[];
  definitions: { label: string; url: string; title: string }[];
}

/** Parses a chunk with `remark` when that is safe, else in pieces or plainly. Never throws. */
export function parseChunkGuarded<P extends GuardedParse>(source: string, remark: (s: string) => P): GuardedParse {
  if (source.length > MAX_REMARK_CHARS) {
    const pieces = cutPoints(source, MAX_REMARK_CHARS);
    if (pieces.length <= 1) return parsePlainChunk(source);
    return mergeParses(source, pieces.map((p) => ({ at: p.start, parse: parseChunkGuarded(source.slice(p.start, p.end), remark) })));
  }
  if (nestingDepth(source) > MAX_NESTING) return parsePlainChunk(source);
  try {
    return remark(source);
  } catch {
    return parsePlainChunk(source); // e.g. RangeError: Maximum call stack size exceeded
  }
}

/** The deepest container nesting of any line: `>` and list markers, plus one per 4 columns of indent. */
export function nestingDepth(source: string): number {
  let max = 0, depth = 0, cols = 0, atLineStart = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) { atLineStart = true; depth = 0; cols = 0; continue; }
    if (!atLineStart) continue;
    if (c === 32) cols++;
    else if (c === 9) cols += 4;
    else if (c === 62) depth++; // >
    else if ((c === 45 || c === 42 || c === 43) && isSpaceOrEnd(source, i + 1)) depth++; // - * +
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < source.length && j - i < 9 && source.charCodeAt(j) >= 48 && source.charCodeAt(j) <= 57) j++;
      const d = source.charCodeAt(j);
      if ((d === 46 || d === 41) && isSpaceOrEnd(source, j + 1)) { depth++; i = j; } else atLineStart = false;
    } else atLineStart = false;
    const total = depth + (cols >> 2);
    if (total > max) max = total;
  }
  return max;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isSpaceOrEnd(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s.charCodeAt(i);
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const FENCE_OPEN = /^[ \t>]{0,64}(?:(?:[-*+]|\d{1,9}[.)])[ \t]{1,4})?(`{3,}|~{3,})/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/** Pieces of at most `max` characters, cut only at line starts outside fences and comments (a piece may be longer when no cut is possible). */
function cutPoints(source: string, max: number): Span[] {
  const pieces: Span[] = [];
  let pieceStart = 0, lastCut = -1;
  let fence: string | null = null, inHtmlComment = false, inObsidianComment = false;
  let pos = 0;
  while (pos < source.length) {
    const open = fence !== null || inHtmlComment || inObsidianComment;
    if (!open && pos > pieceStart) lastCut = pos;
    let eol = source.indexOf("\n", pos);
    if (eol < 0) eol = source.length;
    if (eol + 1 - pieceStart > max && lastCut > pieceStart) {
      pieces.push({ start: pieceStart, end: lastCut });
      pieceStart = lastCut;
    }
    const line = source.slice(pos, Math.min(eol, pos + 200)); // markers sit at the start of a line
    const full = eol - pos <= 200 ? line : source.slice(pos, eol);
    if (fence !== null) {
      const m = FENCE_CLOSE.exec(line.replace(/\r$/, ""));
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) fence = null;
    } else if (inHtmlComment) {
      const c = full.lastIndexOf("-->");
      if (c >= 0) inHtmlComment = full.indexOf("<!--", c) >= 0 && full.indexOf("-->", full.indexOf("<!--", c)) < 0;
    } else {
      const f = FENCE_OPEN.exec(line);
      if (f) fence = f[1]!;
      else {
        const o = full.lastIndexOf("<!--");
        inHtmlComment = o >= 0 && full.indexOf("-->", o + 4) < 0;
      }
    }
    if ((full.split("%%").length - 1) % 2 === 1) inObsidianComment = !inObsidianComment;
    pos = eol + 1;
  }
  pieces.push({ start: pieceStart, end: source.length });
  return pieces;
}

function shiftSpan<T extends Span>(x: T, d: number): T {
  return { ...x, start: x.start + d, end: x.end + d };
}

function mergeParses(source: string, parts: { at: number; parse: GuardedParse }[]): GuardedParse {
  const out: GuardedParse = { prose: "", blocks: [], images: [], links: [], comments: [], code: [], definitions: [] };
  const prose: string[] = [];
  for (const { at, parse } of parts) {
    prose.push(parse.prose);
    for (const b of parse.blocks) out.blocks.push({ ...b, start: b.start + at, end: b.end + at, sentences: b.sentences.map((s) => shiftSpan(s, at)) });
    for (const x of parse.images) out.images.push(shiftSpan(x, at));
    for (const x of parse.links) out.links.push(shiftSpan(x, at));
    for (const x of parse.comments) out.comments.push(shiftSpan(x, at));
    for (const x of parse.code) out.code.push(shiftSpan(x, at));
    for (const d of parse.definitions) out.definitions.push(d);
  }
  out.prose = prose.join("");
  if (out.prose.length !== source.length) return parsePlainChunk(source); // never: pieces are contiguous
  return out;
}

// Bounded quantifiers only: every pattern here runs in linear time on any line.
const INLINE_CODE = /(`{1,8})[^`\n]{0,2000}?\1/g;
const IMAGE = /!\[([^\]\n]{0,500})\]\(\s{0,8}<?([^\s)>\n]{0,2000})>?(?:\s{1,8}"([^"\n]{0,500})")?\s{0,8}\)/g;
const EMBED = /!\[\[([^\]\n|]{1,500})(?:\|([^\]\n]{0,500}))?\]\]/g;
const WIKILINK = /\[\[([^\]\n|]{1,500})(?:\|([^\]\n]{0,500}))?\]\]/g;
const LINK = /\[([^\]\n]{0,500})\]\(([^)\n]{0,2000})\)/g;
const URL = /<(?:https?|mailto):[^\s>]{1,2000}>|\b(?:https?:\/\/|www\.)[^\s<>()]{1,2000}/g;
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g;
const TAG = /<\/?[A-Za-z][^<>\n]{0,1000}>/g;
const EMPHASIS = /[*~|\\]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
const IMAGE_EXT = /\.(png|jpe?g|gif|webp|svg|bmp|tiff?|heic|heif|avif)$/i;

/** A linear, remark-free reading of a chunk (see the module comment). Never throws. */
export function parsePlainChunk(source: string): GuardedParse {
  const out: GuardedParse = { prose: "", blocks: [], images: [], links: [], comments: [], code: [], definitions: [] };
  const proseChars = new Uint8Array(source.length);
  const blocks: Omit<Block, "text" | "sentences" | "key">[] = [];
  // comments first: they may span lines
  const hidden: Span[] = [];
  for (let at = source.indexOf("<!--"); at >= 0; at = source.indexOf("<!--", at)) {
    const close = source.indexOf("-->", at + 4);
    const end = close < 0 ? source.length : close + 3;
    out.comments.push({ kind: "html", start: at, end, body: source.slice(at + 4, close < 0 ? end : close).trim() });
    hidden.push({ start: at, end });
    at = end;
  }
  for (let at = source.indexOf("%%"); at >= 0; at = source.indexOf("%%", at)) {
    const close = source.indexOf("%%", at + 2);
    const end = close < 0 ? source.length : close + 2;
    out.comments.push({ kind: "obsidian", start: at, end, body: source.slice(at + 2, close < 0 ? end : close).trim() });
    hidden.push({ start: at, end });
    at = end;
  }
  let fence: string | null = null, fenceStart = 0;
  let pos = 0;
  while (pos <= source.length) {
    let eol = source.indexOf("\n", pos);
    if (eol < 0) eol = source.length;
    let lineEnd = eol;
    if (lineEnd > pos && source.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    const head = source.slice(pos, Math.min(lineEnd, pos + 200));
    if (fence !== null) {
      const m = FENCE_CLOSE.exec(head);
      if (m && lineEnd - pos <= 200 && m[1]![0] === fence[0] && m[1]!.length >= fence.length) {
        out.code.push({ kind: "fenced", start: fenceStart, end: lineEnd });
        fence = null;
      }
    } else {
      // container prefix: indent, `>`, list markers, task boxes
      let i = pos, inQuote = false, inList = false;
      for (;;) {
        while (i < lineEnd && (source[i] === " " || source[i] === "\t")) i++;
        const c = source[i];
        if (c === ">") { inQuote = true; i++; continue; }
        if ((c === "-" || c === "*" || c === "+") && isSpaceOrEnd(source, i + 1) && i + 1 <= lineEnd) { inList = true; i++; continue; }
        const num = /^\d{1,9}[.)](?=[ \t]|$)/.exec(source.slice(i, Math.min(i + 11, lineEnd)));
        if (num) { inList = true; i += num[0].length; continue; }
        const task = /^\[[ xX]\](?=[ \t])/.exec(source.slice(i, Math.min(i + 4, lineEnd)));
        if (task && inList) { i += 3; continue; }
        break;
      }
      const f = /^(`{3,}|~{3,})/.exec(source.slice(i, Math.min(i + 64, lineEnd)));
      if (f) { fence = f[1]!; fenceStart = pos; }
      else if (i < lineEnd) {
        const h = /^(#{1,6})(?:[ \t]+|$)/.exec(source.slice(i, Math.min(i + 16, lineEnd)));
        const start = h ? i + h[0].length : i;
        let end = lineEnd;
        while (end > start && (source[end - 1] === " " || source[end - 1] === "\t")) end--;
        if (end > start) {
          proseChars.fill(1, start, end);
          // a huge line becomes several blocks (cut at a space): block rules see bounded blocks
          for (let s = start; s < end;) {
            let e = Math.min(end, s + MAX_REMARK_CHARS);
            if (e < end) {
              const space = source.lastIndexOf(" ", e);
              if (space > s + MAX_REMARK_CHARS / 2) e = space + 1;
              else if (isHighSurrogate(source.charCodeAt(e - 1))) e--;
            }
            blocks.push({ kind: h ? "heading" : "paragraph", start: s, end: e, depth: h ? h[1]!.length : undefined, inQuote, inList, callout: undefined });
            s = e;
          }
          readInline(source, start, end, out, proseChars);
        }
      }
    }
    if (eol >= source.length) break;
    pos = eol + 1;
  }
  if (fence !== null) out.code.push({ kind: "fenced", start: fenceStart, end: source.length });
  for (const h of hidden) proseChars.fill(0, h.start, h.end);
  const inHidden = (s: Span) => hidden.some((h) => s.start >= h.start && s.end <= h.end);
  const kept = hidden.length ? blocks.filter((b) => !inHidden(b)) : blocks;
  if (hidden.length) out.images = out.images.filter((im) => !inHidden(im));
  let prose = "";
  let runStart = 0;
  const parts: string[] = [];
  for (let i = 0; i <= source.length; i++) {
    const isProse = i < source.length && proseChars[i] === 1;
    const prevProse = i > 0 && proseChars[i - 1] === 1;
    if (i === source.length || isProse !== prevProse) {
      const piece = source.slice(runStart, i);
      parts.push(prevProse ? piece : piece.replace(/[^\r\n]/g, " "));
      runStart = i;
    }
  }
  prose = parts.join("");
  out.prose = prose;
  out.blocks = kept.map((b): Block => {
    const text = prose.slice(b.start, b.end);
    const raw = source.slice(b.start, b.end);
    const key = "plain|" + b.kind + (b.inQuote ? "q" : "") + (b.inList ? "l" : "") + "|" + text + (raw === text ? "" : "\u0000" + raw);
    return { ...b, text, sentences: splitSentences(prose, b.start, b.end), key };
  });
  for (const list of [out.images, out.links, out.comments, out.code] as Span[][]) list.sort((a, b) => a.start - b.start);
  return out;
}

/** Takes code, images, link targets, URLs, tags and emphasis markers out of a line's prose. */
function readInline(source: string, start: number, end: number, out: GuardedParse, proseChars: Uint8Array): void {
  const line = source.slice(start, end);
  const hide = (s: number, e: number) => proseChars.fill(0, start + s, start + e);
  const shown = (i: number) => proseChars[start + i] === 1;
  for (const m of allMatches(INLINE_CODE, line)) { out.code.push({ kind: "inline", start: start + m.index, end: start + m.index + m[0].length }); hide(m.index, m.index + m[0].length); }
  for (const m of allMatches(IMAGE, line)) {
    out.images.push({ syntax: "markdown", start: start + m.index, end: start + m.index + m[0].length, src: m[2]!, alt: m[1]!, title: m[3] ?? "" });
    hide(m.index, m.index + m[0].length);
  }
  for (const m of allMatches(EMBED, line)) {
    const target = m[1]!.trim();
    const s = start + m.index, e = s + m[0].length;
    if (IMAGE_EXT.test(target)) out.images.push({ syntax: "embed", start: s, end: e, src: target, alt: "", title: "" });
    else out.links.push({ kind: "wikilink", start: s, end: e, url: target, label: target });
    hide(m.index, m.index + m[0].length);
  }
  for (const m of allMatches(WIKILINK, line)) {
    if (line[m.index - 1] === "!") continue;
    out.links.push({ kind: "wikilink", start: start + m.index, end: start + m.index + m[0].length, url: m[1]!.trim(), label: (m[2] ?? m[1]!).trim() });
    const visible = m[2] !== undefined ? m.index + 3 + m[1]!.length : m.index + 2;
    hide(m.index, visible);
    hide(m.index + m[0].length - 2, m.index + m[0].length);
  }
  for (const m of allMatches(LINK, line)) {
    if (line[m.index - 1] === "!" || !shown(m.index)) continue;
    out.links.push({ kind: "markdown", start: start + m.index, end: start + m.index + m[0].length, url: m[2]!.trim().split(/\s/)[0] ?? "", label: m[1]! });
    hide(m.index, m.index + 1);
    hide(m.index + 1 + m[1]!.length, m.index + m[0].length);
  }
  for (const m of allMatches(URL, line)) { if (!shown(m.index)) continue; out.links.push({ kind: "autolink", start: start + m.index, end: start + m.index + m[0].length, url: m[0].replace(/^<|>$/g, ""), label: m[0].replace(/^<|>$/g, "") }); hide(m.index, m.index + m[0].length); }
  for (const m of allMatches(EMAIL, line)) { if (!shown(m.index)) continue; out.links.push({ kind: "autolink", start: start + m.index, end: start + m.index + m[0].length, url: "mailto:" + m[0], label: m[0] }); hide(m.index, m.index + m[0].length); }
  for (const m of allMatches(TAG, line)) {
    const tag = m[0];
    if (/^<img\b/i.test(tag)) {
      const src = /\bsrc\s{0,4}=\s{0,4}["']?([^"'\s>]{0,2000})/i.exec(tag)?.[1] ?? "";
      const alt = /\balt\s{0,4}=\s{0,4}"([^"]{0,500})"/i.exec(tag)?.[1] ?? "";
      out.images.push({ syntax: "html", start: start + m.index, end: start + m.index + tag.length, src, alt, title: "" });
    }
    hide(m.index, m.index + tag.length);
  }
  for (const m of allMatches(EMPHASIS, line)) hide(m.index, m.index + m[0].length);
}

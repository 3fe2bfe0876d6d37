/**
 * What surrounds an image in the text: its caption, the sentence before and after it, the words
 * of its file name, and the edits that remove it. Shared by the image rules (no host APIs).
 */
import { changedStretch, documentId, type DocumentModel, type ImageRef } from "../../shared/src/document.js";
import type { Edit } from "../../shared/src/finding.js";
import { splitSentences } from "../../shared/src/text.js";

export interface ImageContext {
  /** Alt text, title, file-name words and caption, joined: what the image says about itself. */
  own: string;
  /** Words of the file name (decoded, separators and case humps turned into spaces). */
  fileWords: string;
  /** Caption text (prose), when a caption line sits right after the image. */
  caption: string;
  captionSpan?: { start: number; end: number };
  /** The sentence just before the image (same paragraph or the one before), as prose. */
  before: string;
  /** The first sentence after the image and its caption (same paragraph or the next one). */
  after: string;
  /** True when the image sits on a line of its own (apart from quote/list markers and other images). */
  alone: boolean;
  lineStart: number;
  lineEnd: number;
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;
export function isRemoteSrc(src: string): boolean {
  return REMOTE.test(src.trim());
}

/** A caption line starts with a caption word, or is wholly emphasised. */
const CAPTION_START = /^[ \t>]*(?:[*_]{1,3})?\s*(?:image|figure|fig\.?|photo(?:graph)?|picture|pic|source|credit|credits|caption|via|courtesy|pictured|above|below|left|right|top|bottom|diagram|illustration|graphic|infographic|chart|from|©|\(c\)|cc[- ]by|licen[cs]ed)\b/i;
const EMPHASISED_LINE = /^[ \t>]*([*_]{1,3})(?=\S)[^\n]*\S\1[ \t]*$/;

/**
 * The stretch of text an imageContext() computation has read, while one runs: its result depends on
 * nothing else (with the image itself and the other images on its line), so an equal stretch around
 * the image in a later version of the document gives an equal context.
 */
interface ReadSpan {
  lo: number; hi: number; atStart: boolean; atEnd: boolean;
  /** Compared with where the body starts (after front matter): "reached", and "stopped" when that ended the search. */
  body: "no" | "reached" | "stopped";
}
let reading: ReadSpan | undefined;
function see(text: string, from: number, to: number): void {
  if (!reading) return;
  if (from <= 0) { reading.lo = 0; reading.atStart = true; } else if (from < reading.lo) reading.lo = from;
  if (to >= text.length) { reading.hi = text.length; reading.atEnd = true; } else if (to > reading.hi) reading.hi = to;
}

function lineStartOf(text: string, at: number): number {
  const i = text.lastIndexOf("\n", at - 1);
  see(text, i < 0 ? 0 : i, at);
  return i < 0 ? 0 : i + 1;
}
function lineEndOf(text: string, at: number): number {
  const i = text.indexOf("\n", at);
  see(text, at, i < 0 ? text.length : i + 1);
  return i < 0 ? text.length : i;
}
const FIGCAPTION = /^(?:(?!<img\b|<\/figure)[^])*?<figcaption\b[^>]*>([^]*?)<\/figcaption>/i;
const isBlank = (s: string) => s.trim() === "";

/** Answers of a pure function of a string, by input: image rules ask again for every image on every keystroke. */
export function remembered<T>(fn: (s: string) => T): (s: string) => T {
  const answers = new Map<string, T>();
  return (s) => {
    let a = answers.get(s);
    if (a === undefined) {
      a = fn(s);
      if (answers.size >= 5000) answers.delete(answers.keys().next().value!);
      answers.set(s, a);
    }
    return a;
  };
}

/** "xray_bed4-IMG.jpg" → "xray bed 4 IMG"; only the last path segment of a URL or path. */
export const fileNameWords = remembered((src: string): string => {
  let s = src.trim().replace(/[?#].*$/, "");
  try { s = decodeURIComponent(s); } catch { /* keep */ }
  s = s.slice(s.lastIndexOf("/") + 1).replace(/\.[a-z0-9]{2,5}$/i, "");
  return s
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Za-z])(\d)|(\d)([A-Za-z])/g, (_m, a, b, c, d) => (a ? `${a} ${b}` : `${c} ${d}`))
    .replace(/[_\-.+~=,;()[\]{}]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
});

/** Lower-case words of any text, separators as single spaces: for matching term lists. */
export const normalizeWords = remembered((s: string): string => {
  let t = s;
  try { t = decodeURIComponent(t); } catch { /* keep */ }
  return " " + t.toLowerCase().replace(/[^a-z0-9&]+/g, " ").trim() + " ";
});

function lastSentence(doc: DocumentModel, start: number, end: number): string {
  see(doc.text, start, end);
  const spans = splitSentences(doc.prose, start, end);
  const s = spans[spans.length - 1];
  return s ? doc.prose.slice(s.start, s.end) : "";
}
function firstSentence(doc: DocumentModel, start: number, end: number): string {
  see(doc.text, start, end);
  const s = splitSentences(doc.prose, start, end, 1)[0];
  return s ? doc.prose.slice(s.start, s.end) : "";
}

/** By image object: its context in the model it was last asked for, and the remembered record it came from. */
const cache = new WeakMap<ImageRef, { doc: DocumentModel; ctx: ImageContext; r?: Remembered }>();

/** A context worked out before, with the text and prose it read (offsets relative to the image's start). */
interface Remembered {
  lo: number; hi: number; atStart: boolean; atEnd: boolean; body: ReadSpan["body"]; bodyStart: number;
  text: string; prose: string;
  /** The model it last held for (documentId) and the image's start there. */
  docId: number; at: number;
  /** The other images on the image's line, relative. */
  others: string;
  ctx: ImageContext;
  /** Values worked out from the context alone (withContext()). */
  derived?: Map<string, unknown>;
}
/**
 * Contexts by what the image is (its syntax, source, alt text, title and length): the image rules
 * ask for every image's context on every keystroke, and an edit elsewhere leaves it the same. A
 * remembered context is used only when the text and prose it read are equal around the image now.
 */
const knownContexts = new Map<string, Remembered>();
const REMEMBERED_LIMIT = 4000;
const imageKey = (image: ImageRef) => `${image.syntax}\u0000${image.end - image.start}\u0000${image.src}\u0000${image.alt ?? ""}\u0000${image.title ?? ""}\u0000${image.width ?? ""}`;
const othersOnLine = (doc: DocumentModel, image: ImageRef, lineStart: number, lineEnd: number) =>
  imagesWithin(doc.images, lineStart, lineEnd).filter((im) => im !== image).map((im) => `${im.start - image.start},${im.end - image.start}`).join(";");

/** A copy of a slice that does not keep the whole document's text alive (V8 slices point into their parent). */
const detached = (slice: string) => (slice + "\u0000").slice(0, -1);

function shifted(ctx: ImageContext, by: number): ImageContext {
  if (by === 0) return ctx;
  return { ...ctx, lineStart: ctx.lineStart + by, lineEnd: ctx.lineEnd + by, captionSpan: ctx.captionSpan && { start: ctx.captionSpan.start + by, end: ctx.captionSpan.end + by } };
}

function recall(doc: DocumentModel, image: ImageRef, key: string): ImageContext | undefined {
  const r = knownContexts.get(key);
  if (!r) return undefined;
  // usually the model was made from the one the context last held for: where the edit was says enough
  const stretch = changedStretch(doc);
  if (stretch && stretch.previous === r.docId && !stretch.imagesRebuilt) {
    const lo = r.at + r.lo, hi = r.at + r.hi;
    const by = hi <= stretch.start ? 0 : lo >= stretch.endOld ? stretch.endNew - stretch.endOld : undefined;
    if (by !== undefined && image.start === r.at + by && bodyStartHolds(r, doc, image, lo + by)) {
      r.docId = documentId(doc);
      r.at = image.start;
      return shifted(r.ctx, image.start);
    }
    // near the edit: compare what it read
  }
  const lo = image.start + r.lo, hi = image.start + r.hi;
  if (lo < 0 || hi > doc.text.length || (r.atStart && lo !== 0) || (r.atEnd && hi !== doc.text.length)) return undefined;
  if (!bodyStartHolds(r, doc, image, lo)) return undefined;
  if (doc.text.slice(lo, hi) !== r.text || doc.prose.slice(lo, hi) !== r.prose) return undefined;
  const ctx = shifted(r.ctx, image.start);
  if (othersOnLine(doc, image, ctx.lineStart, ctx.lineEnd) !== r.others) return undefined;
  r.docId = documentId(doc);
  r.at = image.start;
  return ctx;
}

/** The search back compared positions with the body's start: the same answers when it is where it was, or before the stretch both times. */
function bodyStartHolds(r: Remembered, doc: DocumentModel, image: ImageRef, lo: number): boolean {
  return r.body === "no" || doc.bodyStart - image.start === r.bodyStart || (r.body === "reached" && r.bodyStart < r.lo && doc.bodyStart < lo);
}

/** The images wholly inside [start, end), found by binary search (a document's images are in order). */
function imagesWithin(images: readonly ImageRef[], start: number, end: number): ImageRef[] {
  let lo = 0, hi = images.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (images[mid]!.start < start) lo = mid + 1; else hi = mid; }
  const out: ImageRef[] = [];
  for (let i = lo; i < images.length && images[i]!.start < end; i++) if (images[i]!.end <= end) out.push(images[i]!);
  return out;
}

export function imageContext(doc: DocumentModel, image: ImageRef): ImageContext {
  const hit = cache.get(image);
  if (hit) {
    if (hit.doc === doc) return hit.ctx;
    // the same image object in the next model lies before the edit: its context holds if what it read does
    const r = hit.r, stretch = changedStretch(doc);
    if (r && remembering && stretch && stretch.previous === r.docId && r.docId === documentId(hit.doc) && r.at === image.start
      && !stretch.imagesRebuilt && r.at + r.hi <= stretch.start && bodyStartHolds(r, doc, image, r.at + r.lo)) {
      r.docId = documentId(doc);
      cache.set(image, { doc, ctx: hit.ctx, r });
      return hit.ctx;
    }
  }
  const key = imageKey(image);
  let ctx = remembering ? recall(doc, image, key) : undefined;
  if (!ctx) {
    reading = { lo: image.start, hi: image.end, atStart: false, atEnd: false, body: "no" };
    let span: ReadSpan;
    try {
      ctx = computeContext(doc, image);
    } finally {
      span = reading;
      reading = undefined;
    }
    if (knownContexts.size >= REMEMBERED_LIMIT) knownContexts.delete(knownContexts.keys().next().value!);
    knownContexts.delete(key);
    knownContexts.set(key, {
      lo: span.lo - image.start, hi: span.hi - image.start, atStart: span.atStart, atEnd: span.atEnd,
      body: span.body, bodyStart: doc.bodyStart - image.start,
      text: detached(doc.text.slice(span.lo, span.hi)), prose: detached(doc.prose.slice(span.lo, span.hi)),
      others: othersOnLine(doc, image, ctx.lineStart, ctx.lineEnd), ctx: shifted(ctx, -image.start),
      docId: documentId(doc), at: image.start,
    });
  }
  cache.set(image, { doc, ctx, r: knownContexts.get(key) });
  return ctx;
}

/**
 * A value worked out from nothing but the image's context and the image's own syntax, source, alt text
 * and title, remembered with the context: the image rules ask it of every image on every keystroke, and
 * an edit elsewhere leaves both the same. `compute` must read nothing else, and its value must hold no
 * positions (a remembered context moves with the text).
 */
export function withContext<T>(doc: DocumentModel, image: ImageRef, name: string, compute: (ctx: ImageContext) => T): T {
  const ctx = imageContext(doc, image);
  const r = cache.get(image)?.r;
  // the remembered context is this image's here only while it was last recalled for this model at this place
  if (!remembering || !r || r.docId !== documentId(doc) || r.at !== image.start) return compute(ctx);
  const derived = (r.derived ??= new Map());
  if (derived.has(name)) return derived.get(name) as T;
  const value = compute(ctx);
  derived.set(name, value);
  return value;
}

/** Whether contexts (and what withContext() works out from them) are remembered: off, every lint works them out afresh (tests). */
let remembering = true;
export function rememberImageContexts(on: boolean): void {
  remembering = on;
  knownContexts.clear();
}

/** The context worked out afresh (imageContext() remembers it; tests compare the two). */
export function computeContext(doc: DocumentModel, image: ImageRef): ImageContext {
  const { text, prose } = doc;
  const lineStart = lineStartOf(text, image.start);
  const lineEnd = lineEndOf(text, image.end);
  const otherImages = imagesWithin(doc.images, lineStart, lineEnd).filter((im) => im !== image);
  let rest = text.slice(lineStart, image.start) + " " + text.slice(image.end, lineEnd);
  for (const im of otherImages) rest = rest.replace(text.slice(im.start, im.end), " ");
  rest = rest.replace(/<!--[\s\S]*?-->|%%[\s\S]*?%%/g, " ");
  const alone = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d+[.)])[ \t]+)?[ \t]*$/.test(rest.replace(/<\/?(?:p|figure|div|center|a)\b[^>]*>|<\/?(?:figcaption)>/gi, " ")) ||
    /^[ \t>]*\[?[ \t]*\]\([^)]*\)[ \t]*$/.test(rest); // wrapped in a link: [![alt](src)](url)

  // --- after: rest of the paragraph, else the next paragraph
  let caption = "";
  let captionSpan: { start: number; end: number } | undefined;
  let after = "";
  const tail = prose.slice(image.end, lineEnd);
  let nextStart = lineEnd + 1;
  let afterParaStart = -1, afterParaEnd = -1;
  if (!isBlank(tail)) {
    afterParaStart = image.end; afterParaEnd = paragraphEnd(text, image.end);
  } else if (nextStart < text.length) {
    const nextLineEnd = lineEndOf(text, nextStart);
    if (!isBlank(text.slice(nextStart, nextLineEnd))) {
      afterParaStart = nextStart; afterParaEnd = paragraphEnd(text, nextStart);
    } else {
      // skip blank lines to the next paragraph
      let i = nextStart;
      while (i < text.length) {
        const e = lineEndOf(text, i);
        if (!isBlank(text.slice(i, e))) break;
        i = e + 1;
      }
      if (i < text.length) {
        const e = lineEndOf(text, i);
        const raw = text.slice(i, e);
        // a separate caption paragraph must look like one: short, emphasised or starting with a caption word
        if (raw.length <= 300 && (CAPTION_START.test(raw) || EMPHASISED_LINE.test(raw)) && !isBlank(prose.slice(i, e))) {
          caption = prose.slice(i, e).trim();
          captionSpan = { start: i, end: e };
          const after2 = nextParagraph(text, e + 1);
          if (after2) after = firstSentence(doc, after2.start, after2.end);
        } else if (!/^[ \t]*#/.test(raw)) {
          after = firstSentence(doc, i, paragraphEnd(text, i));
        }
      }
    }
  }
  if (afterParaStart >= 0) {
    // the image's own paragraph continues: its first line after the image is the caption
    const firstLineEnd = lineEndOf(text, afterParaStart === image.end ? image.end : afterParaStart);
    const from = afterParaStart;
    const raw = text.slice(lineStartOf(text, from), firstLineEnd);
    const captionish = afterParaStart === image.end || CAPTION_START.test(raw) || EMPHASISED_LINE.test(raw) || raw.length <= 200;
    if (captionish && !isBlank(prose.slice(from, firstLineEnd))) {
      caption = prose.slice(from, firstLineEnd).trim();
      captionSpan = { start: from, end: firstLineEnd };
      if (firstLineEnd < afterParaEnd) after = firstSentence(doc, firstLineEnd, afterParaEnd);
    } else {
      after = firstSentence(doc, from, afterParaEnd);
    }
  }

  if (!caption && image.syntax === "html") {
    see(text, image.end, image.end + 600);
    const fig = FIGCAPTION.exec(text.slice(image.end, image.end + 600));
    if (fig) caption = fig[1]!.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  }

  // --- before: the same paragraph before the image, else the previous paragraph
  let before = "";
  const head = prose.slice(lineStart, image.start);
  if (!isBlank(head)) before = lastSentence(doc, lineStart, image.start);
  else {
    const pStart = paragraphStart(text, lineStart);
    if (pStart < lineStart && !isBlank(prose.slice(pStart, lineStart))) before = lastSentence(doc, pStart, lineStart);
    else {
      // previous paragraph, skipping paragraphs that hold only images or comments
      let i = pStart - 1;
      // where the front matter ends bounds this search: the context depends on it
      const aboveBody = (at: number) => {
        const above = at > doc.bodyStart;
        if (reading) reading.body = above && reading.body !== "stopped" ? "reached" : "stopped";
        return above;
      };
      for (let guard = 0; guard < 4 && aboveBody(i); guard++) {
        while (i > 0 && isBlank(text.slice(lineStartOf(text, i), i + 1))) i = lineStartOf(text, i) - 1;
        if (i <= 0) break;
        const ps = paragraphStart(text, lineStartOf(text, i));
        const pe = lineEndOf(text, i);
        if (!isBlank(prose.slice(ps, pe))) { before = lastSentence(doc, ps, pe); break; }
        i = ps - 1;
      }
    }
  }

  const fileWords = isRemoteSrc(image.src) && !/\.[a-z]{3,4}$/i.test(image.src.replace(/[?#].*$/, "")) ? "" : fileNameWords(image.src);
  const own = [image.alt, image.title, fileWords, caption].filter(Boolean).join(" \u2022 ");
  return { own, fileWords, caption, captionSpan, before, after, alone, lineStart, lineEnd };
}

/** End of the paragraph holding `at`: the end of the last non-blank line before a blank one. */
function paragraphEnd(text: string, at: number): number {
  let e = lineEndOf(text, at);
  while (e < text.length) {
    const ne = lineEndOf(text, e + 1);
    if (isBlank(text.slice(e + 1, ne))) break;
    e = ne;
  }
  return e;
}
function paragraphStart(text: string, lineStart: number): number {
  let s = lineStart;
  while (s > 0) {
    const ps = lineStartOf(text, s - 1);
    if (isBlank(text.slice(ps, s - 1))) break;
    s = ps;
  }
  return s;
}
function nextParagraph(text: string, from: number): { start: number; end: number } | undefined {
  let i = from;
  while (i < text.length) {
    const e = lineEndOf(text, i);
    if (!isBlank(text.slice(i, e))) return { start: i, end: paragraphEnd(text, i) };
    i = e + 1;
  }
  return undefined;
}

/**
 * Edits that remove the image, its caption and a consent marker right before it, keeping the
 * paragraphs around it apart. Nothing outside the removed range changes.
 */
export function removeImageEdits(doc: DocumentModel, image: ImageRef, markerStart?: number): Edit[] {
  const { text } = doc;
  const ctx = imageContext(doc, image);
  if (!ctx.alone) {
    // inline: take the image and one space beside it
    let s = image.start, e = image.end;
    if (text[e] === " ") e++;
    else if (text[s - 1] === " ") s--;
    return [{ start: s, end: e, insert: "" }];
  }
  let start = ctx.lineStart;
  if (markerStart !== undefined && markerStart < start) {
    const ms = lineStartOf(text, markerStart);
    if (isBlank(text.slice(ms, markerStart).replace(/>/g, " "))) start = ms;
  }
  let end = ctx.captionSpan ? lineEndOf(text, ctx.captionSpan.end) : ctx.lineEnd;
  if (end < text.length) end++; // the line break
  const prevBlank = start === 0 || start <= doc.bodyStart || isBlank(text.slice(lineStartOf(text, start - 1), start - 1));
  if (prevBlank) {
    while (end < text.length) {
      const le = lineEndOf(text, end);
      if (!isBlank(text.slice(end, le))) break;
      end = le < text.length ? le + 1 : le;
    }
  }
  return [{ start, end, insert: "" }];
}

/** Line prefix to repeat after a line break inserted before the image (quote markers, list indentation). */
export function continuationPrefix(doc: DocumentModel, image: ImageRef): string | undefined {
  const ls = lineStartOf(doc.text, image.start);
  const head = doc.text.slice(ls, image.start);
  if (!/^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d+[.)])[ \t]+)?$/.test(head)) return undefined; // text before the image on its line
  return head.replace(/(?:[-*+]|\d+[.)])([ \t]+)$/, (m) => " ".repeat(m.length));
}

/**
 * The Markdown document model, parsed once per text and shared by every rule.
 *
 * `prose` is the document text with everything that is not prose (front matter, code, HTML,
 * URLs, Markdown syntax, Obsidian comments and embeds) replaced by spaces, newlines kept. It has
 * the same length as the source, so an offset into `prose` is an offset into the document and
 * rules can run regular expressions over it without mapping positions.
 *
 * The text is split into top-level chunks at blank lines (never inside a fence or a multi-line
 * comment) and each chunk is parsed by remark on its own, cached by its text: an edit re-parses
 * only the chunk it touched. `updateDocument(previous, text, changes)` goes further for editors:
 * it splits again only around the edit, keeps the Block objects before it and moves those after it.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { parse as parseYaml } from "yaml";
import type { Nodes, Parent, RootContent } from "mdast";
import { LineIndex } from "./positions.js";
import { splitSentences, hashString, type Span, allMatches } from "./text.js";
import { parseChunkGuarded, parsePlainChunk } from "./document-guard.js";
import { readSimpleYaml } from "./simple-yaml.js";

export type { Span } from "./text.js";

export type BlockKind = "paragraph" | "heading" | "tableCell";

export interface Block extends Span {
  kind: BlockKind;
  /** The block's prose (masked) text: `doc.prose.slice(start, end)`. */
  text: string;
  /** Heading depth, 1–6. */
  depth?: number;
  inQuote: boolean;
  inList: boolean;
  /** Obsidian callout type when the block sits in a `> [!type]` callout. */
  callout?: string;
  /** Sentence spans, absolute offsets. */
  sentences: Span[];
  /** Stable key of the block's text and kind, for per-block caches. */
  key: string;
}

export type ImageSyntax = "markdown" | "reference" | "html" | "embed";
export interface ImageRef extends Span {
  syntax: ImageSyntax;
  src: string;
  alt: string;
  title: string;
  /** Obsidian `![[file.png|300]]` or HTML width attribute. */
  width?: number;
}

export interface LinkRef extends Span {
  kind: "markdown" | "autolink" | "wikilink" | "html" | "definition";
  url: string;
  /** Visible text of the link (for autolinks, the URL or address itself). */
  label: string;
}

export interface CommentRef extends Span {
  kind: "html" | "obsidian";
  /** Comment body without its delimiters, trimmed. */
  body: string;
}

export interface CodeRef extends Span {
  kind: "fenced" | "indented" | "inline" | "html";
  lang?: string;
}

export interface FrontMatter extends Span {
  raw: string;
  data: Record<string, unknown> | undefined;
  /** Parse error message, when the YAML is malformed. */
  error?: string;
  /** Offset of the error in the document, when known. */
  errorOffset?: number;
}

export interface DocumentModel {
  text: string;
  prose: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  blocks: Block[];
  images: ImageRef[];
  links: LinkRef[];
  comments: CommentRef[];
  code: CodeRef[];
  /** Where prose content begins (after front matter). */
  bodyStart: number;
}

/** A block as parsed in its chunk: offsets relative to the chunk start. */
type ChunkBlock = Omit<Block, "sentences" | "key" | "text">;
/** A finished block of a chunk, relative offsets, with its text, key and sentences. */
type RelBlock = Block;

interface ChunkParse {
  prose: string;
  blocks: RelBlock[];
  images: (ImageRef & { ref?: string })[];
  links: LinkRef[];
  comments: CommentRef[];
  code: CodeRef[];
  definitions: { label: string; url: string; title: string }[];
}

/** A top-level chunk of a document: its span and its (shared, cached) parse. */
interface Chunk extends Span { parse: ChunkParse }

/** What a model keeps for the next edit: its chunks and reference definitions. */
interface ModelState {
  chunks: Chunk[];
  definitions: Map<string, { url: string; title: string }>;
}

/** How a model made by `updateDocument` relates to the model it was made from. */
export interface DocumentDiff {
  /** Number of blocks of the model it was made from. */
  previousBlocks: number;
  /** The first `prefixBlocks` blocks are the previous model's Block objects, unchanged. */
  prefixBlocks: number;
  /** The last `suffixBlocks` blocks are the previous model's last blocks, moved by `delta` (the same objects when delta is 0). */
  suffixBlocks: number;
  delta: number;
}

/** One edit, in the coordinates of the text it applies to (a list of edits applies in order, like LSP `contentChanges`). */
export interface TextChange { start: number; end: number; text: string }

const processor = unified().use(remarkParse).use(remarkGfm);
const chunkCache = new Map<string, ChunkParse>();
const CHUNK_CACHE_LIMIT = 20000;
const CHUNK_CACHE_CHARS = 16_000_000;
let chunkCacheChars = 0;
const modelStates = new WeakMap<DocumentModel, ModelState>();
const modelDiffs = new WeakMap<DocumentModel, DocumentDiff>();

/** Where a model made by `updateDocument` differs from the model it was made from. */
export interface ChangedStretch {
  /** documentId() of the model it was made from. */
  previous: number;
  /** Text and prose differ only in [start, endOld) of the previous model, now [start, endNew); the rest is equal (after it, moved). */
  start: number;
  endOld: number;
  endNew: number;
  /** The images were all read again (a reference definition changed): none is the previous model's image moved. */
  imagesRebuilt: boolean;
}
const modelStretches = new WeakMap<DocumentModel, ChangedStretch>();
const modelIds = new WeakMap<DocumentModel, number>();
let lastModelId = 0;

/** A number naming this model (no two models get the same one). */
export function documentId(doc: DocumentModel): number {
  let id = modelIds.get(doc);
  if (id === undefined) modelIds.set(doc, (id = ++lastModelId));
  return id;
}

const lineBreaks = new WeakMap<DocumentModel, string>();
/** The document's line break ("\r\n" if it has one anywhere), for text that fixes insert: worked out once per model. */
export function lineBreakOf(doc: DocumentModel): string {
  let eol = lineBreaks.get(doc);
  if (eol === undefined) lineBreaks.set(doc, (eol = doc.text.includes("\r\n") ? "\r\n" : "\n"));
  return eol;
}

/** How `doc` differs from the model `updateDocument` made it from, if it was made so. */
export function changedStretch(doc: DocumentModel): ChangedStretch | undefined {
  return modelStretches.get(doc);
}

/**
 * Parses a document. With `deadline` (a `Date.now()` time), chunks reached after it are read by the
 * linear plain reader instead of remark (not cached): the model stays complete, only coarser.
 */
export function parseDocument(text: string, options: { deadline?: number } = {}): DocumentModel {
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.end : 0;
  const chunks: Chunk[] = [];
  const deadline = options.deadline;
  scanChunks(text, bodyStart, (start, end) => {
    const source = text.slice(start, end);
    const late = deadline !== undefined && Date.now() > deadline && !chunkCache.has(source);
    chunks.push({ start, end, parse: late ? parsePlainChunk(source) as ChunkParse : parseChunk(source) });
  });
  const definitions = collectDefinitions(chunks);
  const doc: DocumentModel = {
    text, prose: "", lines: new LineIndex(text), frontMatter, blocks: [], images: [], links: [], comments: [], code: [], bodyStart,
  };
  const proseParts: string[] = [blankOut(text.slice(0, bodyStart))];
  let at = bodyStart;
  for (const chunk of chunks) {
    if (chunk.start > at) proseParts.push(blankOut(text.slice(at, chunk.start)));
    proseParts.push(chunk.parse.prose);
    appendChunk(doc, chunk, definitions);
    at = chunk.end;
  }
  if (at < text.length) proseParts.push(blankOut(text.slice(at)));
  doc.prose = proseParts.join("");
  modelStates.set(doc, { chunks, definitions });
  return doc;
}

/**
 * The model of `text`, made from the model of an earlier text: equal to `parseDocument(text)`,
 * but only the chunks around the edit are split and parsed again; the chunks before it keep their
 * Block (and other) objects, those after it are moved. `changes` (in order, like LSP content
 * changes) says where the text changed; without it the changed stretch is found by comparing texts.
 */
export function updateDocument(previous: DocumentModel, text: string, changes?: readonly TextChange[]): DocumentModel {
  const state = modelStates.get(previous);
  if (!state) return parseDocument(text);
  const region = (changes && regionOfChanges(previous.text.length, text.length, changes)) ?? regionOfDiff(previous.text, text);
  if (!region) return previous;
  const { lo, hiOld, hiNew } = region;
  const delta = hiNew - hiOld;
  const old = state.chunks;

  // front matter: kept when the edit starts after it (and it ends with a line break), else read again
  let frontMatter = previous.frontMatter;
  let firstChunk: number; // index of the first old chunk scanned again
  let restart: number; // where scanning starts (a chunk start: the splitter's state is clean there)
  let prosePrefix: string;
  const fmKept = frontMatter
    ? lo >= frontMatter.end && previous.text.charCodeAt(frontMatter.end - 1) === 10
    : !FRONT_MATTER_OPEN.test(previous.text) && lineEndAt(previous.text, 0) < lo;
  if (fmKept) {
    firstChunk = lastStartAtMost(old, lo);
    if (firstChunk < 0) { firstChunk = 0; restart = previous.bodyStart; } else restart = old[firstChunk]!.start;
    prosePrefix = previous.prose.slice(0, restart);
  } else {
    frontMatter = readFrontMatter(text);
    restart = frontMatter ? frontMatter.end : 0;
    firstChunk = 0;
    prosePrefix = blankOut(text.slice(0, restart));
  }
  const bodyStart = frontMatter ? frontMatter.end : 0;

  // split again from `restart` until a chunk starts, after the edit, where an old chunk started
  const fresh: Chunk[] = [];
  let resume = old.length; // index of the first old chunk kept (moved by delta)
  let resumeNew = text.length;
  scanChunks(text, restart, (start, end) => {
    const prior = end <= lo ? old[firstChunk] : undefined; // a chunk wholly before the edit, unchanged
    fresh.push({ start, end, parse: prior && prior.start === start && prior.end === end ? prior.parse : parseChunk(text.slice(start, end)) });
  }, (start) => {
    if (start < hiNew) return false;
    const k = chunkStartingAt(old, start - delta, firstChunk);
    if (k < 0) return false;
    resume = k; resumeNew = start;
    return true;
  });
  const resumeOld = resume < old.length ? old[resume]!.start : previous.text.length;
  if (resume === old.length) resumeNew = text.length;

  const chunks: Chunk[] = old.slice(0, firstChunk);
  for (const c of fresh) chunks.push(c);
  for (let k = resume; k < old.length; k++) { const c = old[k]!; chunks.push(delta ? { start: c.start + delta, end: c.end + delta, parse: c.parse } : c); }

  // reference definitions: recollected only when a chunk that changed had some
  let definitions = state.definitions;
  let definitionsChanged = fresh.some((c) => c.parse.definitions.length > 0);
  for (let k = firstChunk; k < resume && !definitionsChanged; k++) if (old[k]!.parse.definitions.length) definitionsChanged = true;
  if (definitionsChanged) definitions = collectDefinitions(chunks);

  // prose: unchanged before `restart`, rebuilt to `resumeNew`, unchanged (moved) after
  const mid: string[] = [];
  let at = restart;
  for (const c of fresh) {
    if (c.start > at) mid.push(blankOut(text.slice(at, c.start)));
    mid.push(c.parse.prose);
    at = c.end;
  }
  if (at < resumeNew) mid.push(blankOut(text.slice(at, resumeNew)));
  // concatenation, not a join: V8 builds a rope and copies only if a rule reads the whole prose
  const prose = prosePrefix + mid.join("") + previous.prose.slice(resumeOld);

  const doc: DocumentModel = {
    text, prose, lines: LineIndex.afterEdit(previous.lines, text, lo, hiOld, hiNew), frontMatter,
    blocks: [], images: [], links: [], comments: [], code: [], bodyStart,
  };
  // items of the kept chunks: counted per chunk, copied (before) or moved (after)
  const count = (from: number, to: number, f: (p: ChunkParse) => number) => { let n = 0; for (let k = from; k < to; k++) n += f(old[k]!.parse); return n; };
  const before = { blocks: 0, images: 0, links: 0, comments: 0, code: 0 };
  const after = { blocks: 0, images: 0, links: 0, comments: 0, code: 0 };
  for (const key of Object.keys(before) as (keyof typeof before)[]) {
    before[key] = count(0, firstChunk, (p) => p[key].length);
    after[key] = count(resume, old.length, (p) => p[key].length);
  }
  doc.blocks = previous.blocks.slice(0, before.blocks);
  doc.links = previous.links.slice(0, before.links);
  doc.comments = previous.comments.slice(0, before.comments);
  doc.code = previous.code.slice(0, before.code);
  doc.images = definitionsChanged ? [] : previous.images.slice(0, before.images);
  const middle: DocumentModel = { ...doc, blocks: [], images: [], links: [], comments: [], code: [] };
  for (const c of fresh) appendChunk(middle, c, definitions);
  push(doc.blocks, middle.blocks);
  push(doc.links, middle.links);
  push(doc.comments, middle.comments);
  push(doc.code, middle.code);
  pushMoved(doc.blocks, previous.blocks, after.blocks, delta, moveBlock);
  pushMoved(doc.links, previous.links, after.links, delta, move);
  pushMoved(doc.comments, previous.comments, after.comments, delta, move);
  pushMoved(doc.code, previous.code, after.code, delta, move);
  if (definitionsChanged) {
    for (const c of chunks) appendImages(doc.images, c, definitions);
  } else {
    push(doc.images, middle.images);
    pushMoved(doc.images, previous.images, after.images, delta, move);
  }
  modelStates.set(doc, { chunks, definitions });
  modelDiffs.set(doc, { previousBlocks: previous.blocks.length, prefixBlocks: before.blocks, suffixBlocks: after.blocks, delta });
  modelStretches.set(doc, { previous: documentId(previous), start: Math.min(restart, lo), endOld: Math.max(resumeOld, hiOld), endNew: Math.max(resumeNew, hiNew), imagesRebuilt: definitionsChanged });
  return doc;
}

/** How `doc` was made from an earlier model by `updateDocument`, if it was. */
export function documentDiff(doc: DocumentModel): DocumentDiff | undefined {
  return modelDiffs.get(doc);
}

/** Applies `changes` in order to `text` (for hosts that keep their own text). */
export function applyTextChanges(text: string, changes: readonly TextChange[]): string {
  for (const c of changes) text = text.slice(0, c.start) + c.text + text.slice(c.end);
  return text;
}

/**
 * The stretch an ordered list of edits changed: `old[lo, hiOld)` became `new[lo, hiNew)`, the
 * rest is equal. Undefined when the edits do not add up to the new length (then the texts are compared).
 */
function regionOfChanges(oldLength: number, newLength: number, changes: readonly TextChange[]): { lo: number; hiOld: number; hiNew: number } | undefined {
  let lo = -1, hiOld = 0, hiNew = 0, length = oldLength;
  for (const c of changes) {
    if (!(c.start >= 0 && c.end >= c.start && c.end <= length)) return undefined;
    const grow = c.text.length - (c.end - c.start);
    if (lo < 0) { lo = c.start; hiOld = c.end; hiNew = c.start + c.text.length; }
    else {
      // map the edit's end to old coordinates: before the region identity, after it shifted by the region's growth
      const endOld = c.end <= lo ? c.end : c.end >= hiNew ? c.end - (hiNew - hiOld) : hiOld;
      const endNew = hiNew >= c.end ? hiNew + grow : c.start + c.text.length;
      hiOld = Math.max(hiOld, endOld);
      hiNew = Math.max(endNew, c.start + c.text.length);
      lo = Math.min(lo, c.start);
    }
    length += grow;
  }
  if (lo < 0) return undefined;
  if (length !== newLength || oldLength - hiOld !== newLength - hiNew) return undefined;
  return { lo, hiOld, hiNew };
}

/** The changed stretch of two texts by common prefix and suffix; undefined when they are equal. */
function regionOfDiff(a: string, b: string): { lo: number; hiOld: number; hiNew: number } | undefined {
  if (a === b) return undefined;
  const n = Math.min(a.length, b.length);
  let lo = 0;
  const STEP = 256;
  while (lo + STEP <= n && a.slice(lo, lo + STEP) === b.slice(lo, lo + STEP)) lo += STEP;
  while (lo < n && a.charCodeAt(lo) === b.charCodeAt(lo)) lo++;
  let ea = a.length, eb = b.length;
  while (ea - STEP >= lo && eb - STEP >= lo && a.slice(ea - STEP, ea) === b.slice(eb - STEP, eb)) { ea -= STEP; eb -= STEP; }
  while (ea > lo && eb > lo && a.charCodeAt(ea - 1) === b.charCodeAt(eb - 1)) { ea--; eb--; }
  return { lo, hiOld: ea, hiNew: eb };
}

function push<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}

function pushMoved<T>(to: T[], from: readonly T[], lastCount: number, delta: number, mover: (x: T, d: number) => T): void {
  for (let k = from.length - lastCount; k < from.length; k++) to.push(delta ? mover(from[k]!, delta) : from[k]!);
}

function move<T extends Span>(x: T, d: number): T {
  return { ...x, start: x.start + d, end: x.end + d };
}

function moveBlock(b: Block, d: number): Block {
  const sentences: Span[] = new Array(b.sentences.length);
  for (let i = 0; i < sentences.length; i++) { const s = b.sentences[i]!; sentences[i] = { start: s.start + d, end: s.end + d }; }
  // one literal shape (same keys as parseChunk's blocks): cheaper than a spread for the many blocks an edit moves
  return { kind: b.kind, start: b.start + d, end: b.end + d, depth: b.depth, inQuote: b.inQuote, inList: b.inList, callout: b.callout, text: b.text, sentences, key: b.key };
}

function collectDefinitions(chunks: readonly Chunk[]): Map<string, { url: string; title: string }> {
  const definitions = new Map<string, { url: string; title: string }>();
  for (const c of chunks) for (const d of c.parse.definitions) if (!definitions.has(d.label)) definitions.set(d.label, d);
  return definitions;
}

/** Pushes a chunk's items, at the chunk's offset, onto the model's lists. */
function appendChunk(doc: DocumentModel, chunk: Chunk, definitions: Map<string, { url: string; title: string }>): void {
  const o = chunk.start, parsed = chunk.parse;
  for (const b of parsed.blocks) doc.blocks.push(moveBlock(b, o));
  appendImages(doc.images, chunk, definitions);
  for (const l of parsed.links) doc.links.push(move(l, o));
  for (const c of parsed.comments) doc.comments.push(move(c, o));
  for (const c of parsed.code) doc.code.push(move(c, o));
}

function appendImages(to: ImageRef[], chunk: Chunk, definitions: Map<string, { url: string; title: string }>): void {
  const o = chunk.start;
  for (const im of chunk.parse.images) {
    const shifted: ImageRef & { ref?: string } = { ...im, start: im.start + o, end: im.end + o };
    if (im.ref !== undefined) {
      const def = definitions.get(im.ref);
      if (def) { shifted.src = def.url; shifted.title = shifted.title || def.title; }
      delete shifted.ref;
    }
    to.push(shifted);
  }
}

/** Index of the last chunk starting at or before `offset`, or -1. */
function lastStartAtMost(chunks: readonly Chunk[], offset: number): number {
  let lo = 0, hi = chunks.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (chunks[mid]!.start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the chunk (at or after `from`) that starts exactly at `offset`, or -1. */
function chunkStartingAt(chunks: readonly Chunk[], offset: number, from: number): number {
  let lo = from, hi = chunks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = chunks[mid]!.start;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

/** Offset of the first line break at or after `from` (text length when none). */
function lineEndAt(text: string, from: number): number {
  const i = text.indexOf("\n", from);
  return i < 0 ? text.length : i;
}

/** Replaces every character but line breaks with a space. */
function blankOut(s: string): string {
  return s.replace(/[^\r\n]/g, " ");
}

const FRONT_MATTER_OPEN = /^(?:\uFEFF)?---[ \t]*\r?\n/;

function readFrontMatter(text: string): FrontMatter | undefined {
  const open = FRONT_MATTER_OPEN.exec(text);
  if (!open) return undefined;
  const close = /(^|\r?\n)(---|\.\.\.)[ \t]*(\r?\n|$)/g;
  close.lastIndex = open[0].length - 1;
  const m = close.exec(text);
  if (!m) return undefined;
  const rawStart = open[0].length;
  const rawEnd = m.index + m[1]!.length;
  const end = m.index + m[0].length;
  const raw = text.slice(rawStart, rawEnd);
  const fm: FrontMatter = { start: 0, end, raw, data: undefined };
  const simple = readSimpleYaml(raw);
  if (simple) { fm.data = simple; return fm; }
  try {
    // logLevel "error": the yaml library would otherwise print warnings quoting the note to stderr
    const data = parseYaml(raw, { maxAliasCount: 50, logLevel: "error" }) as unknown;
    if (data && typeof data === "object" && !Array.isArray(data)) fm.data = data as Record<string, unknown>;
  } catch (e) {
    const err = e as { message?: string; pos?: [number, number] };
    fm.error = String(err.message ?? e).split("\n")[0];
    if (err.pos) fm.errorOffset = rawStart + err.pos[0];
  }
  return fm;
}

/**
 * Top-level chunks separated by blank lines. Never splits inside a fenced code block, an HTML
 * comment, an Obsidian `%% %%` comment or a `$$` math block.
 */
export function splitChunks(text: string, from = 0): Span[] {
  const chunks: Span[] = [];
  scanChunks(text, from, (start, end) => { chunks.push({ start, end }); });
  return chunks;
}

/**
 * The chunk splitter. `from` must be a line start where no fence or comment is open (the document
 * body's start, or any chunk's start). `onStart` is asked as each chunk begins and stops the scan
 * (before that chunk) by returning true.
 */
function scanChunks(text: string, from: number, onChunk: (start: number, end: number) => void, onStart?: (start: number) => boolean): void {
  let chunkStart = -1;
  let fence: string | null = null;
  let inHtmlComment = false, inObsidianComment = false, inMath = false;
  let pos = from;
  while (pos < text.length) {
    let eol = text.indexOf("\n", pos);
    const next = eol < 0 ? text.length : eol + 1;
    if (eol < 0) eol = text.length;
    let line = text.slice(pos, eol);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const blank = line.trim() === "";
    const open = fence !== null || inHtmlComment || inObsidianComment || inMath;
    if (blank && !open) {
      if (chunkStart >= 0) onChunk(chunkStart, trimEnd(text, chunkStart, pos));
      chunkStart = -1;
    } else {
      if (chunkStart < 0) {
        if (onStart?.(pos)) return;
        chunkStart = pos;
      }
      if (fence !== null) {
        const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
        if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = null;
      } else if (!inHtmlComment && !inObsidianComment && !inMath) {
        const f = /^(?:\s*(?:>\s*)*(?:[-*+]|\d+[.)])?\s*)(`{3,}|~{3,})/.exec(line);
        if (f) fence = f[1]!;
        else {
          if (/^\s*\$\$\s*$/.test(line)) inMath = true;
          inHtmlComment = opensUnclosed(line, "<!--", "-->");
          inObsidianComment = (line.split("%%").length - 1) % 2 === 1;
        }
      } else {
        if (inHtmlComment && line.includes("-->")) inHtmlComment = opensUnclosed(line.slice(line.lastIndexOf("-->") + 3), "<!--", "-->");
        else if (inObsidianComment && (line.split("%%").length - 1) % 2 === 1) inObsidianComment = false;
        else if (inMath && /^\s*\$\$\s*$/.test(line)) inMath = false;
      }
    }
    pos = next;
  }
  if (chunkStart >= 0) onChunk(chunkStart, trimEnd(text, chunkStart, text.length));
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
  return end;
}

function opensUnclosed(line: string, open: string, close: string): boolean {
  const o = line.lastIndexOf(open);
  return o >= 0 && line.indexOf(close, o + open.length) < 0;
}

function parseChunk(source: string): ChunkParse {
  const cached = chunkCache.get(source);
  if (cached) return cached;
  // bounded on hostile text: long or deep chunks are cut or read plainly (document-guard.ts)
  const result = parseChunkGuarded(source, parseChunkUncached) as ChunkParse;
  // the cache is bounded by entries and by the characters it holds (keys and prose)
  while (chunkCache.size > 0 && (chunkCache.size >= CHUNK_CACHE_LIMIT || chunkCacheChars + source.length > CHUNK_CACHE_CHARS)) {
    const oldest = chunkCache.keys().next().value!;
    chunkCache.delete(oldest);
    chunkCacheChars -= oldest.length;
  }
  chunkCache.set(source, result);
  chunkCacheChars += source.length;
  return result;
}

const OBSIDIAN_COMMENT = /%%([\s\S]*?)%%/g;
const EMBED = /!\[\[([^\]\n|#^]+)(?:[#^][^\]\n|]*)?(?:\|([^\]\n]*))?\]\]/g;
const WIKILINK = /\[\[([^\]\n|]+)(?:\|([^\]\n]*))?\]\]/g;
const CALLOUT = /^([ \t]*>[ \t]*)(\[![\w-]+\][+-]?)/gm;
const IMAGE_EXT = /\.(png|jpe?g|gif|webp|svg|bmp|tiff?|heic|heif|avif)$/i;

/** Characters that can start inline Markdown, Obsidian syntax or a GFM autolink (or are copied differently: tabs). */
const MARKUP_CHAR = /[`*_[\]!<>\\~|@%$&\t]|:\/\/|\bwww\./i;
const MARKUP_BUT_AT = /[`*_[\]!<>\\~|%$&\t]|:\/\/|\bwww\./i;
/**
 * An e-mail address in the one shape the plain-paragraph shortcut links as GFM does: letters and
 * digits joined by single `.` `+` `-` before the `@`, dotted labels after it ending in a letter, a
 * space or the start before it, and a space, the end or one closing punctuation mark after it. Any
 * other `@` goes to remark.
 */
const PLAIN_EMAIL = /(?<=^|[ \n])[A-Za-z0-9]+(?:[.+-][A-Za-z0-9]+)*@[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:\.[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)*\.[A-Za-z0-9]*[A-Za-z](?=[.,;:!?]?(?:[ \r\n]|$))/g;
/** A line that starts block syntax: heading, quote, list, setext underline, indented code. */
const BLOCK_START = /^(?: {4}|[ ]{0,3}(?:[#>*+=-]|\d{1,9}[.)]))/m;

/**
 * A chunk of plain sentences (the common case in prose) is one paragraph whose text is its
 * source: building it directly gives the same model as remark at a fraction of the cost.
 */
function parsePlainParagraph(source: string): ChunkParse | undefined {
  if (BLOCK_START.test(source)) return undefined;
  let emails: RegExpExecArray[] = [];
  if (MARKUP_CHAR.test(source)) {
    // the only markup a plain e-mail address, which GFM turns into a link that is not prose
    if (MARKUP_BUT_AT.test(source)) return undefined;
    emails = allMatches(PLAIN_EMAIL, source);
    if (emails.length !== source.split("@").length - 1) return undefined;
  }
  let start = 0, end = source.length;
  while (start < end && source.charCodeAt(start) === 32) start++;
  // like remark: the paragraph runs to the end of its last line, trailing spaces included
  while (end > start && (source[end - 1] === "\n" || source[end - 1] === "\r")) end--;
  if (end === start) return undefined;
  let body = source.slice(start, end);
  for (const m of emails) body = body.slice(0, m.index - start) + " ".repeat(m[0].length) + body.slice(m.index - start + m[0].length);
  const prose = source.slice(0, start).replace(/[^\r\n]/g, " ") + body + source.slice(end).replace(/[^\r\n]/g, " ");
  const text = prose.slice(start, end), raw = source.slice(start, end);
  const block: RelBlock = { kind: "paragraph", start, end, depth: undefined, inQuote: false, inList: false, callout: undefined, text, sentences: splitSentences(prose, start, end), key: "paragraph|" + text + (raw === text ? "" : "\u0000" + raw) };
  const links: LinkRef[] = emails.map((m) => ({ kind: "autolink", start: m.index, end: m.index + m[0].length, url: "mailto:" + m[0], label: m[0] }));
  return { prose, blocks: [block], images: [], links, comments: [], code: [], definitions: [] };
}

/** `## Words`: a one-line ATX heading of plain words (no closing hashes, no markup, no indent). */
const PLAIN_HEADING = /^(#{1,6}) +([^ #\r\n][^#\r\n]*[^ #\r\n]|[^ #\r\n])(\r?\n)*$/;

/** A heading chunk of plain words, built directly as remark would (the common section title). */
function parsePlainHeading(source: string): ChunkParse | undefined {
  const m = PLAIN_HEADING.exec(source);
  if (!m || MARKUP_CHAR.test(m[2]!)) return undefined;
  const start = source.indexOf(m[2]!, m[1]!.length), end = start + m[2]!.length;
  const prose = " ".repeat(start) + m[2]! + source.slice(end);
  const text = prose.slice(0, end);
  const block: RelBlock = { kind: "heading", start: 0, end, depth: m[1]!.length, inQuote: false, inList: false, callout: undefined, text, sentences: splitSentences(prose, 0, end), key: "heading|" + text + "\u0000" + source.slice(0, end) };
  return { prose, blocks: [block], images: [], links: [], comments: [], code: [], definitions: [] };
}

/** `- words` or `1. words`: one item of a list of plain one-line items. */
const PLAIN_ITEM = /^([-*+]|\d{1,9}[.)]) ([A-Za-z\u00C0-\u024F][^\r\n]*[^\s]|[A-Za-z\u00C0-\u024F])\r?$/;

/** A list whose items are one line of plain words each, built directly as remark would (a paragraph per item). */
function parsePlainList(source: string): ChunkParse | undefined {
  const c = source.charCodeAt(0);
  if (!(c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57)) || MARKUP_BUT_LIST.test(source)) return undefined;
  const lines = source.split("\n");
  while (lines.length > 1 && (lines[lines.length - 1] === "" || lines[lines.length - 1] === "\r")) lines.pop();
  const blocks: RelBlock[] = [];
  let prose = "", at = 0, delimiter: string | undefined;
  for (const line of lines) {
    const m = PLAIN_ITEM.exec(line);
    // every line an item of the same kind of list (another bullet or delimiter starts a new list)
    const d = m && (/\d/.test(m[1]!) ? m[1]!.slice(-1) : m[1]!);
    if (!m || MARKUP_CHAR.test(m[2]!) || (delimiter !== undefined && d !== delimiter)) return undefined;
    delimiter = d!;
    const start = at + m[1]!.length + 1, end = start + m[2]!.length;
    prose += " ".repeat(m[1]!.length + 1) + m[2]! + line.slice(m[1]!.length + 1 + m[2]!.length).replace(/[^\r]/g, " ") + "\n";
    at += line.length + 1;
    blocks.push({ kind: "paragraph", start, end, depth: undefined, inQuote: false, inList: true, callout: undefined, text: m[2]!, sentences: [], key: "paragraphl|" + m[2]! });
  }
  prose = (prose + source.slice(at).replace(/[^\r\n]/g, " ")).slice(0, source.length);
  for (const b of blocks) b.sentences = splitSentences(prose, b.start, b.end);
  return { prose, blocks, images: [], links: [], comments: [], code: [], definitions: [] };
}
const MARKUP_BUT_LIST = /[`_[\]!<>\\~|@%$&\t#]|:\/\/|\bwww\./i;

/** Parses a chunk with remark, or with the plain-paragraph shortcut when it applies (tests compare the two). */
export function parseChunkForTest(source: string, forceRemark: boolean): ChunkParse {
  return parseChunkUncached(source, forceRemark);
}

function parseChunkUncached(source: string, forceRemark = false): ChunkParse {
  const plain = forceRemark ? undefined : parsePlainParagraph(source) ?? parsePlainHeading(source) ?? parsePlainList(source);
  if (plain) return plain;
  const out: Omit<ChunkParse, "blocks"> & { blocks: ChunkBlock[] } = { prose: "", blocks: [], images: [], links: [], comments: [], code: [], definitions: [] };
  // Obsidian syntax remark does not know is parsed as plain text, then taken out of the prose.
  const md = source;
  const notProse: Span[] = [];
  for (const m of allMatches(OBSIDIAN_COMMENT, source)) {
    out.comments.push({ kind: "obsidian", start: m.index, end: m.index + m[0].length, body: m[1]!.trim() });
    notProse.push({ start: m.index, end: m.index + m[0].length });
  }
  const inComment = (at: number) => out.comments.some((c) => c.kind === "obsidian" && at >= c.start && at < c.end);
  for (const m of allMatches(EMBED, md)) {
    if (inComment(m.index)) continue;
    const target = m[1]!.trim();
    const width = m[2] && /^\d+(x\d+)?$/.test(m[2].trim()) ? parseInt(m[2], 10) : undefined;
    if (IMAGE_EXT.test(target)) {
      out.images.push({ syntax: "embed", start: m.index, end: m.index + m[0].length, src: target, alt: width === undefined ? (m[2] ?? "").trim() : "", title: "", width });
    } else {
      out.links.push({ kind: "wikilink", start: m.index, end: m.index + m[0].length, url: target, label: target });
    }
    notProse.push({ start: m.index, end: m.index + m[0].length });
  }
  const callouts: Span[] = [];
  for (const m of allMatches(CALLOUT, md)) {
    const s = m.index + m[1]!.length;
    callouts.push({ start: s, end: s + m[2]!.length });
    notProse.push({ start: s, end: s + m[2]!.length });
  }
  for (const m of allMatches(WIKILINK, md)) {
    if (inComment(m.index) || md[m.index - 1] === "!") continue;
    const target = m[1]!.trim();
    out.links.push({ kind: "wikilink", start: m.index, end: m.index + m[0].length, url: target, label: (m[2] ?? m[1]!).trim() });
    // the visible part stays prose; the brackets and a hidden target do not
    const visibleStart = m[2] !== undefined ? m.index + 2 + m[1]!.length + 1 : m.index + 2;
    const visibleEnd = m.index + m[0].length - 2;
    notProse.push({ start: m.index, end: visibleStart }, { start: visibleEnd, end: m.index + m[0].length });
  }

  const proseChars = new Uint8Array(source.length); // 1 where the character is prose
  const tree = processor.parse(md);
  walk(tree, { inQuote: false, inList: false, callout: undefined });

  function mark(start: number | undefined, end: number | undefined) {
    if (start === undefined || end === undefined) return;
    proseChars.fill(1, start, end);
  }

  interface WalkState { inQuote: boolean; inList: boolean; callout: string | undefined }
  function walk(node: Nodes, state: WalkState): void {
    const s = node.position?.start.offset, e = node.position?.end.offset;
    switch (node.type) {
      case "text":
        mark(s, e);
        if (s !== undefined && e !== undefined && source.includes("![", s) ) readReferenceImages(s, e);
        return;
      case "inlineCode":
        if (s !== undefined && e !== undefined) out.code.push({ kind: "inline", start: s, end: e });
        return;
      case "code":
        if (s !== undefined && e !== undefined) out.code.push({ kind: /^\s*(`|~)/.test(source.slice(s, s + 8)) ? "fenced" : "indented", start: s, end: e, lang: node.lang ?? undefined });
        return;
      case "html":
        if (s !== undefined && e !== undefined) readHtml(node.value, s);
        return;
      case "image":
        if (s !== undefined && e !== undefined) out.images.push({ syntax: "markdown", start: s, end: e, src: node.url, alt: node.alt ?? "", title: node.title ?? "" });
        return;
      case "imageReference":
        if (s !== undefined && e !== undefined) out.images.push({ syntax: "reference", start: s, end: e, src: "", alt: node.alt ?? "", title: "", ref: normalizeLabel(node.label ?? node.identifier) });
        return;
      case "definition":
        out.definitions.push({ label: normalizeLabel(node.label ?? node.identifier), url: node.url, title: node.title ?? "" });
        if (s !== undefined && e !== undefined) out.links.push({ kind: "definition", start: s, end: e, url: node.url, label: node.label ?? node.identifier });
        return;
      case "link": {
        if (s === undefined || e === undefined) return;
        const raw = source.slice(s, e);
        const isAutolink = !raw.startsWith("[");
        const label = node.children.map((c) => ("value" in c ? c.value : "")).join("");
        out.links.push({ kind: isAutolink ? "autolink" : "markdown", start: s, end: e, url: node.url, label: isAutolink ? raw.replace(/^<|>$/g, "") : label });
        if (!isAutolink) for (const c of node.children) walk(c, state);
        return;
      }
      case "paragraph":
      case "heading": {
        if (s !== undefined && e !== undefined) {
          out.blocks.push({ kind: node.type, start: s, end: e, depth: node.type === "heading" ? node.depth : undefined, inQuote: state.inQuote, inList: state.inList, callout: state.callout });
        }
        for (const c of node.children) walk(c, state);
        return;
      }
      case "tableCell":
        if (s !== undefined && e !== undefined) out.blocks.push({ kind: "tableCell", start: s, end: e, inQuote: state.inQuote, inList: state.inList, callout: state.callout });
        for (const c of node.children) walk(c, state);
        return;
      case "blockquote": {
        const callout = s !== undefined ? callouts.find((c) => c.start >= s && c.start < (e ?? s)) : undefined;
        const type = callout ? /\[!([\w-]+)\]/.exec(source.slice(callout.start, callout.end))?.[1]?.toLowerCase() : undefined;
        for (const c of node.children) walk(c, { ...state, inQuote: true, callout: type ?? state.callout });
        return;
      }
      case "listItem":
        for (const c of node.children) walk(c, { ...state, inList: true });
        return;
      case "footnoteReference":
      case "thematicBreak":
      case "break":
      case "yaml":
        return;
      default:
        if ("children" in node) for (const c of (node as Parent).children) walk(c as RootContent, state);
    }
  }

  function readHtml(html: string, at: number) {
    const isBlock = /^\s*</.test(html) && html.includes("\n") || /^<(div|p|figure|table|section|details)/i.test(html);
    const commentRe = /<!--([\s\S]*?)-->/g;
    for (const m of allMatches(commentRe, html)) out.comments.push({ kind: "html", start: at + m.index, end: at + m.index + m[0].length, body: m[1]!.trim() });
    for (const m of allMatches(/<img\b[^>]*>/gi, html)) {
      const tag = m[0];
      const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
      const val = (name: string) => { const a = attr(name); return a ? (a[1] ?? a[2] ?? a[3] ?? "") : ""; };
      const w = parseInt(val("width"), 10);
      out.images.push({ syntax: "html", start: at + m.index, end: at + m.index + tag.length, src: val("src"), alt: val("alt"), title: val("title"), width: Number.isFinite(w) ? w : undefined });
    }
    if (isBlock && !/^\s*<!--[\s\S]*-->\s*$/.test(html)) out.code.push({ kind: "html", start: at, end: at + html.length });
  }

  // reference images whose definition lives in another chunk reach us as text: `![alt][ref]`, `![ref]`
  function readReferenceImages(s: number, e: number) {
    for (const m of allMatches(/!\[([^\]\n]*)\](?:\[([^\]\n]*)\])?(?!\()/g, source.slice(s, e))) {
      const label = m[2] ? m[2] : m[1]!;
      if (md.startsWith("[[", s + m.index + 1)) continue; // an Obsidian embed
      out.images.push({ syntax: "reference", start: s + m.index, end: s + m.index + m[0].length, src: "", alt: m[1]!, title: "", ref: normalizeLabel(label) });
      proseChars.fill(0, s + m.index, s + m.index + m[0].length);
    }
  }

  for (const n of notProse) proseChars.fill(0, n.start, n.end);
  const insideComment = (sp: Span) => out.comments.some((c) => c.kind === "obsidian" && sp.start >= c.start && sp.end <= c.end);
  out.blocks = out.blocks.filter((b) => !insideComment(b));
  out.images = out.images.filter((im) => !insideComment(im));
  // prose: source characters where marked, spaces elsewhere (line breaks kept)
  let prose = "";
  let runStart = 0;
  for (let i = 0; i <= source.length; i++) {
    const isProse = i < source.length && proseChars[i] === 1;
    const prevProse = i > 0 && proseChars[i - 1] === 1;
    if (i === source.length || isProse !== prevProse) {
      const piece = source.slice(runStart, i);
      prose += prevProse ? piece : blankOut(piece);
      runStart = i;
    }
  }
  out.prose = prose;
  out.images.sort((a, b) => a.start - b.start);
  out.comments.sort((a, b) => a.start - b.start);
  out.links.sort((a, b) => a.start - b.start);
  out.code.sort((a, b) => a.start - b.start);
  const blocks = out.blocks.map((b): RelBlock => {
    const text = prose.slice(b.start, b.end);
    const raw = source.slice(b.start, b.end);
    // the source joins the key when it differs (a rule may read it: "f*ck" whose "*" is emphasis)
    const key = b.kind + (b.inQuote ? "q" : "") + (b.inList ? "l" : "") + (b.callout ?? "") + "|" + text + (raw === text ? "" : "\u0000" + raw);
    return { ...b, text, sentences: splitSentences(prose, b.start, b.end), key };
  });
  return { ...out, blocks };
}

function normalizeLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, " ").trim();
}

/** Cache key helper for block-level results. */
export function blockKey(block: Block): string {
  return hashString(block.key);
}

/** The block that contains `offset`, or undefined. Blocks are sorted by start. */
export function blockAt(doc: DocumentModel, offset: number): Block | undefined {
  let lo = 0, hi = doc.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = doc.blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset >= b.end) lo = mid + 1;
    else return b;
  }
  return undefined;
}

/** Empties the parse cache (benchmarks measure cold parses with it). */
export function clearDocumentCache(): void {
  chunkCache.clear();
  chunkCacheChars = 0;
}

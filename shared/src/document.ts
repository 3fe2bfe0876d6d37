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
 * only the chunk it touched.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { parse as parseYaml } from "yaml";
import type { Nodes, Parent, RootContent } from "mdast";
import { LineIndex } from "./positions.js";
import { splitSentences, hashString, type Span } from "./text.js";

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

interface ChunkParse {
  prose: string;
  blocks: Omit<Block, "sentences" | "key" | "text">[];
  images: (ImageRef & { ref?: string })[];
  links: LinkRef[];
  comments: CommentRef[];
  code: CodeRef[];
  definitions: { label: string; url: string; title: string }[];
}

const processor = unified().use(remarkParse).use(remarkGfm);
const chunkCache = new Map<string, ChunkParse>();
const CHUNK_CACHE_LIMIT = 20000;

export function parseDocument(text: string): DocumentModel {
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.end : 0;
  const proseParts: string[] = [blankOut(text.slice(0, bodyStart))];
  const doc: DocumentModel = {
    text, prose: "", lines, frontMatter, blocks: [], images: [], links: [], comments: [], code: [], bodyStart,
  };
  const definitions = new Map<string, { url: string; title: string }>();
  const pendingRefs: (ImageRef & { ref?: string })[] = [];
  let at = bodyStart;
  for (const chunk of splitChunks(text, bodyStart)) {
    if (chunk.start > at) proseParts.push(blankOut(text.slice(at, chunk.start)));
    const source = text.slice(chunk.start, chunk.end);
    const parsed = parseChunk(source);
    proseParts.push(parsed.prose);
    const o = chunk.start;
    for (const b of parsed.blocks) {
      const start = b.start + o, end = b.end + o;
      const blockText = parsed.prose.slice(b.start, b.end);
      doc.blocks.push({ ...b, start, end, text: blockText, sentences: [], key: b.kind + (b.inQuote ? "q" : "") + (b.inList ? "l" : "") + (b.callout ?? "") + "|" + blockText });
    }
    for (const im of parsed.images) {
      const shifted = { ...im, start: im.start + o, end: im.end + o };
      doc.images.push(shifted);
      if (im.ref !== undefined) pendingRefs.push(shifted);
    }
    for (const l of parsed.links) doc.links.push({ ...l, start: l.start + o, end: l.end + o });
    for (const c of parsed.comments) doc.comments.push({ ...c, start: c.start + o, end: c.end + o });
    for (const c of parsed.code) doc.code.push({ ...c, start: c.start + o, end: c.end + o });
    for (const d of parsed.definitions) if (!definitions.has(d.label)) definitions.set(d.label, d);
    at = chunk.end;
  }
  if (at < text.length) proseParts.push(blankOut(text.slice(at)));
  doc.prose = proseParts.join("");
  for (const im of pendingRefs) {
    const def = definitions.get(im.ref!);
    if (def) { im.src = def.url; im.title = im.title || def.title; }
    delete im.ref;
  }
  for (const b of doc.blocks) b.sentences = splitSentences(doc.prose, b.start, b.end);
  return doc;
}

/** Replaces every character but line breaks with a space. */
function blankOut(s: string): string {
  return s.replace(/[^\r\n]/g, " ");
}

function readFrontMatter(text: string): FrontMatter | undefined {
  const open = /^(?:\uFEFF)?---[ \t]*\r?\n/.exec(text);
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
  try {
    const data = parseYaml(raw, { maxAliasCount: 50 }) as unknown;
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
      if (chunkStart >= 0) chunks.push({ start: chunkStart, end: trimEnd(text, chunkStart, pos) });
      chunkStart = -1;
    } else {
      if (chunkStart < 0) chunkStart = pos;
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
  if (chunkStart >= 0) chunks.push({ start: chunkStart, end: trimEnd(text, chunkStart, text.length) });
  return chunks;
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
  const result = parseChunkUncached(source);
  if (chunkCache.size >= CHUNK_CACHE_LIMIT) chunkCache.delete(chunkCache.keys().next().value!);
  chunkCache.set(source, result);
  return result;
}

const OBSIDIAN_COMMENT = /%%([\s\S]*?)%%/g;
const EMBED = /!\[\[([^\]\n|#^]+)(?:[#^][^\]\n|]*)?(?:\|([^\]\n]*))?\]\]/g;
const WIKILINK = /\[\[([^\]\n|]+)(?:\|([^\]\n]*))?\]\]/g;
const CALLOUT = /^([ \t]*>[ \t]*)(\[![\w-]+\][+-]?)/gm;
const IMAGE_EXT = /\.(png|jpe?g|gif|webp|svg|bmp|tiff?|heic|heif|avif)$/i;

function parseChunkUncached(source: string): ChunkParse {
  const out: ChunkParse = { prose: "", blocks: [], images: [], links: [], comments: [], code: [], definitions: [] };
  // Obsidian syntax remark does not know is parsed as plain text, then taken out of the prose.
  const md = source;
  const notProse: Span[] = [];
  for (const m of source.matchAll(OBSIDIAN_COMMENT)) {
    out.comments.push({ kind: "obsidian", start: m.index, end: m.index + m[0].length, body: m[1]!.trim() });
    notProse.push({ start: m.index, end: m.index + m[0].length });
  }
  const inComment = (at: number) => out.comments.some((c) => c.kind === "obsidian" && at >= c.start && at < c.end);
  for (const m of md.matchAll(EMBED)) {
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
  for (const m of md.matchAll(CALLOUT)) {
    const s = m.index + m[1]!.length;
    callouts.push({ start: s, end: s + m[2]!.length });
    notProse.push({ start: s, end: s + m[2]!.length });
  }
  for (const m of md.matchAll(WIKILINK)) {
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
    for (const m of html.matchAll(commentRe)) out.comments.push({ kind: "html", start: at + m.index, end: at + m.index + m[0].length, body: m[1]!.trim() });
    for (const m of html.matchAll(/<img\b[^>]*>/gi)) {
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
    for (const m of source.slice(s, e).matchAll(/!\[([^\]\n]*)\](?:\[([^\]\n]*)\])?(?!\()/g)) {
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
  return out;
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
}

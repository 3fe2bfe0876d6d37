/** Where an image's file extension sits in the document text, to relink `x.jpg` → `x.clean.jpg`. */
import type { DocumentModel, ImageRef } from "../../shared/src/document.js";
import { allMatches } from "../../shared/src/text.js";

const EXT = /\.(?:jpe?g|png|heic|heif|tiff?|webp|avif)(?=$|[?#])/gi;
const HTML_SRC = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** Offset of the dot before the extension of the image's target in `doc.text`, if found. */
export function srcExtensionOffset(doc: DocumentModel, image: ImageRef): number | undefined {
  const { text } = doc;
  let start = -1, end = -1;
  const raw = text.slice(image.start, image.end);
  if (image.syntax === "markdown") {
    const open = findDestinationOpen(raw);
    if (open < 0) return undefined;
    let i = open;
    while (i < raw.length && /\s/.test(raw[i]!)) i++;
    if (raw[i] === "<") { i++; const close = raw.indexOf(">", i); start = i; end = close < 0 ? raw.length : close; }
    else { start = i; end = i; while (end < raw.length && !/[\s]/.test(raw[end]!)) end++; if (raw[end - 1] === ")" && end === raw.length) end--; }
    start += image.start; end += image.start;
  } else if (image.syntax === "html") {
    const m = HTML_SRC.exec(raw);
    if (!m) return undefined;
    const value = m[1] ?? m[2] ?? m[3] ?? "";
    const at = m.index + m[0].length - value.length - (m[3] === undefined ? 1 : 0);
    start = image.start + at; end = start + value.length;
  } else if (image.syntax === "embed") {
    start = image.start + 3;
    const stop = raw.slice(3).search(/[|#^]|\]\]/);
    end = stop < 0 ? image.end : start + stop;
  } else {
    const def = doc.links.find((l) => l.kind === "definition" && l.url === image.src);
    if (!def) return undefined;
    const d = text.slice(def.start, def.end);
    const colon = d.indexOf("]:");
    if (colon < 0) return undefined;
    let i = colon + 2;
    while (i < d.length && /\s/.test(d[i]!)) i++;
    if (d[i] === "<") i++;
    let j = i;
    while (j < d.length && !/[\s>]/.test(d[j]!)) j++;
    start = def.start + i; end = def.start + j;
  }
  if (start < 0 || end <= start) return undefined;
  const dest = text.slice(start, end);
  let last = -1;
  for (const m of allMatches(EXT, dest)) last = m.index;
  return last < 0 ? undefined : start + last;
}

/** Index just after `](` that opens the destination, skipping brackets inside the alt text. */
function findDestinationOpen(raw: string): number {
  let depth = 0;
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i];
    if (c === "\\") { i++; continue; }
    if (c === "[") depth++;
    else if (c === "]") { depth--; if (depth === 0 && raw[i + 1] === "(") return i + 2; }
  }
  return -1;
}

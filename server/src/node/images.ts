/**
 * Node-only image inspection and metadata stripping, shared by the CLI and the language server.
 *
 * - `createImageInspector` resolves a linked image against the document's folder, the workspace
 *   roots and attachment folders, never leaves those folders, never fetches a remote URL, and
 *   reads GPS position, capture time (EXIF, XMP, IPTC via exifr) and dimensions (image-size).
 *   It never throws: problems come back as `ImageInfo.error`.
 * - `writeCleanCopy` writes `name.clean.ext` beside an image without its location and time
 *   metadata (JPEG and PNG), leaving the original untouched.
 */
import { readFile, realpath, stat, writeFile, open } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { ImageInfo } from "../../../shared/src/index.js";

export interface ImageInspectorOptions {
  /** Workspace or vault roots; images are read only inside these and the document's folder. */
  roots?: string[];
  /** Attachment folders, relative to a root or the document's folder (Obsidian: "attachments"). */
  attachmentFolders?: string[];
}

const DEFAULT_ATTACHMENT_FOLDERS = ["attachments", "Attachments", "assets", "images", "img", "media", "_attachments"];
// The two parsers load with the first image: a server or CLI run without images never pays for them.
interface ImageParsers { exifr: { parse(data: Buffer | Uint8Array, options: Record<string, unknown>): Promise<unknown> }; imageSize: typeof import("image-size").imageSize }
let parsers: Promise<ImageParsers> | undefined;
const imageParsers = () => (parsers ??= Promise.all([import("exifr"), import("image-size")]).then(([e, s]) => ({ exifr: e.default as ImageParsers["exifr"], imageSize: s.imageSize })));

/** Files exifr can hold location/time in and we know how to read. */
const METADATA_TYPES = new Set([".jpg", ".jpeg", ".png", ".heic", ".heif", ".tif", ".tiff", ".avif", ".webp"]);
const CACHE_LIMIT = 2000;
/** Bytes read for dimensions and metadata; location and time live in the file's head. */
const HEAD_BYTES = 512 * 1024;

interface CacheEntry { key: string; info: ImageInfo }
/** How long an image's inspection is reused before the disk is asked again. */
const RECENT_MS = 1500;

/** True when `child` is `parent` or inside it. */
function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (!rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel));
}

function toPath(p: string | undefined): string | undefined {
  if (!p) return undefined;
  if (p.startsWith("file:")) {
    try { return fileURLToPath(p); } catch { return undefined; }
  }
  return /^[a-z][a-z0-9+.-]+:/i.test(p) && !/^[a-z]:[\\/]/i.test(p) ? undefined : resolve(p);
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The local path part of a link target: no angle brackets, query or fragment; percent-decoded. */
function cleanSrc(src: string): string {
  let s = src.trim().replace(/^<|>$/g, "");
  s = s.replace(/[?#].*$/, "");
  try { s = decodeURIComponent(s); } catch { /* keep it as written */ }
  return s;
}

export function createImageInspector(options: ImageInspectorOptions = {}): (src: string, documentPath?: string) => Promise<ImageInfo | undefined> {
  const roots = (options.roots ?? []).map((r) => toPath(r)).filter((r): r is string => !!r);
  const cache = new Map<string, CacheEntry>();
  const obsidianFolders = new Map<string, string | undefined>();

  /** Obsidian's configured attachment folder for a vault root, if it has one. */
  function obsidianAttachmentFolder(root: string): string | undefined {
    if (obsidianFolders.has(root)) return obsidianFolders.get(root);
    let folder: string | undefined;
    try {
      const app = JSON.parse(readFileSync(join(root, ".obsidian", "app.json"), "utf8")) as { attachmentFolderPath?: unknown };
      if (typeof app.attachmentFolderPath === "string" && app.attachmentFolderPath.trim()) folder = app.attachmentFolderPath.trim();
    } catch { /* not a vault, or no setting */ }
    obsidianFolders.set(root, folder);
    return folder;
  }

  function candidates(src: string, docDir: string | undefined): string[] {
    const out: string[] = [];
    const add = (p: string) => { if (!out.includes(p)) out.push(p); };
    const folders = options.attachmentFolders ?? DEFAULT_ATTACHMENT_FOLDERS;
    if (isAbsolute(src) || src.startsWith("/")) {
      // site-absolute ("/img/x.png") first against each root, then the path as written
      for (const r of roots) add(join(r, src));
      if (docDir) add(join(docDir, src));
      add(resolve(src));
      return out;
    }
    if (docDir) add(resolve(docDir, src));
    for (const r of roots) add(resolve(r, src));
    const bases = [...(docDir ? [docDir] : []), ...roots];
    for (const r of roots) {
      const f = obsidianAttachmentFolder(r);
      if (f) add(f.startsWith("./") && docDir ? resolve(docDir, f, src) : resolve(r, f, src));
    }
    for (const b of bases) for (const f of folders) add(resolve(b, f, src));
    return out;
  }

  async function allowedBases(docDir: string | undefined): Promise<string[]> {
    const bases = [...roots, ...(docDir ? [docDir] : [])];
    const real = await Promise.all(bases.map((b) => realpath(b).catch(() => b)));
    return [...new Set([...bases, ...real])];
  }

  // A lint runs on every keystroke and asks about every image of the document; what the disk said
  // about an image (after up to a dozen stat calls for a missing one) is reused for a moment, so a
  // burst of typing does not stat every image again each time. A changed file is seen after that moment.
  const recent = new Map<string, { at: number; info: Promise<ImageInfo | undefined> }>();
  return function inspectRecent(src: string, documentPath?: string): Promise<ImageInfo | undefined> {
    const key = `${documentPath ?? ""}\u0000${src}`;
    const now = Date.now();
    const hit = recent.get(key);
    if (hit && now - hit.at < RECENT_MS) return hit.info;
    const info = inspect(src, documentPath);
    if (recent.size >= CACHE_LIMIT) recent.delete(recent.keys().next().value!);
    recent.set(key, { at: now, info });
    return info;
  };

  async function inspect(src: string, documentPath?: string): Promise<ImageInfo | undefined> {
    try {
      if (!src || !src.trim()) return undefined;
      const raw = src.trim();
      if (/^data:/i.test(raw)) return { remote: false, exists: false, error: "an inline data image was not inspected" };
      if (raw.startsWith("file:")) {
        const p = toPath(raw);
        if (!p) return { remote: false, exists: false, error: "the file link could not be read" };
        return inspectLocal([p], documentPath);
      }
      if (REMOTE.test(raw) && !/^[a-z]:[\\/]/i.test(raw)) return { remote: true, exists: false };
      const local = cleanSrc(raw);
      if (!local) return undefined;
      const docPath = toPath(documentPath);
      const docDir = docPath ? dirname(docPath) : undefined;
      return inspectLocal(candidates(local, docDir), documentPath);
    } catch (e) {
      return { remote: false, exists: false, error: shortError(e) };
    }
  }

  async function inspectLocal(paths: string[], documentPath: string | undefined): Promise<ImageInfo> {
    const docPath = toPath(documentPath);
    const docDir = docPath ? dirname(docPath) : undefined;
    const bases = await allowedBases(docDir);
    let outside: string | undefined;
    for (const p of paths) {
      if (!bases.some((b) => isInside(b, p))) { outside ??= p; continue; }
      let st;
      try { st = await stat(p); } catch { continue; }
      if (!st.isFile()) continue;
      // follow symlinks only when the target stays inside the allowed folders
      const real = await realpath(p).catch(() => p);
      if (!bases.some((b) => isInside(b, real))) { outside ??= p; continue; }
      const key = `${st.mtimeMs}:${st.size}`;
      const hit = cache.get(real);
      if (hit && hit.key === key) return hit.info;
      const info = await readImage(real, st.size);
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
      cache.set(real, { key, info });
      return info;
    }
    if (outside !== undefined && outside === paths[0]) {
      return { remote: false, exists: false, error: "the image is outside the workspace, so it was not read" };
    }
    return { path: paths[0], remote: false, exists: false };
  }
}

/** Reads dimensions, GPS and capture time of one local file. Never throws. */
export async function readImage(path: string, size?: number): Promise<ImageInfo> {
  const info: ImageInfo = { path, remote: false, exists: true };
  let head: Buffer;
  try {
    const fh = await open(path, "r");
    try {
      const total = size ?? (await fh.stat()).size;
      const length = Math.min(total, HEAD_BYTES);
      head = Buffer.alloc(length);
      await fh.read(head, 0, length, 0);
      if (total > length && needsWholeFile(head)) head = await readFile(path);
    } finally { await fh.close(); }
  } catch (e) {
    return { ...info, error: `cannot read the file (${shortError(e)})` };
  }
  const { imageSize } = await imageParsers();
  try {
    const dims = imageSize(head);
    info.width = dims.width;
    info.height = dims.height;
  } catch {
    try {
      // some formats keep their size near the end (or past the head we read)
      const dims = imageSize(await readFile(path));
      info.width = dims.width;
      info.height = dims.height;
    } catch (e) {
      return { ...info, error: `not a readable image (${shortError(e)})` };
    }
  }
  if (!METADATA_TYPES.has(extname(path).toLowerCase()) && !looksLikeMetadataCarrier(head)) return info;
  try {
    const meta = await readMetadata(head.length < (size ?? 0) ? await readFile(path) : head);
    if (meta.gps) info.gps = meta.gps;
    if (meta.captureTime) info.captureTime = meta.captureTime;
  } catch (e) {
    info.error = `the image's metadata could not be read (${shortError(e)})`;
  }
  return info;
}

/** PNG text chunks and HEIC boxes may sit past the head; read those files whole. */
function needsWholeFile(head: Buffer): boolean {
  return isPng(head) || isHeif(head);
}

function looksLikeMetadataCarrier(b: Buffer): boolean {
  return isJpeg(b) || isPng(b) || isTiff(b) || isHeif(b);
}

const isJpeg = (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8;
const isPng = (b: Uint8Array) => b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47;
const isTiff = (b: Uint8Array) => b.length > 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && b[3] === 0x2a));
const isHeif = (b: Uint8Array) => b.length > 12 && String.fromCharCode(b[4]!, b[5]!, b[6]!, b[7]!) === "ftyp" && /^(heic|heix|hevc|heim|heis|mif1|msf1|avif)$/.test(String.fromCharCode(b[8]!, b[9]!, b[10]!, b[11]!));

const TIME_KEYS = ["DateTimeOriginal", "CreateDate", "DateTimeDigitized", "DateCreated", "DateTime", "ModifyDate", "GPSDateStamp", "creationTime", "CreationTime", "Creation Time"];

/** GPS position and capture time from EXIF, XMP, IPTC and PNG text chunks. */
export async function readMetadata(data: Buffer | Uint8Array): Promise<{ gps?: { latitude: number; longitude: number }; captureTime?: string }> {
  const { exifr } = await imageParsers();
  const meta = (await exifr.parse(data, {
    tiff: true, exif: true, gps: true, xmp: true, iptc: true, ifd1: false, icc: false, jfif: false,
    interop: false, makerNote: false, userComment: false, mergeOutput: true, reviveValues: false,
    translateValues: false, sanitize: true, silentErrors: true,
  })) as Record<string, unknown> | undefined;
  if (!meta) return {};
  const out: { gps?: { latitude: number; longitude: number }; captureTime?: string } = {};
  const lat = coordinate(meta.latitude ?? meta.GPSLatitude, meta.GPSLatitudeRef);
  const lon = coordinate(meta.longitude ?? meta.GPSLongitude, meta.GPSLongitudeRef);
  if (lat !== undefined && lon !== undefined && !(lat === 0 && lon === 0)) out.gps = { latitude: lat, longitude: lon };
  for (const k of TIME_KEYS) {
    const v = meta[k];
    if (v === undefined || v === null || v === "") continue;
    out.captureTime = v instanceof Date ? v.toISOString() : String(v).trim();
    if (out.captureTime) break;
  }
  return out;
}

/** A coordinate from a number, a [deg, min, sec] triple or an XMP "44,57.18N" string. */
function coordinate(value: unknown, ref: unknown): number | undefined {
  let n: number | undefined;
  let hemi = typeof ref === "string" ? ref.trim().toUpperCase() : "";
  if (typeof value === "number") n = value;
  else if (Array.isArray(value) && value.every((x) => typeof x === "number")) n = (value[0] ?? 0) + (value[1] ?? 0) / 60 + (value[2] ?? 0) / 3600;
  else if (typeof value === "string") {
    const m = /^\s*(-?\d+(?:\.\d+)?)(?:[,\s]+(\d+(?:\.\d+)?))?(?:[,\s]+(\d+(?:\.\d+)?))?\s*([NSEW])?\s*$/i.exec(value);
    if (m) {
      n = Number(m[1]) + (m[2] ? Number(m[2]) / 60 : 0) + (m[3] ? Number(m[3]) / 3600 : 0);
      if (m[4]) hemi = m[4].toUpperCase();
    }
  }
  if (n === undefined || !Number.isFinite(n)) return undefined;
  if ((hemi === "S" || hemi === "W") && n > 0) n = -n;
  return n;
}

function shortError(e: unknown): string {
  const msg = e instanceof Error ? (e as NodeJS.ErrnoException).code ?? e.message : String(e);
  return String(msg).split("\n")[0]!.slice(0, 120);
}

// ---------------------------------------------------------------------------------------------
// Stripping

/** The clean copy's path: `photo.jpg` → `photo.clean.jpg`. */
export function cleanCopyPath(path: string): string {
  const ext = extname(path);
  return join(dirname(path), basename(path, ext) + ".clean" + ext);
}

/**
 * Writes `name.clean.ext` beside `path` without GPS, capture time or other EXIF/XMP/IPTC
 * metadata and returns its path. The original is only read. JPEG and PNG are supported; other
 * formats get a clear error asking for a JPEG or PNG export.
 */
export async function writeCleanCopy(path: string): Promise<string> {
  const name = basename(path);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    throw new Error(`Cannot read ${name} (${shortError(e)}); nothing was written.`);
  }
  let clean: Buffer;
  if (isJpeg(data)) clean = stripJpeg(data, name);
  else if (isPng(data)) clean = stripPng(data, name);
  else if (isHeif(data) || isTiff(data) || /\.(heic|heif|tiff?|avif)$/i.test(name)) {
    throw new Error(`Cannot strip metadata from ${name}: this format is not supported; export it as JPEG or PNG first.`);
  } else {
    throw new Error(`Cannot strip metadata from ${name}: it is not a JPEG or PNG image; export it as JPEG or PNG first.`);
  }
  const target = cleanCopyPath(path);
  if (resolve(target) === resolve(path)) throw new Error(`Cannot write a clean copy of ${name} over itself.`);
  // a last check: the copy must carry no location or time before it is written
  const left = await readMetadata(clean).catch(() => ({} as { gps?: unknown; captureTime?: string }));
  if (left.gps || left.captureTime) throw new Error(`Could not remove the location or time data from ${name}; export it again without metadata.`);
  await writeFile(target, clean);
  return target;
}

/** Drops APP1 (EXIF, XMP) and APP13 (IPTC/Photoshop) segments; keeps the orientation. */
function stripJpeg(data: Buffer, name: string): Buffer {
  const parts: Buffer[] = [data.subarray(0, 2)];
  let orientation: number | undefined;
  let pos = 2;
  let sawFrame = false;
  while (pos < data.length) {
    if (data[pos] !== 0xff) throw new Error(`Cannot strip metadata from ${name}: the JPEG is damaged (bad segment marker).`);
    // fill bytes
    let mpos = pos;
    while (data[mpos + 1] === 0xff) mpos++;
    const marker = data[mpos + 1];
    if (marker === undefined) break;
    if (marker === 0xd9) { parts.push(data.subarray(pos)); pos = data.length; break; } // EOI
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { parts.push(data.subarray(pos, mpos + 2)); pos = mpos + 2; continue; }
    if (mpos + 3 >= data.length) throw new Error(`Cannot strip metadata from ${name}: the JPEG is truncated.`);
    const len = data.readUInt16BE(mpos + 2);
    const end = mpos + 2 + len;
    if (len < 2 || end > data.length) throw new Error(`Cannot strip metadata from ${name}: the JPEG is truncated.`);
    if (marker === 0xda) { parts.push(data.subarray(pos)); pos = data.length; sawFrame = true; break; } // SOS: the rest is image data
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) sawFrame = true;
    const body = data.subarray(mpos + 4, end);
    if (marker === 0xe1) {
      if (body.subarray(0, 6).toString("latin1") === "Exif\0\0") orientation ??= readOrientation(body.subarray(6));
      pos = end;
      continue; // EXIF or XMP
    }
    if (marker === 0xed || marker === 0xfe) { pos = end; continue; } // IPTC / Photoshop IRB, comments
    parts.push(data.subarray(pos, end));
    pos = end;
  }
  if (!sawFrame) throw new Error(`Cannot strip metadata from ${name}: the JPEG has no image data.`);
  if (orientation && orientation !== 1) parts.splice(1, 0, orientationSegment(orientation));
  return Buffer.concat(parts);
}

/** Orientation (tag 0x0112) from a TIFF block, if present. */
function readOrientation(tiff: Buffer): number | undefined {
  try {
    const le = tiff[0] === 0x49;
    const u16 = (o: number) => (le ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
    const u32 = (o: number) => (le ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
    const ifd = u32(4);
    const count = u16(ifd);
    for (let i = 0; i < count; i++) {
      const e = ifd + 2 + i * 12;
      if (u16(e) === 0x0112) return u16(e + 8);
    }
  } catch { /* malformed EXIF: drop it */ }
  return undefined;
}

/** A minimal APP1 EXIF segment carrying only the orientation, so the copy displays the same way. */
function orientationSegment(orientation: number): Buffer {
  const tiff = Buffer.from([
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, // big-endian header, IFD0 at 8
    0x00, 0x01, // one entry
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, (orientation >> 8) & 0xff, orientation & 0xff, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, // no next IFD
  ]);
  const body = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
  const head = Buffer.alloc(4);
  head[0] = 0xff; head[1] = 0xe1; head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

/** PNG chunks that can carry location, dates or other personal text. */
const PNG_DROP = new Set(["eXIf", "tEXt", "iTXt", "zTXt", "tIME"]);

function stripPng(data: Buffer, name: string): Buffer {
  const parts: Buffer[] = [data.subarray(0, 8)];
  let pos = 8;
  let sawEnd = false;
  while (pos + 8 <= data.length) {
    const len = data.readUInt32BE(pos);
    const type = data.subarray(pos + 4, pos + 8).toString("latin1");
    const end = pos + 12 + len;
    if (end > data.length) throw new Error(`Cannot strip metadata from ${name}: the PNG is truncated.`);
    if (!PNG_DROP.has(type)) parts.push(data.subarray(pos, end));
    pos = end;
    if (type === "IEND") { sawEnd = true; break; }
  }
  if (!sawEnd) throw new Error(`Cannot strip metadata from ${name}: the PNG is truncated.`);
  return Buffer.concat(parts);
}

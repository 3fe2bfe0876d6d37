// Draws icon.png (128×128): a white shield with a check mark on a teal rounded square.
// Run once with `node clients/vscode/scripts/make-icon.mjs`; the PNG is committed.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";

const N = 128;
const teal = [14, 116, 144], white = [255, 255, 255], dark = [8, 80, 100];
const px = Buffer.alloc(N * (N * 4 + 1));
const inRounded = (x, y, r) => {
  const cx = Math.min(Math.max(x, r), N - 1 - r), cy = Math.min(Math.max(y, r), N - 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const inShield = (x, y) => {
  const u = (x - 64) / 40, v = (y - 22) / 86; // v in [0,1] top→tip
  if (v < 0 || v > 1) return false;
  const half = v < 0.45 ? 1 : Math.sqrt(Math.max(0, 1 - ((v - 0.45) / 0.55) ** 2));
  return Math.abs(u) <= half;
};
const distToSegment = (x, y, [ax, ay], [bx, by]) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};
const inCheck = (x, y) => Math.min(distToSegment(x, y, [46, 64], [59, 78]), distToSegment(x, y, [59, 78], [84, 48])) <= 6;
for (let y = 0; y < N; y++) {
  const row = y * (N * 4 + 1);
  px[row] = 0;
  for (let x = 0; x < N; x++) {
    let c = null;
    if (inRounded(x, y, 22)) c = inCheck(x, y) && inShield(x, y) ? dark : inShield(x, y) ? white : teal;
    const o = row + 1 + x * 4;
    if (c) { px[o] = c[0]; px[o + 1] = c[1]; px[o + 2] = c[2]; px[o + 3] = 255; }
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(px, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
writeFileSync(new URL("../icon.png", import.meta.url), png);
console.log(`icon.png: ${png.length} bytes`);

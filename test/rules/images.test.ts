import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, mkdirSync, copyFileSync, readFileSync, writeFileSync, rmSync, existsSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { crc32 } from "node:zlib";
import { deflateSync } from "node:zlib";
import exifr from "exifr";
import { applyEdits, parseDocument, type Host } from "../../shared/src/index.js";
import { createImageInspector, writeCleanCopy, readMetadata } from "../../server/src/node/images.js";
import { lintText, findingsOf, expectFixRoundTrip, linter } from "../helpers/lint.js";

const FIX = resolve(import.meta.dirname, "../fixtures/images");

// ---------------------------------------------------------------------------------------------
// crafted image bytes

/** A big-endian TIFF block with DateTimeOriginal (Exif IFD) and GPS position. */
function tiffWithGpsAndTime(): Buffer {
  const b = Buffer.alloc(178);
  b.write("MM", 0, "latin1"); b.writeUInt16BE(42, 2); b.writeUInt32BE(8, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: number) => {
    b.writeUInt16BE(tag, at); b.writeUInt16BE(type, at + 2); b.writeUInt32BE(count, at + 4); b.writeUInt32BE(value, at + 8);
  };
  b.writeUInt16BE(2, 8); entry(10, 0x8769, 4, 1, 38); entry(22, 0x8825, 4, 1, 56); b.writeUInt32BE(0, 34);
  b.writeUInt16BE(1, 38); entry(40, 0x9003, 2, 20, 110); b.writeUInt32BE(0, 52);
  b.writeUInt16BE(4, 56);
  entry(58, 0x0001, 2, 2, 0); b.write("N\0", 66, "latin1");
  entry(70, 0x0002, 5, 3, 130);
  entry(82, 0x0003, 2, 2, 0); b.write("W\0", 90, "latin1");
  entry(94, 0x0004, 5, 3, 154);
  b.writeUInt32BE(0, 106);
  b.write("2024:05:01 10:00:00\0", 110, "latin1");
  const rational = (at: number, vals: number[]) => vals.forEach((v, i) => { b.writeUInt32BE(v, at + i * 8); b.writeUInt32BE(1, at + i * 8 + 4); });
  rational(130, [44, 57, 10]); rational(154, [93, 18, 16]);
  return b;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td) >>> 0);
  return Buffer.concat([len, td, crc]);
}

/** A 4×3 PNG, optionally with eXIf (GPS + time), an XMP iTXt chunk, a tEXt date and tIME. */
function makePng(withMeta: boolean): Buffer {
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(4, 0); ihdr.writeUInt32BE(3, 4); ihdr[8] = 8; ihdr[9] = 2;
  const raw = Buffer.alloc(3 * (1 + 4 * 3), 0x80);
  for (let y = 0; y < 3; y++) raw[y * 13] = 0;
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk("IHDR", ihdr)];
  if (withMeta) {
    parts.push(pngChunk("eXIf", tiffWithGpsAndTime()));
    const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreateDate="2024-05-01T10:00:00"/></rdf:RDF></x:xmpmeta>`;
    parts.push(pngChunk("iTXt", Buffer.concat([Buffer.from("XML:com.adobe.xmp\0\0\0\0\0", "latin1"), Buffer.from(xmp)])));
    parts.push(pngChunk("tEXt", Buffer.from("Creation Time\0" + "2024-05-01 10:00", "latin1")));
    const t = Buffer.from([0x07, 0xe8, 5, 1, 10, 0, 0]);
    parts.push(pngChunk("tIME", t));
  }
  parts.push(pngChunk("IDAT", deflateSync(raw)), pngChunk("IEND", Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** camera-only.jpg with an XMP APP1 segment carrying GPS and a creation date. */
function jpegWithXmp(): Buffer {
  const base = readFileSync(join(FIX, "camera-only.jpg"));
  const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" exif:GPSLatitude="44,57.18N" exif:GPSLongitude="93,18.27W" xmp:CreateDate="2024-05-01T10:00:00"/></rdf:RDF></x:xmpmeta>`;
  const body = Buffer.concat([Buffer.from("http://ns.adobe.com/xap/1.0/\0", "latin1"), Buffer.from(xmp)]);
  const seg = Buffer.alloc(4); seg[0] = 0xff; seg[1] = 0xe1; seg.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([base.subarray(0, 2), seg, body, base.subarray(2)]);
}

/** A 1000×800 image header: image-size only needs the IHDR of a PNG. */
function bigPng(): Buffer {
  const png = makePng(false);
  png.writeUInt32BE(1000, 16); png.writeUInt32BE(800, 20);
  // fix the IHDR CRC
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
  return png;
}

// ---------------------------------------------------------------------------------------------
// a workspace in a temp folder

let dir = "";
let host: Host;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "decorum-images-"));
  mkdirSync(join(dir, "posts", "img"), { recursive: true });
  mkdirSync(join(dir, "attachments"));
  copyFileSync(join(FIX, "gps-time.jpg"), join(dir, "posts", "img", "gps time.jpg"));
  copyFileSync(join(FIX, "time-only.jpg"), join(dir, "posts", "img", "time-only.jpg"));
  copyFileSync(join(FIX, "camera-only.jpg"), join(dir, "posts", "img", "camera-only.jpg"));
  copyFileSync(join(FIX, "gps-time.jpg"), join(dir, "attachments", "vault-photo.jpg"));
  writeFileSync(join(dir, "posts", "img", "meta.png"), makePng(true));
  writeFileSync(join(dir, "posts", "img", "plain.png"), makePng(false));
  writeFileSync(join(dir, "posts", "img", "big.png"), bigPng());
  writeFileSync(join(dir, "posts", "img", "xmp.jpg"), jpegWithXmp());
  writeFileSync(join(dir, "posts", "img", "broken.jpg"), Buffer.from("this is not a JPEG at all"));
  writeFileSync(join(dir, "posts", "img", "photo.heic"), Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic\0\0\0\0mif1heic", "latin1")]));
  writeFileSync(join(tmpdir(), "decorum-outside-secret.jpg"), readFileSync(join(FIX, "gps-time.jpg")));
  host = { inspectImage: createImageInspector({ roots: [dir] }) };
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(tmpdir(), "decorum-outside-secret.jpg"), { force: true });
});

const docPath = () => join(dir, "posts", "post.md");
const lintWithHost = (text: string, policy: string) => linter.lint(text, { config: { policy }, host, documentPath: docPath() });
const ruleFindings = async (text: string, rule: string, policy: string) => (await lintWithHost(text, policy)).findings.filter((f) => f.rule === rule);

// ---------------------------------------------------------------------------------------------

describe("image inspector (Node host)", () => {
  it("reads GPS, capture time and size, resolving against the document folder, URL-decoded", async () => {
    const inspect = createImageInspector({ roots: [dir] });
    const info = await inspect("img/gps%20time.jpg", docPath());
    expect(info).toMatchObject({ exists: true, remote: false, width: 640, height: 480 });
    expect(info!.gps!.latitude).toBeCloseTo(47.608, 2);
    expect(info!.captureTime).toMatch(/^2024/);
    expect(await inspect("img/time-only.jpg", docPath())).toMatchObject({ exists: true, captureTime: expect.any(String) });
    expect((await inspect("img/camera-only.jpg", docPath()))?.gps).toBeUndefined();
    expect((await inspect("img/camera-only.jpg", docPath()))?.captureTime).toBeUndefined();
  });

  it("reads XMP in JPEG and eXIf/XMP in PNG", async () => {
    const inspect = createImageInspector({ roots: [dir] });
    const xmp = await inspect("img/xmp.jpg", docPath());
    expect(xmp?.gps?.latitude).toBeCloseTo(44.953, 2);
    expect(xmp?.gps?.longitude).toBeCloseTo(-93.3045, 2);
    expect(xmp?.captureTime).toMatch(/^2024/);
    const png = await inspect("img/meta.png", docPath());
    expect(png).toMatchObject({ exists: true, width: 4, height: 3 });
    expect(png?.gps?.longitude).toBeLessThan(0);
    expect(png?.captureTime).toBeTruthy();
    const plain = await inspect("img/plain.png", docPath());
    expect(plain?.gps).toBeUndefined();
    expect(plain?.captureTime).toBeUndefined();
  });

  it("finds Obsidian attachments and site-absolute paths under the root", async () => {
    const inspect = createImageInspector({ roots: [dir] });
    expect(await inspect("vault-photo.jpg", docPath())).toMatchObject({ exists: true, path: join(dir, "attachments", "vault-photo.jpg") });
    expect(await inspect("/posts/img/camera-only.jpg", docPath())).toMatchObject({ exists: true });
    expect(await inspect("../attachments/vault-photo.jpg", docPath())).toMatchObject({ exists: true });
  });

  it("never fetches remote images and never reads outside the roots and the document folder", async () => {
    const inspect = createImageInspector({ roots: [dir] });
    expect(await inspect("https://example.org/a.jpg", docPath())).toEqual({ remote: true, exists: false });
    expect(await inspect("//cdn.example.org/a.jpg", docPath())).toEqual({ remote: true, exists: false });
    const outside = await inspect("../../decorum-outside-secret.jpg", docPath());
    expect(outside?.exists).toBe(false);
    expect(outside?.gps).toBeUndefined();
    expect(outside?.error).toMatch(/outside/);
    expect((await inspect(join(tmpdir(), "decorum-outside-secret.jpg"), docPath()))?.exists).toBe(false);
    // a symlink inside the root that points outside is not followed
    symlinkSync(join(tmpdir(), "decorum-outside-secret.jpg"), join(dir, "posts", "img", "link.jpg"));
    expect((await inspect("img/link.jpg", docPath()))?.gps).toBeUndefined();
  });

  it("returns a missing file or a corrupt one as facts, never throwing", async () => {
    const inspect = createImageInspector({ roots: [dir] });
    expect(await inspect("img/nope.jpg", docPath())).toMatchObject({ exists: false, remote: false });
    const broken = await inspect("img/broken.jpg", docPath());
    expect(broken).toMatchObject({ exists: true });
    expect(broken?.error).toBeTruthy();
    expect(await inspect("", docPath())).toBeUndefined();
    expect(await inspect("img/x.jpg", undefined)).toMatchObject({ exists: false });
  });
});

describe("writeCleanCopy", () => {
  it("writes name.clean.jpg without GPS or time and leaves the original byte-identical", async () => {
    const original = join(dir, "posts", "img", "gps time.jpg");
    const before = readFileSync(original);
    const out = await writeCleanCopy(original);
    expect(out).toBe(join(dir, "posts", "img", "gps time.clean.jpg"));
    expect(readFileSync(original).equals(before)).toBe(true);
    const meta = (await exifr.parse(out, { gps: true, xmp: true })) as Record<string, unknown> | undefined;
    expect(meta?.latitude).toBeUndefined();
    expect(meta?.DateTimeOriginal).toBeUndefined();
    expect(await readMetadata(readFileSync(out))).toEqual({});
    expect(await createImageInspector({ roots: [dir] })("img/gps%20time.clean.jpg", docPath())).toMatchObject({ exists: true, width: 640, height: 480 });
  });

  it("strips XMP from JPEG and eXIf/iTXt/tEXt/tIME from PNG", async () => {
    for (const name of ["xmp.jpg", "meta.png"]) {
      const original = join(dir, "posts", "img", name);
      const before = readFileSync(original);
      const out = await writeCleanCopy(original);
      expect(readFileSync(original).equals(before)).toBe(true);
      const meta = (await exifr.parse(out, { gps: true, xmp: true })) as Record<string, unknown> | undefined;
      expect(meta?.latitude ?? meta?.GPSLatitude).toBeUndefined();
      expect(meta?.CreateDate ?? meta?.DateTimeOriginal).toBeUndefined();
      expect(await readMetadata(readFileSync(out))).toEqual({});
    }
    const png = readFileSync(join(dir, "posts", "img", "meta.clean.png")).toString("latin1");
    for (const chunk of ["eXIf", "iTXt", "tEXt", "tIME"]) expect(png).not.toContain(chunk);
    expect(png).toContain("IDAT");
  });

  it("gives a clear error for HEIC, unreadable and corrupt files, and writes nothing", async () => {
    await expect(writeCleanCopy(join(dir, "posts", "img", "photo.heic"))).rejects.toThrow(/export it as JPEG or PNG/);
    await expect(writeCleanCopy(join(dir, "posts", "img", "missing.jpg"))).rejects.toThrow(/Cannot read missing\.jpg/);
    await expect(writeCleanCopy(join(dir, "posts", "img", "broken.jpg"))).rejects.toThrow(/JPEG or PNG/);
    expect(existsSync(join(dir, "posts", "img", "photo.clean.heic"))).toBe(false);
    expect(existsSync(join(dir, "posts", "img", "broken.clean.jpg"))).toBe(false);
  });
});

describe("image.metadata", () => {
  it("flags local photos with GPS or capture time in umn-health-sciences, not clean ones", async () => {
    const text = "Conference week!\n\n![The waterfront](img/gps%20time.jpg)\n\n![Poster](img/time-only.jpg)\n\n![Coffee](img/camera-only.jpg)\n\n![Remote](https://example.org/x.jpg)\n";
    const found = await ruleFindings(text, "image.metadata", "umn-health-sciences");
    expect(found.map((f) => f.text)).toEqual(["![The waterfront](img/gps%20time.jpg)", "![Poster](img/time-only.jpg)"]);
    expect(found[0]!.severity).toBe("warning");
    expect(found[0]!.message).toMatch(/GPS location and time/);
    expect(found[1]!.message).toMatch(/date and time/);
    // off in packs that do not cite it
    expect(await ruleFindings(text, "image.metadata", "imu-students")).toHaveLength(0);
  });

  it("offers a safe fix that runs the strip command and relinks every image syntax to name.clean.ext", async () => {
    const cases: [string, string][] = [
      ["![Photo](img/gps%20time.jpg \"t\")", "![Photo](img/gps%20time.clean.jpg \"t\")"],
      ["<img src=\"img/time-only.jpg\" alt=\"x\">", "<img src=\"img/time-only.clean.jpg\" alt=\"x\">"],
      ["![[vault-photo.jpg|300]]", "![[vault-photo.clean.jpg|300]]"],
      ["![Photo][p]\n\n[p]: img/time-only.jpg", "![Photo][p]\n\n[p]: img/time-only.clean.jpg"],
      ["![Photo](<img/gps time.jpg>)", "![Photo](<img/gps time.clean.jpg>)"],
    ];
    for (const [text, expected] of cases) {
      const [f] = await ruleFindings(text + "\n", "image.metadata", "umn-health-sciences");
      expect(f, text).toBeDefined();
      const fix = f!.fixes.find((x) => x.id === "strip-metadata")!;
      expect(fix.kind).toBe("safe");
      expect(fix.command?.id).toBe("decorum.stripImageMetadata");
      expect(String(fix.command?.args[0])).toMatch(/\.(jpg)$/);
      expect(applyEdits(text + "\n", fix.edits)).toBe(expected + "\n");
    }
  });

  it("after the command ran, the relinked document is clean", async () => {
    const text = "![Photo](img/gps%20time.jpg)\n";
    const [f] = await ruleFindings(text, "image.metadata", "umn-health-sciences");
    const fix = f!.fixes[0]!;
    await writeCleanCopy(fix.command!.args[0] as string);
    const fixed = applyEdits(text, fix.edits);
    expect(await ruleFindings(fixed, "image.metadata", "umn-health-sciences")).toHaveLength(0);
  });

  it("reports an unreadable image as information and the lint still completes", async () => {
    const res = await lintWithHost("![Broken](img/broken.jpg)\n\n![Missing](img/missing.jpg)\n\nMy patient Mrs. Tan.\n", "umn-health-sciences");
    expect(res.failedRules).toEqual([]);
    const found = res.findings.filter((f) => f.rule === "image.metadata");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("information");
    expect(found[0]!.message).toMatch(/could not read broken\.jpg/);
  });

  it("does not offer the strip command for HEIC", async () => {
    const inspect: Host["inspectImage"] = async () => ({ path: "/x/photo.heic", remote: false, exists: true, gps: { latitude: 1, longitude: 2 } });
    const res = await linter.lint("![P](photo.heic)\n", { config: { policy: "umn-health-sciences" }, host: { inspectImage: inspect } });
    const f = res.findings.find((x) => x.rule === "image.metadata")!;
    expect(f.message).toMatch(/export it as a JPEG or PNG/);
    expect(f.fixes).toHaveLength(0);
  });
});

describe("image.resolution", () => {
  it("hints at images larger than about 800×600 in imu-staff", async () => {
    const text = "![Big](img/big.png)\n\n![Small](img/plain.png)\n\n![Photo](img/camera-only.jpg)\n";
    const found = await ruleFindings(text, "image.resolution", "imu-staff");
    expect(found.map((f) => f.text)).toEqual(["![Big](img/big.png)"]);
    expect(found[0]!.severity).toBe("hint");
    expect(found[0]!.message).toMatch(/1000×800/);
    expect(await ruleFindings(text, "image.resolution", "imu-students")).toHaveLength(0);
  });
});

describe("patient.image", () => {
  const flagged = [
    "![wound day 3](IMG_1234.jpg)",
    "![](xray_bed4.jpg)",
    "Look at this placenta!\n\n![](IMG_2034.jpg)",
    "![Chest X-ray showing a right pneumothorax](cxr.png)",
    "<img src=\"histo-slide-40x.jpg\" alt=\"\">",
    "![[ecg-stemi-bed12.png|400]]",
    "![[cxr-rll-consolidation.png]]",
    "![Selfie in theatre before my first lap chole](theatre-selfie.jpg)",
    "![Our cadaver's brachial plexus, fully dissected](plexus.jpg)",
    "![Diabetic foot ulcer][foot]\n\n[foot]: img/foot.jpg",
    "![Bone marrow aspirate, 100x](marrow.jpg)",
    "My patient's rash this morning:\n\n![](photo.jpg)",
    "![Gross specimen: the resected colon](colon.jpg)",
    "![The resus bay at 3am](resus.jpg)",
    "![](IMG_5521.jpg)\n*Mr. Lee's leg on day 5 post-op*",
    "![H&E, punch biopsy from the lesion edge, 10x](biopsy-he-10x.jpg)",
    "![The renovated ICU bay with the new ventilators](icu-bay.jpg)",
    "![[port-wine-stain-before.png]]",
    "<figure><img src=\"IMG_0042.jpg\"><figcaption>Pressure ulcer, sacrum, week 2</figcaption></figure>",
    "![The baby I delivered today!](baby.jpg)",
    "Check out this interesting case from clinic today:\n\n![](IMG_001.jpg)",
    "![Gram-positive cocci in clusters from this morning's blood culture](gram.jpg)",
    "![Anatomy lab selfie](lab.jpg)",
    "![Our team celebrating on the ward](team.jpg)",
  ];
  const clean = [
    "![Diagram of the brachial plexus](plexus-diagram.png)",
    "![Me and my friends after the OSCE](osce-friends.jpg)",
    "![My knee after the marathon](knee.jpg)",
    "![Kidney meme: me explaining the loop of Henle](https://i.imgur.com/x.jpeg)",
    "![Anatomy model of the heart](heart-model.jpg)",
    "![Our hospital's new garden](garden.jpg)",
    "![Practising suturing on a pig trotter](suture-practice.jpg)",
    "![Coffee before the ward round](coffee.jpg)",
    "![Film night with the cohort](film-night.jpg)",
    "![The CPR manikin](manikin.jpg)",
    "![Sunrise over the lake at mile 3](img/lake-sunrise.jpg)",
    "![Our booth at the Open Day, with the body-composition analyser demo running](booth.jpg)",
    "![Whiteboard after the Krebs cycle lecture](krebs.png)",
    "![Infographic: 8 signs you are dehydrated](https://cdn.example.my/dehydration.png)",
    "![Our team with the SimHeart Pro 3 at the conference exhibition hall](sim.jpg)",
    "![Shingles rash](https://upload.wikimedia.org/x/shingles.jpg)\n\n*Image: Herpes zoster by J. Doe, CC BY-SA 4.0, via Wikimedia Commons.*",
    "![My finisher medal on the kitchen table](medal.jpg)",
    "![Our new ultrasound machine arrived](us-machine.jpg)",
    "![Practising ultrasound on my classmate at the skills lab](us.jpg)",
    "![STEMI ECG](stemi.png)\n\n*ECG from LITFL, CC BY-NC-SA 4.0*",
    "![Me in scrubs before my first night shift](scrubs.jpg)",
    "Four weeks into dedicated study and I've spent more time here than in my bed.\n\n![My study corner: second monitor, too many highlighters](study.jpg)",
  ];
  for (const text of flagged) {
    it(`flags ${JSON.stringify(text.slice(0, 60))}`, async () => {
      const found = await findingsOf(text + "\n", "patient.image", "imu-students");
      expect(found).toHaveLength(1);
      expect(found[0]!.severity).toBe("error");
      expect(found[0]!.text).toMatch(/^(!\[|<img)/);
    });
  }
  for (const text of clean) {
    it(`passes ${JSON.stringify(text.slice(0, 60))}`, async () => {
      expect(await findingsOf(text + "\n", "patient.image", "imu-students")).toHaveLength(0);
    });
  }

  const marked = (marker: string) => `Classic psoriasis.\n\n${marker}\n![Plaques on the extensor surface of an elbow](psoriasis-elbow.jpg)\n\nDescribe it.\n`;
  for (const policy of ["imu-students", "imu-staff", "umn-health-sciences", "general"]) {
    it(`a consent marker clears it in ${policy} (HTML and Obsidian comments)`, async () => {
      expect(await findingsOf(marked(""), "patient.image", policy)).toHaveLength(1);
      expect(await findingsOf(marked("<!-- decorum-consent: DERM-2024-009 -->"), "patient.image", policy)).toHaveLength(0);
      expect(await findingsOf(marked("%% decorum-consent: DERM-2024-009 %%"), "patient.image", policy)).toHaveLength(0);
    });
  }
  for (const policy of ["quebec-postgraduate", "imi"]) {
    it(`a consent marker clears nothing in ${policy}, and the message says why`, async () => {
      const found = await findingsOf(marked("<!-- decorum-consent: DERM-2024-009 -->"), "patient.image", policy);
      expect(found).toHaveLength(1);
      expect(found[0]!.message).toMatch(/consent marker does not clear it because .*never/);
      expect(found[0]!.fixes.map((f) => f.id)).toEqual(["remove-image"]);
      const plain = await findingsOf(marked(""), "patient.image", policy);
      expect(plain[0]!.message).toMatch(/never/);
      expect(plain[0]!.fixes.map((f) => f.id)).toEqual(["remove-image"]);
    });
  }
  it("ignores a consent marker that is not right before the image", async () => {
    const text = "<!-- decorum-consent: X -->\n\nSome text.\n\n![Leg ulcer day 14](ulcer.jpg)\n";
    expect(await findingsOf(text, "patient.image", "imu-students")).toHaveLength(1);
  });

  it("removes the image with its caption, keeping the paragraphs apart", async () => {
    await expectFixRoundTrip("Intro.\n\n![Leg ulcer day 14](ulcer.jpg)\n*Photo: ward 3*\n\nOutro.\n", "patient.image", "remove-image", "imu-students", "Intro.\n\nOutro.\n");
    await expectFixRoundTrip("Intro.\n\n![[a-rash.png]]\n![[b-rash.png]]\n\nOutro.\n", "patient.image", "remove-image", "imu-students", "Intro.\n\n![[b-rash.png]]\n\nOutro.\n");
    await expectFixRoundTrip("Intro.\n\n![Leg ulcer](ulcer.jpg)\n\n*Image: day 14 of the series*\n\nOutro.\n", "patient.image", "remove-image", "imu-students", "Intro.\n\nOutro.\n");
    await expectFixRoundTrip("See ![wound day 3](w.jpg) here.\n", "patient.image", "remove-image", "imu-students", "See here.\n");
    // in a never pack the consent marker goes with the image
    await expectFixRoundTrip(marked("<!-- decorum-consent: DERM-1 -->"), "patient.image", "remove-image", "imi", "Classic psoriasis.\n\nDescribe it.\n");
  });

  it("offers a consent marker template as a suggestion that then clears the finding", async () => {
    const fixed = await expectFixRoundTrip("Intro.\n\n![Leg ulcer day 14](ulcer.jpg)\n", "patient.image", "record-consent", "imu-staff");
    expect(fixed).toContain("<!-- decorum-consent: CONSENT-FORM-REF -->\n![Leg ulcer");
    const embed = await expectFixRoundTrip("Intro.\n\n> ![[leg-ulcer.png]]\n", "patient.image", "record-consent", "umn-health-sciences");
    expect(embed).toContain("> %% decorum-consent: CONSENT-FORM-REF %%\n> ![[leg-ulcer.png]]");
    await expectFixRoundTrip("- ![Leg ulcer](ulcer.jpg)\n", "patient.image", "record-consent", "imu-students");
    expect(await expectFixRoundTrip("See ![wound day 3](w.jpg) here.\n", "patient.image", "record-consent", "imu-students")).toBe("See <!-- decorum-consent: CONSENT-FORM-REF --> ![wound day 3](w.jpg) here.\n");
    const [f] = await findingsOf("![Leg ulcer](ulcer.jpg)\n", "patient.image", "imu-students");
    expect(f!.fixes.find((x) => x.id === "record-consent")!.kind).toBe("suggestion");
  });
});

describe("image.attribution", () => {
  it("flags remote or third-party images without a credit", async () => {
    const flagged = [
      "![Infographic: 8 signs you are dehydrated](https://cdn.example.my/dehydration.png)",
      "![The citric acid cycle](https://upload.wikimedia.org/wikipedia/commons/0/0b/Citric_acid_cycle.svg)",
      "<img src=\"//cdn.example.org/chart.png\" alt=\"Chart\">",
      "![Netter plate of the brachial plexus](netter-plexus.png)",
      "![Kidney meme](kidney-meme.jpg)",
    ];
    for (const text of flagged) {
      const found = await findingsOf(text + "\n\nMore text.\n", "image.attribution", "imu-staff");
      expect(found, text).toHaveLength(1);
      expect(found[0]!.severity).toBe("information");
    }
  });
  it("passes credited and own images", async () => {
    const clean = [
      "![ANS](https://upload.wikimedia.org/x.jpg)\n\n*Image: \"The Autonomic Nervous System\" by OpenStax College, CC BY 3.0, via Wikimedia Commons.*",
      "![Diagram](https://example-edtech.org/img/reply.png)\n\n*Diagram: adapted from the Medical Education Social Media Toolkit, CC BY 4.0.*",
      "![Chart](https://example.org/chart.png \"Source: WHO 2023\")",
      "[![Chart](https://example.org/chart.png)](https://example.org/report)",
      "![Photo by Jane Doe on Unsplash](https://images.unsplash.com/photo-1.jpg)",
      "Image courtesy of the WHO:\n\n![Chart](https://example.org/chart.png)",
      "![My whiteboard](whiteboard.jpg)",
    ];
    for (const text of clean) expect(await findingsOf(text + "\n", "image.attribution", "imu-staff"), text).toHaveLength(0);
  });
});

describe("affiliation.logo", () => {
  it("flags the institution's logo by file name, alt text or URL, in every image syntax", async () => {
    const flagged = [
      "![IMU logo](imu-logo.png)",
      "![](img/imu_logo_small.png)",
      "![[imu-crest.png]]",
      "![Logo](https://imu.edu.my/wp-content/uploads/2021/06/logo-2021.png)",
      "<img src=\"assets/banner.png\" alt=\"International Medical University crest\">",
      "![uni][logo]\n\n[logo]: https://imu.edu.my/imu-logo-2021.png",
    ];
    for (const text of flagged) {
      const found = await findingsOf(text + "\n", "affiliation.logo", "imu-students");
      expect(found, text).toHaveLength(1);
      expect(found[0]!.severity).toBe("warning");
    }
    expect(await findingsOf("![UMN wordmark](block-m.png)\n", "affiliation.logo", "imu-staff")).toHaveLength(0);
  });
  it("passes other images and other institutions' marks", async () => {
    for (const text of ["![My blog logo](logo.png)", "![Me at the IMU library](library.jpg)", "![IMU students at orientation](orientation.jpg)"]) {
      expect(await findingsOf(text + "\n", "affiliation.logo", "imu-staff"), text).toHaveLength(0);
    }
  });
  it("flags text saying the logo is used in personal content, not mentions or refusals", async () => {
    const yes = ["I added the IMU logo to my blog header so readers know where I study.", "We printed the IMU crest on our society hoodies.", "I'm using the International Medical University logo as my profile picture."];
    const no = ["The IMU logo was refreshed this year.", "I don't use the IMU logo on my blog, as the policy says.", "Can I use the IMU logo on my blog?", "We got written approval to use the IMU logo on the conference poster."];
    for (const t of yes) expect(await findingsOf(t + "\n", "affiliation.logo", "imu-students"), t).toHaveLength(1);
    for (const t of no) expect(await findingsOf(t + "\n", "affiliation.logo", "imu-students"), t).toHaveLength(0);
  });
  it("removes the logo image", async () => {
    await expectFixRoundTrip("# About me\n\n![IMU logo](imu-logo.png)\n\nHi!\n", "affiliation.logo", "remove-image", "imu-students", "# About me\n\nHi!\n");
  });
});

describe("image syntaxes reach the host", () => {
  it("inspects markdown, reference, HTML and Obsidian images", async () => {
    const seen: string[] = [];
    const spy: Host = { inspectImage: async (src) => { seen.push(src); return undefined; } };
    const text = "![a](one.png \"t\")\n\n![b][two]\n\n<img src=\"three.png\" alt=\"c\">\n\n![[four.png]] ![[five.png|300]]\n\n[two]: two.png\n";
    await linter.lint(text, { config: { policy: "imu-staff" }, host: spy });
    expect(seen.sort()).toEqual(["five.png", "four.png", "one.png", "three.png", "two.png"]);
    expect(parseDocument(text).images.map((i) => i.syntax)).toEqual(["markdown", "reference", "html", "embed", "embed"]);
  });
  it("a host that throws does not stop the lint", async () => {
    const bad: Host = { inspectImage: async () => { throw new Error("boom"); } };
    const res = await linter.lint("![Leg ulcer](ulcer.jpg)\n", { config: { policy: "imu-students" }, host: bad });
    expect(res.failedRules).toEqual([]);
    expect(res.findings.some((f) => f.rule === "patient.image")).toBe(true);
  });
  it("works without a host (no image facts)", async () => {
    const res = await lintText("![Photo](img/gps%20time.jpg)\n", "umn-health-sciences");
    expect(res.findings.filter((f) => f.rule === "image.metadata")).toHaveLength(0);
  });
});

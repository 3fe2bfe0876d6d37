/**
 * imageContext() remembers each image's context and reuses it in later versions of the document
 * when what it read is unchanged: after random edits (near images, across paragraphs, captions,
 * front matter, reference definitions), the remembered context equals one worked out afresh on a
 * freshly parsed document; and the image rules, which remember what they work out from a context
 * with it, report what a lint by a separate copy of the code that remembers nothing reports.
 */
import { describe, it, expect, vi } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parseDocument, updateDocument, type DocumentModel, type TextChange } from "../../shared/src/index.js";
import { imageContext, computeContext } from "../../rules/image/context.js";

const root = join(import.meta.dirname, "../corpus");
/** Test posts with images: the base texts. */
const BASES = readdirSync(root).flatMap((dir) => {
  let names: string[] = [];
  try { names = readdirSync(join(root, dir)); } catch { return []; }
  return names.filter((f) => f.endsWith(".md") && f !== "README.md").map((f) => readFileSync(join(root, dir, f), "utf8"));
}).filter((t) => /!\[|<img\b/.test(t)).slice(0, 40);

const PIECES = ["e", " ", "\n", "\n\n", "\n\n\n", "*Figure 1: the ward*", "_", "Photo: me", "> ", "- ", "# Heading\n", "<!-- note -->", "%%x%%", ".", "? Then", "![extra](x.png)", "![y][ref]", "\n[ref]: http://x.org/r.png\n", "---\ntitle: t\n---\n", "<figcaption>Credit: Wikimedia</figcaption>", "Mrs Tan in bed 4. "];

function edit(text: string, where: number, del: number, piece: string): TextChange {
  const images = [...text.matchAll(/!\[|<img\b/g)].map((m) => m.index);
  // half the edits land within a few hundred characters of an image
  const near = images.length && where % 2 === 0 ? images[where % images.length]! + ((where >> 1) % 600) - 300 : where;
  const start = Math.max(0, Math.min(text.length, near));
  return { start, end: Math.min(text.length, start + del), text: piece };
}

function same(doc: DocumentModel, fresh: DocumentModel) {
  expect(doc.images.length).toBe(fresh.images.length);
  for (let i = 0; i < doc.images.length; i++) {
    expect(imageContext(doc, doc.images[i]!), `image ${i} of ${doc.images.length}`).toEqual(computeContext(fresh, fresh.images[i]!));
  }
}

describe("remembered image contexts", () => {
  it("equal fresh ones after random edits", () => {
    expect(BASES.length).toBeGreaterThan(10);
    fc.assert(fc.property(
      fc.nat(BASES.length - 1),
      fc.array(fc.tuple(fc.nat(400000), fc.nat(12), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 12 }),
      (base, edits) => {
        let text = BASES[base]!;
        let doc = parseDocument(text);
        same(doc, parseDocument(text));
        for (const [where, del, piece] of edits) {
          const change = edit(text, where % (text.length + 1), del, piece);
          text = text.slice(0, change.start) + change.text + text.slice(change.end);
          doc = updateDocument(doc, text, [change]);
          same(doc, parseDocument(text));
        }
      },
    ), { numRuns: 120, seed: 20261124 });
  });

  it("are not reused when only the text after a long paragraph changed what the caption search reads", () => {
    const text = "Intro paragraph.\n\n![A wound on the shin](shin.jpg)\n\nFigure: day 3 of dressing changes on the ward\n\nNext paragraph here.\n";
    const doc = parseDocument(text);
    const before = imageContext(doc, doc.images[0]!);
    expect(before.caption).toMatch(/day 3/);
    const at = text.indexOf("Figure");
    const next = text.slice(0, at) + "Not a caption, a long story. " + text.slice(at + "Figure:".length);
    const updated = updateDocument(doc, next, [{ start: at, end: at + "Figure:".length, text: "Not a caption, a long story. " }]);
    expect(imageContext(updated, updated.images[0]!)).toEqual(computeContext(parseDocument(next), parseDocument(next).images[0]!));
    expect(imageContext(updated, updated.images[0]!).caption).not.toMatch(/day 3/);
  });

  it("give the image rules the findings a lint that remembers nothing gives, after random edits", async () => {
    const live = { ...(await import("../../shared/src/index.js")), ...(await import("../../rules/index.js")) };
    vi.resetModules(); // a second copy of every module: its remembered contexts are its own
    const fresh = { ...(await import("../../shared/src/index.js")), ...(await import("../../rules/index.js")), ...(await import("../../rules/image/context.js")) };
    fresh.rememberImageContexts(false);
    const liveLinter = live.createLinter({ rules: live.rules, packs: live.builtinPacks });
    const freshLinter = fresh.createLinter({ rules: fresh.rules, packs: fresh.builtinPacks });
    const view = (r: { findings: { rule: string; start: number; end: number; message: string }[] }) => r.findings.map((f) => `${f.rule} ${f.start}-${f.end} ${f.message}`);
    const policies = ["imu-staff", "imi", "imu-students", "quebec-postgraduate"];
    let compared = 0, imageFindings = 0;
    await fc.assert(fc.asyncProperty(
      fc.nat(BASES.length - 1),
      fc.nat(policies.length - 1),
      fc.array(fc.tuple(fc.nat(400000), fc.nat(12), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 8 }),
      async (base, p, edits) => {
        const config = { policy: policies[p]! };
        let text = BASES[base]!;
        let previous = await liveLinter.lint(text, { config });
        for (const [where, del, piece] of edits) {
          const change = edit(text, where % (text.length + 1), del, piece);
          text = text.slice(0, change.start) + change.text + text.slice(change.end);
          previous = await liveLinter.lint(text, { config, previous, changes: [change] });
          expect(view(previous)).toEqual(view(await freshLinter.lint(text, { config })));
          compared++;
          imageFindings += previous.findings.filter((f) => /^(?:patient\.image|image\.|affiliation\.logo)/.test(f.rule)).length;
        }
      },
    ), { numRuns: 40, seed: 20261124 });
    expect(compared).toBeGreaterThan(100);
    expect(imageFindings).toBeGreaterThan(20); // the image rules really spoke
  });
});

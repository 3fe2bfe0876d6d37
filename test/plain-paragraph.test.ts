/** The plain-paragraph shortcut of the document model gives exactly what remark gives. */
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { splitChunks, parseChunkForTest } from "../shared/src/document.js";

const CORPUS = resolve(import.meta.dirname, "../../shared/corpus/dev");

function compare(chunk: string) {
  const viaRemark = parseChunkForTest(chunk, true);
  const doc = parseChunkForTest(chunk, false); // takes the shortcut when it applies
  expect(doc.prose).toBe(viaRemark.prose);
  expect(doc.blocks.map((b) => [b.kind, b.depth, b.start, b.end, b.text, b.key, b.sentences])).toEqual(viaRemark.blocks.map((b) => [b.kind, b.depth, b.start, b.end, b.text, b.key, b.sentences]));
  expect(doc.images.length + doc.links.length + doc.code.length + doc.comments.length).toBe(viaRemark.images.length + viaRemark.links.length + viaRemark.code.length + viaRemark.comments.length);
}

describe("plain-paragraph shortcut", () => {
  it("matches remark on every chunk of the corpus and the policies", () => {
    const texts = [
      ...readdirSync(CORPUS).filter((f) => f.endsWith(".md")).map((f) => readFileSync(join(CORPUS, f), "utf8")),
      ...readdirSync(resolve(CORPUS, "../../policies")).map((f) => readFileSync(resolve(CORPUS, "../../policies", f), "utf8")),
    ];
    let chunks = 0;
    for (const text of texts) for (const c of splitChunks(text)) { compare(text.slice(c.start, c.end)); chunks++; }
    expect(chunks).toBeGreaterThan(500);
  });

  it("matches remark on random text made of prose characters and near-syntax", () => {
    const piece = fc.constantFrom("Mrs. Tan", "a 74-year-old", "bed 12", " ", "  ", "\n", "\r\n", "   ", "2024", "1.", "3)", "-", "=", "#", "e.g.", "I'm", "\"quoted\"", "(aside)", "café", "😀", "x:y", "50%", "A+B", "a - b", "end.", "?", "!", "\u00a0", "—", ",", ";", "'");
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (parts) => {
      const text = parts.join("");
      for (const c of splitChunks(text)) compare(text.slice(c.start, c.end));
    }), { numRuns: 1500, seed: 7 });
  });
});

describe("plain-heading shortcut", () => {
  it("matches remark on headings of words and near-misses", () => {
    const cases = ["# Journal", "## Week 3 on the ward\n", "###### Six", "####### Seven", "#NoSpace", "#  Two spaces", "## Trailing ##", "## Trailing #", "## x", "## a b  ", "## End\r\n", " ## Indented", "## Ward 6B: day 2", "## Café day", "## 😀 mood", "## *bold*", "## Line\nsecond", "##", "## ", "# 1. Not a list", "## Q&A", "## 50%"];
    for (const c of cases) compare(c);
  });

  it("matches remark on random headings", () => {
    const piece = fc.constantFrom("Ward", " ", "  ", "6B", "#", "-", "1.", "café", "😀", ":", "'", "end", "x", "\u00a0", "—", "?", "(a)");
    fc.assert(fc.property(fc.integer({ min: 1, max: 7 }), fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom("", "\n", "\r\n"), (level, parts, eol) => {
      compare("#".repeat(level) + " " + parts.join("") + eol);
    }), { numRuns: 1500, seed: 11 });
  });
});

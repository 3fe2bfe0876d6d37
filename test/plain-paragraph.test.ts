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
  expect(doc.links).toEqual(viaRemark.links);
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

describe("plain paragraphs with e-mail addresses", () => {
  it("match remark on fixed cases and near-misses", () => {
    const cases = ["Email me at notes@example.com if you want them.", "Write to ward.notes@example.com.", "a@b.co", "(notes@example.com)", "x@y", "notes@example", "me@ex-ample.com, or", "me@example.com-", "me@example.com_", "first.last+tag@sub.example.org!", "@handle and me@x.org", "me@x.org@y.org", "me@@x.org", "-me@x.org", "me.@x.org", "me@x..org", "me@x.org.", "me@x.org...", "ça@x.org", "me@x.org?\nNext line", "me@x.org:yes", "mailto:me@x.org", "2@x.org", "me@1.2", "me@1.com", "me@x.c0m", "me@a-b.c-d", "1@2.x"];
    for (const c of cases) compare(c);
  });

  it("match remark on random e-mail-like text", () => {
    const piece = fc.constantFrom("me", "a", "notes", ".", "+", "-", "_", "@", "@", "example", "com", "org", "x1", "1", "2", "a-b", " ", "\n", ",", "!", "?", ")", "(", "é", ":", "..", "Email me at ");
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), (parts) => {
      const text = parts.join("");
      for (const c of splitChunks(text)) compare(text.slice(c.start, c.end));
    }), { numRuns: 3000, seed: 5 });
  });
});

describe("plain-list shortcut", () => {
  it("matches remark on lists of one-line items and near-misses", () => {
    const cases = ["- One item", "- One\n- Two\n", "* Star\n* Star two", "+ Plus", "1. First\n2. Second", "3) Third\n4) Fourth\n", "- Mixed\n* bullets", "1. Mixed\n2) delimiters", "- Item\ncontinued", "- Item\n  indented", "-  Two spaces", "- - nested", "- 1. nested", "- Ends with space ", "- a", "- é accent", "-\n- empty", "- Item\r\n- Windows\r\n", "- Has *emphasis*", "- Has # hash", "- x\n\n- loose", "10. Ten\n11. Eleven", "1234567890. Too long", "- Item one.\n- Item two!", "- ---", "- Word: colon"];
    for (const c of cases) compare(c);
  });

  it("matches remark on random lists", () => {
    const marker = fc.constantFrom("- ", "* ", "+ ", "1. ", "2) ", "-  ", "-", " - ", "12. ");
    const piece = fc.constantFrom("Ward", "notes", " ", "  ", "6B", "1.", "café", "😀", ":", "'", "end.", "x", "—", "?", "(a)", "-", "#");
    const eol = fc.constantFrom("\n", "\r\n");
    fc.assert(fc.property(fc.array(fc.tuple(marker, fc.array(piece, { minLength: 0, maxLength: 6 }), eol), { minLength: 1, maxLength: 5 }), (items) => {
      compare(items.map(([m, parts, e]) => m + parts.join("") + e).join(""));
    }), { numRuns: 3000, seed: 6 });
  });
});

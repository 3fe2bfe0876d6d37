/**
 * Hostile text through the real linter: huge documents, long lines, binary, broken surrogates,
 * every line ending, combining marks, RTL, zero-width characters, deep nesting, thousands of
 * images. Every lint finishes within its bound, nothing throws, no rule fails, and every range
 * (finding and fix edit) lies inside the text on a code-unit boundary that does not split a
 * surrogate pair.
 */
import { describe, it, expect } from "vitest";
import { parseDocument, applyEdits, type LintResult } from "../../shared/src/index.js";
import { MAX_NESTING, nestingDepth, parsePlainChunk } from "../../shared/src/document-guard.js";
import { linter } from "../helpers/lint.js";

const PACKS = ["general", "imu-students", "imu-staff", "umn-health-sciences"];

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1), lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

export function expectSaneRanges(text: string, result: LintResult): void {
  expect(result.failedRules, "no rule throws").toEqual([]);
  for (const f of result.findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true);
    expect(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.rule} range ${f.start}-${f.end} in ${text.length}`).toBe(true);
    expect(splitsPair(text, f.start) || splitsPair(text, f.end), `${f.rule} splits a surrogate pair`).toBe(false);
    expect(f.text).toBe(text.slice(f.start, f.end));
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        expect(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.rule}/${fix.id} edit in range`).toBe(true);
        expect(splitsPair(text, e.start) || splitsPair(text, e.end), `${f.rule}/${fix.id} edit splits a pair`).toBe(false);
      }
      expect(() => applyEdits(text, fix.edits)).not.toThrow();
    }
  }
  // the model's prose is the text's shape: same length, line breaks in place
  expect(result.doc.prose.length).toBe(text.length);
  for (const b of result.doc.blocks) expect(b.start >= 0 && b.end <= text.length && b.start <= b.end).toBe(true);
}

async function lintTimed(text: string, policy: string, deadline?: number) {
  const t0 = performance.now();
  const result = await linter.lint(text, { config: { policy }, deadline });
  return { result, ms: performance.now() - t0 };
}

const POST = "I'm a nursing student at the International Medical University. Today Mrs. Tan (bed 4, MRN 1234567) told me her diagnosis. Email me at jo.lee@imu.edu.my. That shift was damn hard.";

// small hostile documents: each is linted with every pack within a second or two
const SMALL: Record<string, string> = {
  "NUL and control bytes": `Mrs. Tan\u0000 was seen\u0001\u0002 today.\u0000\n\n${POST}\u0000\u0007\u001b[31m`,
  "lone surrogates": `\uD800 ${POST} \uDC00\uDFFF\uD83D`,
  "emoji and astral characters": `😀👩🏽‍⚕️ ${POST.replace(/ /g, " 🩺 ")} 𝔐𝔯𝔰. 𝔗𝔞𝔫`,
  "BOM": "\uFEFF" + POST,
  "BOM + front matter": "\uFEFF---\ntitle: x\n---\n" + POST,
  "CRLF": POST.replace(/\. /g, ".\r\n") + "\r\n\r\n# Heading\r\n- a\r\n- b\r\n",
  "lone CR": POST.replace(/\. /g, ".\r") + "\r\r# Heading\r- a\r",
  "mixed endings": `${POST}\r\n\n\r${POST}\n\r\n${POST}\r`,
  "combining marks": POST.replace(/a/g, "a\u0301\u0308\u0327") + " Z\u0351\u0352\u0353\u0354".repeat(200),
  "RTL and bidi controls": `\u202E${POST}\u202C مرحبا بالمريضة السيدة تان في السرير ٤ \u2067שלום\u2069 ${POST}`,
  "zero-width characters": POST.replace(/(\w)/g, "$1\u200B").slice(0, 4000) + "\u200C\u200D\u2060\uFEFF" + POST,
  "invalid replacement characters": "\uFFFD\uFFFE\uFFFF".repeat(500) + POST,
  "only markup": "# \n## \n> \n- \n1. \n```\n```\n---\n***\n| | |\n|-|-|\n",
  "unclosed everything": "```\n" + POST + "\n<!-- " + POST + "\n%% " + POST + "\n$$\n" + POST,
  "front matter bombs": "---\na: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]\ndecorum: {policy: [1]}\n---\n" + POST,
  "hostile front matter": "---\n__proto__: {polluted: true}\ndecorum:\n  __proto__: {policy: x}\n  rules: {__proto__: error}\n---\n" + POST,
  "binary noise": Array.from({ length: 20000 }, (_, i) => String.fromCharCode((i * 7919 + 13) % 65536)).join(""),
};

describe("hostile text through linter.lint", () => {
  for (const [name, text] of Object.entries(SMALL)) {
    it(`${name}: no throw, sane ranges, bounded time`, async () => {
      for (const policy of PACKS) {
        const { result, ms } = await lintTimed(text, policy);
        expectSaneRanges(text, result);
        expect(ms, `${name} with ${policy}`).toBeLessThan(5000);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it("a planted patient detail is still found next to binary, BOM, CR and zero-width noise", async () => {
    for (const noise of ["\u0000", "\uFEFF", "\r", "\u200B", "\uD800"]) {
      const text = `${noise}I'm a nursing student.${noise}\n\nToday Mrs. Tan in bed 4 told me her diagnosis.${noise}\n`;
      const { result } = await lintTimed(text, "imu-students");
      expectSaneRanges(text, result);
      expect(result.findings.map((f) => f.rule)).toContain("patient.identifier");
    }
  });

  it("surrogate pairs: no finding or edit splits a pair, even when the flagged word touches emoji", async () => {
    const text = "😀Mrs. Tan😀 in bed 4😀 said damn😀.\n\n😀jo.lee@imu.edu.my😀 I study at IMU😀\n";
    for (const policy of PACKS) expectSaneRanges(text, (await lintTimed(text, policy)).result);
  });

  it("very long lines (2 MB on one line) lint in bounded time", async () => {
    const text = (POST + " ").repeat(Math.ceil(2_000_000 / POST.length)).slice(0, 2_000_000);
    const { result, ms } = await lintTimed(text, "imu-students", Date.now() + 8000);
    expectSaneRanges(text, result);
    expect(ms).toBeLessThan(15000);
  });

  it("5,000 nested quotes and 5,000 nested list markers: no stack overflow, the deep part is read plainly", async () => {
    const cases = [
      ">".repeat(5000) + " Mrs. Tan in bed 4 told me her diagnosis.",
      "- ".repeat(5000) + "Mrs. Tan in bed 4 told me her diagnosis.",
      "1. ".repeat(5000) + "item",
      Array.from({ length: 600 }, (_, i) => "  ".repeat(i) + "- Mrs. Tan item " + i).join("\n"),
      Array.from({ length: 600 }, (_, i) => ">".repeat(i + 1) + " hi " + i).join("\n"),
      "[".repeat(50000) + "Mrs. Tan" + "]".repeat(50000),
      "*a **a ".repeat(20000) + "b" + " a** a*".repeat(20000),
    ];
    for (const text of cases) {
      const t0 = performance.now();
      const doc = parseDocument(text);
      expect(performance.now() - t0).toBeLessThan(5000);
      expect(doc.prose.length).toBe(text.length);
      const { result, ms } = await lintTimed(text, "imu-students", Date.now() + 5000);
      expectSaneRanges(text, result);
      expect(ms).toBeLessThan(12000);
    }
    // the deep quote's words stay prose (rules still see them)
    const deep = ">".repeat(5000) + " Mrs. Tan in bed 4 told me her diagnosis.";
    expect(parseDocument(deep).prose.trim()).toBe("Mrs. Tan in bed 4 told me her diagnosis.");
    expect(nestingDepth(deep)).toBeGreaterThan(MAX_NESTING);
  });

  it("thousands of images (local and remote) lint in bounded time, each image is seen", async () => {
    const text = Array.from({ length: 3000 }, (_, i) => i % 2 ? `![scan ${i}](https://cdn.example.org/p/${i}.jpg)` : `![[photo-${i}.png]]`).join("\n");
    const { result, ms } = await lintTimed(text, "imu-students");
    expectSaneRanges(text, result);
    expect(result.doc.images.length).toBe(3000);
    expect(ms).toBeLessThan(15000);
  });

  it("a 10 MB document stops at its deadline with a clear partial result", async () => {
    const paras: string[] = [];
    for (let i = 0, n = 0; n < 10_000_000; i++) { const p = `Paragraph ${i}: Mrs. Tan${i} in bed ${i % 40} told me her diagnosis; email me at s${i}@imu.edu.my.\n\n`; paras.push(p); n += p.length; }
    const text = paras.join("");
    expect(text.length).toBeGreaterThanOrEqual(10_000_000);
    const budget = 3000;
    const { result, ms } = await lintTimed(text, "imu-students", Date.now() + budget);
    expect(result.incomplete).toBe("deadline");
    expectSaneRanges(text, result);
    // the whole model is still built (late chunks read plainly), and the bound holds
    expect(result.doc.prose.length).toBe(text.length);
    expect(ms).toBeLessThan(budget + 12000);
    console.info(`10 MB lint with a ${budget} ms deadline: ${ms.toFixed(0)} ms, ${result.findings.length} findings (partial)`);
  }, 60000);

  it("without a deadline nothing is marked incomplete; with a cancelled flag the result says so", async () => {
    expect((await lintTimed(POST, "imu-students")).result.incomplete).toBeUndefined();
    const cancelled = await linter.lint(POST, { config: { policy: "imu-students" }, isCancelled: () => true });
    expect(cancelled.incomplete).toBe("cancelled");
  });

  it("the plain reader keeps links, images, code and e-mail addresses out of the prose", () => {
    const src = "- > Mrs. Tan `code Mrs` [label](https://x.org/Mrs) ![alt](a.png) <b>bold</b> jo@imu.edu.my **strong**";
    const p = parsePlainChunk(src);
    expect(p.prose.length).toBe(src.length);
    expect(p.prose).toContain("Mrs. Tan");
    expect(p.prose).toContain("label");
    expect(p.prose).toContain("strong");
    expect(p.prose).not.toContain("code");
    expect(p.prose).not.toContain("x.org");
    expect(p.prose).not.toContain("imu.edu.my");
    expect(p.images.map((i) => i.src)).toEqual(["a.png"]);
    expect(p.links.map((l) => l.kind).sort()).toEqual(["autolink", "markdown"]);
    expect(p.blocks[0]).toMatchObject({ inQuote: true, inList: true });
  });
});

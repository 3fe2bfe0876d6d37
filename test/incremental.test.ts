/**
 * Incremental linting gives the same results as a full lint, always: random edit sequences
 * (inserts, deletes, replacements across chunk and fence boundaries, front matter, lists, code
 * fences, Obsidian comments, CRLF) applied to realistic notes; after each step the model made by
 * `updateDocument` and the findings of `lint(text, { previous, changes })` are compared with a full
 * `parseDocument` and a full lint (by a separate linter) of the same text. Seeded and time-bounded.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createLinter, parseDocument, updateDocument, LineIndex, type DocumentModel, type LintResult, type TextChange, type Finding } from "../shared/src/index.js";
import { rules, builtinPacks } from "../rules/index.js";

const SENTENCES = [
  "This morning we clerked a patient with worsening leg swelling on the medical ward.",
  "Mrs. Tan, a 74-year-old in bed 12, was admitted on 3 March with cellulitis of the left leg.",
  "I am a medical student at the International Medical University and this is my journal.",
  "Email me at someone@example.com if you want the notes from the respiratory block.",
  "The consultant said that sepsis kills more people than most cancers, e.g. pneumonia.",
  "That damn registrar made the whole shift feel like hell.",
  "You should stop taking your metformin if the tablets upset your stomach.",
  "Patients taught me more this week than any textbook, mostly about listening.",
  // several patients, later mentions, a family, French: the patient analysis carries them across edits
  "Mr Lim Chee Keong, 68, came in with chest pain from Ipoh; his MRN 0049-2217 was on the wristband.",
  "Later Lim asked whether his daughter could visit, and Mrs. Tan laughed.",
  "Mme Gagnon, âgée de 84 ans, a été admise le 3 février à l'Hôpital de Rimouski.",
  "The owner, Mrs Halvorsen, brought in Bella, a 9-year-old labrador with a cruciate tear.",
  "She was admitted last month and my grandmother visited her.",
  "Her son sent me a friend request on Facebook and I accepted it.",
];

/** A realistic note with every construct the chunk splitter and the parser care about. */
function note(seed: number, crlf: boolean, minBlocks = 6): string {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const para = () => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => pick(SENTENCES)).join(" ");
  const parts: string[] = [];
  if (rand() < 0.7) parts.push("---\ntitle: Ward notes\ntags: [journal]\n---");
  parts.push("# Ward notes");
  const blocks = [
    () => para(),
    () => `## ${pick(["Morning", "Reflection", "Teaching"])}`,
    () => `- ${pick(SENTENCES)}\n- ${pick(SENTENCES)}\n  continued line`,
    () => `1. ${pick(SENTENCES)}\n2. ${pick(SENTENCES)}`,
    () => "```js\nconst patient = 'Mrs Tan, bed 12';\n\nconsole.log(patient);\n```",
    () => "~~~\nfenced with tildes\n\n~~~",
    () => `%% private: ${pick(SENTENCES)}\n\nstill hidden %%`,
    () => `<!-- decorum-disable-next-line -->\n${pick(SENTENCES)}`,
    () => `<!-- a comment\n\nover lines -->`,
    () => `> [!note] Callout\n> ${pick(SENTENCES)}`,
    () => `> ${pick(SENTENCES)}`,
    () => `| who | where |\n|-----|-------|\n| Mrs Tan | bed 12 |`,
    () => `| Patient | Age | Bed | Diagnosis |\n|---|---|---|---|\n| Rahim | 74 | 12 | CAP |\n| Siti | 31 | 4 | PPH |`,
    () => `My patients on the ward today:\n\n- Rahim, 74, CAP\n- Siti, 31 — PPH`,
    () => `![Mr Lim walking with his frame](lim.jpg) ${pick(SENTENCES)}`,
    () => `![scan][ref] and ![[xray.png|300]] and [[Note|alias]] and ![alt](a.png "t")`,
    () => `[ref]: https://example.com/scan.png "Scan"`,
    () => "$$\nx = 1\n\ny = 2\n$$",
    () => `<img src="b.jpg" alt="B"> ${para()}`,
    () => `    indented code\n    more`,
    () => `Inline \`code\` and https://example.com and <b>html</b>. ${para()}`,
  ];
  const n = minBlocks + Math.floor(rand() * 10);
  for (let i = 0; i < n; i++) parts.push(pick(blocks)());
  const text = parts.join(rand() < 0.2 ? "\n\n\n" : "\n\n") + (rand() < 0.5 ? "\n" : "");
  return crlf ? text.replace(/\n/g, "\r\n") : text;
}

const FRAGMENTS = [
  "\n", "\n\n", "\r\n", "\r\n\r\n", " ", "e", "x", ".", "```", "```\n", "~~~", "%%", "<!--", "-->", "---\n", "---", "$$",
  "> ", "- ", "1. ", "# ", "|a|b|\n|-|-|\n", "![x][ref]", "\n[ref]: http://x.org/a.png\n", "[[Note]]", "`", "*", "_",
  "Mrs Tan", " in bed 12", " Lim", "Mr ", " admitted", " Gagnon", "my ", "damn", "e.g. ", "Dr. ", "someone@example.com", "\n\n<!-- decorum-disable -->\n\n", "\t", "    ",
  "title: x\n", "decorum: { policy: general }\n", "\uFEFF",
];

interface Edit { at: number; remove: number; insert: string }
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(40)),
  insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constant(""), fc.string({ maxLength: 6 }), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 3 }).map((xs) => xs.join(""))),
});

/** Clamps an edit to the text, and never splits a CR LF pair or a surrogate pair (editors do not). */
function toChange(text: string, e: Edit): TextChange {
  let start = text.length ? e.at % (text.length + 1) : 0;
  let end = Math.min(text.length, start + e.remove);
  const inside = (i: number) => i > 0 && i < text.length && ((text[i - 1] === "\r" && text[i] === "\n") || /[\uD800-\uDBFF]/.test(text[i - 1]!));
  if (inside(start)) start--;
  if (inside(end)) end++;
  return { start, end, text: e.insert };
}

const apply = (text: string, c: TextChange) => text.slice(0, c.start) + c.text + text.slice(c.end);

function modelView(doc: DocumentModel) {
  return {
    text: doc.text, prose: doc.prose, bodyStart: doc.bodyStart, frontMatter: doc.frontMatter, lineStarts: doc.lines.lineStarts,
    blocks: doc.blocks, images: doc.images, links: doc.links, comments: doc.comments, code: doc.code,
  };
}

const findingView = (f: Finding) => ({ rule: f.rule, start: f.start, end: f.end, severity: f.severity, message: f.message, text: f.text, fixes: f.fixes, sources: f.sources });

const POLICIES = ["general", "imu-students", "imu-staff"];

describe("incremental document model", () => {
  it("updateDocument equals parseDocument after random edits", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.boolean(), fc.array(fc.tuple(editArb, fc.constantFrom("changes", "diff", "batch")), { minLength: 1, maxLength: 12 }), (seed, crlf, edits) => {
        let text = note(seed, crlf);
        let doc = parseDocument(text);
        for (const [edit, mode] of edits) {
          const changes = [toChange(text, edit)];
          let next = apply(text, changes[0]!);
          if (mode === "batch") { // two edits in one notification, the second in the coordinates after the first
            const second = toChange(next, { at: edit.at * 7 + 3, remove: edit.remove % 5, insert: "\n" });
            changes.push(second);
            next = apply(next, second);
          }
          doc = updateDocument(doc, next, mode === "diff" ? undefined : changes);
          text = next;
          expect(modelView(doc)).toEqual(modelView(parseDocument(text)));
        }
      }),
      { seed: 20240611, numRuns: 300, interruptAfterTimeLimit: 6000 },
    );
  });

  it("updates line starts around CR, LF and CR LF", () => {
    const cases: [string, TextChange][] = [
      ["a\rb", { start: 2, end: 2, text: "\n" }], ["a\r\nb", { start: 2, end: 3, text: "" }], ["a\r\nb", { start: 1, end: 2, text: "" }],
      ["\r", { start: 1, end: 1, text: "\n" }], ["ab", { start: 0, end: 0, text: "\r" }], ["a\n", { start: 2, end: 2, text: "\r" }],
    ];
    for (const [text, c] of cases) {
      const next = apply(text, c);
      expect(LineIndex.afterEdit(new LineIndex(text), next, c.start, c.end, c.start + c.text.length).lineStarts).toEqual(new LineIndex(next).lineStarts);
    }
  });
});

describe("incremental lint", () => {
  it("lint(text, { previous, changes }) reports what a full lint reports", () => {
    const incremental = createLinter({ rules, packs: builtinPacks });
    const full = createLinter({ rules, packs: builtinPacks });
    fc.assert(
      fc.property(fc.nat(1000), fc.boolean(), fc.constantFrom(...POLICIES), fc.array(fc.tuple(editArb, fc.boolean()), { minLength: 1, maxLength: 8 }), (seed, crlf, policy, edits) => {
        const config = { policy };
        let text = note(seed, crlf);
        let previous: LintResult = incremental.lintSync(text, { config });
        for (const [edit, withChanges] of edits) {
          const change = toChange(text, edit);
          text = apply(text, change);
          const result = incremental.lintSync(text, { config, previous, changes: withChanges ? [change] : undefined });
          const expected = full.lintSync(text, { config });
          expect(result.findings.map(findingView)).toEqual(expected.findings.map(findingView));
          expect(result.failedRules).toEqual(expected.failedRules);
          expect(modelView(result.doc)).toEqual(modelView(expected.doc));
          previous = result;
        }
      }),
      { seed: 7, numRuns: 120, interruptAfterTimeLimit: 9000 },
    );
  });

  it("on long notes (findings carried past the edit) reports what a full lint reports", () => {
    const incremental = createLinter({ rules, packs: builtinPacks });
    const full = createLinter({ rules, packs: builtinPacks });
    fc.assert(
      fc.property(fc.nat(1000), fc.constantFrom(...POLICIES), fc.array(editArb, { minLength: 1, maxLength: 6 }), (seed, policy, edits) => {
        const config = { policy };
        let text = note(seed, false, 60);
        let previous: LintResult = incremental.lintSync(text, { config });
        for (const edit of edits) {
          const change = toChange(text, edit);
          text = apply(text, change);
          const result = incremental.lintSync(text, { config, previous, changes: [change] });
          expect(result.findings.map(findingView)).toEqual(full.lintSync(text, { config }).findings.map(findingView));
          expect(result.failedRules).toEqual([]);
          previous = result;
        }
      }),
      { seed: 11, numRuns: 60, interruptAfterTimeLimit: 9000 },
    );
  });

  it("a block the edit did not touch follows a change to the story before it", () => {
    const incremental = createLinter({ rules, packs: builtinPacks });
    const full = createLinter({ rules, packs: builtinPacks });
    const config = { policy: "imu-students" };
    const story = "Mr Lim, 68, was admitted to our ward with chest pain and I clerked him.";
    const contact = "\n\nHis son sent me a friend request on Facebook and I accepted it.\n";
    const steps = ["The weather was lovely on the walk home today.", story, "The weather was lovely on the walk home today."];
    let text = steps[0]! + contact;
    let previous = incremental.lintSync(text, { config });
    for (const next of steps.slice(1)) {
      const change = { start: 0, end: text.indexOf("\n\n"), text: next };
      text = next + contact;
      previous = incremental.lintSync(text, { config, previous, changes: [change] });
      expect(previous.findings.map(findingView)).toEqual(full.lintSync(text, { config }).findings.map(findingView));
    }
    expect(full.lintSync(story + contact, { config }).findings.some((f) => f.rule === "patient.contact")).toBe(true);
  });

  it("reuses the unchanged blocks and their findings", () => {
    const linter = createLinter({ rules, packs: builtinPacks });
    const text = note(3, false) + "\n\nThat damn registrar.\n\nA last paragraph here.\n";
    const first = linter.lintSync(text, { config: { policy: "general" } });
    const at = text.indexOf("A last paragraph");
    const second = linter.lintSync(text.slice(0, at) + "x" + text.slice(at), { config: { policy: "general" }, previous: first, changes: [{ start: at, end: at, text: "x" }] });
    const kept = first.doc.blocks.filter((b) => b.end < at);
    expect(kept.length).toBeGreaterThan(3);
    for (let i = 0; i < kept.length; i++) expect(second.doc.blocks[i]).toBe(kept[i]);
    const profane = first.findings.find((f) => f.rule === "conduct.profanity" && f.end < at);
    if (profane) expect(second.findings).toContain(profane);
  });
});

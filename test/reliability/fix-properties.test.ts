/**
 * Fixes never lose text: fast-check properties over random documents built from fragments that
 * trigger the rules (institution mentions, institutional e-mail, patient sentences, profanity,
 * headings, lists, code, front matter), for every pack and every fix. Seeded and bounded.
 */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { applyEdits, collectSafeEdits, type Edit, type Finding } from "../../shared/src/index.js";
import { linter } from "../helpers/lint.js";

const FRAGMENTS = [
  "I'm a third-year student at the International Medical University.",
  "I teach pharmacology at IMU.",
  "Email me at farid.h@imu.edu.my if you have questions.",
  "Contact jo.lee@umn.edu for the slides.",
  "Today Mrs. Tan in bed 4 told me her diagnosis.",
  "A 45-year-old man (MRN 1234567) came in with chest pain on ward 7B.",
  "My patient's daughter Aisha cried when I told her.",
  "That shift was damn hard and the f*cking pager never stopped.",
  "You should stop taking your metformin if you feel dizzy.",
  "Our hospital is the best in the country, trust me.",
  "Drinking until 3am after exams 🍺",
  "This is a general lesson about hand hygiene.",
  "😀 Emoji 👩🏽‍⚕️ and ünïcödé text.",
];
const BLOCKS = [
  (s: string) => s,
  (s: string) => `# ${s}`,
  (s: string) => `- ${s}\n- ${s.toLowerCase()}`,
  (s: string) => `> ${s}`,
  (s: string) => `1. ${s}`,
  (s: string) => "```\n" + s + "\n```",
  (s: string) => `\`${s.slice(0, 20)}\` ${s}`,
  (s: string) => `[${s.slice(0, 15)}](https://example.org/x) ${s}`,
  (s: string) => `<!-- ${s} -->`,
  (s: string) => `%% ${s} %%`,
  (s: string) => `| a | b |\n|---|---|\n| ${s} | x |`,
];
const FRONT = ["", "---\ntitle: Notes\n---\n", "---\ndecorum:\n  policy: imu-staff\n---\n", "---\ntitle: [broken\n---\n"];
const EOL = ["\n", "\r\n"];
const PACKS = ["general", "imu-students", "imu-staff", "umn-health-sciences", "quebec-postgraduate", "imi"];

const documentArb = fc.record({
  front: fc.constantFrom(...FRONT),
  blocks: fc.array(fc.tuple(fc.nat(BLOCKS.length - 1), fc.nat(FRAGMENTS.length - 1), fc.nat(FRAGMENTS.length - 1)), { minLength: 1, maxLength: 8 }),
  eol: fc.constantFrom(...EOL),
  pack: fc.constantFrom(...PACKS),
  trailing: fc.boolean(),
}).map(({ front, blocks, eol, pack, trailing }) => {
  const body = blocks.map(([b, f, g]) => BLOCKS[b]!(`${FRAGMENTS[f]} ${FRAGMENTS[g]}`)).join("\n\n");
  const text = (front + body + (trailing ? "\n" : "")).replace(/\n/g, eol);
  return { text, pack };
});

const lint = async (text: string, policy: string) => (await linter.lint(text, { config: { policy } })).findings;
const editable = (f: Finding) => f.fixes.filter((x) => !x.command);

/** Text outside the edits is unchanged: compares the pieces between edits. */
function expectOnlyEditedRangesChanged(before: string, after: string, edits: readonly Edit[]) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let delta = 0, prev = 0;
  for (const e of sorted) {
    expect(after.slice(prev + delta, e.start + delta)).toBe(before.slice(prev, e.start));
    expect(after.slice(e.start + delta, e.start + delta + e.insert.length)).toBe(e.insert);
    delta += e.insert.length - (e.end - e.start);
    prev = e.end;
  }
  expect(after.slice(prev + delta)).toBe(before.slice(prev));
  expect(after.length).toBe(before.length + delta);
}

const RUNS = { seed: 9, numRuns: 60, endOnFailure: true } as const;

describe("fixes never lose text (property tests)", () => {
  it("every fix changes only its own ranges, and keeps line endings", async () => {
    let checked = 0;
    await fc.assert(fc.asyncProperty(documentArb, async ({ text, pack }) => {
      for (const f of await lint(text, pack)) {
        for (const fix of editable(f)) {
          const after = applyEdits(text, fix.edits);
          expectOnlyEditedRangesChanged(text, after, fix.edits);
          checked++;
          // a CRLF document never gains a bare LF from a fix
          if (text.includes("\r\n")) for (const e of fix.edits) expect(/(^|[^\r])\n/.test(e.insert), `${f.rule}/${fix.id} inserts a bare LF into a CRLF document`).toBe(false);
        }
      }
    }), RUNS);
    expect(checked, "the generated documents do trigger fixes").toBeGreaterThan(50);
  }, 120000);

  it("re-lint clears the fixed finding (safe fixes)", async () => {
    await fc.assert(fc.asyncProperty(documentArb, async ({ text, pack }) => {
      const findings = await lint(text, pack);
      for (const f of findings) {
        const fix = editable(f).find((x) => x.kind === "safe");
        if (!fix) continue;
        const after = applyEdits(text, fix.edits);
        const again = await lint(after, pack);
        // the same finding (rule + flagged text at the same mapped place) is gone
        const shift = fix.edits.filter((e) => e.end <= f.start).reduce((d, e) => d + e.insert.length - (e.end - e.start), 0);
        const still = again.filter((g) => g.rule === f.rule && g.text === f.text && g.start === f.start + shift);
        expect(still, `${f.rule}/${fix.id} still reported after its fix`).toEqual([]);
      }
    }), { ...RUNS, numRuns: 30 });
  }, 120000);

  it("fix-all is idempotent after re-lint, and equals applying each safe fix when they do not overlap", async () => {
    await fc.assert(fc.asyncProperty(documentArb, async ({ text, pack }) => {
      const findings = (await lint(text, pack)).filter((f) => f.fixes.every((x) => !x.command));
      const edits = collectSafeEdits(findings);
      const once = applyEdits(text, edits);
      expectOnlyEditedRangesChanged(text, once, edits);
      // fix-all again after re-lint: converges (a second pass may fix what overlapped; a third changes nothing)
      const twice = applyEdits(once, collectSafeEdits((await lint(once, pack)).filter((f) => f.fixes.every((x) => !x.command))));
      const thrice = applyEdits(twice, collectSafeEdits((await lint(twice, pack)).filter((f) => f.fixes.every((x) => !x.command))));
      expect(thrice).toBe(twice);
      // each safe fix applied one by one (from the end, so offsets hold) gives the same text when none overlap
      const chosen = findings.map((f) => f.fixes.find((x) => x.kind === "safe" && x.preferred) ?? f.fixes.find((x) => x.kind === "safe")).filter((x) => !!x);
      const unique = [...new Map(chosen.map((x) => [JSON.stringify(x.edits), x])).values()];
      const all = unique.flatMap((x) => x.edits).sort((a, b) => a.start - b.start || a.end - b.end);
      const overlap = all.some((e, i) => i > 0 && (e.start < all[i - 1]!.end || (e.start === all[i - 1]!.start && e.start === e.end)));
      if (!overlap) {
        let oneByOne = text;
        for (const e of [...all].reverse()) oneByOne = applyEdits(oneByOne, [e]);
        expect(oneByOne).toBe(once);
      }
    }), { ...RUNS, numRuns: 40 });
  }, 120000);

  it("applyEdits refuses overlapping or out-of-range edits instead of corrupting text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 50 }), fc.array(fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }), insert: fc.string({ maxLength: 5 }) }), { maxLength: 4 }), (text, edits) => {
      let out: string | undefined;
      try { out = applyEdits(text, edits); } catch (e) { expect(e).toBeInstanceOf(RangeError); return; }
      expectOnlyEditedRangesChanged(text, out, edits);
    }), { seed: 3, numRuns: 500 });
  });
});

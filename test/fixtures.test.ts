/**
 * Fixture harness: test/fixtures/rules/<rule id>/<case>.md, with `{rule.id}` markers at the end
 * of each line where that rule must report (a finding starts on that line), and a first line
 * `<!-- fixture-policy: PACK -->`. Every fix of every finding is applied and checked by
 * round-trip: text outside the fix's edits is unchanged, and for safe fixes re-linting no longer
 * reports that finding.
 */
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { applyEdits } from "../shared/src/index.js";
import { lintText } from "./helpers/lint.js";
import { rules } from "../rules/index.js";

const ROOT = resolve(import.meta.dirname, "fixtures/rules");
const MARKER = /[ \t]*\{([a-z]+\.[a-z-]+)\}/g;

function readFixture(path: string) {
  const raw = readFileSync(path, "utf8");
  const policy = /^<!-- fixture-policy: ([a-z-]+) -->/.exec(raw)?.[1] ?? "general";
  const expected: { line: number; rule: string }[] = [];
  const lines = raw.split("\n").map((line, i) => line.replace(MARKER, (_, rule: string) => { expected.push({ line: i, rule }); return ""; }));
  return { text: lines.join("\n"), policy, expected };
}

const ruleDirs = readdirSync(ROOT).sort();

describe("rule fixtures", () => {
  it("cover every text rule (image metadata and size need image files: tested in test/rules/images.test.ts)", () => {
    const missing = rules.map((r) => r.id).filter((id) => !ruleDirs.includes(id) && !["image.metadata", "image.resolution"].includes(id));
    expect(missing).toEqual([]);
  });

  for (const ruleId of ruleDirs) {
    for (const file of readdirSync(join(ROOT, ruleId)).filter((f) => f.endsWith(".md")).sort()) {
      it(`${ruleId}/${file}`, async () => {
        const { text, policy, expected } = readFixture(join(ROOT, ruleId, file));
        const result = await lintText(text, policy);
        const lines = result.doc.lines;
        const actual = result.findings.filter((f) => f.rule === ruleId).map((f) => ({ line: lines.toPosition(f.start).line, rule: f.rule }));
        const dedupe = (xs: { line: number; rule: string }[]) => [...new Set(xs.map((x) => `${x.line}:${x.rule}`))].sort();
        expect(dedupe(actual)).toEqual(dedupe(expected.filter((e) => e.rule === ruleId)));

        for (const finding of result.findings.filter((f) => f.rule === ruleId)) {
          for (const fix of finding.fixes) {
            if (fix.command) continue; // host commands are tested where the host is
            const fixed = applyEdits(text, fix.edits);
            const first = Math.min(...fix.edits.map((e) => e.start));
            const last = Math.max(...fix.edits.map((e) => e.end));
            const growth = fixed.length - text.length;
            expect(fixed.slice(0, first), `${fix.id} keeps the text before its edits`).toBe(text.slice(0, first));
            expect(fixed.slice(last + growth), `${fix.id} keeps the text after its edits`).toBe(text.slice(last));
            if (fix.kind !== "safe") continue;
            const again = await lintText(fixed, policy);
            const same = again.findings.filter((f) => f.rule === ruleId && f.text === finding.text && f.start === finding.start);
            expect(same, `${ruleId}: ${fix.id} clears its finding`).toEqual([]);
          }
        }
      });
    }
  }
});

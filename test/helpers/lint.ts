/** Test helpers: lint a string with the real registry, and check fixes by round-trip. */
import { expect } from "vitest";
import { createLinter, applyEdits, type Finding, type DecorumConfig, type LintResult, type Host } from "../../shared/src/index.js";
import { rules, builtinPacks } from "../../rules/index.js";

export const linter = createLinter({ rules, packs: builtinPacks });

export async function lintText(text: string, policy = "general", config: DecorumConfig = {}, host?: Host, documentPath?: string): Promise<LintResult> {
  return linter.lint(text, { config: { policy, ...config }, host, documentPath });
}

export async function findingsOf(text: string, rule: string, policy = "general", config: DecorumConfig = {}): Promise<Finding[]> {
  return (await lintText(text, policy, config)).findings.filter((f) => f.rule === rule);
}

/**
 * Applies `fixId` of the first `rule` finding, then checks the round-trip: the result equals
 * `expected` (when given), text outside the fix's edits is unchanged, and re-linting no longer
 * reports that finding. Returns the fixed text.
 */
export async function expectFixRoundTrip(text: string, rule: string, fixId: string, policy = "general", expected?: string, config: DecorumConfig = {}): Promise<string> {
  const before = (await lintText(text, policy, config)).findings.filter((f) => f.rule === rule);
  expect(before.length, `expected a ${rule} finding`).toBeGreaterThan(0);
  const finding = before.find((f) => f.fixes.some((x) => x.id === fixId));
  expect(finding, `expected a ${rule} finding with fix ${fixId}`).toBeDefined();
  const fix = finding!.fixes.find((x) => x.id === fixId)!;
  const fixed = applyEdits(text, fix.edits);
  if (expected !== undefined) expect(fixed).toBe(expected);
  // nothing outside the edited ranges changed
  const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
  let delta = 0;
  let prevEnd = 0;
  for (const e of sorted) {
    expect(fixed.slice(prevEnd + delta, e.start + delta)).toBe(text.slice(prevEnd, e.start));
    delta += e.insert.length - (e.end - e.start);
    prevEnd = e.end;
  }
  expect(fixed.slice(prevEnd + delta)).toBe(text.slice(prevEnd));
  const after = (await lintText(fixed, policy, config)).findings.filter((f) => f.rule === rule);
  const stillThere = after.filter((f) => f.text === finding!.text && Math.abs(f.start - finding!.start) < 2);
  expect(stillThere, `the fixed ${rule} finding is gone after re-lint`).toHaveLength(0);
  return fixed;
}

/** True when the finding overlaps some occurrence of `sub` in `text` (how the corpus scorer matches a label). */
export function covers(text: string, f: Finding, sub: string): boolean {
  let at = text.indexOf(sub);
  while (at >= 0) {
    if (f.start < at + sub.length && at < f.end) return true;
    at = text.indexOf(sub, at + 1);
  }
  return false;
}

/** Table-driven rule cases (a short text under a pack: rules that must and must not report), shared by the recall and generalisation test files. */
import { it, expect } from "vitest";
import { covers, lintText } from "./lint.js";

/** `hit`: rules that must report (covering `at`, when given); `clean`: rules that must not report at all. */
export interface RuleCase { name: string; policy: string; text: string; hit?: string[]; clean?: string[]; at?: string }

export function checkRuleCases(cases: readonly RuleCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const findings = (await lintText(c.text, c.policy)).findings;
    const seen = findings.map((f) => `${f.rule}: ${f.text}`).join(" | ");
    for (const rule of c.hit ?? []) expect(findings.some((f) => f.rule === rule && (!c.at || covers(c.text, f, c.at))), `${rule} should report (${seen})`).toBe(true);
    for (const rule of c.clean ?? []) expect(findings.filter((f) => f.rule === rule).map((f) => f.text), `${rule} should not report`).toEqual([]);
  });
}

/** Table-driven patient.identifier / patient.encounter cases, shared by the patient recall test files. */
import { describe, it, expect } from "vitest";
import type { Finding } from "../../shared/src/index.js";
import { covers, lintText } from "./lint.js";

export const ID = "patient.identifier";
export const ENC = "patient.encounter";

/** `id`: spans that must each be flagged (and nothing else, bar `allow`); `enc`: spans an encounter must cover. */
export interface PatientCase { name: string; pack: string; text: string; id?: string[]; allow?: string[]; enc?: string[]; img?: string[]; contact?: string[] }

export async function findings(text: string, pack: string, rule: string): Promise<Finding[]> {
  return (await lintText(text, pack)).findings.filter((f) => f.rule === rule);
}

/** Positives flag exactly their identifiers and cover their encounters; negatives get no identifier and no encounter. */
export function patientCases(title: string, positives: readonly PatientCase[], negatives: readonly PatientCase[]): void {
  describe(`${title}: positives`, () => {
    for (const c of positives) {
      it(c.name, async () => {
        const ids = await findings(c.text, c.pack, ID);
        for (const e of c.id ?? []) expect(ids.some((f) => covers(c.text, f, e)), `identifier "${e}" in ${JSON.stringify(ids.map((f) => f.text))}`).toBe(true);
        for (const f of ids) expect([...(c.id ?? []), ...(c.allow ?? [])].some((e) => covers(c.text, f, e)), `unexpected identifier "${f.text}"`).toBe(true);
        const enc = await findings(c.text, c.pack, ENC);
        for (const e of c.enc ?? []) expect(enc.some((f) => covers(c.text, f, e)), `encounter "${e}" in ${JSON.stringify(enc.map((f) => f.text.slice(0, 40)))}`).toBe(true);
      });
    }
  });
  describe(`${title}: negatives`, () => {
    for (const c of negatives) {
      it(c.name, async () => {
        const got = [...(await findings(c.text, c.pack, ID)), ...(await findings(c.text, c.pack, ENC))].map((f) => `${f.rule}: ${f.text}`);
        expect(got).toEqual([]);
      });
    }
  });
}

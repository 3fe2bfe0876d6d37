/** patient.contact skips blocks without a contact word: that guard must never hide a match of the full pattern. */
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { CONTACT_ACTION, CONTACT_HINT } from "../../rules/patient/contact.js";

function files(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) { if (e !== "node_modules" && e !== "img") files(p, out); } else if (/\.(md|ts)$/.test(e)) out.push(p);
  }
  return out;
}

describe("patient.contact guard", () => {
  it("lets through every sentence and test string in which the contact pattern matches", () => {
    const roots = [resolve("test"), resolve("examples"), resolve("../shared/corpus")].filter((d) => { try { return statSync(d).isDirectory(); } catch { return false; } });
    let matched = 0;
    const hidden: string[] = [];
    for (const f of roots.flatMap((r) => files(r))) {
      const text = readFileSync(f, "utf8");
      const pieces = [...text.split(/(?<=[.!?])\s+|\n/), ...[...text.matchAll(/(["'`])((?:\\.|(?!\1).){8,}?)\1/g)].map((m) => m[2]!)];
      for (const p of pieces) {
        CONTACT_ACTION.lastIndex = 0;
        if (!CONTACT_ACTION.test(p)) continue;
        matched++;
        if (!CONTACT_HINT.test(p)) hidden.push(`${f}: ${p.slice(0, 80)}`);
      }
    }
    expect(matched).toBeGreaterThan(300);
    expect(hidden).toEqual([]);
  });
});

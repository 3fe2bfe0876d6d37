/** advice.individual runs a pattern only on sentences with its hint words: each hint must hold wherever its pattern matches. */
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { patternHints } from "../../rules/advice/individual.js";
import { parseDocument } from "../../shared/src/index.js";

function files(dir: string, ext: RegExp, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, ext, out);
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

/** Sentences of every corpus document, and every string literal of the rule tests (the cases that must and must not be flagged). */
function texts(): string[] {
  const out: string[] = [];
  const root = join(import.meta.dirname, "../..");
  for (const file of [...files(join(root, "test/corpus"), /\.md$/), ...files(join(root, "../shared/corpus/dev"), /\.md$/)]) {
    const doc = parseDocument(readFileSync(file, "utf8"));
    for (const b of doc.blocks) {
      out.push(b.text);
      for (const s of b.sentences) out.push(doc.text.slice(s.start, s.end));
    }
  }
  for (const file of files(join(root, "test/rules"), /\.ts$/)) {
    for (const m of readFileSync(file, "utf8").matchAll(/"((?:[^"\\\n]|\\.){12,})"/g)) {
      try { out.push(JSON.parse(`"${m[1]}"`) as string); } catch { out.push(m[1]!); }
    }
  }
  return out;
}

describe("advice.individual pattern hints", () => {
  it("hold in every text where their pattern matches", () => {
    const all = texts();
    expect(all.length).toBeGreaterThan(5000);
    let matched = 0;
    for (const { re, cue, medicine } of patternHints()) {
      for (const text of all) {
        re.lastIndex = 0;
        const m = re.exec(text);
        re.lastIndex = 0;
        if (!m) continue;
        matched++;
        expect(cue.test(text), `${re.source.slice(0, 60)}… matches "${m[0]}" without its hint`).toBe(true);
        if (medicine) expect(medicine.test(text), `${re.source.slice(0, 60)}… matches "${m[0]}" without a medicine`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(200); // the hints were really tried
  });

  it("holds on edge spacing: line breaks, several digits, curly apostrophes", () => {
    const cases = [
      "take 200 mg of ibuprofen", "Take\n400 mg ibuprofen three times a day", "you should\nrest it for two weeks", "you’ll need to ice it twice a day",
      "I’d just take two sumatriptan", "DM me your bloods and I’ll tell you", "send me a photo of your rash", "you can drop it to 25 mg",
      "no weaning needed at 25 mg", "alternate\nCalpol and Nurofen", "give her 5 ml of Calpol", "ask your GP to start you on sertraline",
    ];
    let matched = 0;
    for (const { re, cue, medicine } of patternHints()) {
      for (const text of cases) {
        re.lastIndex = 0;
        const hit = re.test(text);
        re.lastIndex = 0;
        if (!hit) continue;
        matched++;
        expect(cue.test(text) && (!medicine || medicine.test(text)), `${re.source.slice(0, 60)}… on "${text}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(8);
  });
});

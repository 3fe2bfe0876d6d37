/** Later mentions of a patient's name: the ASCII search finds what the names regex finds. */
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { asciiMentions } from "../../rules/patient/document-pass.js";

function viaRegex(text: string, tokens: string[]): [number, string][] {
  const re = new RegExp(`(?<![\\p{L}.'’])(?:${tokens.map((t) => t.replace(/[.*+?^${}()[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "giu");
  return [...text.matchAll(re)].filter((m) => /^\p{Lu}/u.test(m[0])).map((m) => [m.index, m[0]]);
}

describe("patient name mentions", () => {
  it("finds names as whole words, capitalised, leftmost and first-listed first", () => {
    const tokens = ["ann", "anna", "mary", "mary-ann", "o'neil", "tan"];
    const text = "Anna saw Ann. Mary-Ann and mary; Tan's tea, Tanya, O'Neil.Ann 'Ann St.Tan";
    expect(asciiMentions(text, tokens)).toEqual(viaRegex(text, tokens));
    // "Mary-Ann" is "Mary" then "Ann" (the first listed name that fits, then on after it); "mary" and "Tanya" are not mentions
    expect(asciiMentions(text, tokens).map((x) => x[1])).toEqual(["Anna", "Ann", "Mary", "Ann", "Tan", "O'Neil"]);
  });

  it("agrees with the regex on random text", () => {
    const word = fc.constantFrom("ann", "Ann", "ANNA", "anna", "Mary", "mary-ann", "Mary-Ann", "tan", "Tan", "O'Neil", "x", "Bo");
    const sep = fc.constantFrom(" ", "", ".", "'", "-", ", ", "\n", "s", "A");
    const tokenSet = fc.uniqueArray(fc.constantFrom("ann", "anna", "mary", "mary-ann", "o'neil", "tan", "bo", "an"), { minLength: 1, maxLength: 5 });
    fc.assert(fc.property(fc.array(fc.tuple(word, sep), { maxLength: 12 }), tokenSet, (parts, tokens) => {
      const text = parts.map(([w, s]) => w + s).join("");
      const sorted = [...tokens].sort();
      expect(asciiMentions(text, sorted)).toEqual(viaRegex(text, sorted));
    }), { numRuns: 3000, seed: 9 });
  });
});

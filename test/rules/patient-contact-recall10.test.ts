/** Tests for /tmp/patient-proposal.diff (contact.ts): object pronouns inside a story, Quebec partner words ("sa blonde"). */
import { describe, it, expect } from "vitest";
import { lintText, findingsOf } from "../helpers/lint.js";

const pos: [string, string][] = [
  ["quebec-postgraduate", "Jeune homme arrivé en détresse respiratoire hier soir à l'urgence. Petit bonus : sa blonde m'a ajouté sur Facebook pour me remercier, j'ai accepté évidemment.\n"],
  ["imi", "On a lighter note, a lovely lady I photograph for her psoriasis follow-ups sent me a friend request last week. Sure I accepted, she's a dote.\n"],
  ["umn-health-sciences", "An older gentleman I see for his diabetic foot checks was admitted overnight with cellulitis.\n\nHis girlfriend added me on Facebook the next day and I accepted.\n"],
];
const neg: [string, string][] = [
  ["quebec-postgraduate", "Ma blonde m'a ajouté sur Facebook en 2015, et on est encore ensemble!\n"],
  ["imi", "On a lighter note, a lovely lady I photograph for her psoriasis follow-ups sent me a friend request last week. I declined it and told her why at her next visit.\n"],
  ["umn-health-sciences", "My friend's girlfriend added me on Facebook and I accepted.\n"],
];
describe("contact proposal", () => {
  for (const [pack, text] of pos) it(`flags: ${text.slice(0, 50)}`, async () => {
    expect((await findingsOf(text, "patient.contact", pack)).length).toBeGreaterThan(0);
  });
  for (const [pack, text] of neg) it(`no contact: ${text.slice(0, 50)}`, async () => {
    expect((await findingsOf(text, "patient.contact", pack)).length).toBe(0);
  });
});

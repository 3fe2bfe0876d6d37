/**
 * Recall batch 9 for the patient rules, from classes of misses on an unseen corpus: a titled patient
 * (Malay/Indonesian honorifics "Pn.", "Ibu", "Bapak") who "came back"/"returned" to care; clinic words of
 * chiropractic/physiotherapy ("sciatica", "lumbar") as clinical context; a titled name in the alt text of
 * the author's own label, chart or scan. Near misses: a colleague who came back from leave, a Facebook
 * group named "Ibu …", a pharmacist named in an alt text, a remote image.
 */
import { describe, it, expect } from "vitest";
import { lintText, findingsOf } from "../helpers/lint.js";

const pos: [string, string, string][] = [
  ["imu-students", "Pn. Zaleha came back to clinic on Thursday walking better, and she cried when I asked about her grandson.\n", "patient.identifier"],
  ["imu-students", "Mr Tan returned to clinic two weeks later with a healed ulcer.\n", "patient.identifier"],
  ["imu-students", "Ibu Siti came in to the clinic yesterday with a fever and I took her history.\n", "patient.identifier"],
  ["umn-health-sciences", "Mrs Okafor came back on Monday and her lumbar pain was much better after the stretches I taught her.\n", "patient.identifier"],
  ["imu-students", "![Dispensing label I typed myself: Ibu Siti Rohmah, amoxicillin 500 mg tds](img/label.jpg)\n", "patient.image"],
  ["umn-health-sciences", "![Mrs Lindqvist's chart, day 3](img/chart.jpg)\n", "patient.image"],
  ["umn-health-sciences", "I spent three sessions dissecting the hand of Donor 27 in the anatomy lab this week.\n", "patient.identifier"],
  ["umn-health-sciences", "This one is drawn from life in the dissection room, from Cadaver 12. She was a former teacher from Duluth, 91 when she died.\n", "patient.identifier"],
  ["imu-students", "My last night on Wad 7 before rotation: Makcik in bed 4 held my hand when I said goodbye.\n", "patient.identifier"],
  ["imu-students", "![Bapak Hadi, lateral ceph before treatment](img/ceph.png)\n", "patient.image"],
];
const neg: [string, string][] = [
  ["imu-students", "I joined Kumpulan Ibu Sihat on Facebook last week and the admins are lovely.\n"],
  ["umn-health-sciences", "Mrs Smith came back from her holiday in Spain and gave the whole ward a lecture on sunscreen.\n"],
  ["imu-students", "Our matron Mrs Smith came back on Thursday and she thanked everyone for the card.\n"],
  ["imu-students", "![Our pharmacist Mrs Lim checking a label at the counter](img/label.jpg)\n"],
  ["imu-students", "![Label template for Mrs Lim](https://example.com/a.jpg)\n"],
  ["umn-health-sciences", "I have been a blood donor 12 times now and the nurses at the centre are lovely.\n"],
  ["umn-health-sciences", "Donor 1 gives a kidney to Recipient 2 in a paired exchange chain, which is how the algorithm works.\n"],
  ["imu-students", "The new wad 7 of notes arrived at the print shop.\n"],
  ["umn-health-sciences", "Dr. Haddad returned to teach our lumbar spine tutorial this week.\n"],
];

describe("patient recall 9", () => {
  for (const [pack, text, rule] of pos) it(`flags ${rule}: ${text.slice(0, 50)}`, async () => {
    expect((await findingsOf(text, rule, pack)).length).toBeGreaterThan(0);
  });
  for (const [pack, text] of neg) it(`leaves alone: ${text.slice(0, 50)}`, async () => {
    const f = (await lintText(text, pack)).findings;
    expect(f.filter((x) => x.rule.startsWith("patient.")).map((x) => x.rule)).toEqual([]);
  });
});

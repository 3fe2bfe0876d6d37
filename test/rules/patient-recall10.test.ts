/**
 * Recall batch 10 for the patient rules, from classes of misses on an unseen corpus: a before-and-after
 * photo of a cosmetic or dental treatment naming the patient; a clinic waiting room at a given time; a
 * veterinary dystocia photo; a French record number ("dossier 4471902"); a telegraphic French ED story
 * ("Jeune homme arrivé … hier soir à l'urgence"); a patient the author sees "for her psoriasis follow-ups";
 * a named farm outside a town for a veterinary patient; a department's patient board ("the ER board", "tableau de
 * l'urgence"); a cephalogram; a filled-in dispensing label; "84 when he died"; "IC ending 5523". Near misses: the author's own before-and-after,
 * a stand at an open day, a museum's instrument set, an empty waiting room, a French
 * application file, a generic French teaching sentence, a hypothetical patient, a farm shop visit.
 */
import { describe, it, expect } from "vitest";
import { lintText, findingsOf, covers } from "../helpers/lint.js";

const pos: [string, string, string, string?][] = [
  ["imu-students", "![Puan Siti before and after veneers](https://i.imgur.com/x8Kd2Qq.jpg)\n", "patient.image"],
  ["imu-students", "![Puan Siti before and after veneers](https://i.imgur.com/x8Kd2Qq.jpg)\n", "patient.identifier", "Puan Siti"],
  ["umn-health-sciences", "![Mrs Jensen before and after her new crowns](img/crowns.jpg)\n", "patient.image"],
  ["imu-students", "![Before and after whitening, Encik Rahman](img/whitening.jpg)\n", "patient.image"],
  ["imi", "![Dermatology clinic waiting room, Monday 9am](img/waiting.jpg)\n", "patient.image"],
  ["umn-health-sciences", "![ED waiting room at 2am, every seat taken](img/ed-waiting.jpg)\n", "patient.image"],
  ["umn-health-sciences", "![The heifer and her calf after the dystocia](img/heifer.jpg)\n", "patient.image"],
  ["umn-health-sciences", "![Me and the new calf in the straw](img/calf-dystocia-barn.jpg)\n", "patient.image"],
  ["quebec-postgraduate", "Patiente vue hier soir à l'urgence pour une douleur thoracique, dossier 4471902, troponines négatives.\n", "patient.identifier", "4471902"],
  ["quebec-postgraduate", "![Rx thorax, pneumothorax sous tension, dossier 4471902](img/rx-thorax.png)\n\nJeune homme arrivé en détresse respiratoire hier soir à l'urgence.\n", "patient.identifier", "4471902"],
  ["quebec-postgraduate", "Monsieur de 72 ans vu en clinique ce matin, numéro de dossier 882 1134, suivi pour son diabète.\n", "patient.identifier", "882 1134"],
  ["quebec-postgraduate", "Jeune homme arrivé en détresse respiratoire hier soir à l'urgence, déviation trachéale, hypotension. Il va bien ce matin.\n", "patient.encounter"],
  ["quebec-postgraduate", "Vieille dame admise cette nuit aux soins intensifs pour une pneumonie. Elle m'a tenu la main toute la nuit.\n", "patient.encounter"],
  ["imi", "On a lighter note, a lovely lady I photograph for her psoriasis follow-ups sent me a friend request last week. Sure I accepted, she's a dote.\n", "patient.encounter"],
  ["umn-health-sciences", "An older gentleman I see for his diabetic foot checks brought me tomatoes from his garden yesterday.\n", "patient.encounter"],
  ["imu-students", "The makcik I visit for her leg dressings every Tuesday told me all about her late husband.\n", "patient.encounter"],
  ["umn-health-sciences", "3 a.m. call out to the Vander Zee dairy outside Pipestone for a heifer with a calf stuck hip-lock. Dr. M let me do the traction and we got the calf out alive.\n", "patient.identifier", "Pipestone"],
  ["umn-health-sciences", "Called out at midnight to the Olsen farm near Worthington for a mare with colic. We tubed her in the barn.\n", "patient.identifier", "Worthington"],
  ["imu-students", "Remember the auntie from our Tuesday prosthodontics clinic session, the one who brought kuih for the whole bay? She DM'd me photos of her lower denture because it's rubbing again.\n", "patient.encounter"],
  ["umn-health-sciences", "Remember the old farmer from our Thursday diabetes clinic, the one with the red cap? He passed away last week.\n", "patient.encounter"],
  ["imu-students", "Pakcik came in breathless, legs like pillows.\n\n[^1]: For my own notes: bed 14, 5B, IC ending 5523, review echo on Monday.\n", "patient.identifier", "5523"],
  ["imu-students", "Pakcik came in breathless, legs like pillows.\n\n[^1]: For my own notes: bed 14, 5B, IC ending 5523, review echo on Monday.\n", "patient.identifier", "bed 14"],
  ["umn-health-sciences", "The lady in bed 6 was admitted overnight with sepsis; MRN ending in 88231, in case I forget.\n", "patient.identifier", "88231"],
  ["quebec-postgraduate", "![Le tableau de l'urgence à 4 h du matin : civière 22, 71 h; corridor B, 58 h](img/er-board-night.jpg)\n", "patient.image"],
  ["umn-health-sciences", "![The ED whiteboard at 2am, every bed full](img/board.jpg)\n", "patient.image"],
  ["imu-students", "![Lateral ceph, Puan Noraini, pre-treatment, ANB 7°](img/ceph-xray.jpg)\n", "patient.identifier", "Puan Noraini"],
  ["umn-health-sciences", "This one is drawn from life in the dissection room, from Donor 27. He was a former fisherman from Arbroath, 84 when he died, and he'd signed his bequest form the year his wife passed.\n", "patient.identifier", "84"],
  ["imu-students", "![Dispensing label I typed myself: Ibu Siti Rohmah, amoxicillin 500 mg tds](img/dispensary-label.jpg)\n", "patient.identifier", "Ibu Siti Rohmah"],
  ["imu-students", "![Medication label for Mr Lim, metformin 500 mg bd](https://example.com/x.jpg)\n", "patient.image"],
];
const neg: [string, string][] = [
  ["imu-students", "![My before and after braces, two years apart](img/me-braces.jpg)\n"],
  ["imu-students", "![Our radiography open day booth](img/radiography-open-day-2026.jpg)\n"],
  ["umn-health-sciences", "![Ultrasound demo stall at the careers fair](img/careers-fair.jpg)\n"],
  ["umn-health-sciences", "This week the hospital museum asked us to photograph a donated 1880s amputation set.\n\n![Copy stand with the amputation set laid out on black velvet](img/copy-stand-setup.jpg)\n"],
  ["imi", "![Victorian surgical kit on display in the hospital museum](img/museum-kit.jpg)\n"],
  ["umn-health-sciences", "![Empty ED waiting room at 4am](img/waiting.jpg)\n"],
  ["umn-health-sciences", "![Waiting room at the DMV, Monday 9am](img/dmv.jpg)\n"],
  ["umn-health-sciences", "![Me and a newborn calf at the petting farm](img/calf.jpg)\n"],
  ["quebec-postgraduate", "J'ai enfin déposé mon dossier 2026 de candidature au CaRMS, croisez les doigts!\n"],
  ["quebec-postgraduate", "Le dossier 4471902 du ministère sur les effectifs médicaux est enfin public.\n"],
  ["quebec-postgraduate", "Un jeune homme arrivé en détresse respiratoire avec une déviation trachéale doit être décomprimé avant l'imagerie.\n"],
  ["imi", "If a patient I treat for anxiety sends me a friend request, I decline it and explain why at the next visit.\n"],
  ["umn-health-sciences", "Patients I see for their diabetes checks often ask about diet, so I made a handout.\n"],
  ["imu-students", "A lady I know from church makes the best kuih and sent me a friend request last week.\n"],
  ["umn-health-sciences", "We drove out to the Olsen farm near Worthington for their pumpkin patch on Saturday.\n"],
  ["imu-students", "Remember the lecturer from our Tuesday prosthodontics clinic session, the one who taught us occlusion? She retired last week.\n"],
  ["imu-students", "Remember to bring your loupes to our Tuesday prosthodontics clinic session, the one in the new block.\n"],
  ["imu-students", "My IC ending 5523 got flagged at the bank again, so annoying.\n"],
  ["umn-health-sciences", "For my own notes: revise the brachial plexus and the rotator cuff before Monday.\n"],
  ["umn-health-sciences", "![Our teaching whiteboard with the brachial plexus drawn out](img/plexus.jpg)\n"],
  ["imu-students", "![Lateral ceph tracing practice on the model skull](img/ceph-practice.jpg)\n"],
  ["umn-health-sciences", "![Flipchart or board ideas for the study group](img/flip.jpg)\n"],
  ["umn-health-sciences", "My grandfather was a fisherman from Arbroath, 84 when he died, and I still miss him.\n"],
  ["quebec-postgraduate", "Jeune homme arrivé au Québec en 2019, il est maintenant résident en médecine familiale.\n"],
  ["umn-health-sciences", "The lady I visit every Sunday at my grandmother's care home always has cookies for us.\n"],
  ["imu-students", "Our Tuesday ethics clinic session was cancelled again, so we studied in the library.\n"],
  ["umn-health-sciences", "![Before and after veneers infographic for the open day](img/veneers-infographic.png)\n"],
  ["imu-students", "![Prescription label template from our pharmacy practical, amoxicillin 500 mg tds](img/label.jpg)\n"],
  ["imu-students", "![Drug label on the new paracetamol packs, 500 mg](img/packs.jpg)\n"],
];

const KENZIE = "3 a.m. call out to the Vander Zee dairy outside Pipestone for a heifer with a calf stuck hip-lock. Dr. M let me do the traction, we got the calf out alive.\n\nTheir daughter Kenzie DM'd me the next morning with a video of the calf nursing, so obviously I followed her back.\n";

describe("patient recall 10", () => {
  it("a relative's social contact after the story is contact, not another encounter", async () => {
    const enc = await findingsOf(KENZIE, "patient.encounter", "umn-health-sciences");
    expect(enc.some((x) => covers(KENZIE, x, "call out"))).toBe(true);
    const at = KENZIE.indexOf("Their daughter");
    expect(enc.some((x) => x.start >= at)).toBe(false);
    expect((await findingsOf(KENZIE, "patient.identifier", "umn-health-sciences")).some((x) => covers(KENZIE, x, "Kenzie"))).toBe(true);
  });
  for (const [pack, text, rule, sub] of pos) it(`flags ${rule}: ${text.slice(0, 60)}`, async () => {
    const f = await findingsOf(text, rule, pack);
    if (sub) expect(f.some((x) => covers(text, x, sub))).toBe(true);
    else expect(f.length).toBeGreaterThan(0);
  });
  for (const [pack, text] of neg) it(`leaves alone: ${text.slice(0, 60)}`, async () => {
    const f = (await lintText(text, pack)).findings;
    expect(f.filter((x) => x.rule.startsWith("patient.")).map((x) => x.rule)).toEqual([]);
  });
});

/**
 * Recall batch 4 for the patient rules, written from classes of misses on an unseen corpus (not from
 * its strings): a street named without a house number and its neighbourhood, a month tied to a care
 * event, a hospital unit code after a patient noun ("the frequent flyer from 6B"), owners named by
 * their surname in the plural and their town, a patient's relative named, a neighbourhood used as an
 * adjective before a person, the town of the placement where the story happened, a story that picks
 * one row out of a table of patients, a patient's name again in an image's alt text, clinical
 * photography file names and care units in alt text, and a child's parent who connected with the
 * author. Near misses: simulation scenarios, published cases that are "not one of ours", the author's
 * own month or street, contact-only sentences (not an encounter), demonyms, sports teams.
 */
import { describe, it, expect } from "vitest";
import { covers } from "../helpers/lint.js";
import { ID, findings, patientCases, type PatientCase } from "../helpers/patient-cases.js";

const IMG = "patient.image";
const CONTACT = "patient.contact";

type Case = PatientCase;



const positives: Case[] = [
  // streets without a number, a care month
  { name: "Malaysian street and neighbourhood, month of a fall", pack: "imu-students", text: "On my community posting we visited Encik Harun, who lives alone and walks to the surau on Lorong Cempaka in Taman Melati every day. After his stroke in February we practised stairs with him.\n", id: ["Encik Harun", "Lorong Cempaka in Taman Melati", "February"], enc: ["On my community posting"] },
  { name: "English street, month of surgery", pack: "umn-health-sciences", text: "On home visits this week I saw Mrs. Okafor, whose flat is off Hawthorn Road. Her hip replacement in October went well and she is back to gardening.\n", id: ["Mrs. Okafor", "Hawthorn Road", "October"], enc: ["On home visits"] },
  { name: "admitted in a month (French-speaking author writing English)", pack: "quebec-postgraduate", text: "Mr. Bouchard was admitted in January with his third pneumonia, and I looked after him for two weeks on the ward.\n", id: ["Mr. Bouchard", "January"], enc: ["Mr. Bouchard"] },
  // unit codes after a patient noun
  { name: "frequent flyer from a unit code", pack: "umn-health-sciences", text: "The ED keeps sending us the same frequent flyer from 4C, and every admission he asks for the same drug.\n", id: ["4C"], enc: ["frequent flyer"] },
  { name: "a lady up on 7 West", pack: "imu-students", text: "Overnight I was called to see the lady up on 7 West who pulled out her cannula again.\n", id: ["7 West"], enc: ["the lady"] },
  // owners by plural surname, their town
  { name: "vet owners by plural surname and town", pack: "umn-health-sciences", text: "On my equine rotation we treated a colicky mare whose owners, the Haugens from Cannon Falls, drove her in at midnight.\n", id: ["Haugens", "Cannon Falls"], enc: ["equine rotation"] },
  { name: "parents by plural surname", pack: "imu-students", text: "On the paeds ward today I clerked a toddler with bronchiolitis; his parents, the Rajendrans, stayed all night.\n", id: ["Rajendrans"], enc: ["paeds ward"] },
  // relative named
  { name: "patient's son named", pack: "imi", text: "Yesterday in the studio I photographed an elderly man's leg ulcer. His son Pádraig held his hand the whole time.\n", id: ["Pádraig"], enc: ["Yesterday in the studio"] },
  { name: "patient's wife named after a comma", pack: "quebec-postgraduate", text: "Cette nuit aux urgences, un homme de 70 ans est arrivé en détresse. His wife, Josée, told me he had been coughing for weeks.\n", id: ["70 ans", "Josée"], allow: ["un homme de 70 ans"], enc: ["Cette nuit"] },
  // a neighbourhood as an adjective
  { name: "neighbourhood before a person noun", pack: "umn-health-sciences", text: "Third visit this week from the same 4-year-old with a cough. Typical Cedar-Riverside family, the mum told me she cannot take time off work.\n", id: ["4-year-old", "Cedar-Riverside"], enc: ["Third visit"] },
  // town of the placement where the story happened
  { name: "rotation town in an encounter", pack: "imu-students", text: "Last month on my surgical posting in Kuala Terengganu I looked after a fisherman with a perforated ulcer.\n", id: ["Kuala Terengganu"], enc: ["Last month"] },
  // a story picking one row out of a patient table
  { name: "the second one after a patient table", pack: "imu-students", text: "| Patient | Bed | Issue |\n|---|---|---|\n| Encik Ali | 3 | fluid overload |\n| Puan Mei | 7 | hypokalaemia |\n\nThe hypokalaemia one worried me most: her potassium was 2.4 on admission.\n", id: ["Encik Ali", "Puan Mei", "3", "7"], enc: ["The hypokalaemia one"] },
];

const negatives: Case[] = [
  { name: "simulation scenario with a quoted age", pack: "umn-health-sciences", text: "Our sim day at the simulation centre went badly. The scenario: a \"45-year-old woman\" arrives in the ED with chest pain. The mannequin arrested twice.\n" },
  { name: "OSCE station scenario", pack: "imu-students", text: "OSCE practice tonight. My station scenario was a 70-year-old man admitted with a fall in March, played by an actor.\n" },
  { name: "published case discussed, not ours", pack: "umn-health-sciences", text: "In this episode we walk through a published case, not one of ours: the Mayo Clinic case report about a man from Rochester with a lung mass (NEJM 2019).\n" },
  { name: "contact-only sentence is not an encounter", pack: "imu-students", text: "Update from last week's video: the lovely uncle I looked after found my Instagram and followed me, so I followed back.\n" },
  { name: "the author's own month", pack: "imu-students", text: "I fell in March and broke my wrist, so my posting started late.\n" },
  { name: "the author's own street", pack: "umn-health-sciences", text: "I live on Grand Avenue in Saint Paul and cycle to the hospital every morning.\n" },
  { name: "demonym before a person noun", pack: "umn-health-sciences", text: "A Middle-Eastern family runs the bakery near campus; their bread is amazing.\n" },
  { name: "sports team in the plural", pack: "umn-health-sciences", text: "Went to see the Twins from the bleachers with my roommates last night.\n" },
  { name: "general month statement", pack: "imu-students", text: "Dengue admissions peak in January in many states, so clinics plan ahead.\n" },
  { name: "a row reference after a non-patient table", pack: "imu-students", text: "| Drug | Dose |\n|---|---|\n| enoxaparin | 1 mg/kg |\n\nThe enoxaparin one is the trickiest to adjust in renal impairment.\n" },
];

patientCases("patient recall 4", positives, negatives);

const images: Case[] = [
  { name: "alt text names the patient of the story", pack: "imu-students", text: "On my community posting we visited Pakcik Ramli at home after his stroke; he lives alone and we practised transfers.\n\n![Pakcik Ramli standing at his kitchen counter](ramli-kitchen.jpg)\n", img: ["![Pakcik Ramli"], id: ["Pakcik Ramli"] },
  { name: "animal patient on the exam table", pack: "umn-health-sciences", text: "![Mochi the tabby cat resting on the exam table after her dental](mochi.jpg)\n", img: ["![Mochi"] },
  { name: "hands on the palliative unit", pack: "quebec-postgraduate", text: "![Her hands in her son's on the oncology ward, the last night](mains.jpg)\n", img: ["![Her hands"] },
  { name: "clinical photography file name", pack: "imi", text: "Favourite of the day:\n\n![[scc-lower-lip-frontal.jpg]]\n", img: ["![[scc"] },
];
const imageNegatives: Case[] = [
  { name: "a pet's photo at home", pack: "umn-health-sciences", text: "![My cat Mochi asleep on the sofa](mochi.jpg)\n" },
  { name: "a name in alt text that is no patient", pack: "imu-students", text: "Thanks to my clinical educator Puan Rosnah for a great posting!\n\n![Puan Rosnah and me at the farewell lunch](farewell.jpg)\n" },
  { name: "a recipe file name", pack: "imi", text: "![[chicken-ala-king.jpg]]\n" },
];

describe("patient recall 4: images", () => {
  for (const c of images) {
    it(c.name, async () => {
      const got = await findings(c.text, c.pack, IMG);
      for (const e of c.img ?? []) expect(got.some((f) => covers(c.text, f, e)), `image "${e}"`).toBe(true);
      const ids = await findings(c.text, c.pack, ID);
      for (const e of c.id ?? []) expect(ids.some((f) => covers(c.text, f, e)), `identifier "${e}" in ${JSON.stringify(ids.map((f) => f.text))}`).toBe(true);
    });
  }
  for (const c of imageNegatives) {
    it(`not: ${c.name}`, async () => {
      expect((await findings(c.text, c.pack, IMG)).map((f) => f.text)).toEqual([]);
    });
  }
});

describe("patient recall 4: contact with a child's parent", () => {
  it("the little one's mum followed the author and was accepted", async () => {
    const text = "The little one's mum found me on Facebook after his discharge and sent me a friend request; of course I accepted.\n";
    expect((await findings(text, "imu-staff", CONTACT)).length).toBe(1);
  });
  it("a declined request is not contact", async () => {
    const text = "The little one's mum found me on Facebook and sent me a friend request, but I declined it.\n";
    expect(await findings(text, "imu-staff", CONTACT)).toEqual([]);
  });
  it("my friend's little one is not a patient", async () => {
    const text = "My friend's little one's dad added me on Instagram and I accepted.\n";
    expect(await findings(text, "imu-staff", CONTACT)).toEqual([]);
  });
});

/**
 * Recall batch 11 for the patient rules, from classes of misses on an unseen corpus: bed codes and
 * registration numbers in a table of patients ("| Pt | RN |"), a health-card number in the alt text of
 * a short case post, a telegraphic night-shift case brag ("3 a.m. STEMI, door-to-balloon 52 min"),
 * owners or relatives named by their surname in the plural as the subject ("The Hendricksons carried
 * him in"), a street with an abbreviated suffix and its suburb ("on Larpenteur Ave in Falcon Heights"),
 * a village after a lot number ("at Lot 2217 in Kampung Sungai Lui"), the Malay title "Pak".
 * Near misses: a roster with an RN column, guideline door-to-balloon targets, a band or team as
 * "The Xs", a street in the author's own life, "Pak" alone as a generic.
 */
import { describe, it, expect } from "vitest";
import { lintText, covers } from "../helpers/lint.js";

/** [pack, text, rule, span that must be covered] */
const pos: [string, string, string, string][] = [
  ["imu-students", "## Counselling log\n\n| Pt | RN | Drug | Issue found |\n|---|---|---|---|\n| B14 | RN 0348812 | warfarin | herbal interaction |\n| B9 | — | enoxaparin | technique |\n", "patient.identifier", "RN 0348812"],
  ["imu-students", "## Counselling log\n\n| Pt | RN | Drug | Issue found |\n|---|---|---|---|\n| B14 | RN 0348812 | warfarin | herbal interaction |\n| B9 | — | enoxaparin | technique |\n", "patient.identifier", "B14"],
  ["imu-students", "## Counselling log\n\n| Pt | RN | Drug | Issue found |\n|---|---|---|---|\n| B14 | RN 0348812 | warfarin | herbal interaction |\n| B9 | — | enoxaparin | technique |\n", "patient.identifier", "B9"],
  ["umn-health-sciences", "## Ward week\n\n| Patient | MRN | Problem |\n|---|---|---|\n| Bed 12 | 44821907 | CAP |\n| Bed 3 | 55129033 | cellulitis |\n", "patient.identifier", "Bed 12"],
  ["imu-staff", "| Patient | Reg. No. | Medication |\n|---|---|---|\n| Bay 4 | 2231908 | insulin |\n", "patient.identifier", "2231908"],
  ["quebec-postgraduate", "3 a.m. STEMI, door-to-balloon 52 min 💪 Look at those tombstones.\n\n![ECG, hospital sticker visible: TREM 5103 1422, bed 9](img/ecg.jpg)\n", "patient.encounter", "door-to-balloon"],
  ["quebec-postgraduate", "3 a.m. STEMI, door-to-balloon 52 min 💪 Look at those tombstones.\n\n![ECG, hospital sticker visible: TREM 5103 1422, bed 9](img/ecg.jpg)\n", "patient.identifier", "TREM 5103 1422"],
  ["quebec-postgraduate", "3 a.m. STEMI, door-to-balloon 52 min 💪 Look at those tombstones.\n\n![ECG, hospital sticker visible: TREM 5103 1422, bed 9](img/ecg.jpg)\n", "patient.identifier", "bed 9"],
  ["umn-health-sciences", "2am code blue, ROSC after 14 minutes and she was talking by morning.\n", "patient.encounter", "ROSC"],
  ["imu-students", "Last night's code stroke: door-to-needle 19 min!! Proud of this team.\n", "patient.encounter", "door-to-needle"],
  ["umn-health-sciences", "A 4-year-old doodle came in after being hit by a car on Larpenteur Ave in Falcon Heights. The Hendricksons carried him in wrapped in a towel.\n", "patient.identifier", "Hendricksons"],
  ["umn-health-sciences", "A 4-year-old doodle came in after being hit by a car on Larpenteur Ave in Falcon Heights. The Hendricksons carried him in wrapped in a towel.\n", "patient.identifier", "Larpenteur Ave"],
  ["umn-health-sciences", "Our patient, an 81-year-old woman, fell on the ice on Snelling Ave last night and broke her hip. The Johanssons drove in from Duluth to sit with her.\n", "patient.identifier", "Johanssons"],
  ["imu-students", "Pak Hamid bin Yusof, aged 67, lives alone at Lot 2217 in Kampung Sungai Lui since his wife passed away, and we dressed his heel ulcer.\n", "patient.identifier", "Kampung Sungai Lui"],
  ["imu-students", "The uncle we visited, 70, stays at No. 14 in Taman Sri Muda with his son, and his foot ulcer was infected.\n", "patient.identifier", "Taman Sri Muda"],
  ["imu-students", "Everything below is made up of three parts: history, exam and plan. Yesterday I clerked Mrs Tan, 72, in bed 4 with a new stroke.\n", "patient.identifier", "Mrs Tan"],
  ["umn-health-sciences", "A patient I treated for sepsis last fall found my Insta this week and I followed her back; she had a relapse in May.\n", "patient.encounter", "sepsis"],
  ["umn-health-sciences", "A patient I treated on my rotation last fall found my Insta this week, and I followed her back.\n", "patient.contact", "followed her back"],
  ["imi", "Week 3 of Leanne's hand burn series and look at that healing 😍 She's been coming to us on Ward 21 every Tuesday since the accident.\n", "patient.identifier", "Leanne"],
  ["imi", "Day 10 of Aiden's split-thickness graft and we photographed it in the studio this morning; he was so patient with us.\n", "patient.identifier", "Aiden"],
  ["imu-students", "On my posting we visited Pak Samad, who lives by himself near the river, to check his diabetic foot wound.\n", "patient.identifier", "Pak Samad"],
];
/** [pack, text, rule that must not fire (or "patient" for both patient rules)] */
const neg: [string, string, string][] = [
  ["umn-health-sciences", "| Shift | RN | HCA |\n|---|---|---|\n| Days | Jenna | Mo |\n| Nights | Priya | Sam |\n", "patient"],
  ["imu-students", "| Drug | Class | Issue |\n|---|---|---|\n| warfarin | anticoagulant | many interactions |\n| B12 | vitamin | deficiency in vegans |\n", "patient"],
  ["umn-health-sciences", "Door-to-balloon time should be under 90 min for a STEMI, and every minute counts.\n", "patient.encounter"],
  ["umn-health-sciences", "STEMI: door-to-balloon target is 90 min, door-to-needle 30 min if you lyse.\n", "patient.encounter"],
  ["umn-health-sciences", "3 a.m. is a terrible time to study ECGs, but here is my STEMI summary anyway.\n", "patient.encounter"],
  ["umn-health-sciences", "Our unit's median door-to-balloon time was 64 min last year, down from 80.\n", "patient.encounter"],
  ["umn-health-sciences", "The Beatles came on the radio while we were restocking the crash cart.\n", "patient.identifier"],
  ["umn-health-sciences", "I live on Snelling Ave in Falcon Heights and bike to campus every day.\n", "patient.identifier"],
  ["imu-students", "I think about how many other Pak Hamids there are in other kampungs, waiting because the motorcycle broke down.\n", "patient.identifier"],
  ["imu-students", "My landlord lives at Lot 12 in Kampung Baru, and he fixed our fan.\n", "patient.identifier"],
  ["imi", "We photographed a classic Marjolin's ulcer in clinic this week, and the patient's Colles' fracture from last year too.\n", "patient.identifier"],
  ["imi", "Teaching day: Lund and Browder's chart versus Wallace's rule of nines for a burn patient we saw on the ward.\n", "patient.identifier"],
  ["imi", "Sarah's burns lecture on Tuesday was the best of the study day.\n", "patient.identifier"],
  // a study group's practice stations, said to be made up
  ["imu-students", "# OSCE notes\n\nEverything below is **made up by us for practice**. None of these are real patients.\n\n## Station A (fictional)\n\n> **Candidate instructions:** Mr Lim is a 45-year-old taxi driver newly started on a salbutamol inhaler. Assess his technique.\n", "patient"],
  ["umn-health-sciences", "None of these cases are real patients; we wrote them for the sim lab.\n\nMrs Okafor, 67, was admitted on 3 March with sepsis.\n", "patient"],
  // contact with a former patient, told as contact: patient.contact, not an encounter
  ["umn-health-sciences", "Random life update: a patient I treated on my outpatient rotation last fall found my Insta this week, and I followed her back. We've been DMing a bit.\n", "patient.encounter"],
  ["imu-students", "A client I saw on my community posting added me on Facebook, and I accepted.\n", "patient.encounter"],
  // a table of patients with bed codes only: identifiers, not one story per row
  ["imu-students", "| Pt | RN | Drug |\n|---|---|---|\n| B14 | RN 0348812 | warfarin |\n| B9 | — | enoxaparin |\n", "patient.encounter"],
];

describe("patient recall 11", () => {
  for (const [pack, text, rule, span] of pos) it(`flags ${rule} on "${span}": ${text.slice(0, 40)}`, async () => {
    const f = (await lintText(text, pack)).findings.filter((x) => x.rule === rule);
    expect(f.some((x) => covers(text, x, span))).toBe(true);
  });
  for (const [pack, text, rule] of neg) it(`leaves alone (${rule}): ${text.slice(0, 50)}`, async () => {
    const f = (await lintText(text, pack)).findings.filter((x) => x.rule.startsWith(rule) && x.severity !== "information" && x.severity !== "hint");
    expect(f.map((x) => `${x.rule}: ${text.slice(x.start, x.end)}`)).toEqual([]);
  });
});

/** privacy.others (information): a colleague named with a shift, a photo of a named colleague asleep. */
const othersPos: [string, string, string][] = [
  ["umn-health-sciences", "> **Tyler:** if Jenna from nights writes us up again I swear I'll key her car\n", "Jenna from nights"],
  ["umn-health-sciences", "Honestly Dave from pharmacy saved my whole shift today.\n", "Dave from pharmacy"],
  ["quebec-postgraduate", "Merci à Julie de nuit qui m'a couverte pendant la réa.\n", "Julie de nuit"],
  ["quebec-postgraduate", "Preuve à l'appui 👇\n\n![Maxime qui dort sur le divan du salon des résidents](img/chef.jpg)\n", "Maxime qui dort"],
  ["quebec-postgraduate", "![Julie endormie sur la civière après sa garde](img/julie.jpg)\n", "Julie endormie"],
];
const othersNeg: string[] = [
  "People from nights always leave the fridge a mess.\n",
  "Coming off nights is brutal; I slept fourteen hours.\n",
  "Switching from days to nights next week, wish me luck.\n",
  "![Le divan du salon des résidents, enfin vide](img/divan.jpg)\n",
  "![Moi qui dort après une garde de 24 h](img/moi.jpg)\n",
  "The patient from ICU was transferred to us at 2 a.m.\n",
];
describe("privacy.others recall 11", () => {
  for (const [pack, text, span] of othersPos) it(`flags "${span}"`, async () => {
    const f = (await lintText(text, pack)).findings.filter((x) => x.rule === "privacy.others");
    expect(f.some((x) => covers(text, x, span))).toBe(true);
  });
  for (const text of othersNeg) it(`leaves alone: ${text.slice(0, 50)}`, async () => {
    const f = (await lintText(text, "quebec-postgraduate")).findings.filter((x) => x.rule === "privacy.others");
    expect(f.map((x) => x.text)).toEqual([]);
  });
});

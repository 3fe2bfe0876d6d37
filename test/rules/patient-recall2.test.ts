/**
 * Recall batch 2 for the patient rules, written from classes of misses on unseen documents (not
 * from their strings): hospitals named in other word orders or without "Hospital" and named in the
 * paragraph that sets the scene of a patient story, towns tied to a patient through a facility,
 * veterinary patients and their owners, tables and lists whose rows are patients, ongoing private
 * messaging and connection requests from patients' relatives on any platform, and photos of care
 * at a real bedside. Each class has near-miss negatives (the author's own stay, job ads, travel,
 * the family's own pet, drug tables, textbook case lists, simulation photos).
 */
import { describe, it, expect } from "vitest";
import { findings, patientCases, type PatientCase } from "../helpers/patient-cases.js";

const CONTACT = "patient.contact";
const IMAGE = "patient.image";

type Case = PatientCase;

const idPositives: Case[] = [
  // hospitals in other word orders or without "Hospital", named where the story is set
  { name: "Malay clinic name in the scene-setting paragraph", pack: "imu-students", text: "Busy diabetes day at Klinik Kesihatan Bandar Baru Bangi.\n\nToday I clerked Puan Rosnah, a 58-year-old teacher with poorly controlled diabetes, in bed 6.\n", id: ["Klinik Kesihatan Bandar Baru Bangi", "Puan Rosnah", "58-year-old", "bed 6"] },
  { name: "the author's own workplace before the story is not flagged", pack: "umn-health-sciences", text: "Survived my first week as a locum at Riverside Medical Centre.\n\nLast night I admitted Mr. Abernathy, 81, with a GI bleed; he apologised to every nurse.\n", id: ["Mr. Abernathy", "81"] },
  { name: "a students' clinical day at a hospital, then a named patient", pack: "imu-staff", text: "Our third-year physio students had their first ward day at Hospital Pulau Pinang!\n\nMak Cik Salmah in bed 9 let them help her walk to the window.\n", id: ["Hospital Pulau Pinang", "Mak Cik Salmah", "bed 9"] },
  { name: "Pusat Perubatan in a night story", pack: "imu-students", text: "Night shift at Pusat Perubatan Universiti Malaya: a pakcik in bed 3 pulled out his cannula twice.\n", id: ["Pusat Perubatan Universiti Malaya", "bed 3"] },
  { name: "Malay order hospital, students' first clinical day", pack: "imu-staff", text: "So proud of our nursing students on their first clinical day at Hospital Sultanah Bahiyah!\n\nMr. Tan Ah Kow in bed 22 let them practise taking his blood pressure and told them stories about his fishing boat.\n", id: ["Hospital Sultanah Bahiyah", "Mr. Tan Ah Kow", "bed 22"] },
  { name: "Medical Centre in the paragraph before", pack: "umn-health-sciences", text: "Last day on the geriatrics ward at Riverside Medical Centre.\n\nMy patient Mr. Abernathy, 81, finally went home after six weeks; he hugged every nurse on the way out.\n", id: ["Riverside Medical Centre", "Mr. Abernathy", "81"] },
  { name: "Royal X Infirmary with a town", pack: "imi", text: "On nights at the Royal Alexandra Infirmary I sat with a man from Paisley who had no visitors all week.\n", id: ["Royal Alexandra Infirmary", "Paisley"] },
  { name: "St X's on a stroke unit", pack: "imi", text: "Back on the stroke unit at St Olaf's this week. Mrs. Haugen, 77, recognised me and squeezed my hand.\n", id: ["St Olaf's", "Mrs. Haugen", "77"] },
  { name: "CHU de X before a French story", pack: "quebec-postgraduate", text: "Première garde au CHU de Sherbrooke.\n\nCette nuit, une patiente de 84 ans m'a tenu la main; elle vit seule à Magog.\n", id: ["CHU de Sherbrooke", "84 ans", "Magog"] },
  { name: "X General in the paragraph before", pack: "umn-health-sciences", text: "Shadowing in the ED at Lakeshore General this week.\n\nLast night a 19-year-old came in by ambulance after a rollover and we spent an hour in resus with him.\n", id: ["Lakeshore General", "19-year-old"] },
  { name: "teaching hospital in South Africa with a township", pack: "general", text: "On my pharmacy placement at Groote Schuur Hospital today I counselled a 34-year-old mother from Khayelitsha on her new TB regimen.\n", id: ["Groote Schuur Hospital", "34-year-old", "Khayelitsha"] },
  { name: "physio placement hospital, then the story", pack: "imu-students", text: "Physio placement week 3 at Tan Tock Seng Hospital 💪\n\nToday I got Uncle Lim, 82, walking to the window for the first time since his stroke.\n", id: ["Tan Tock Seng Hospital", "Uncle Lim", "82"] },
  // towns tied to a patient through a facility or a cue
  { name: "admitted from a nursing home in a town", pack: "umn-health-sciences", text: "Overnight we admitted an 88-year-old man from the Cedar Ridge nursing home in Kamloops with pneumonia.\n", id: ["88-year-old", "Cedar Ridge", "Kamloops"] },
  { name: "transferred from a medical centre in a city", pack: "umn-health-sciences", text: "The woman I looked after today was transferred from Foothills Medical Centre in Calgary after her bleed.\n", id: ["Foothills Medical Centre", "Calgary"] },
  { name: "French: CHSLD in a town", pack: "quebec-postgraduate", text: "Cette nuit, Mme Lavoie, 91 ans, est arrivée du CHSLD Sainte-Rose à Terrebonne avec une pneumonie.\n", id: ["Mme Lavoie", "91 ans", "CHSLD Sainte-Rose", "Terrebonne"] },
  { name: "heading back to a town after discharge", pack: "imi", text: "My patient Mrs. Pereira was discharged today and is heading back to Setúbal with her daughter.\n", id: ["Mrs. Pereira", "Setúbal"] },
  // veterinary patients and their owners
  { name: "our N-year-old mare from a family farm", pack: "umn-health-sciences", text: "Day 3 on the equine service. Meet our 11-year-old Arabian mare from the Okafor family farm outside Brandon. She came in on Monday with colic and today she ate hay again.\n", id: ["11-year-old", "Okafor family farm", "Brandon"], allow: ["Monday"] },
  { name: "a family dairy outside a town", pack: "umn-health-sciences", text: "Large-animal call this morning at the Brennan family dairy outside Ashby: we treated a heifer with a uterine prolapse.\n", id: ["Brennan family dairy", "Ashby"] },
  { name: "owner named a block after the vet story", pack: "umn-health-sciences", text: "On the equine service we treated a 9-year-old gelding with colic overnight.\n\n[Scene 2: the stall]\n\nMrs. Okonkwo cried when he finally got up at 4 a.m. I cried too.\n", id: ["9-year-old", "Mrs. Okonkwo"], allow: ["4 a.m."] },
  { name: "small-animal owner and our patient's age", pack: "imu-students", text: "Small-animal rotation: our 12-year-old retriever patient came in vomiting this morning, and Mr. Farouk, the owner, stayed with him all day.\n", id: ["12-year-old", "Mr. Farouk"] },
  // tables and lists whose rows are patients
  { name: "a ward list table", pack: "imu-students", text: "My ward list for today:\n\n| Patient | Age | Bed | Diagnosis |\n|---|---|---|---|\n| Ahmad Faizal | 67 | 4A | CAP |\n| Lim Mei Ling | 72 | 9C | CCF |\n", id: ["Ahmad Faizal", "Lim Mei Ling", "67", "72", "4A", "9C"] },
  { name: "a table of patients with no lead-in", pack: "umn-health-sciences", text: "| Name | Age/Sex | Room | Problem |\n|---|---|---|---|\n| J. Whitaker | 54 M | 512 | DKA |\n| Rosa Delgado | 80 F | 518 | hip fracture |\n", id: ["J. Whitaker", "Rosa Delgado", "54 M", "80 F", "512", "518"] },
  { name: "a vet table with owners", pack: "umn-health-sciences", text: "| Owner | Animal | Age | Problem | Kennel |\n|---|---|---|---|---|\n| Mrs. Dale | Labrador | 11 | pyometra | K3 |\n| Tom Becker | cat | 4 | urethral block | K7 |\n", id: ["Mrs. Dale", "Tom Becker", "11", "K3", "K7"], allow: ["4"] },
  { name: "a table with a bare Name column, ages and diagnoses", pack: "imu-students", text: "| Name | Age | Diagnosis |\n|---|---|---|\n| Nurul Huda | 29 | ectopic pregnancy |\n", id: ["Nurul Huda", "29"] },
  { name: "a list of my patients with ages", pack: "imu-students", text: "My patients on the ward this week:\n\n- Rahim, 74, CAP, improving\n- Siti, 31, post-partum haemorrhage\n- Mr. Wong, 66, new AF\n", id: ["Rahim", "74", "Siti", "31", "Mr. Wong", "66"] },
];

const idNegatives: Case[] = [
  { name: "the author's own hospital stay", pack: "imu-students", text: "I spent three nights at Hospital Ampang after my appendix burst.\n\nThe nurses were wonderful and I ate a lot of jelly.\n" },
  { name: "a hospital named in a job announcement", pack: "imu-staff", text: "Job alert: Hospital Sultanah Aminah in Johor Bahru is recruiting staff nurses for its new cardiac wing. Interviews are on 12 March.\n" },
  { name: "an infirmary recruiting", pack: "imi", text: "The Royal Victoria Infirmary is recruiting newly qualified nurses; the open day is on Saturday.\n" },
  { name: "a town in a travel story", pack: "quebec-postgraduate", text: "After exams I took the train from Montréal back to Laval and slept for two days.\n" },
  { name: "heading home after a shift", pack: "quebec-postgraduate", text: "Finally heading back to Laval for the holidays after my last geriatrics shift.\n" },
  { name: "a drive between cities", pack: "imu-students", text: "We drove from Ipoh back to Kuala Lumpur through the rain after the conference.\n" },
  { name: "the family's own old dog", pack: "umn-health-sciences", text: "Our 14-year-old beagle had his teeth cleaned at the vet today and came home very sleepy.\n" },
  { name: "our own retired mare's age at the vet", pack: "umn-health-sciences", text: "Our 14-year-old mare from the Hendry family farm finally retired from eventing, and she had her teeth floated by the vet.\n" },
  { name: "the family's own cat's age", pack: "general", text: "Our cat is 14 years old and still bosses the dog around.\n" },
  { name: "adopting our own mare", pack: "umn-health-sciences", text: "We adopted our 3-year-old mare from a rescue last spring and she is finally letting me pick up her feet.\n" },
  { name: "a table of drug doses", pack: "imu-students", text: "| Drug | Dose | Route | Frequency |\n|---|---|---|---|\n| Amoxicillin | 500 mg | PO | 8-hourly |\n| Ceftriaxone | 2 g | IV | daily |\n" },
  { name: "a staff rota table", pack: "imu-staff", text: "| Name | Role | Shift |\n|---|---|---|\n| Aisha Rahman | Staff nurse | Night |\n| Daniel Ong | Houseman | Day |\n" },
  { name: "a class list with ages", pack: "imu-students", text: "| Name | Age | Hometown |\n|---|---|---|\n| Daniel Ong | 21 | Ipoh |\n| Priya Nair | 22 | Klang |\n" },
  { name: "a list of textbook cases", pack: "imu-students", text: "Cases from the Oxford Handbook to revise before the OSCE:\n\n- A 45-year-old man with crushing chest pain\n- A 23-year-old woman with pleuritic pain after a long flight\n" },
  { name: "a research day at a hospital", pack: "imu-staff", text: "Come to our nursing research day at Hospital Kuala Lumpur on 5 May! Talks on pressure injury prevention and falls.\n" },
  { name: "the author admitted to St X's", pack: "imi", text: "I was admitted to St Olaf's last month with pneumonia.\n\nThe nurse who looked after me was amazing.\n" },
  { name: "an elective announced, then nerves", pack: "quebec-postgraduate", text: "I start my elective at the CHU de Québec next week.\n\nI'm nervous about the French charting, but excited.\n" },
  { name: "grand rounds then a general teaching point", pack: "umn-health-sciences", text: "Grand rounds at Riverside Medical Centre today.\n\nThe speaker reviewed how most patients with sepsis present atypically in old age.\n" },
  { name: "a table of eponymous diseases", pack: "general", text: "| Name | Diagnosis | Key test |\n|---|---|---|\n| Addison Disease | adrenal insufficiency | short Synacthen |\n| Graves Disease | hyperthyroidism | TSH receptor antibodies |\n" },
  { name: "information for our patients, as a list with a phone number", pack: "imu-staff", text: "Information for our patients:\n\n- The clinic opens at 8 a.m.\n- Call 03-8765 4321 to change an appointment\n" },
  { name: "a family farm visit with no patient", pack: "general", text: "We spent the weekend at the Brennan family farm outside Ashby picking apples.\n" },
];

const contactPositives: Case[] = [
  { name: "a mum texts readings, I answer (patient earlier in the block)", pack: "imu-students", text: "One of my patients from the diabetes clinic found my number. Now she texts me her sugar readings every evening and I answer her.\n" },
  { name: "she DMs me at night and I reply", pack: "umn-health-sciences", text: "A dad from my paeds clinic followed me on Instagram. I followed back, and now he DMs me when his son wheezes at night. I reply every time.\n" },
  { name: "accepted a Facebook request from a patient's son", pack: "imi", text: "I accepted a Facebook friend request from my patient's son last week.\n" },
  { name: "accepted a TikTok follow request in the next paragraph", pack: "umn-health-sciences", text: "A teenager I treated for an eating disorder last year got back in touch.\n\nI accepted her follow request on TikTok and now she sends me videos.\n" },
  { name: "a relative's WeChat add after ICU", pack: "imu-students", text: "The wife of a man I looked after in ICU added me on WeChat, and I accepted.\n" },
  { name: "a Snapchat request from a boy on my ward", pack: "imu-students", text: "I accepted a Snapchat request from one of the boys on my adolescent ward.\n" },
  { name: "his son's LinkedIn request after a ward stay", pack: "imi", text: "Mr. Haddad was on our ward for three weeks and we got on well.\n\nWhen his son sent me a connection request on LinkedIn, I accepted it.\n" },
  { name: "a Telegram connection from a patient's daughter", pack: "quebec-postgraduate", text: "A gentleman I examined in clinic last month had a lot of questions.\n\nI also accepted a Telegram contact request from his daughter so she could send me his readings.\n" },
];

const contactNegatives: Case[] = [
  { name: "a cousin DMs about her baby", pack: "imu-students", text: "My cousin DMs me when her baby has a fever at night, and I answer because I'm the only medic in the family.\n" },
  { name: "a classmate's daughter on LinkedIn", pack: "umn-health-sciences", text: "I accepted a LinkedIn connection from my old classmate's daughter, who is applying to medical school.\n" },
  { name: "a declined request from a patient's daughter", pack: "imi", text: "A patient's daughter sent me a LinkedIn request; I declined it and explained why at the next visit.\n" },
  { name: "the policy question", pack: "imu-students", text: "Should you accept a friend request from a patient's relative? The guidelines say no.\n" },
  { name: "a sister's request after a ward story", pack: "imi", text: "Mr. Haddad was on our ward for three weeks and we got on well.\n\nMy sister sent me a connection request on LinkedIn, and I accepted it.\n" },
];

const imagePositives: Case[] = [
  { name: "bed bath at the bedside on the ward", pack: "imu-staff", text: "Proud of our students today.\n\n![Students practising a bed bath at the bedside on the ward](img/bed-bath.png)\n" },
  { name: "mouth care for an elderly man on the ward", pack: "imu-students", text: "![Our students practising mouth care for an elderly man on the ward](img/mouth-care.png)\n" },
  { name: "transfers with a stroke survivor at the bedside", pack: "umn-health-sciences", text: "![Physio students practising transfers with a stroke survivor at the bedside](img/transfer.jpg)\n" },
  { name: "wound dressing in a ward bay", pack: "imi", text: "![Trainees practising a wound dressing in bay 3 of the surgical ward](img/dressing.jpg)\n" },
];

const imageNegatives: Case[] = [
  { name: "bed bath on a mannequin", pack: "imu-staff", text: "![Students practising a bed bath on a mannequin in the skills lab](img/sim.png)\n" },
  { name: "vital signs in the sim ward", pack: "imu-students", text: "![Students practising vital signs on each other in the sim ward](img/sim2.png)\n" },
  { name: "bed-making on the model ward", pack: "imu-students", text: "![Students practising bed-making at the bedside on the model ward at the skills centre](img/bedmaking.png)\n" },
  { name: "a bed bath sequence on an empty bed in the mock ward", pack: "imu-staff", text: "![Practising the bed bath sequence on an empty bed in the mock ward](img/mock-ward.png)\n" },
  { name: "feeding practice with classmates at the bedside", pack: "imu-students", text: "![Feeding practice at the bedside with classmates playing the patient](img/feeding.png)\n" },
];

patientCases("patient recall 2: identifiers", idPositives, idNegatives);

describe("patient recall 2: contact", () => {
  for (const c of contactPositives) it(c.name, async () => expect((await findings(c.text, c.pack, CONTACT)).length).toBeGreaterThan(0));
  for (const c of contactNegatives) it(`negative: ${c.name}`, async () => expect((await findings(c.text, c.pack, CONTACT)).map((f) => f.text)).toEqual([]));
});

describe("patient recall 2: image", () => {
  for (const c of imagePositives) it(c.name, async () => expect((await findings(c.text, c.pack, IMAGE)).length).toBeGreaterThan(0));
  for (const c of imageNegatives) it(`negative: ${c.name}`, async () => expect((await findings(c.text, c.pack, IMAGE)).map((f) => f.text)).toEqual([]));
});

/**
 * Recall batch 8 for the patient rules, written from classes of misses and false positives on an
 * unseen corpus (not from its strings): a case said to be invented (« ce cas est entièrement
 * inventé », "Any resemblance to real patients is coincidental", a heading « Cas fictif ») tells of
 * no patient; "before my next patient" is a time, not a patient; a colleague topic named as a
 * surgeon or anaesthetist ("One of our staff surgeons … He throws instruments"); a sentence after an
 * image that introduces a list below it. Recall: a patient who "came to us"; a name with an age as
 * its predicate ("Pepper is a six-year-old collie"); a name with a bracketed description ("Jenny
 * (she's a teacher from Pontypridd) asked me …"); "she's" read as a third person before a place; the
 * town of an unnamed care facility ("at the dialysis unit in Seremban 2"). Near misses: the author's
 * own sister or colleague described the same way, a real case after a note that the sim was fictional
 * is not needed (the whole document stays fiction only when it says so), a placement at a town's clinic.
 */
import { describe, it, expect } from "vitest";
import { patientCases, findings, ID, ENC, type PatientCase } from "../helpers/patient-cases.js";

const IMG = "patient.image";

const positives: PatientCase[] = [
  // a patient who came to us
  { name: "physio: Mr. Okoro came to us from Enugu", pack: "umn-health-sciences", text: "Mr. Okoro, a retired postman from Enugu, came to us in March with a stiff, painful shoulder. He's 61 and diabetic.\n", id: ["Mr. Okoro", "Enugu", "61"], allow: ["March"], enc: ["Mr. Okoro"] },
  { name: "OT: Mrs Haddad came to see me", pack: "imu-staff", text: "Mrs Haddad, a seamstress from Tripoli, came to see me after her wrist fracture because she could not thread a needle.\n", id: ["Mrs Haddad", "Tripoli"] },
  // a name with an age as its predicate
  { name: "vet: Pepper is a six-year-old collie", pack: "umn-health-sciences", text: "Pepper is a six-year-old border collie who came in limping on Saturday, and the radiographs showed a fractured carpus.\n", id: ["Pepper", "six-year-old"], allow: ["Saturday"], enc: ["Pepper"] },
  { name: "counselling: Aroha was a 19-year-old student", pack: "umn-health-sciences", text: "Aroha was a 19-year-old student who came to our clinic last week after a panic attack in the library.\n", id: ["Aroha", "19-year-old"], enc: ["Aroha"] },
  // a name with a bracketed description
  { name: "wound photo: Jenny (she's a teacher from Pontypridd)", pack: "imi", text: "Day 12 after the graft. Jenny (she's a primary school teacher from Pontypridd and a legend) asked me to share it so her class could see.\n", id: ["Jenny", "Pontypridd"], enc: ["Jenny"] },
  { name: "pharmacy: Tomas (he's a retired miner from Ostrava)", pack: "umn-health-sciences", text: "Tomas (he's a retired miner from Ostrava) told me at the counter today that he had stopped his inhaler weeks ago.\n", id: ["Tomas", "Ostrava"], enc: ["Tomas"] },
  // the town of an unnamed care facility
  { name: "dietetics: dialysis at the unit in Seremban 2", pack: "imu-students", text: "Madam Wong, 68, has haemodialysis three times a week at the unit in Seremban 2. She told me she drinks four cups of tea a day.\n", id: ["Madam Wong", "68", "Seremban 2"], enc: ["Madam Wong"] },
  { name: "nursing: bloods at the health centre in Taiping", pack: "imu-students", text: "Pakcik Rahim, 74, gets his bloods done at the health centre in Taiping, and last week he came in with a potassium of 6.4.\n", id: ["Pakcik Rahim", "74", "Taiping"], enc: ["Pakcik Rahim"] },
];

const negatives: PatientCase[] = [
  // a case said to be invented
  { name: "EN: OSCE case said to be made up", pack: "umn-health-sciences", text: "> Disclaimer: this case is entirely made up for our study group. Any resemblance to real patients is coincidental.\n\nHarold Finch, 67, presents to the walk-in clinic with chest pain that started while he was shovelling snow. Take a focused history.\n" },
  { name: "EN: the patient below is fictional", pack: "imu-students", text: "The patient below is fictional; the names and ages do not correspond to any real patient.\n\nAisha, a 34-year-old teacher from Ipoh, came in last night with a headache and a stiff neck.\n" },
  { name: "FR: ce scénario est inventé", pack: "quebec-postgraduate", text: "Ce scénario est complètement inventé pour la pratique.\n\nMme Gagnon, 72 ans, a été admise hier pour une pneumonie.\n" },
  { name: "FR: ne correspond à aucun patient réel", pack: "quebec-postgraduate", text: "> Le nom et l'âge ne correspondent à aucun·e patient·e réel·le. Toute ressemblance serait une coïncidence.\n\n« Monsieur Fictif Gauthier », 61 ans, consulte pour une toux depuis trois semaines.\n" },
  { name: "FR: heading Cas fictif", pack: "quebec-postgraduate", text: "# ECOS : un cas fictif pour réviser\n\nMadame Roy, 81 ans, consulte à la clinique pour une dyspnée. Faites l'anamnèse.\n" },
  // "my next patient" is a time
  { name: "before my next patient, so", pack: "imi", text: "Still scrolling my feed on the break before my next patient, so I'll reply to comments later.\n" },
  { name: "waiting for my next client, I", pack: "umn-health-sciences", text: "Waiting for my next client, I finally read that paper on sleep and anxiety.\n" },
  // a colleague topic
  { name: "one of our staff surgeons … he throws instruments", pack: "quebec-postgraduate", text: "One of our staff surgeons has spent the whole block making residents cry in the OR. He throws instruments when the retraction isn't perfect, and last week told my co-resident she was useless.\n" },
  { name: "our anaesthetist … she told me", pack: "umn-health-sciences", text: "Our new anaesthetist is the kindest person on the team. She told me last night that everyone forgets drug doses on their first call.\n" },
  // the author's own people described like a patient
  { name: "my sister Aina is a 23-year-old nurse", pack: "imu-students", text: "My sister Aina is a 23-year-old nurse who came home last night after a twelve-hour shift.\n" },
  { name: "Priya (she's a charge nurse on our ward)", pack: "umn-health-sciences", text: "Priya (she's a charge nurse on our ward) told me today that the new rota starts in June.\n" },
  // a placement at a town's clinic, no patient
  { name: "my elective at the clinic in Kota Bharu", pack: "imu-students", text: "I did my elective at the clinic in Kota Bharu and the food was amazing.\n" },
];

patientCases("patient recall 8", positives, negatives);

describe("patient recall 8: a fiction note does not hide a real story in another document", () => {
  it("a real patient with no fiction note is still flagged", async () => {
    const text = "Case I saw on Tuesday: Mme Pelletier, 82 ans, a été admise pour une chute. Elle habite seule à Rimouski.\n";
    expect((await findings(text, "quebec-postgraduate", ID)).length).toBeGreaterThan(0);
  });
  it("'not a made-up case' is no fiction note", async () => {
    const text = "This is not a made-up case. Last week I admitted Mr. Peter Hall, 58, with a GI bleed.\n";
    expect((await findings(text, "umn-health-sciences", ID)).map((f) => f.text)).toContain("Mr. Peter Hall");
  });
  it("names changed to protect privacy are still a real patient", async () => {
    const text = "Names have been changed and this case is invented only in its details to protect privacy.\n\nMr. Peter Hall, 58, came in last night with a GI bleed.\n";
    expect((await findings(text, "umn-health-sciences", ID)).map((f) => f.text)).toContain("Mr. Peter Hall");
  });
  it("'my next patient was' is still a story", async () => {
    const text = "My next patient was a 40-year-old farmer who had cut his hand on a baler this morning.\n";
    expect((await findings(text, "umn-health-sciences", ENC)).length).toBeGreaterThan(0);
  });
});

describe("patient recall 8: images", () => {
  it("not: a study-desk image above a list of tips about fundus photos", async () => {
    const text = "Slide 3 caption:\nAesthetic study desk because we deserve nice things\n\n![Study desk moodboard](https://i.pinimg.com/736x/aa/bb.jpg)\n\nSlide 4 caption:\nQuick tips for juniors doing their first fundus photos:\n1. Dim the room properly before you start.\n2. Ask the patient to look at the fixation light.\n";
    expect((await findings(text, "imu-students", IMG)).map((f) => f.text)).toEqual([]);
  });
  it("not: a plant photo above a list introduced by a clinical sentence", async () => {
    const text = "![My balcony chillies](img/chillies.jpg)\n\nThree things I tell every patient about their first wound photos:\n- keep the dressing on\n- bring the camera card\n";
    expect((await findings(text, "umn-health-sciences", IMG)).map((f) => f.text)).toEqual([]);
  });
  it("a caption photo of a body part above a line pointing at it and the patient's story", async () => {
    const text = "![Week 3 mesh graft on a lower leg, clinical photography studio](img/leg-graft-week3.jpg)\n\nSnapped this one on my phone this morning, look at that take.\n\nWeek 3 of treatment. Mr Evans (he's a retired farmer from Builth Wells) asked me to share it so his grandchildren could see how well he is healing.\n";
    expect((await findings(text, "imi", IMG)).length).toBeGreaterThan(0);
  });
  it("not: the author's own forearm above a line pointing at it and a patient story", async () => {
    const text = "![Day 10 of my forearm tattoo healing, studio lighting](img/tattoo.jpg)\n\nSnapped this one this morning.\n\nYesterday in clinic Mr Evans (he's a retired farmer from Builth Wells) asked me about his inhaler.\n";
    expect((await findings(text, "imi", IMG)).map((f) => f.text)).toEqual([]);
  });
  it("not: a body-part photo with a heading between it and a patient story", async () => {
    const text = "![Day 10 graft on a forearm, photography studio](img/graft-model.jpg)\n\nSnapped this one for the lighting workshop.\n\n## Something else entirely\n\nYesterday in clinic Mr Evans (he's a retired farmer from Builth Wells) asked me about his inhaler.\n";
    expect((await findings(text, "imi", IMG)).map((f) => f.text)).toEqual([]);
  });
  it("a photo pointed at by the sentence after it is still flagged", async () => {
    const text = "![](img/IMG_2231.jpg)\n\nThis photo is the leg ulcer I dressed on the ward today.\n";
    expect((await findings(text, "umn-health-sciences", IMG)).length).toBeGreaterThan(0);
  });
});

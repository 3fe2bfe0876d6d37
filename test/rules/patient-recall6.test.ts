/**
 * Recall batch 6 for the patient rules, written from classes of misses and false positives on an
 * unseen corpus (not from its strings): a patient placed by a chair, recliner or station number
 * ("the auntie in chair 3", "the man in dialysis chair 12"); an age given as its own short sentence
 * ("He's 58.", "She's only 19, a …"); a town after any occupation ("a hawker from Puchong"); a
 * patient who "came into our clinic" some weeks ago; an owner, carer or guardian named in apposition
 * ("His owner, Dana Kowalski, …"); a French rural address ("dans sa maison du rang Sainte-Odile à
 * Rimouski"); a patient the author "has been photographing/treating" for a while, named with Irish
 * or other diacritics; one of a group of patients picked out by a relative clause ("one of the
 * teenagers I followed for her diabetes … we've been messaging about her sugars"); an image of a
 * body part right next to a story about one patient. Near misses: a chair of a committee, equipment
 * in chair 3, an author's own age, occupations from a town in general remarks, a relative's travel
 * ("a supplement his daughter brought back from Chennai"), a patient's relative who found the author
 * online (contact only), the author's own IC number given for a club sign-up, a photo of the author
 * with a company team above a list introduced with a colon, a clearly marked work of fiction.
 */
import { describe, it, expect } from "vitest";
import { covers } from "../helpers/lint.js";
import { ENC, ID, findings, patientCases, type PatientCase } from "../helpers/patient-cases.js";

const IMG = "patient.image";

const positives: PatientCase[] = [
  // a patient placed by a chair, recliner or station number
  { name: "dental: auntie in chair 3 today", pack: "imu-students", text: "First solo amalgam in the student clinic today. Auntie in chair 3 was so brave, she only squeezed my hand twice.\n", id: ["chair 3"], enc: ["Auntie in chair 3"] },
  { name: "chemo: the lady in chemo chair 6", pack: "umn-health-sciences", text: "On the infusion unit this morning the lady in chemo chair 6 told me it was her last cycle and rang the bell.\n", id: ["chair 6"], enc: ["the lady in chemo chair 6"] },
  { name: "dialysis: uncle in dialysis chair 12", pack: "imu-students", text: "Uncle in dialysis chair 12 has been coming three times a week for nine years. Today he brought us durian.\n", id: ["chair 12"], enc: ["Uncle in dialysis chair 12"] },
  { name: "FR: la dame au fauteuil 4 en hémodialyse", pack: "quebec-postgraduate", text: "Ce matin en hémodialyse, la dame au fauteuil 4 m'a raconté sa jeunesse à Gaspé.\n", id: ["fauteuil 4"], enc: ["la dame au fauteuil 4"] },
  { name: "day unit: the man in recliner 4", pack: "imi", text: "Last shift the man in recliner 4 asked me to photograph his tattoo before the biopsy.\n", id: ["recliner 4"], enc: ["the man in recliner 4"] },
  // an age as its own short sentence
  { name: "he's 58, a hawker from a town", pack: "imu-students", text: "Twelve weeks ago Mr Lee Chong Wah came into our physiotherapy clinic after a knee replacement. He's 58, a hawker from Puchong, and he wanted to be back at his stall.\n", id: ["Mr Lee Chong Wah", "58", "Puchong"], enc: ["Twelve weeks ago Mr Lee Chong Wah"] },
  { name: "she's only 19 in a clinic story", pack: "umn-health-sciences", text: "Yesterday in clinic I saw Maddie Olson for her eating disorder follow-up. She's only 19, and she cried when I weighed her.\n", id: ["Maddie Olson", "19"], enc: ["Yesterday in clinic"] },
  { name: "he's 81 and lives alone", pack: "imi", text: "Since January I've been photographing Pádraig Ó Ceallaigh's leg ulcer every week. He's 81 and a retired postman from Tuam.\n", id: ["Pádraig Ó Ceallaigh", "81", "Tuam"], enc: ["Pádraig Ó Ceallaigh"] },
  { name: "he's 92 after an admission", pack: "umn-health-sciences", text: "Last night we admitted Mr. Halvorsen with urosepsis. He's 92 and still drives to church.\n", id: ["Mr. Halvorsen", "92"], enc: ["Last night"] },
  // a town after an occupation
  { name: "a retired fisherman from a town", pack: "imu-students", text: "On the ward today I clerked Pakcik Hamid, a retired fisherman from Marang, who came in with a COPD flare.\n", id: ["Pakcik Hamid", "Marang"], enc: ["On the ward today"] },
  { name: "a school cleaner from a town", pack: "imi", text: "This morning I photographed Mrs Okafor's burns. She's 47, a school cleaner from Salford, and she's been so patient with us.\n", id: ["Mrs Okafor", "47", "Salford"], enc: ["This morning I photographed"] },
  // came into our clinic some weeks ago
  { name: "three months ago she came into our clinic", pack: "umn-health-sciences", text: "Three months ago Hannah Lindgren came into our PT clinic on crutches after an ACL reconstruction. Today she ran a mile.\n", id: ["Hannah Lindgren"], enc: ["Three months ago Hannah Lindgren"] },
  { name: "a full name admitted overnight", pack: "imi", text: "Aoife Byrne was admitted overnight with DKA, and I clerked her at 3 a.m.\n", id: ["Aoife Byrne"], enc: ["Aoife Byrne was admitted"] },
  { name: "a full name presented to our ED", pack: "umn-health-sciences", text: "Last night Tomás Ruiz presented to our ED with crushing chest pain. We took him straight to the cath lab.\n", id: ["Tomás Ruiz"], enc: ["Last night Tomás Ruiz"] },
  { name: "audiology: came into our clinic for a fitting", pack: "imu-students", text: "Aaron Mitchell came into our audiology clinic this morning for his first hearing aid fitting and laughed when he heard the birds.\n", id: ["Aaron Mitchell"], enc: ["Aaron Mitchell came into"] },
  { name: "dietetics: was referred to us", pack: "umn-health-sciences", text: "Priya Nair was referred to us for weight management after her bariatric surgery, and today she hit her first goal.\n", id: ["Priya Nair"], enc: ["Priya Nair was referred"] },
  // an owner, carer or guardian named in apposition
  { name: "vet: her owner named without a comma", pack: "umn-health-sciences", text: "This morning we spayed Luna, a 2-year-old husky. Her owner Kirsten Dahl cried at discharge.\n", id: ["Luna", "2-year-old", "Kirsten Dahl"], enc: ["This morning we spayed Luna"] },
  { name: "vet: his owner, named, drove him in", pack: "umn-health-sciences", text: "Today I scrubbed in on a TPLO. The patient was Pepper, a 6-year-old lab. His owner, Dana Kowalski, had driven him in at dawn.\n", id: ["Pepper", "6-year-old", "Dana Kowalski"], enc: ["The patient was Pepper"] },
  { name: "her carer, named, in a home visit", pack: "imu-students", text: "On my home visit this morning I saw Puan Zaleha for her pressure sore. Her carer, Siti Nurhaliza, showed me the turning chart.\n", id: ["Puan Zaleha", "Siti Nurhaliza"], enc: ["On my home visit"] },
  // a French rural address
  { name: "FR: dans sa maison du rang X à une ville", pack: "quebec-postgraduate", text: "Mardi dernier, on est allées voir Mme Lucienne Bérubé, 88 ans, dans sa maison du rang Saint-Joseph à Trois-Pistoles.\n", id: ["Mme Lucienne Bérubé", "88 ans", "rang Saint-Joseph à Trois-Pistoles"], enc: ["Mardi dernier"] },
  { name: "FR: sur le chemin du Lac à une ville", pack: "quebec-postgraduate", text: "Hier, j'ai vu M. Gaston Pelletier, 79 ans, à sa ferme sur le chemin du Lac à Saint-Fabien. Il m'a dit qu'il ne voulait pas aller à l'hôpital.\n", id: ["M. Gaston Pelletier", "79 ans", "chemin du Lac à Saint-Fabien"], enc: ["Hier"] },
  { name: "FR: dans le rang 4 à une ville", pack: "quebec-postgraduate", text: "Hier, j'ai vu Mme Yvette Lavoie, 91 ans, chez elle dans le rang 4 à Saint-Anaclet.\n", id: ["Mme Yvette Lavoie", "91 ans", "rang 4 à Saint-Anaclet"], enc: ["Hier"] },
  // a patient the author has been photographing or treating, named with diacritics
  { name: "I've been photographing X's forearm", pack: "imi", text: "Since the start of the month I've been photographing Siobhán Ní Bhriain's left forearm every second day after her skin graft. She's 34, a primary school teacher from Ballinasloe.\n", id: ["Siobhán Ní Bhriain", "34", "Ballinasloe"], enc: ["Since the start of the month"] },
  { name: "we've been treating X in clinic", pack: "umn-health-sciences", text: "For six weeks we've been treating Tadhg Ó Súilleabháin in clinic for a frozen shoulder, and today he reached the top shelf.\n", id: ["Tadhg Ó Súilleabháin"], enc: ["we've been treating"] },
  // one of a group picked out by a relative clause
  { name: "one of the teenagers I followed for her diabetes", pack: "quebec-postgraduate", text: "Wrapping up paeds. One of the teenagers I followed for her diabetes found me on Instagram, so we've been messaging about her sugars.\n", enc: ["One of the teenagers I followed"] },
  { name: "one of the babies we delivered", pack: "imu-students", text: "One of the babies we delivered on my O&G posting came back today for her six-week check, and her mum remembered me.\n", enc: ["One of the babies we delivered"] },
  // a patient's IC given for a form is still the patient's
  { name: "a patient's IC for the registration form", pack: "imu-students", text: "Today in clinic Encik Razak forgot his card, so I copied his IC for the registration form: 680412-14-5566.\n", id: ["Encik Razak", "680412-14-5566"], enc: ["Today in clinic"] },
  { name: "one of the kids we treated for his asthma", pack: "umn-health-sciences", text: "One of the kids we treated for his asthma last month came back today to show us his new inhaler technique.\n", enc: ["One of the kids we treated"] },
];

const negatives: PatientCase[] = [
  // chairs that hold no patient
  { name: "chair of a committee", pack: "imu-students", text: "I was chair of committee 3 at the student conference today, and it went well.\n" },
  { name: "equipment in chair 3", pack: "imu-students", text: "The suction in chair 3 broke today, so the clinic ran late.\n" },
  { name: "a seat number at a lecture", pack: "umn-health-sciences", text: "I sat in row 3, seat 14, for the pharmacology final today.\n" },
  // an author's own or general age
  { name: "the author's own daughter's age", pack: "imu-students", text: "My daughter started school this week. She's 5, and she cried at the gate.\n" },
  { name: "she's five minutes away", pack: "umn-health-sciences", text: "My ride is late again. She's 5 minutes away, apparently.\n" },
  // occupations from a town in general
  { name: "hawkers from a town in general", pack: "imu-students", text: "Hawkers from Puchong often work fourteen-hour days, which makes physio appointments hard.\n" },
  // a patient's relative who found the author online: contact, not an encounter
  { name: "one of the patients' daughters found me on Facebook", pack: "imu-students", text: "Also, random, but one of the patients' daughters found me on Facebook after her mum went home and sent a friend request.\n" },
  // colleagues and speakers who presented
  { name: "a doctor who presented to the department", pack: "umn-health-sciences", text: "Dr Sarah Lee presented to the department on Friday about our audit results.\n" },
  { name: "a speaker who presented with a co-author", pack: "imi", text: "Sarah Lee presented with her co-author at the conference today, and the room was packed.\n" },
  { name: "a colleague who came into the office", pack: "imu-staff", text: "Our new coordinator Nurul Huda came into the office today with cake for everyone.\n" },
  { name: "a royal who came into the hospital to open a ward", pack: "imu-students", text: "Prince William came into our hospital today to open the new children's ward.\n" },
  { name: "a celebrity who came into the ward with gifts", pack: "umn-health-sciences", text: "Yesterday Taylor Morgan came into the paediatric ward with gifts for every kid.\n" },
  { name: "admitted to a college", pack: "imi", text: "Last year Aoife Byrne was admitted to the Royal College as a fellow, and she gave a great talk today.\n" },
  // -ing verbs with a name that is no patient
  { name: "following a podcaster's protocol on placement", pack: "umn-health-sciences", text: "I'm following Andrew Huberman's sleep advice on my placement and it is not working.\n" },
  { name: "following a historian online", pack: "imu-students", text: "I've been following Mary Beard on Twitter for years; her threads are brilliant.\n" },
  { name: "visiting a town on placement", pack: "imu-students", text: "We're visiting Kota Bharu on my placement next week, and I can't wait.\n" },
  { name: "a committee chair", pack: "umn-health-sciences", text: "Yesterday he was in chair 2 of the ethics panel, and the meeting ran long.\n" },
  // the author's own IC for a sign-up sheet
  { name: "own IC for a club sign-up sheet", pack: "imu-students", text: "- IC for the hiking club sign-up sheet: 031102-08-6640\n" },
  { name: "own IC for the lucky draw", pack: "imu-staff", text: "- NRIC for the staff lucky draw: 850214-10-5521\n" },
];

patientCases("patient recall 6", positives, negatives);

describe("patient recall 6: a relative's travel is not the patient's town", () => {
  it("flags the name but not the city the daughter came back from", async () => {
    const text = "On Wednesday Mr. Ramesh Pillai came back to the counter with his INR booklet. He had started a turmeric supplement his daughter brought back from Chennai.\n";
    const ids = (await findings(text, "imu-students", ID)).map((f) => f.text);
    expect(ids).toContain("Mr. Ramesh Pillai");
    expect(ids).not.toContain("Chennai");
  });
  it("a son who brought the patient in from a town: still the patient's town", async () => {
    const text = "Last night we admitted Mrs. Wong after a fall. Her son brought her in from Kampar at midnight.\n";
    const ids = (await findings(text, "imu-students", ID)).map((f) => f.text);
    expect(ids).toContain("Kampar");
  });
});

describe("patient recall 6: images", () => {
  const yes: PatientCase[] = [
    { name: "a tooth photo above a story about one patient", pack: "imu-students", text: "![Lower left first molar after a Class II composite, rubber dam still on](img/molar.jpg)\n\nFirst solo composite in the student clinic today. Auntie in chair 3 was so brave, she only squeezed my hand twice.\n", img: ["![Lower left first molar"] },
    { name: "a named patient's forearm below her story", pack: "imi", text: "Since the start of the month I've been photographing Siobhán Ní Bhriain's left forearm every second day after her skin graft. She's 34, a teacher from Ballinasloe.\n\n![Siobhán's forearm on day ten, standard lateral view](img/forearm-day10.jpg)\n", img: ["![Siobhán's forearm"] },
    { name: "a knee photo after a physio story", pack: "umn-health-sciences", text: "Three months ago Hannah Lindgren came into our PT clinic on crutches after an ACL reconstruction. Today she ran a mile.\n\n![Her knee at full extension](img/knee.jpg)\n", img: ["![Her knee"] },
  ];
  for (const c of yes) {
    it(c.name, async () => {
      const got = await findings(c.text, c.pack, IMG);
      for (const e of c.img ?? []) expect(got.some((f) => covers(c.text, f, e)), `image "${e}" in ${JSON.stringify(got.map((f) => f.text))}`).toBe(true);
    });
  }
  const no: [string, string, string][] = [
    ["the author with a company team above a list with a colon", "imu-staff", "![Me with the BrightArc team at their KL launch event last month](img/launch.jpg)\n\nA few facts patients are always surprised by:\n\n- Flossing matters.\n"],
    ["a team photo after a patient story", "imu-students", "On the ward today I clerked Pakcik Hamid, who came in with a COPD flare.\n\n![Our clinical group after the last shift](img/group.jpg)\n"],
    ["the author's own hands after a story", "umn-health-sciences", "Three months ago Hannah Lindgren came into our PT clinic on crutches. Today she ran a mile.\n\n![My hands after a twelve-hour shift](img/hands.jpg)\n"],
    ["hands at the sink after a patient story", "imu-students", "On the ward today I clerked Pakcik Hamid, who came in with a COPD flare.\n\n![Hands at the sink, washing up to the elbows](img/handwash.jpg)\n"],
    ["a practice tooth on a phantom head", "imu-students", "![Lower left first molar on the phantom head after my first composite](img/phantom.jpg)\n\nSkills lab today: my first Class II composite on the typodont.\n"],
  ];
  for (const [name, pack, text] of no) {
    it(`not: ${name}`, async () => {
      expect((await findings(text, pack, IMG)).map((f) => f.text)).toEqual([]);
    });
  }
});

/**
 * These need the document pass (rules/patient/document-pass.ts) to read BlockAnalysis.fiction and to look for
 * identifier shapes in the alt text of an image beside a patient story (altCandidates, besideNarrative): see the
 * helper's report. Until then they are expected to fail; when the document pass does both, `it.fails` reports
 * them, so turn `pending` into `it`.
 */
const pending = it;

describe("patient recall 6: fiction that says it is fiction", () => {
  pending("a short story with a fiction note names no real patient", async () => {
    const text = "> [!info] Fiction\n> This is a short story I wrote for a creative-writing circle. Every character, place and event is invented; none of it is based on a real patient.\n\n# Night Shift on Deck Nine\n\nThe patient was a hydroponics engineer named Tobiah Kell, forty-one by ship reckoning, who had woken up unable to stand. She knelt beside him and watched his eyes.\n\nWhen it was done, Tobiah stood up and laughed.\n";
    const got = [...(await findings(text, "quebec-postgraduate", ID)), ...(await findings(text, "quebec-postgraduate", ENC))].map((f) => `${f.rule}: ${f.text}`);
    expect(got).toEqual([]);
  });
  pending("an author's note at the end that the story is fiction", async () => {
    const text = "The old man in bed 7 asked me, every night, whether the tide was in. His name was Elias Marsh, and he had been a lighthouse keeper.\n\n*Author's note: this is a work of fiction. Any resemblance to real persons is coincidental.*\n";
    const got = [...(await findings(text, "imi", ID)), ...(await findings(text, "imi", ENC))].map((f) => `${f.rule}: ${f.text}`);
    expect(got).toEqual([]);
  });
  it("a real case told after a line about fiction in general is still flagged", async () => {
    const text = "I love reading medical fiction on nights off.\n\nLast night on call I admitted Mr. Tremblay, 72, with a GI bleed.\n";
    const ids = (await findings(text, "quebec-postgraduate", ID)).map((f) => f.text);
    expect(ids).toContain("Mr. Tremblay");
  });
  it("names invented to protect a real patient are not fiction", async () => {
    const text = "Every character in this story is invented to protect the patient's privacy, but it happened.\n\nLast night on call I admitted Mr. Tremblay, 72, with a GI bleed.\n";
    const ids = (await findings(text, "quebec-postgraduate", ID)).map((f) => f.text);
    expect(ids).toContain("Mr. Tremblay");
  });
});

describe("patient recall 6: bed numbers and ages in the alt text of an image beside a story", () => {
  pending("FR: lit 14 in a radiograph's alt text", async () => {
    const text = "Monsieur de 77 ans, tombé dans sa cuisine hier matin. Il m'a dit qu'il voulait être opéré avant la game. Voici sa radiographie du bassin :\n\n![Radiographie du bassin, lit 14, fracture de la hanche droite](img/hip.jpg)\n";
    const ids = (await findings(text, "quebec-postgraduate", ID)).map((f) => f.text);
    expect(ids).toContain("lit 14");
  });
  pending("bed 12 in a chest film's alt text", async () => {
    const text = "Last night on call I admitted a man with a massive effusion. We tapped two litres.\n\n![Chest X-ray, bed 12, before the tap](img/cxr.jpg)\n";
    const ids = (await findings(text, "umn-health-sciences", ID)).map((f) => f.text);
    expect(ids).toContain("bed 12");
  });
  it("not: a numbered figure away from any story", async () => {
    const text = "Revision notes for the cardiology block.\n\n![Figure 3, lead II, 25 mm/s](img/ecg.png)\n";
    expect((await findings(text, "umn-health-sciences", ID)).map((f) => f.text)).toEqual([]);
  });
});

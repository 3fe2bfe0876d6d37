/**
 * Recall batch 7 for the patient rules, written from classes of misses and false positives on an
 * unseen corpus (not from its strings): a patient known by a nickname with one initial ("Uncle K",
 * "Auntie M"); a name given with its age as a predicate ("Bronwyn is 41, a shearer …"); a patient's
 * verbal OK to share ("she said she didn't mind me sharing", "he said okay when I asked if I could
 * post"); a live thread with clock stamps ("07:12 — … Patient is a 62yo guy"); a research participant
 * met at home ("The man who answered was 87, lived alone …"); French: a long-term-care home's town
 * (« au CHSLD de Rivière-du-Loup »), a relative's town (« son fils à Rimouski »), « m'a dessiné »,
 * « Monsieur est arrivé … »; an owner family named in the plural possessive ("the Okonkwos' farm") and
 * an animal's quoted pet name; a patient's home town given as an answer ("Sibu, she says") and said
 * again in the same paragraph; a first visit's month ("first came to our wound clinic in March"); a
 * town placement named before the word ("my Kuantan posting"). Near misses: the author's own IC number
 * ("here's mine"), "a regular dentist" in a question to strangers, the author's own hands in a photo
 * captioned "No patient appears", a colleague's or relative's age, a lab value after a word, a
 * department posting, a town visited on a placement with no patient, a French internship town.
 */
import { describe, it, expect } from "vitest";
import { patientCases, findings, ID, type PatientCase } from "../helpers/patient-cases.js";

const IMG = "patient.image";

const positives: PatientCase[] = [
  // a nickname with one initial
  { name: "dental: Uncle K with a story", pack: "imu-students", text: "First denture fitting on my own this morning! Uncle K told me he wanted teeth that look good for his grandson's wedding.\n", id: ["Uncle K"], enc: ["Uncle K told me"] },
  { name: "physio: Auntie M in clinic", pack: "imu-students", text: "In clinic today Auntie M finally managed ten sit-to-stands without her hands, and she cried a little.\n", id: ["Auntie M"], enc: ["Auntie M"] },
  // a name with its age as a predicate
  { name: "hand therapy: Bronwyn is 41, a shearer", pack: "imi", text: "For two months I've been photographing one man's hand grafts every week. Bronwyn is 41, a sheep shearer from Gore, and she has had four operations since March.\n", id: ["Bronwyn", "41", "Gore"], allow: ["March"], enc: ["I've been photographing"] },
  { name: "ward: Tomasz was 67 and had", pack: "umn-health-sciences", text: "Last night on call we admitted a man with a GI bleed. Tomasz was 67, a retired welder, and he apologised to every nurse.\n", id: ["Tomasz", "67"], enc: ["Last night on call"] },
  // the patient's verbal OK to share
  { name: "wound photo: she said she didn't mind me sharing", pack: "imi", text: "Week 4 of my community nursing placement and this gentleman's pressure sore is finally closing, he said he didn't mind me sharing!\n", enc: ["this gentleman's pressure sore"] },
  { name: "dental: he said okay when I asked to post", pack: "imu-students", text: "Finished my first crown prep on a real patient. He said okay when I asked if I could post the before photo 😅\n", enc: ["He said okay"] },
  // a live thread with clock stamps
  { name: "live thread: 07:12 — patient is a 58yo woman", pack: "umn-health-sciences", text: "**06:50** — Scrubbed, gowned, terrified. Patient is a 58yo woman, laparoscopic chole, BMI 41.\n", id: ["58yo"], enc: ["Patient is a 58yo woman"] },
  // a research participant met at home
  { name: "survey: the man who answered was 87 and lived alone", pack: "umn-health-sciences", text: "The visit I remember best was at 12 Birch Lane. The man who answered was 87, lived alone, and had farmed the same quarter section for sixty years.\n", id: ["12 Birch Lane", "87"], enc: ["The man who answered"] },
  // French
  { name: "FR: au CHSLD de Rivière-du-Loup, son fils à Rimouski", pack: "quebec-postgraduate", text: "Cette nuit, en garde au CHSLD de Rivière-du-Loup, j'ai vu Mme Pelletier, 94 ans, qui était tombée. J'ai appelé son fils à Rimouski pour le transfert.\n", id: ["Rivière-du-Loup", "Mme Pelletier", "94 ans", "Rimouski"], enc: ["Cette nuit"] },
  { name: "FR: une petite fille de 4 ans m'a offert un dessin", pack: "quebec-postgraduate", text: "Le plus beau moment de ma garde : une petite fille de 4 ans m'a offert un dessin de licorne.\n", id: ["4 ans"], enc: ["une petite fille de 4 ans"] },
  { name: "FR: Monsieur est arrivé", pack: "quebec-postgraduate", text: "Monsieur est arrivé vers minuit avec une douleur thoracique et une pression basse. On l'a envoyé en hémodynamie.\n", enc: ["Monsieur est arrivé"] },
  { name: "FR: le patient m'a signé son consentement", pack: "quebec-postgraduate", text: "Je partage ce tracé parce que le patient m'a signé le formulaire lui-même, tout fier d'aider les résidents.\n", enc: ["le patient m'a signé"] },
  // owners in the plural possessive, an animal's quoted pet name
  { name: "vet: at the Okonkwos' farm, a ewe called by the kids", pack: "umn-health-sciences", text: "Farm rotation, day 2: this afternoon we scanned the flock at the Okonkwos' farm. The old ewe (\"Duchess\" to the kids) had twins, and Duchess is fine.\n", id: ["the Okonkwos'", "Duchess"], allow: ["Duchess is fine"], enc: ["The old ewe"] },
  // a home town given as an answer and said again
  { name: "nursing: Sibu, she says, and we talk about Sibu", pack: "imu-students", text: "On nights last week the lady in bed 9 kept trying to get up, so I asked her where she grew up. Sibu, she says, by the river. We talk about Sibu until she falls asleep.\n", id: ["bed 9", "Sibu, she says", "talk about Sibu"], enc: ["the lady in bed 9"] },
  // a first visit's month
  { name: "wound clinic: first came to our clinic in March", pack: "umn-health-sciences", text: "Mrs. Ortiz first came to our wound clinic in March with a heel ulcer, and today it closed.\n", id: ["Mrs. Ortiz", "March"], enc: ["Mrs. Ortiz"] },
  // a town placement named before the word
  { name: "my Kuantan posting with a patient", pack: "imu-students", text: "On my Kuantan posting last month I clerked Pakcik Hamid, who came in with a COPD flare.\n", id: ["Kuantan", "Pakcik Hamid"], enc: ["I clerked Pakcik Hamid"] },
];

const negatives: PatientCase[] = [
  // the author's own identity number
  { name: "own IC: here's mine so you know I'm legit", pack: "imu-students", text: "For postage I'll need your IC — and here's mine so you know I'm legit: 990101-14-5522.\n" },
  { name: "own IC: mine is", pack: "imu-students", text: "Need a guarantor for the hostel form. Mine is 010203-10-4455 if anyone wants to swap.\n" },
  // a regular dentist in a question to strangers
  { name: "can't afford a regular dentist", pack: "umn-health-sciences", text: "My molar has been throbbing for a week, worse at night. I can't afford a regular dentist right now. Is the dental school clinic cheaper?\n" },
  { name: "a regular checkup", pack: "imu-students", text: "My gums bleed when I brush. I haven't had a regular checkup in years, so today I booked one at the student clinic.\n" },
  // ages of colleagues, relatives, lab values
  { name: "a relative's age as a predicate", pack: "imu-students", text: "My sister Aina is 23, a nurse in Johor, and she visited me today.\n" },
  { name: "a colleague's age", pack: "umn-health-sciences", text: "Our new charge nurse Priya is 29, a marathon runner, and she brought donuts to the ward today.\n" },
  { name: "a lab value after a word", pack: "umn-health-sciences", text: "Teaching point from rounds today: Potassium was 6, and the ECG had peaked T waves. Always repeat a haemolysed sample.\n" },
  // consent talk with no patient
  { name: "a friend said she didn't mind me sharing a recipe", pack: "imu-students", text: "My friend said she didn't mind me sharing her rendang recipe, so here it is!\n" },
  { name: "a colleague OK to post a group photo", pack: "imi", text: "She said it was okay to post the group photo from the conference dinner.\n" },
  // postings and placements without a patient
  { name: "a department posting", pack: "imu-students", text: "My Psych posting starts on Monday and I'm nervous.\n" },
  { name: "a town posting with no patient", pack: "imu-students", text: "My Kuantan posting starts next week, and the hostel looks nice.\n" },
  { name: "FR: internship in a CHSLD town, no patient", pack: "quebec-postgraduate", text: "J'ai fait mon stage au CHSLD de Saint-Jérôme l'an dernier et j'ai adoré l'équipe.\n" },
  { name: "FR: the author's daughter's town", pack: "quebec-postgraduate", text: "Ma fille à Blainville commence l'école demain, je suis nerveuse.\n" },
  { name: "FR: Monsieur le ministre est arrivé", pack: "quebec-postgraduate", text: "Monsieur le ministre est arrivé en retard à la conférence sur les urgences.\n" },
  // a family place outside any story
  { name: "a school trip to a family farm", pack: "umn-health-sciences", text: "We visited the Joneses' farm on a school trip and fed the calves.\n" },
  // a place named as an answer outside care
  { name: "an exam hall named as an answer", pack: "imu-students", text: "I asked my lecturer where the exam would be. Kingsley Hall, she said, upstairs.\n" },
  { name: "own first visit to a clinic", pack: "umn-health-sciences", text: "I first came to the dental clinic in March as a volunteer, and now I run the front desk.\n" },
];

patientCases("patient recall 7", positives, negatives);

describe("patient recall 7: images", () => {
  it("a nickname's teeth photo above the story", async () => {
    const text = "![Uncle K's lower front teeth before scaling](img/uncle-k.jpg)\n\nMy first full-mouth scaling as a student! Uncle K has not seen a dentist in years and told me he only came for his daughter's wedding. He said okay when I asked if I could post.\n";
    const got = await findings(text, "imu-students", IMG);
    expect(got.some((f) => f.text.startsWith("![Uncle K"))).toBe(true);
  });
  it("not: the author's own hands, captioned as no patient", async () => {
    const text = "# My own skin\n\nI've had psoriasis since my teens, and last winter it flared badly on my elbows.\n\n![My own elbow during a psoriasis flare, photographed at home](img/elbow.jpg)\n\n*This is my own elbow, photographed by me. No patient appears in this post.*\n";
    expect((await findings(text, "imi", IMG)).map((f) => f.text)).toEqual([]);
  });
  it("a real patient's lesion is still flagged when the caption says it is not the author's", async () => {
    const text = "![Plaque psoriasis on a patient's elbow](img/elbow.jpg)\n\n*Not my own elbow: a patient's, from clinic today.*\n";
    expect((await findings(text, "imu-students", IMG)).length).toBeGreaterThan(0);
  });
});

describe("patient recall 7: the author's own id", () => {
  it("a patient's IC is still flagged", async () => {
    const text = "Today in clinic Encik Razak forgot his card, so I wrote down his IC: 680412-14-5566.\n";
    const ids = (await findings(text, "imu-students", ID)).map((f) => f.text);
    expect(ids.some((t) => t.includes("680412-14-5566"))).toBe(true);
  });
});

describe("patient recall 7: a story that ends with results to be published is not a citation", () => {
  it("flags the participant's address and age", async () => {
    const text = "The interview I remember best was at 77 Alder Street. The woman who answered was 94, lived alone, and made us promise to come back when the results were published.\n";
    const ids = (await findings(text, "umn-health-sciences", ID)).map((f) => f.text);
    expect(ids.some((t) => t.includes("77 Alder Street"))).toBe(true);
    expect(ids).toContain("94");
  });
  it("not: a case published in a journal", async () => {
    const text = "A 94-year-old woman who lived alone was described in a case report published in the BMJ in 2019.\n";
    expect((await findings(text, "umn-health-sciences", ID)).map((f) => f.text)).toEqual([]);
  });
});

describe("patient recall 7: an operating room number in a patient story", () => {
  it("flags OR 4 and theatre 2 inside a story", async () => {
    const text = "Last night in OR 4 we took a 19-year-old with a ruptured spleen straight to laparotomy.\n\nThis morning in theatre 2 I scrubbed in on Mrs. Okafor's hip replacement.\n";
    const ids = (await findings(text, "umn-health-sciences", ID)).map((f) => f.text);
    expect(ids).toContain("OR 4");
    expect(ids).toContain("theatre 2");
  });
  it("not: a theatre number with no patient", async () => {
    const text = "Theatre 2 is being refurbished this month, so lists move to OR 5.\n";
    expect((await findings(text, "umn-health-sciences", ID)).map((f) => f.text)).toEqual([]);
  });
  it("not: a lecture theatre with a number", async () => {
    const text = "Pharmacology revision is in lecture theatre 3 today at 2pm.\n";
    expect((await findings(text, "imu-students", ID)).map((f) => f.text)).toEqual([]);
  });
});

/** These are read by the document pass (rules/patient/document-pass.ts): a two-column key/value table about one patient, and a room number or a heading's month in the block that sets a story's scene. */

describe("patient recall 7: a key/value table about one patient", () => {
  it("a Who/Age/Lives/File table above the story", async () => {
    const text = "| Field | Detail |\n|---|---|\n| Who | Encik Halim (retired bus driver) |\n| Age | 71 |\n| Lives | Bandar Baru Bangi |\n| Clinic file | PT-4410-22 |\n| Complaint | Neck pain for 3 weeks |\n\nHe came in on Monday and told me he still drives his grandchildren to school.\n";
    const ids = (await findings(text, "imu-students", ID)).map((f) => f.text);
    for (const e of ["Encik Halim", "71", "Bandar Baru Bangi", "PT-4410-22"]) expect(ids.some((t) => t.includes(e)), e).toBe(true);
  });
  it("not: a key/value table about a course", async () => {
    const text = "| Field | Detail |\n|---|---|\n| Who | Dr. Farah's tutorial group |\n| When | Tuesdays 2pm |\n| Room | 4.12 |\n";
    expect((await findings(text, "imu-students", ID)).map((f) => f.text)).toEqual([]);
  });
});

describe("patient recall 7: the block that sets a story's scene", () => {
  it("a theatre number in the line above a live thread", async () => {
    const text = "**posting from theatre 3, second case of the day**\n\n**09:15** — Patient is a 71yo man, AAA repair. Anaesthetist is calm, I am not.\n";
    const ids = (await findings(text, "umn-health-sciences", ID)).map((f) => f.text);
    expect(ids).toContain("theatre 3");
  });
  it("a month in the heading above a story", async () => {
    const text = "## A night in February\n\nThe man in bed 6 was 88 and had walked to the ED through the snow. He told me he had been a miner for forty years.\n";
    const ids = (await findings(text, "umn-health-sciences", ID)).map((f) => f.text);
    expect(ids).toContain("February");
  });
});

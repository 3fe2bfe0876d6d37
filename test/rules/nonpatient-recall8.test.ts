/**
 * Recall set 8 for the non-patient rules: classes a seventh blind corpus showed we missed,
 * rewritten for other professions and countries, each class paired with near-miss negatives.
 *
 * - advice.individual: a dose change after an emoji or mid-sentence ("lah 😂 Skip your evening
 *   metformin"), "you should cut it to half a tablet" (the medicine named earlier); for staff packs
 *   coaching a student through an appeal on a deadline ("submit the appeal this week", "say your
 *   grandmother's illness affected your exam") and a course-load plan ("take the lighter load").
 * - affiliation.endorsement: a personal pick made on the institution's credential when the product
 *   is named in an earlier sentence of the paragraph; the institution "standing behind" a named
 *   candidate in a canvassing post; the institution's logo on a campaign or product banner.
 * - privacy.personal: the author's home address given as a pick-up point ("on our porch — No. 18 …").
 * - clinical.setting: scrolling in the med room, during the med pass or the drug round.
 * - privacy.others: a classmate named with her year and programme ("Kayla Brandt, second-year in
 *   our OTD program").
 *
 * `hit` lists rules that must report (overlapping `at` when given); `clean` lists rules that must not.
 */
import { describe, it, expect } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const SETTING = "clinical.setting", ADVICE = "advice.individual";
const OTHERS = "privacy.others", PERSONAL = "privacy.personal", ENDORSE = "affiliation.endorsement";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi", S = "imu-students", T = "imu-staff";

const CASES: RuleCase[] = [
  // ================= advice.individual: dose changes in chatty replies =================
  { name: "emoji, then skip your evening metformin", policy: S, hit: [ADVICE], at: "Skip your evening metformin",
    text: "Pak Su, it's the rendang lah 😂 Skip your evening metformin for two days and just cut the rice.\n" },
  { name: "emoji, then stop your amlodipine", policy: U, hit: [ADVICE], at: "Stop your amlodipine",
    text: "Auntie that's the heat talking 🥵 Stop your amlodipine until the swelling settles.\n" },
  { name: "haha, then double your inhaler", policy: U, hit: [ADVICE], at: "Double your",
    text: "Oh the pollen is brutal this week haha 🤧 Double your brown inhaler till Friday and you'll be grand.\n" },
  { name: "you should cut it to half a tablet", policy: S, hit: [ADVICE], at: "cut it to half a tablet",
    text: "Mak Long, don't panic about the amlodipine. You should cut it to half a tablet starting tonight and see if the swelling goes down.\n" },
  { name: "you can drop it to 25 mg", policy: U, hit: [ADVICE], at: "drop it to 25",
    text: "Honestly the sertraline sounds too strong for you. You can drop it to 25 mg for a week and see how you feel.\n" },
  { name: "you could lower them to half a pill", policy: T, hit: [ADVICE], at: "lower them to half",
    text: "Your dad's BP tablets are making him dizzy? You could lower them to half a pill each morning.\n" },
  { name: "halve it to half a tablet imperative", policy: U, hit: [ADVICE], at: "Cut it to half",
    text: "@jen_k re your mum's propranolol: Cut it to half a tablet for the next week.\n" },
  // near misses
  { name: "general: don't stop blood pressure medicine suddenly", policy: S, clean: [ADVICE],
    text: "Never stop a blood pressure medicine suddenly 😬 Talk to your doctor or pharmacist about side effects like ankle swelling.\n" },
  { name: "a doctor cut my dose to half a tablet", policy: U, clean: [ADVICE],
    text: "My GP cut it to half a tablet last month and the swelling went away 🙌 So glad I asked.\n" },
  { name: "cut the cake in half", policy: S, clean: [ADVICE],
    text: "Birthday on the ward 🎂 You should cut it in half so the night shift gets some too.\n" },
  { name: "reduce your salt, general", policy: T, clean: [ADVICE],
    text: "Most of us eat too much salt 🧂 Reducing it is one of the simplest ways to look after your blood pressure.\n" },
  { name: "pharmacist reminder tips are fine", policy: S, clean: [ADVICE],
    text: "Pill organisers with the days of the week help a lot 💊 Her pharmacist can also make a simple medication chart.\n" },

  { name: "emoji, then stop by a pharmacy for a flu shot", policy: S, clean: [ADVICE],
    text: "Flu season is here 🤒 Stop by any pharmacy for a flu shot this week.\n" },
  { name: "emoji, then a headline about statins", policy: U, clean: [ADVICE],
    text: "New study out today 📰 Stop Your Statins? What the trial actually found, explained.\n" },

  // ================= advice.individual: staff coaching a student (imu-staff) =================
  { name: "submit the appeal letter this week", policy: T, hit: [ADVICE], at: "submit the appeal letter",
    text: "Your loan will be paused if your CGPA drops, so submit the appeal letter this week, not after results are out.\n" },
  { name: "file the EC form before Friday", policy: T, hit: [ADVICE], at: "file the EC form",
    text: "Don't wait for the marks, just file the EC form before Friday and attach anything from the clinic.\n" },
  { name: "say your grandmother's illness affected your exam", policy: T, hit: [ADVICE], at: "say your grandmother",
    text: "On the appeal, say your grandmother's illness affected your exam — that's what the panel responds to.\n" },
  { name: "tell the panel the flood stopped you revising", policy: T, hit: [ADVICE], at: "tell the panel",
    text: "For the resit appeal, tell the panel that the flood at home stopped you revising.\n" },
  { name: "take the lighter load next semester", policy: T, hit: [ADVICE], at: "Take the lighter load",
    text: "3. Take the lighter load next semester (four modules, not six).\n" },
  { name: "do four modules instead of six", policy: T, hit: [ADVICE], at: "drop to four modules",
    text: "Honestly, drop to four modules next term and keep your scholarship safe.\n" },
  // near misses
  { name: "redirection: the Exams Office can explain the appeal", policy: T, clean: [ADVICE],
    text: "If you're thinking about an appeal, the Examinations Office can explain the process and the deadlines for your programme.\n" },
  { name: "generic: appeals are submitted to the Registry", policy: T, clean: [ADVICE],
    text: "Appeals are submitted to the Registry within 14 days of results; the form is on the student portal.\n" },
  { name: "I took a lighter load myself", policy: T, clean: [ADVICE],
    text: "I took a lighter load in my own second year and it was the best decision I made.\n" },
  { name: "students can take a reduced load with approval", policy: T, clean: [ADVICE],
    text: "Students can take a reduced load with approval from the Dean's office.\n" },
  { name: "submit the assignment this week (lecturer's reminder to a class)", policy: T, clean: [ADVICE],
    text: "Reminder to my Year 2 class: the reflective essay is due this week on the portal.\n" },

  // ================= affiliation.endorsement =================
  { name: "credential, product in the sentence before", policy: T, hit: [ENDORSE], at: "this is the one I recommend",
    text: "I've partnered with **NutriVolt Malaysia** on their new recovery shake. Speaking as an IMU nutrition academic, this is the one I recommend to my own family and to every student who asks me.\n" },
  { name: "credential, the gel named before", policy: T, hit: [ENDORSE], at: "it's the one I trust",
    text: "Been testing the **DentaShield** fluoride gel for months. As a senior lecturer at IMU, it's the one I trust for my own kids.\n" },
  { name: "faculty stands behind a candidate in a canvassing post", policy: T, hit: [ENDORSE], at: "stands behind",
    text: "**IMU's dental faculty stands behind Dr. Chong Mei Ling.** Several of my colleagues feel the same way, and we'll be out canvassing together all weekend.\n" },
  { name: "IMU pharmacy stands with YB Lim at the hustings", policy: T, hit: [ENDORSE], at: "stands with",
    text: "IMU Pharmacy stands with YB Lim Wei Keat. See you at the hustings on Thursday!\n" },
  { name: "logo on a campaign banner", policy: T, hit: [ENDORSE], at: "![IMU logo",
    text: "![IMU logo with \"Doctors for Rahman\" overlay](img/imu-logo-doctors-rahman.png)\n" },
  { name: "crest on a product banner", policy: T, hit: [ENDORSE], at: "![IMU crest",
    text: "![IMU crest next to the GlowBerry bottle, sponsored launch banner](img/imu-crest-glowberry.png)\n" },
  // near misses
  { name: "credential, the one textbook without a product", policy: T, clean: [ENDORSE],
    text: "As an IMU lecturer, this is the one chapter I recommend to every student before the OSCE.\n" },
  { name: "faculty stands behind its students after the flood", policy: T, clean: [ENDORSE],
    text: "IMU's dental faculty stands behind Dr. Chong's students after the flood; classes resume Monday.\n" },
  { name: "plain logo image", policy: T, clean: [ENDORSE],
    text: "![IMU logo](img/imu-logo.png)\n" },
  { name: "logo at an open day", policy: T, clean: [ENDORSE],
    text: "![IMU logo on the open day booth banner](img/imu-open-day.png)\n" },
  { name: "logo at the new campus launch", policy: T, clean: [ENDORSE],
    text: "![IMU logo at the new campus launch with partner hospitals](img/imu-logo-launch.png)\n" },
  { name: "product mentioned without the institution", policy: T, clean: [ENDORSE],
    text: "I've been trying the **NutriVolt** recovery shake. It's fine, not magic; food still comes first.\n" },

  // ================= privacy.personal: home as a pick-up point =================
  { name: "T-shirts on our porch, address", policy: T, hit: [PERSONAL], at: "No. 18, Jalan Puteri 7/4",
    text: "If you want a campaign T-shirt, they're on our porch — No. 18, Jalan Puteri 7/4, Bandar Puteri Puchong. Just take one.\n" },
  { name: "notes at my front gate", policy: S, hit: [PERSONAL], at: "22, Lorong Mawar 3",
    text: "Printed notes are in a box at my front gate, 22, Lorong Mawar 3, Taman Melati, so grab a set any time.\n" },
  { name: "pick up from our doorstep", policy: T, hit: [PERSONAL], at: "7 Jalan SS2/24",
    text: "Books for the food bank can be left on our doorstep at 7 Jalan SS2/24, Petaling Jaya.\n" },
  // near misses
  { name: "forms at our office door", policy: T, clean: [PERSONAL],
    text: "Drop the signed forms at our office door, 3 Jalan Pasar, before Friday.\n" },
  { name: "campaign office address", policy: T, clean: [PERSONAL],
    text: "T-shirts are at the campaign office — No. 3, Jalan Pasar, Puchong — from 9 to 5.\n" },
  { name: "parcel stolen from our porch, no address", policy: S, clean: [PERSONAL],
    text: "Someone took the parcel off our porch again, third time this month.\n" },
  { name: "clinic address for appointments", policy: T, clean: [PERSONAL],
    text: "The free dental screening is at 12 Jalan Klinik, Bangsar, this Saturday.\n" },

  // ================= clinical.setting: medication room and rounds =================
  { name: "scrolling tiktok in the med room", policy: U, hit: [SETTING], at: "scrolling tiktok",
    text: "update: hiding in the med room scrolling tiktok between 0800 and 0900 med pass lol\n" },
  { name: "on instagram during the drug round", policy: I, hit: [SETTING], at: "on Instagram",
    text: "Caught myself on Instagram during the drug round again, need to stop.\n" },
  { name: "texting from the clean utility room", policy: S, hit: [SETTING], at: "Texting",
    text: "Texting you from the clean utility room because the ward is chaos.\n" },
  // near misses
  { name: "scrolling the supply room inventory", policy: U, clean: [SETTING],
    text: "Scrolling the supply room inventory spreadsheet at my desk tonight, thrilling stuff.\n" },
  { name: "med room restocked", policy: U, clean: [SETTING],
    text: "Spent the morning restocking the med room with my preceptor; learned a lot about par levels.\n" },
  { name: "scrolling at home after med pass training", policy: U, clean: [SETTING],
    text: "Scrolling at home tonight after a long day of med pass practice in the sim lab.\n" },

  // ================= privacy.others: a classmate named with her year and programme =================
  { name: "name, second-year in our OTD program", policy: U, hit: [OTHERS], at: "Kayla Brandt",
    text: "Her name's Kayla Brandt, second-year in our OTD program, and she emails the professor about everything.\n" },
  { name: "name, final-year student on our course", policy: U, hit: [OTHERS], at: "Rhiannon Price",
    text: "Shout out to Rhiannon Price, final-year student on our course, for the anatomy sketches.\n" },
  { name: "name, R2 en médecine familiale", policy: Q, hit: [OTHERS], at: "Julie Tremblay",
    text: "Merci à Julie Tremblay, R2 en médecine familiale, pour les gardes couvertes.\n" },
  { name: "name, Year 3 pharmacy", policy: S, hit: [OTHERS], at: "Aisyah Rahman",
    text: "Notes proofread by Aisyah Rahman, Year 3 pharmacy, who deserves a medal.\n" },
  // near misses
  { name: "the author introducing herself with her year", policy: S, clean: [OTHERS],
    text: "Hi, I'm Jonathan Ooi, fourth-year medical student at IMU, and this is my blog.\n" },
  { name: "a signature with the author's year", policy: U, clean: [OTHERS],
    text: "Thanks for reading! — Priya Raman, Year 3 pharmacy\n" },
  { name: "a historical figure with a year", policy: U, clean: [OTHERS],
    text: "Florence Nightingale, in her first year in Scutari, reorganised the whole hospital.\n" },
  { name: "a place then year", policy: S, clean: [OTHERS],
    text: "Bukit Jalil, second year in a row, hosts the inter-varsity games.\n" },
];

describe("recall set 8: non-patient rules", () => {
  it("has negatives for every class", () => {
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(20);
  });
  checkRuleCases(CASES);
});

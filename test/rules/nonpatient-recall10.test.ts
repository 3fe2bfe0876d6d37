/**
 * Recall set 10 for the non-patient rules: classes a ninth blind corpus showed we missed,
 * rewritten for other professions and countries, each class paired with near-miss negatives.
 *
 * - advice.individual: a medicine added back after a comma ("If still sore, add back the
 *   Panadol"); "I'd just go up to 100 on your own" (a dose without a unit, the medicine named in the
 *   paragraph); a regimen the author reports handing someone ("I told her to soak them in Steradent
 *   every night"); for staff packs, a funding plan for a parent's child ("he should apply for the
 *   IMU merit scholarship first"), also after "Hi Mr Lim!".
 * - accuracy.unsourced: an equivalence in numbers ("the same dose as 400 chest X-rays"); a
 *   statistic after ", and" in a sentence whose first clause is the author's own advice.
 * - affiliation.endorsement: "X is the only resin cement IMU's restorative team uses, and we recommend it".
 * - affiliation.disclaimer: "opinions mine", "views my own" count as the speaking-for-myself line
 *   (packs other than imu-students).
 * - clinical.setting: the rehab gym and other therapy rooms; "while my patient does his squats".
 * - privacy.others: people named and told they are in the photo ("Alexis et Camille (oui, vous
 *   êtes dans la photo)"); French group captions with a capital ("La gang au chalet").
 */
import { describe } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const ADVICE = "advice.individual", UNSOURCED = "accuracy.unsourced", ENDORSE = "affiliation.endorsement", DISCLAIMER = "affiliation.disclaimer";
const SETTING = "clinical.setting", OTHERS = "privacy.others";
const U = "umn-health-sciences", S = "imu-students", T = "imu-staff", Q = "quebec-postgraduate";

const CASES: RuleCase[] = [
  // ---- a medicine added back ----
  { name: "If still sakit, add back the Panadol", policy: S, hit: [ADVICE], at: "add back the Panadol",
    text: "2. If still sakit, add back the Panadol in between.\n" },
  { name: "if the cough is back, add back the salbutamol", policy: U, hit: [ADVICE], at: "add back",
    text: "If the wheeze comes back at night, just add back the salbutamol before bed.\n" },
  { name: "and start back the ibuprofen", policy: S, hit: [ADVICE], at: "start back",
    text: "Once the swelling settles, start back the ibuprofen for another three days.\n" },
  { name: "near miss: add back the sugar", policy: S, clean: [ADVICE],
    text: "If the kuih tastes flat, add back the sugar in between batches.\n" },
  { name: "near miss: the team added back the paracetamol", policy: U, clean: [ADVICE],
    text: "The team added back the paracetamol once her liver tests settled.\n" },
  // ---- a dose without a unit ----
  { name: "I'd just go up to 100 on your own", policy: U, hit: [ADVICE], at: "go up to 100",
    text: "Honestly 50 is a pretty low dose of sertraline. I'd just go up to 100 on your own, most people need that.\n" },
  { name: "I would drop down to 25 if the nausea is bad", policy: U, hit: [ADVICE], at: "drop down to 25",
    text: "That sounds like the metformin. I would drop down to 25 if the nausea is bad.\n" },
  { name: "near miss: I'd go up to 10 km (running)", policy: U, clean: [ADVICE],
    text: "You're doing 5 km easily now. I'd go up to 10 next month and then think about a half.\n" },
  { name: "near miss: I'd go up to 100 followers", policy: S, clean: [ADVICE],
    text: "My page is growing slowly, but I'd go up to 100 followers if I posted more reels about my dose of caffeine.\n" },
  { name: "near miss: when I was on it I'd go up to 100 in winter", policy: U, clean: [ADVICE],
    text: "When I was on sertraline I'd go up to 100 every winter with my psychiatrist.\n" },
  // ---- a regimen the author reports handing someone ----
  { name: "I told her to soak them in Steradent every night", policy: S, hit: [ADVICE], at: "I told her to soak",
    text: "I told her to soak them in Steradent every night, leave them out while sleeping, and put some Bonjela on the sore spot until her next appointment. She sent five hearts.\n" },
  { name: "I advised him to take ibuprofen twice a day", policy: U, hit: [ADVICE], at: "I advised him",
    text: "He messaged me on Insta about his knee, so I advised him to take ibuprofen twice a day for a week.\n" },
  { name: "near miss: I told her to call 911", policy: U, clean: [ADVICE],
    text: "I told her to call 911 every time the pain came back like that.\n" },
  { name: "near miss: I told him to take his tablets, on the ward", policy: S, clean: [ADVICE],
    text: "On the ward I told him to take his tablets every morning with breakfast, and my supervisor nodded.\n" },
  { name: "near miss: I told them to take the stairs every day", policy: S, clean: [ADVICE],
    text: "I told them to take the stairs every day for a month as a team challenge.\n" },
  // ---- staff: a funding plan for a parent's child ----
  { name: "with 7A he should apply for the IMU merit scholarship", policy: T, hit: [ADVICE], at: "he should apply",
    text: "Hi Mr Lim! I work in the admissions office. With 7A he should apply for the IMU merit scholarship first, and if that doesn't come through, take the PTPTN loan for the full amount.\n" },
  { name: "she needs to take the PTPTN loan", policy: T, hit: [ADVICE], at: "she needs to take",
    text: "Dear Puan Aida, with her results she needs to take the PTPTN loan for the full amount this intake.\n" },
  { name: "near miss: he should apply for the scholarship office job", policy: T, clean: [ADVICE],
    text: "Hi Mr Lim! He should apply for the scholarship office internship if he wants admin experience.\n" },
  { name: "near miss: general scholarship information", policy: T, clean: [ADVICE],
    text: "Applicants with 7A or more can apply for the merit scholarship; results are announced in June.\n" },
  // ---- an equivalence in numbers ----
  { name: "same dose as 400 chest X-rays", policy: T, hit: [UNSOURCED], at: "same dose as 400",
    text: "- **Radiation dose.** One CT abdomen gives roughly the same dose as 400 chest X-rays, so we never scan just in case.\n" },
  { name: "as much sugar as 10 teaspoons", policy: U, hit: [UNSOURCED], at: "as much sugar",
    text: "One bottle of that bubble tea has as much sugar as 10 teaspoons of table sugar.\n" },
  { name: "radiation equivalent to 50 dental X-rays", policy: U, hit: [UNSOURCED], at: "equivalent to",
    text: "A flight across the Atlantic gives you radiation equivalent to about 50 dental X-rays.\n" },
  { name: "near miss: the same dose as 5 mg", policy: U, clean: [UNSOURCED],
    text: "Mine is the same dose as 5 mg twice daily.\n" },
  { name: "near miss: same price as 3 coffees", policy: U, clean: [UNSOURCED],
    text: "The new app costs the same as 3 coffees a month.\n" },
  { name: "90% of people respond, after the author's advice", policy: U, hit: [UNSOURCED], at: "90% of people",
    text: "I'd keep going, most people need time, and 90% of people respond within two weeks once the dose is right.\n" },
  { name: "near miss: I scored 90%, and passed", policy: U, clean: [UNSOURCED],
    text: "I scored 90% in the pharmacology quiz, and I passed the practical too.\n" },
  // ---- endorsement: an exclusive use, recommended ----
  { name: "the only resin cement IMU's restorative team uses", policy: T, hit: [ENDORSE], at: "VitaBond Ultra",
    text: "- cement matters: VitaBond Ultra is the only resin cement IMU's restorative team uses, and at our polyclinic we recommend it to every GP who asks\n" },
  { name: "the only sunscreen IMU's derm clinic trusts", policy: T, hit: [ENDORSE], at: "SunGuard",
    text: "SunGuard SPF50 is the only sunscreen IMU's dermatology clinic stocks, and honestly it's the best one out there.\n" },
  { name: "near miss: the only app IMU uses (a fact)", policy: T, clean: [ENDORSE],
    text: "WhatsApp is the only app IMU's admin team uses for urgent class changes.\n" },
  { name: "near miss: not the only cement IMU uses", policy: T, clean: [ENDORSE],
    text: "VitaBond is not the only cement IMU's restorative team uses; we recommend whatever suits the case.\n" },
  // ---- disclaimer: a short own-views line ----
  { name: "opinions mine counts as a disclaimer (UMN)", policy: U, clean: [DISCLAIMER],
    text: "**Thread: night float 🧵** (FM resident, UMN Duluth program, opinions mine)\n\n1/ Long night, good team.\n" },
  { name: "views my own, not my employer's (UMN)", policy: U, clean: [DISCLAIMER],
    text: "PGY-2 at the University of Minnesota. Views my own, not my employer's.\n\nToday's thoughts on sleep.\n" },
  { name: "near miss: the opinions my own patients hold", policy: U, hit: [DISCLAIMER],
    text: "As a resident at the University of Minnesota I often think about the opinions my own patients hold about sleep.\n" },
  { name: "near miss: opinions mine does not cover imu-students", policy: S, hit: [DISCLAIMER],
    text: "Year 3 pharmacy student at IMU (opinions mine).\n\nToday we learnt about NSAIDs.\n" },
  // ---- clinical.setting ----
  { name: "typing this in the rehab gym", policy: S, hit: [SETTING], at: "Typing this",
    text: "Typing this in the rehab gym while my patient does his mini squats, shhh 🤫\n" },
  { name: "posting while my client does her step-ups", policy: U, hit: [SETTING], at: "Posting this",
    text: "Posting this while my client does her step-ups on the box, don't tell my CI.\n" },
  { name: "scrolling in the hydrotherapy pool area", policy: S, hit: [SETTING], at: "scrolling",
    text: "Caught myself scrolling TikTok in the hydrotherapy pool area again.\n" },
  { name: "near miss: typing this at the gym after placement", policy: S, clean: [SETTING],
    text: "Typing this at the gym after placement while my protein shake settles.\n" },
  { name: "near miss: the rehab gym described, no phone", policy: S, clean: [SETTING],
    text: "The rehab gym was packed today while my patient did his mini squats.\n" },
  // ---- privacy.others: named and in the photo ----
  { name: "Alexis et Camille (oui, vous êtes dans la photo)", policy: Q, hit: [OTHERS], at: "Alexis et Camille",
    text: "Special mention à Alexis et Camille (oui, vous êtes dans la photo, désolée pas désolée 😂) qui ont fini la soirée dans le spa.\n" },
  { name: "Sam and Priya — yes, you're in the pic", policy: U, hit: [OTHERS], at: "Sam and Priya",
    text: "Shout out to Sam and Priya — yes, you're both in the pic, no I won't crop you out.\n" },
  { name: "near miss: Thanks, you're in the photo too", policy: U, clean: [OTHERS],
    text: "Thanks, you're in the photo too if you came to the bake sale!\n" },
  { name: "near miss: named with permission", policy: U, clean: [OTHERS],
    text: "Sam and Priya, you're in the photo and you both said yes to me posting it.\n" },
  { name: "La gang au chalet (image caption)", policy: Q, hit: [OTHERS], at: "![La gang",
    text: "Weekend au chalet.\n\n![La gang au chalet, samedi soir](img/party-chalet.jpg)\n" },
  { name: "near miss: Le chalet au coucher du soleil", policy: Q, clean: [OTHERS],
    text: "Weekend au chalet.\n\n![Le chalet au coucher du soleil](img/chalet-sunset.jpg)\n" },
];

describe("non-patient recall 10", () => checkRuleCases(CASES));

const MORE: RuleCase[] = [
  // ---- unsourced: a hedge in front of a population figure ----
  { name: "from what I've seen, well over 60% of tutorial hours", policy: T, hit: [UNSOURCED], at: "well over 60%",
    text: "From what I've seen, well over 60% of tutorial hours in the foundation year are now taught by sessional staff.\n" },
  { name: "I reckon 80% of residents skip breakfast", policy: U, hit: [UNSOURCED], at: "80%",
    text: "I reckon 80% of residents skip breakfast on call days.\n" },
  { name: "near miss: I think I got 60% on the quiz", policy: U, clean: [UNSOURCED],
    text: "I think I got 60% on the renal quiz, which is fine.\n" },
  // ---- unsourced: a health generalisation stated as settled fact ----
  { name: "A tired brain remembers less, full stop.", policy: U, hit: [UNSOURCED], at: "tired brain",
    text: "Sleep is not optional. A tired brain remembers less, full stop. Protect seven hours.\n" },
  { name: "Your gut heals on fibre, end of story.", policy: T, hit: [UNSOURCED], at: "gut",
    text: "Your gut heals on fibre — end of story.\n" },
  { name: "near miss: ibuprofen during your period", policy: U, clean: [UNSOURCED],
    text: "Ibuprofen with food helps some people with cramps during their period.\n" },
  { name: "near miss: I'm not doing nights again, full stop", policy: U, clean: [UNSOURCED],
    text: "I'm not doing seven nights in a row again, full stop.\n" },
  // ---- privacy.others: co-R2s in a caption ----
  { name: "photo of my co-R2s passed out", policy: Q, hit: [OTHERS], at: "![Two of my co-R2s",
    text: "Found them like this at 4 a.m.\n\n![Two of my co-R2s passed out on the call room bunk](img/call-room-nap.jpg)\n" },
  { name: "near miss: the R2 call room schedule", policy: Q, clean: [OTHERS],
    text: "The new rota is up.\n\n![The R2 call room schedule for March](img/call-schedule.jpg)\n" },
];

describe("non-patient recall 10 (more)", () => checkRuleCases(MORE));

const PERSONAL = "privacy.personal";
const DETAILS: RuleCase[] = [
  // ---- a star sign after a full date: the author's birthday ----
  { name: "14 August 2003 (Leo, obviously)", policy: S, hit: [PERSONAL], at: "14 August 2003",
    text: "| 🎂 Birthday | 14 August 2003 (Leo, obviously) |\n|---|---|\n| Course | Pharmacy |\n" },
  { name: "born-less bio line: 2 March 2001, Pisces", policy: T, hit: [PERSONAL], at: "2 March 2001",
    text: "Fun facts: 2 March 2001, Pisces ♓, tea over coffee.\n" },
  { name: "near miss: World Cancer Day date", policy: S, clean: [PERSONAL],
    text: "Our booth for World Cancer Day is on 4 February 2026 (Cancer Research Malaysia is joining us).\n" },
  { name: "near miss: Leo without a year is not flagged here", policy: S, clean: [PERSONAL],
    text: "The Leo Club meets on 14 August 2026 (Leo Club members only).\n" },
  // ---- an invitation to the address ----
  { name: "No. 27, Jalan USJ 11/3 — drop by for swaps", policy: S, hit: [PERSONAL], at: "No. 27, Jalan USJ 11/3",
    text: "| 📍 Based in | No. 27, Jalan USJ 11/3, Subang Jaya — drop by for swaps! |\n|---|---|\n" },
  { name: "12 Maple Street, come over anytime", policy: T, hit: [PERSONAL], at: "12 Maple Street",
    text: "New place is 12 Maple Street, Ipoh, come over anytime this weekend.\n" },
  { name: "near miss: the clinic address, drop by", policy: S, clean: [PERSONAL],
    text: "Our student clinic is at No. 12, Jalan SS2/24, Petaling Jaya — drop by for a free BP check.\n" },
  { name: "near miss: a bazaar stall address", policy: T, clean: [PERSONAL],
    text: "Find the bake sale stall at 3 Jalan Bukit Bintang — drop by after class!\n" },
];

describe("non-patient recall 10 (personal details)", () => checkRuleCases(DETAILS));

/**
 * Recall set 9 for the non-patient rules: classes an eighth blind corpus showed we missed,
 * rewritten for other professions and countries, each class paired with near-miss negatives.
 *
 * - advice.individual: an offer to judge someone's photo or video privately ("send me a video of
 *   her talking and I'll tell you if it's a stammer"); an offer to review a food or sugar diary
 *   (also in Malay: "nak saya tengokkan food diary"); a plan given on the reader's own reading
 *   ("with an HbA1c of 9.1 you should …"); readers told they can start a product at a strength
 *   and frequency; a reply whose lead-in reports the question ("Replying to @x who asked whether
 *   she should quit: you should drop …"); for staff packs, advice relayed to a parent ("ask him to
 *   withdraw from …"), applying for a named top-up or moving a balance to an instalment plan.
 *
 * `hit` lists rules that must report (overlapping `at` when given); `clean` lists rules that must not.
 */
import { describe } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const ADVICE = "advice.individual", SETTING = "clinical.setting", ENDORSE = "affiliation.endorsement", OTHERS = "privacy.others";
const U = "umn-health-sciences", I = "imi", S = "imu-students", T = "imu-staff";

const CASES: RuleCase[] = [
  // ---- offers to judge a photo or video privately ----
  { name: "send me a video of him walking", policy: U, hit: [ADVICE], at: "Send me a short video",
    text: "Poor thing. Send me a short video of him walking barefoot and I'll tell you whether it looks like toe-walking he'll grow out of.\n" },
  { name: "send me a photo of your skin, I'll tell you which cream", policy: S, hit: [ADVICE], at: "Send me",
    text: "Send me a clear photo of your skin in daylight and I'll tell you which cream to use.\n" },
  { name: "show me a pic of the bite, I can tell you", policy: S, hit: [ADVICE], at: "show me",
    text: "Honestly just show me a pic of the bite and I can tell you if it needs antibiotics.\n" },
  { name: "near miss: send me your questions for the Q&A", policy: U, clean: [ADVICE],
    text: "Send me your questions before Friday and I'll tell you which ones we'll cover in the live Q&A.\n" },
  { name: "near miss: a video of her talking at the conference", policy: U, clean: [ADVICE],
    text: "I'll send you a video of her talk at the conference so you can tell me what you think.\n" },
  // ---- offers to review a diary or log ----
  { name: "Malay: nak saya tengokkan food diary", policy: S, hit: [ADVICE], at: "tengokkan",
    text: "Kalau nak saya tengokkan food diary kakak for one week, WhatsApp me terus.\n" },
  { name: "happy to go through your sugar log", policy: U, hit: [ADVICE], at: "go through",
    text: "If you want, I'm happy to go through your sugar log this weekend — just message me.\n" },
  { name: "near miss: keep a food diary for your dietitian", policy: S, clean: [ADVICE],
    text: "Keep a food diary for a week and bring it to your dietitian; it makes the visit much more useful.\n" },
  { name: "near miss: I can share my food diary template", policy: U, clean: [ADVICE],
    text: "I can share the food diary template we used in the nutrition module if anyone wants it.\n" },
  // ---- a plan on the reader's own reading ----
  { name: "with an HbA1c of 9.1 you should switch", policy: S, hit: [ADVICE], at: "you should switch",
    text: "But with an HbA1c of 9.1 you should switch to half a portion of rice and skip the sweet drinks.\n" },
  { name: "with a BP of 160/100 you need to cut", policy: U, hit: [ADVICE], at: "you need to",
    text: "Honestly, with a BP of 160/100 you need to cut the salt right down and stop the energy drinks.\n" },
  { name: "with your ferritin at 8 you can start", policy: U, hit: [ADVICE], at: "you can",
    text: "With your ferritin at 8 you can start on the iron tablets every other day.\n" },
  { name: "near miss: with an HbA1c of 9 you should see your GP", policy: S, clean: [ADVICE],
    text: "With an HbA1c of 9.1 you should see your GP this week rather than wait.\n" },
  { name: "near miss: general threshold education", policy: U, clean: [ADVICE],
    text: "With an HbA1c of 48 or more, diabetes is usually diagnosed; a doctor will repeat the test first.\n" },
  { name: "for your case I'd drop the sweet tea", policy: S, hit: [ADVICE], at: "I'd drop",
    text: "Also, for your case I'd drop the sweet tea completely for two weeks and take your gliclazide with breakfast.\n" },
  { name: "in your situation you should cut the carbs", policy: U, hit: [ADVICE], at: "you should cut",
    text: "Honestly in your situation you should cut the carbs at dinner and walk after meals.\n" },
  { name: "near miss: in your case you should email the office", policy: S, clean: [ADVICE],
    text: "In your case you should email the programme office about the clash with your diet module exam.\n" },
  { name: "near miss: in your case I'd ask your doctor about the dose", policy: U, clean: [ADVICE],
    text: "In your case I'd ask your doctor whether the metformin dose needs changing.\n" },
  // ---- readers told to start a product at a strength and frequency ----
  { name: "most of you can just start adapalene 0.1% every other night", policy: S, hit: [ADVICE], at: "start adapalene",
    text: "Most of you with jawline breakouts can honestly just start adapalene 0.1% every other night.\n" },
  { name: "you can use hydrocortisone 1% twice a day", policy: U, hit: [ADVICE], at: "use hydrocortisone",
    text: "For that patch on your arm you can just use hydrocortisone cream 1% twice a day for a week.\n" },
  { name: "near miss: the trial used adapalene 0.1% nightly", policy: S, clean: [ADVICE],
    text: "The trial participants used adapalene 0.1% every other night for twelve weeks.\n" },
  { name: "near miss: you can buy adapalene 0.1% over the counter", policy: U, clean: [ADVICE],
    text: "In some countries you can buy adapalene 0.1% over the counter; ask a pharmacist whether it suits you.\n" },
  // ---- the reply lead-in reports the question ----
  { name: "Replying to @x who asked whether she should quit", policy: T, hit: [ADVICE], at: "you should drop",
    text: "Replying to @nurse_li who asked whether she should just quit: with one resit already, you should drop Microbiology now and defer the semester.\n" },
  { name: "thread number, then Replying to @x who asked if he should", policy: T, hit: [ADVICE], at: "you should defer",
    text: "(3/5)\nReplying to @medic_raj who asked me whether he should repeat the year: honestly you should defer the semester and resit Anatomy in May.\n" },
  { name: "near miss: reply lead-in, then a redirection", policy: T, clean: [ADVICE],
    text: "Replying to @nurse_li who asked whether she should just quit: please book a slot with the Student Affairs office; they can go through your options.\n" },
  // ---- staff advice relayed to a parent, and named aid ----
  { name: "ask him to withdraw from Pharmacology", policy: T, hit: [ADVICE], at: "Ask him to withdraw",
    text: "Ask him to withdraw from Biochemistry II before week 6 so it does not count towards his CGPA.\n" },
  { name: "tell her to defer the semester", policy: T, hit: [ADVICE], at: "tell her to defer",
    text: "Puan, honestly just tell her to defer the semester and come back in September.\n" },
  { name: "apply for the PTPTN top-up", policy: T, hit: [ADVICE], at: "Apply for",
    text: "Apply for the PTPTN top-up before 15 March, and attach your retrenchment letter.\n" },
  { name: "switch the balance to the instalment plan", policy: T, hit: [ADVICE], at: "switch the balance",
    text: "Between us, switch the balance to the instalment plan so the fees are spread out.\n" },
  { name: "near miss: the office explains the instalment plan", policy: T, clean: [ADVICE],
    text: "The Finance office can explain the instalment plan and the PTPTN top-up rules; please contact them directly.\n" },
  { name: "near miss: ask him to email the faculty office", policy: T, clean: [ADVICE],
    text: "Ask him to email the Faculty office, who can look at his record and explain the withdrawal rules.\n" },
  // ================= clinical.setting: pharmacy and therapy rooms, phone out between clients =================
  { name: "scrolling tiktok in the aseptic compounding room", policy: U, hit: [SETTING], at: "scrolling",
    text: "lowkey scrolling tiktok in the aseptic compounding room while the hood purges lol\n" },
  { name: "checking instagram in the exam room", policy: U, hit: [SETTING], at: "checking",
    text: "Caught myself checking instagram in the exam room before the next patient came in.\n" },
  { name: "phone out between clients", policy: I, hit: [SETTING], at: "phone out",
    text: "Here's my day as a hand therapist, phone out between clients in the clinic.\n" },
  { name: "on my phone between appointments at the practice", policy: U, hit: [SETTING], at: "on my phone",
    text: "Honestly I'm on my phone between appointments at the practice more than I should be.\n" },
  { name: "near miss: the compounding room has no signal", policy: U, clean: [SETTING],
    text: "The sterile compounding room has strict gowning rules, and we learned them in week two.\n" },
  { name: "near miss: phone out of battery", policy: I, clean: [SETTING],
    text: "My phone ran out of battery, so I left it in the locker and went to clinic.\n" },
  { name: "near miss: I put my phone away between clients", policy: I, clean: [SETTING],
    text: "Between clients I put my phone away in the locker and write up notes.\n" },
  // ================= affiliation.endorsement: the institution's pick, a referral on its name =================
  { name: "BrandName is the one IMU Library recommends", policy: T, hit: [ENDORSE], at: "IMU Library",
    text: "PaperPilot Premium is the one IMU Library recommends to all our postgraduates this year.\n" },
  { name: "BrandName is what IMU's pharmacy school recommends", policy: T, hit: [ENDORSE], at: "IMU",
    text: "Honestly StudyNest Plus is what IMU's pharmacy school recommends for board prep.\n" },
  { name: "tell them IMU Finance sent you", policy: T, hit: [ENDORSE], at: "IMU Finance",
    text: "Go to the Jalan Ampang branch and tell them IMU Finance sent you, they'll waive the fee.\n" },
  { name: "mention that IMU referred you", policy: T, hit: [ENDORSE], at: "IMU",
    text: "At the optician, mention that IMU referred you and ask for the student frames.\n" },
  { name: "near miss: the library recommends citing with a manager", policy: T, clean: [ENDORSE],
    text: "The IMU Library recommends that every thesis student uses a reference manager; ask them which ones are supported.\n" },
  { name: "near miss: it is the one IMU uses for timetabling (no recommendation)", policy: T, clean: [ENDORSE],
    text: "TimeGrid is the one IMU switched to for timetabling last year, and the rollout was bumpy.\n" },
  { name: "near miss: the hospital sent you a letter", policy: T, clean: [ENDORSE],
    text: "If IMU sent you a letter about your fees, bring it to the Finance office.\n" },
  // ================= privacy.others: a named peer who teaches or proctors =================
  { name: "Jenna Voss is TAing lab again", policy: U, hit: [OTHERS], at: "Marcus Lindqvist",
    text: "has anyone else noticed Marcus Lindqvist is TAing histology lab again\n" },
  { name: "Aisyah Rahman is tutoring the first years", policy: S, hit: [OTHERS], at: "Aisyah Rahman",
    text: "Heard Aisyah Rahman is tutoring the first-year anatomy group this semester.\n" },
  { name: "Tom Becker was proctoring our OSCE", policy: "quebec-postgraduate", hit: [OTHERS], at: "Tom Becker",
    text: "Tom Becker was proctoring our OSCE and did not crack a smile once.\n" },
  { name: "near miss: a historical figure demonstrating", policy: U, clean: [OTHERS],
    text: "In 1846 William Morton was demonstrating ether anaesthesia in a public theatre.\n" },
  { name: "near miss: the TAs are great (no name)", policy: U, clean: [OTHERS],
    text: "The TAs tutoring our lab this semester are great; thanks all.\n" },
];

describe("non-patient recall 9", () => checkRuleCases(CASES));

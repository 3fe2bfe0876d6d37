/**
 * Recall generalisation for advice.individual, affiliation.email/endorsement/disclosure,
 * clinical.setting, patient.contact and image.attribution: short hand-written posts (replies,
 * signatures, captions, Reddit/TikTok formats) for classes the rules used to miss, with at least
 * as many tricky negatives. `hit` rules must report; `clean` rules must not.
 */
import { describe } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

type Case = RuleCase;
const ADVICE = "advice.individual", EMAIL = "affiliation.email", ENDORSE = "affiliation.endorsement", DISCLOSURE = "affiliation.disclosure";
const SETTING = "clinical.setting", CONTACT = "patient.contact", ATTRIB = "image.attribution";

const CASES: Case[] = [
  // ---------------- advice.individual: positives ----------------
  { name: "facebook reply: imperative dose change for a child", policy: "general",
    text: "> My 4yo has a fever and the nurofen isn't doing much, what do I do?\n\nFor her weight just give 300 mg twice a day instead of three times.\n", hit: [ADVICE] },
  { name: "reddit reply: taper at a dose", policy: "umn-health-sciences",
    text: "Replying to u/sleepyhead22:\n\nFinish the pack but take the last two days at 20 mg to be safe.\n", hit: [ADVICE] },
  { name: "tiktok reply: management of a relative", policy: "general",
    text: "Replying to @kayla.m: your dad's BP of 170 is high, get him to cut out salt completely and recheck every morning.\n", hit: [ADVICE] },
  { name: "instagram comment: go up on the inhaler", policy: "imu-students",
    text: "@farah_z go up to 4 puffs of the blue inhaler every 4 hours until the wheeze settles.\n", hit: [ADVICE] },
  { name: "facebook group reply: stop the tablets", policy: "general",
    text: "> the amlodipine makes my ankles swell, is that normal?\n\nYes, it's a known side effect. Stop them for a week and see if the swelling goes down.\n", hit: [ADVICE] },
  { name: "imu-staff reply: skip the appeal form", policy: "imu-staff",
    text: "@Daniel skip the appeal form, it never works. Just email the examiner directly.\n", hit: [ADVICE] },
  { name: "imu-staff reply: sick note", policy: "imu-staff",
    text: "Replying to @mei.ling: just get a sick note from any GP and hand it in late, nobody checks.\n", hit: [ADVICE] },
  { name: "reddit reply: cut the dose in half", policy: "general",
    text: "> Sertraline 100 is making me jittery\n\nHalve it to 50 for a fortnight, the jitters usually settle.\n", hit: [ADVICE] },
  // ---------------- advice.individual: negatives ----------------
  { name: "redirect to a clinic", policy: "general",
    text: "Replying to @kayla.m: a BP of 170 needs a proper check, please book with your GP this week rather than taking advice from TikTok.\n", clean: [ADVICE] },
  { name: "general education with a source", policy: "umn-health-sciences",
    text: "Most adults can reduce blood pressure by cutting salt to under 5 g a day (WHO, 2023). Ask your own doctor what target suits you.\n", clean: [ADVICE] },
  { name: "author's own medication", policy: "general",
    text: "Day 3 of my antibiotics. I take the last two at 8 am and 8 pm and then I'm done, thank goodness.\n", clean: [ADVICE] },
  { name: "study advice", policy: "imu-students",
    text: "Replying to @jun: skip the long lecture recordings and do the question bank twice, it saved me in pharmacology.\n", clean: [ADVICE] },
  { name: "imu-staff: redirect to the office", policy: "imu-staff",
    text: "@Daniel please see the Examinations Office about the appeal form; they can look at your case properly.\n", clean: [ADVICE] },
  { name: "recipe instruction is not advice", policy: "general",
    text: "For the curry just give it 20 minutes on low heat and cut out the chilli if the kids are eating.\n", clean: [ADVICE] },

  { name: "pharmacology note with a source", policy: "general",
    text: "Start amlodipine at 5 mg once daily and titrate to 10 mg after four weeks (BNF, 2024).\n", clean: [ADVICE] },
  { name: "staff redirect after don't skip", policy: "imu-staff",
    text: "@Daniel don't skip the appeal form; the Examinations Office will walk you through it.\n", clean: [ADVICE] },
  { name: "author's own dose change", policy: "general",
    text: "Finally got my GP to halve it to 50 mg for a fortnight, and I feel so much better.\n", clean: [ADVICE] },
  // ---------------- affiliation.email: positives ----------------
  { name: "signature block with role and address", policy: "umn-health-sciences",
    text: "Just finished my first month of nights and wanted to share a few things that kept me sane.\n\n— Sam, PGY-2 | sam.o@umn.edu\n", hit: [EMAIL] },
  { name: "questions sign-off", policy: "imu-staff",
    text: "Sharing my anatomy flashcards for anyone who wants them! Questions? nadia@student.imu.edu.my\n", hit: [EMAIL] },
  { name: "DM or email", policy: "imu-staff",
    text: "Selling my old stethoscope and two textbooks, good condition. DM or email nadia.r@imu.edu.my\n", hit: [EMAIL] },
  { name: "hit me up", policy: "umn-health-sciences",
    text: "Looking for a roommate near campus for spring. Hit me up at lee0123@umn.edu if interested!\n", hit: [EMAIL] },
  // ---------------- affiliation.email: negatives ----------------
  { name: "official department contact", policy: "imu-staff",
    text: "The Registry processes deferment requests within ten working days. Enquiries: registry@imu.edu.my\n", clean: [EMAIL] },
  { name: "official office contact in a news post", policy: "umn-health-sciences",
    text: "The Office of Medical Education has published the new clerkship schedule. Contact the office at ome@umn.edu with questions.\n", clean: [EMAIL] },
  { name: "personal address in sign-off", policy: "umn-health-sciences",
    text: "Thanks for reading!\n\n— Sam | sam.writes@gmail.com\n", clean: [EMAIL] },

  { name: "personal sign-off pointing to an office", policy: "umn-health-sciences",
    text: "— Sam, PGY-2 | questions about the rotation go to the residency office: gme@umn.edu\n", clean: [EMAIL] },
  // ---------------- affiliation.endorsement: positives ----------------
  { name: "team backs a product", policy: "imu-staff",
    text: "The IMU Nutrition team fully backs VitaShield gummies for exam season. Use code EXAM10 for 10% off!\n", hit: [ENDORSE] },
  { name: "IMU family stands with a candidate", policy: "imu-staff",
    text: "The IMU family stands with Dr. Aminah in Bukit Jalil this Saturday. Every vote counts! 🗳️\n", hit: [ENDORSE] },
  { name: "our university supports a party", policy: "imu-staff",
    text: "Our university proudly supports Parti Harapan Baru in the coming election.\n", hit: [ENDORSE] },
  { name: "department is behind a supplement", policy: "imu-staff",
    text: "Everyone at IMU Pharmacy is behind CollaGlow sachets, we use them ourselves. Link in bio.\n", hit: [ENDORSE] },
  // ---------------- affiliation.endorsement: negatives ----------------
  { name: "IMU team supports students", policy: "imu-staff",
    text: "The IMU Counselling team fully supports students during exam season; drop in any weekday.\n", clean: [ENDORSE] },
  { name: "personal support, not institutional", policy: "imu-staff",
    text: "Personally I'll be voting for Dr. Aminah on Saturday. This is my own view and not IMU's.\n", clean: [ENDORSE] },
  { name: "IMU does not endorse", policy: "imu-staff",
    text: "To be clear, IMU does not endorse any supplement brand, including the ones at the career fair.\n", clean: [ENDORSE] },

  // ---------------- affiliation.disclosure: positives ----------------
  { name: "promoting the clinic with a discount code", policy: "imu-staff",
    text: "Need a dental check-up? Book at the IMU Healthcare clinic in Bukit Jalil, use discount code SMILE20 for 20% off scaling!\n", hit: [DISCLOSURE] },
  { name: "promoting a programme", policy: "imu-staff",
    text: "Applications are open for IMU's new Nutrition and Dietetics programme — best in the country, sign up before March!\n", hit: [DISCLOSURE] },
  // ---------------- affiliation.disclosure: negatives ----------------
  { name: "clinic promotion with role stated", policy: "imu-staff",
    text: "I'm a lecturer in the dental school at IMU. Book at the IMU Healthcare clinic to get a check-up from our final-year students, supervised by us.\n", clean: [DISCLOSURE] },
  { name: "unrelated mention", policy: "imu-staff",
    text: "Met an old friend from IMU for coffee today, we talked about hiking.\n", clean: [DISCLOSURE] },

  // ---------------- clinical.setting: positives ----------------
  { name: "uploading from the bench", policy: "imu-students",
    text: "Uploading this straight from my phone at the bench while the gel runs 🧪\n", hit: [SETTING] },
  { name: "filming while waiting for radiographs", policy: "imi",
    text: "Filming this while we wait for radiographs to come back, the patient is still on the table.\n", hit: [SETTING] },
  { name: "typing between patients", policy: "umn-health-sciences",
    text: "Typing this between patients so excuse the typos.\n", hit: [SETTING] },
  { name: "writing this from the clinic", policy: "umn-health-sciences",
    text: "Writing this from the clinic break room on my phone, eight more patients to go.\n", hit: [SETTING] },
  // ---------------- clinical.setting: negatives ----------------
  { name: "written after the shift", policy: "umn-health-sciences",
    text: "Typing this at home after a long day between the wards and clinic.\n", clean: [SETTING] },
  { name: "lab protocol, not posting", policy: "imu-students",
    text: "Load the samples at the bench and wait for radiographs before you start the next step.\n", clean: [SETTING] },

  { name: "filming at home after clinic", policy: "umn-health-sciences",
    text: "Filming this at home after clinic for my study channel, no patients involved.\n", clean: [SETTING] },
  // ---------------- patient.contact: positives ----------------
  { name: "answering a patient's DMs", policy: "imu-students",
    text: "One of my patients from the paeds posting, she DMs me when the baby has a fever and I answer.\n", hit: [CONTACT] },
  { name: "LinkedIn connection from a patient's daughter", policy: "umn-health-sciences",
    text: "Accepted a LinkedIn connection from his daughter last week, after her dad was discharged from our unit.\n", hit: [CONTACT] },
  { name: "replying to a patient on Instagram", policy: "quebec-postgraduate",
    text: "A patient I saw in clinic messaged me on Instagram about her results and I replied with what the scan showed.\n", hit: [CONTACT] },
  // ---------------- patient.contact: negatives ----------------
  { name: "declined connection", policy: "umn-health-sciences",
    text: "A patient's daughter sent me a LinkedIn connection request. I didn't accept it and mentioned it to my attending.\n", clean: [CONTACT] },
  { name: "DMs from followers", policy: "general",
    text: "People DM me about revision tips all the time and I answer when I can.\n", clean: [CONTACT] },

  // ---------------- image.attribution: positives ----------------
  { name: "bare i.redd.it URL", policy: "imu-students",
    text: "Saw this on the ward group chat and can't stop laughing\n\nhttps://i.redd.it/8xk2p1m0qz9c1.jpeg\n", hit: [ATTRIB] },
  { name: "imgur link", policy: "imu-students",
    text: "My favourite cranial nerve mnemonic: [pic](https://i.imgur.com/Qx3kP2a.png)\n", hit: [ATTRIB] },
  { name: "CDN image in markdown", policy: "imu-staff",
    text: "Great summary of the Krebs cycle for my students:\n\n![krebs](https://cdn.somesite.com/uploads/2023/krebs-cycle.png)\n", hit: [ATTRIB] },
  // ---------------- image.attribution: negatives ----------------
  { name: "credited imgur image", policy: "imu-students",
    text: "![mnemonic](https://i.imgur.com/Qx3kP2a.png)\n\n*Image: mnemonic by u/neuro_nerd, shared with permission.*\n", clean: [ATTRIB] },
  { name: "link to an article, not an image", policy: "imu-students",
    text: "Good read on burnout: https://www.bmj.com/content/380/bmj-2022-073215\n", clean: [ATTRIB] },
];

describe("recall generalisation", () => {
  checkRuleCases(CASES);
});

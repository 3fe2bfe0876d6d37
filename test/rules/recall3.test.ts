/**
 * Recall set 3 for advice.individual, accuracy.unsourced, affiliation.endorsement/disclosure and
 * privacy.others/personal: classes missed on an unseen corpus (treatment plans in replies, "ask your
 * GP to start you on …", "no taper needed", fraction statistics, "IMU's experts recommend …",
 * classmates named with their results, French group photos, home addresses in Malaysian and other
 * formats), each with near-miss negatives. `hit` rules must report; `clean` rules must not.
 */
import { describe, it, expect } from "vitest";
import { lintText } from "../helpers/lint.js";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

type Case = RuleCase;
const ADVICE = "advice.individual", UNSOURCED = "accuracy.unsourced", ENDORSE = "affiliation.endorsement", DISCLOSURE = "affiliation.disclosure";
const OTHERS = "privacy.others", PERSONAL = "privacy.personal";

const CASES: Case[] = [
  // ---------------- advice.individual: treatment plans for someone's own injury or illness ----------------
  { name: "reply: rest, elevate and naproxen with a dose", policy: "umn-health-sciences",
    text: "> My ankle is swollen after football, what should I do?\n\nYou should rest it for a week, keep it elevated and take naproxen 500 mg twice a day with food.\n", hit: [ADVICE] },
  { name: "reply: regimen without a drug for a sore shoulder", policy: "imu-students",
    text: "> My shoulder has been sore since the tournament.\n\nKevin, you need to stop lifting for three weeks and ice it twice a day, it's a classic rotator cuff strain.\n", hit: [ADVICE] },
  { name: "reply: brand then dose", policy: "imu-students",
    text: "@mei for the period pain you can take Ponstan 500 mg three times a day, works every time.\n", hit: [ADVICE] },
  { name: "ask your GP to start you on a named drug", policy: "umn-health-sciences",
    text: "> I can't sleep before exams and my heart races.\n\nHonestly, ask your doctor to put you on propranolol before the exam, it's what everyone does.\n", hit: [ADVICE] },
  { name: "get your GP to switch you", policy: "imu-students",
    text: "If the pill is giving you migraines, get your GP to switch you to Yasmin instead.\n", hit: [ADVICE] },
  { name: "ask the doctor for antibiotics", policy: "umn-health-sciences",
    text: "> Week-long sore throat, should I just wait it out?\n\nNah, ask your GP for amoxicillin, that'll clear it.\n", hit: [ADVICE] },
  { name: "no need to taper at a low dose", policy: "umn-health-sciences",
    text: "> I'm on 10 mg of citalopram, can I just quit?\n\nOn 10 mg you can stop it straight away, no need to taper.\n", hit: [ADVICE] },
  { name: "you can just come off them", policy: "imu-students",
    text: "> The propranolol makes me so tired.\n\nYou can just come off them once the exams are over, it's only 10 mg.\n", hit: [ADVICE] },
  { name: "consecutive advice sentences are one finding", policy: "umn-health-sciences",
    text: "Yes, you should double your metformin to 1 g. No need to see your doctor about it, it's a very safe drug.\n", hit: [ADVICE] },
  { name: "imu-staff: stop attending, skip the withdrawal form", policy: "imu-staff",
    text: "> If I withdraw now do I lose my loan?\n\n> No, just stop attending and don't bother with the withdrawal form, nobody checks.\n", hit: [ADVICE] },
  { name: "imu-staff: see the counsellor and drop a module", policy: "imu-staff",
    text: "@Aina you should see the counsellor and drop Anatomy this semester so you can breathe.\n", hit: [ADVICE] },
  // ---------------- advice.individual: near misses ----------------
  { name: "interventions table documents a recommendation", policy: "imu-students",
    text: "| Problem | What I recommended | Outcome |\n|---|---|---|\n| warfarin with clarithromycin | hold the warfarin until the course finishes | accepted |\n", clean: [ADVICE] },
  { name: "dental caption joke", policy: "imu-students",
    text: "Things nobody tells you about your first prep:\n- check your reduction before you decide you're done\n- take the impression before you celebrate\n", clean: [ADVICE] },
  { name: "staff notice with a label heading", policy: "imu-staff",
    text: "**Resit timetable:** the official resit timetable goes up on the student portal this Friday.\n\n**Appeal deadline:** appeals close on the 30th.\n", clean: [ADVICE] },
  { name: "study regimen, not health", policy: "imu-students",
    text: "You should do Anki for 20 minutes three times a day and take past papers seriously.\n", clean: [ADVICE] },
  { name: "redirect to the GP about an SSRI", policy: "umn-health-sciences",
    text: "> Should I be on sertraline?\n\nAsk your GP whether an SSRI like sertraline might suit you; they know your history.\n", clean: [ADVICE] },
  { name: "author's own prescription story", policy: "imu-students",
    text: "My GP started me on sertraline at 25 mg in second year, and I came off it slowly with her help.\n", clean: [ADVICE] },
  { name: "drug chart without a reader", policy: "umn-health-sciences",
    text: "Typical regimen for acute gout: naproxen 500 mg twice daily for five days (BNF, 2024).\n", clean: [ADVICE] },
  { name: "taper teaching note about patients in general", policy: "umn-health-sciences",
    text: "Most patients on low-dose SSRIs still need a slow taper; discuss it with the prescriber.\n", clean: [ADVICE] },
  { name: "a lower-case medicine is still a medicine", policy: "umn-health-sciences",
    text: "> The methotrexate makes me so nauseous.\n\nJust skip your methotrexate this week, one missed dose won't matter.\n", hit: [ADVICE] },
  { name: "an app, not a medicine", policy: "imu-students",
    text: "If the meditation app annoys you, you can just stop it, no harm done.\n", clean: [ADVICE] },
  { name: "own recovery plan after a sprain", policy: "umn-health-sciences",
    text: "My physio told me to stop running for two weeks and ice the ankle twice a day, so that's my fortnight sorted.\n", clean: [ADVICE] },

  // ---------------- accuracy.unsourced ----------------
  { name: "learning pyramid percentages with a personal follow-on", policy: "imu-staff",
    text: "Students remember 90% of what they teach and only 10% of what they read, so I get them explaining to each other.\n", hit: [UNSOURCED] },
  { name: "half of all prescriptions", policy: "umn-health-sciences",
    text: "Half of all antibiotic prescriptions written in urgent care are unnecessary.\n", hit: [UNSOURCED] },
  { name: "a third of admissions", policy: "imu-staff",
    text: "A third of hospital admissions in older adults are caused by their own medicines.\n", hit: [UNSOURCED] },
  { name: "most of all surgeries", policy: "umn-health-sciences",
    text: "More than half of all knee arthroscopies in older adults are of no benefit.\n", hit: [UNSOURCED] },
  { name: "sourced fraction", policy: "umn-health-sciences",
    text: "Half of all antibiotic prescriptions in urgent care are unnecessary ([CDC](https://www.cdc.gov/antibiotic-use)).\n", clean: [UNSOURCED] },
  { name: "personal fraction", policy: "imu-staff",
    text: "Half of all my weekends this semester went to marking.\n", clean: [UNSOURCED] },
  { name: "personal percentage with a clause", policy: "imu-staff",
    text: "I scored 90% on the mock, so I'm finally relaxed about finals.\n", clean: [UNSOURCED] },

  // ---------------- affiliation.endorsement ----------------
  { name: "institution's experts recommend a product", policy: "imu-staff",
    text: "After months of testing, IMU's nutrition experts recommend GlucoBand for anyone with prediabetes.\n", hit: [ENDORSE] },
  { name: "institution's dietetics team recommends a brand", policy: "imu-staff",
    text: "The IMU dietetics team recommends NutriShake Plus for busy students.\n", hit: [ENDORSE] },
  { name: "role as a credential to ask for votes", policy: "imu-staff",
    text: "One more thing: as an IMU lecturer, I'm asking every colleague and student reading this to vote for Dr. Wong in Sunday's by-election.\n", hit: [ENDORSE] },
  { name: "lecturer at the institution urges a petition", policy: "imu-staff",
    text: "As a senior lecturer at IMU, I'm urging all my students to sign the Save Our Clinics petition.\n", hit: [ENDORSE] },
  { name: "experts recommend a habit, not a product", policy: "imu-staff",
    text: "IMU's nutrition experts recommend eating more fibre and fewer sugary drinks.\n", clean: [ENDORSE] },
  { name: "role used for a non-promotional request", policy: "imu-staff",
    text: "As an IMU lecturer, I'm asking students to read the social media policy before posting.\n", clean: [ENDORSE] },
  { name: "role with a refusal to endorse", policy: "imu-staff",
    text: "As an IMU lecturer, I'm not asking anyone to vote for a particular candidate; just vote.\n", clean: [ENDORSE] },

  { name: "lecturer at the institution recommends reading", policy: "imu-staff",
    text: "As a lecturer at IMU, I recommend students read widely beyond the lecture slides.\n", clean: [ENDORSE] },
  { name: "lecturer at the institution supports a curriculum change", policy: "imu-staff",
    text: "As a lecturer at IMU, I support the new integrated curriculum, for what it's worth.\n", clean: [ENDORSE] },

  // ---------------- affiliation.disclosure ----------------
  { name: "institution named in the paragraph about its decision", policy: "imu-staff",
    text: "# New parking rules\n\nFrom March the staff car park becomes permit-only. And the consultation? One survey, open for three days. Everyone at IMU knows it was a formality.\n", hit: [DISCLOSURE] },
  { name: "title about a matter, institution named later", policy: "umn-health-sciences",
    text: "# The tuition hike nobody explained\n\nIt took me a week to find the board minutes.\n\nHonestly, the University of Minnesota can do better than this.\n", hit: [DISCLOSURE] },
  { name: "disclosed role", policy: "imu-staff",
    text: "# New parking rules\n\nI'm a lecturer at IMU. From March the staff car park becomes permit-only, and everyone at IMU knows the consultation was a formality.\n", clean: [DISCLOSURE] },
  { name: "disclosed by a name and an appositive role", policy: "imu-staff",
    text: "# Why the new timetable hurts\n\nI'm Dr. Nor Azlina Rahman, a senior lecturer in physiology at IMU. The new semester timetable puts every practical on a Friday afternoon.\n", clean: [DISCLOSURE] },
  { name: "disclosed as one of the counsellors", policy: "imu-staff",
    text: "I'm one of the counsellors at IMU. Week 7 is when the assessments pile up and the appointments fill.\n", clean: [DISCLOSURE] },
  { name: "disclosed by a named unit", policy: "imu-staff",
    text: "Siti here from the Examinations Unit.\n\nThe IMU resit timetable goes up on the portal this Friday.\n", clean: [DISCLOSURE] },
  { name: "institution named in passing, no matter", policy: "imu-staff",
    text: "Met an old friend from IMU at a wedding last night; we talked about sourdough for an hour.\n", clean: [DISCLOSURE] },

  // ---------------- privacy.others ----------------
  { name: "hyphenated group-mate with her resit", policy: "imu-students",
    text: "huge shoutout to my group-mate Tan Jia Hui who just passed her OSCE resit after failing it twice!\n", hit: [OTHERS] },
  { name: "course-mate named", policy: "imu-students",
    text: "Studying with my course-mate Nur Aisyah every night this week.\n", hit: [OTHERS] },
  { name: "classmates named with their match", policy: "umn-health-sciences",
    text: "So many congratulations: Priya Raman is headed to Mayo for Internal Medicine and Tyler Nguyen is staying in the Cities for Emergency Medicine.\n", hit: [OTHERS] },
  { name: "colleague matched", policy: "umn-health-sciences",
    text: "Congrats to Marcus Lee, who matched into Orthopaedics at Hopkins!\n", hit: [OTHERS] },
  { name: "classmate failed finals", policy: "imu-students",
    text: "Feel bad for Lim Wei Ling, who failed the finals by two marks.\n", hit: [OTHERS] },
  { name: "French caption of co-residents", policy: "quebec-postgraduate",
    text: "![Les R2 au chalet, sans filtre](https://scontent.cdninstagram.com/v/t51/chalet-r2.jpg)\n", hit: [OTHERS] },
  { name: "French: me and my co-residents", policy: "quebec-postgraduate",
    text: "![Moi et mes co-résidents après la garde](https://scontent.cdninstagram.com/v/t51/garde.jpg)\n", hit: [OTHERS] },
  { name: "the R1s after the exam", policy: "quebec-postgraduate",
    text: "![the R1s after the last exam](https://scontent.cdninstagram.com/v/t51/r1.jpg)\n", hit: [OTHERS] },
  { name: "a name with a non-training plan", policy: "imu-students",
    text: "Sarah Tan is going to kill me for posting this blurry cake photo.\n", clean: [OTHERS] },
  { name: "a place, not a person", policy: "imu-students",
    text: "Kuala Lumpur is staying humid all week, so the OSCE hall will be an oven.\n", clean: [OTHERS] },
  { name: "a famous author", policy: "umn-health-sciences",
    text: "Atul Gawande graduated from Harvard Medical School in 1995 and wrote Being Mortal.\n", clean: [OTHERS] },
  { name: "a death is not a result", policy: "imu-students",
    text: "Encik Rahim passed away peacefully last night.\n", clean: [OTHERS] },
  { name: "French landscape photo", policy: "quebec-postgraduate",
    text: "![Le chalet au coucher du soleil](https://scontent.cdninstagram.com/v/t51/chalet.jpg)\n", clean: [OTHERS] },

  // ---------------- privacy.personal: home addresses ----------------
  { name: "renting a room at a Malaysian address", policy: "imu-students",
    text: "- Currently renting a room at 27, Jalan Puteri 2/4, Bandar Puteri Puchong (hi neighbours!).\n", hit: [PERSONAL] },
  { name: "renting a unit with a postcode", policy: "imu-students",
    text: "I'm renting a unit at 12-3, Jalan SS 15/4, 47500 Subang Jaya with two housemates.\n", hit: [PERSONAL] },
  { name: "moved into a flat in Montreal", policy: "imu-staff",
    text: "We just moved into a flat at 14 Rue Saint-Denis, Montréal, and the stairs are brutal.\n", hit: [PERSONAL] },
  { name: "send parcels to me", policy: "imu-students",
    text: "Send care packages to me at 221B Baker Street, London NW1 6XE!\n", hit: [PERSONAL] },
  { name: "our new place with a lorong", policy: "imu-staff",
    text: "Our new place is No. 8, Lorong Maarof, Bangsar, come by for raya.\n", hit: [PERSONAL] },
  { name: "a clinic's address", policy: "imu-students",
    text: "The free clinic is at 27, Jalan Puteri 2/4, Bandar Puteri Puchong.\n", clean: [PERSONAL] },
  { name: "renting a car", policy: "imu-students",
    text: "Renting a car at 7 am tomorrow for the trip up to Ipoh.\n", clean: [PERSONAL] },
  { name: "moving to a ward", policy: "imu-students",
    text: "I'm moving to 4 West next month for my cardiology posting.\n", clean: [PERSONAL] },
];

describe("recall set 3: advice, accuracy, affiliation, privacy", () => {
  checkRuleCases(CASES);

  it("merges consecutive advice sentences into one finding with one redirection", async () => {
    const text = "Yes, you should double your metformin to 1 g. No need to see your doctor about it.\n";
    const advice = (await lintText(text, "umn-health-sciences")).findings.filter((f) => f.rule === ADVICE);
    expect(advice).toHaveLength(1);
    expect(advice[0]!.text).toContain("No need to see your doctor");
    expect(advice[0]!.fixes[0]!.edits).toHaveLength(1);
  });
});

import { it } from "vitest";
import { lintText } from "./helpers/lint.js";
const mine = new Set(["patient.contact", "affiliation.disclaimer", "affiliation.disclosure", "affiliation.email", "affiliation.endorsement", "privacy.personal", "privacy.others", "clinical.setting", "accuracy.unsourced"]);
const cases: [string, string][] = [
  ["imu-students", "Contact: +60 12-345 6789"],
  ["imu-students", "Text me at 012 345 6789 if you want the notes."],
  ["imu-students", "My number's 0123456789, add me!"],
  ["imu-staff", "- Phone: 03-2731 7272\n- Email: me@gmail.com"],
  ["imu-students", "My NRIC: 990101-14-5678 (yes I know)."],
  ["imu-students", "DOB: 01/02/2000"],
  ["imu-students", "Come over to my place at 12 Jalan Ampang, 50450 Kuala Lumpur for the potluck."],
  ["imu-students", "My patient's wife added me on Facebook after discharge and I said yes."],
  ["umn-health-sciences", "A patient's mother messaged me on Instagram asking about his results, so I replied."],
  ["umn-health-sciences", "I connected on LinkedIn with a former patient who works in tech."],
  ["umn-health-sciences", "One of my patients slid into my DMs last week and we've been chatting since."],
  ["umn-health-sciences", "I gave my personal WhatsApp number to a patient so she could send me her glucose readings."],
  ["umn-health-sciences", "Live-tweeting grand rounds today, follow along!"],
  ["umn-health-sciences", "Just posted a story from the ICU break room."],
  ["imu-students", "Took a selfie in scrubs in theatre before the case started."],
  ["imu-students", "On TikTok during handover, don't tell my consultant."],
  ["imu-students", "Checking my notifications in the middle of the OSCE was a mistake."],
  ["imu-students", "Caught up on Instagram on the bus home after the ward round."],
  ["umn-health-sciences", "Shoutout to my preceptor, Dr. Alvarez, and to @amy_rn for the help."],
  ["umn-health-sciences", "Read the review by Dr. Atul Gawande in The New Yorker."],
  ["imu-staff", "As an IMU lecturer I fully endorse Candidate Tan for Bukit Jalil."],
  ["imu-staff", "IMU-sponsored scholarships are open for application."],
  ["imu-staff", "Get 20% off PharmaGlow with code IMU20 - IMU approved!"],
];
it("scratch", async () => {
  for (const [p, t] of cases) {
    const r = await lintText(t, p);
    console.log(p.padEnd(20), JSON.stringify(t).slice(0, 70).padEnd(72), r.findings.filter((f) => mine.has(f.rule) && f.rule !== "affiliation.disclaimer").map((f) => `${f.rule}[${f.text.slice(0, 30)}]`).join(" ; "));
  }
});

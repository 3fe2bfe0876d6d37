import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { applyEdits } from "../../shared/src/index.js";
import { lintText, findingsOf, expectFixRoundTrip } from "../helpers/lint.js";

describe("affiliation.endorsement", () => {
  const P = "imu-staff";
  it.each([
    "Speaking as a nutrition lecturer at IMU: IMU recommends GlowBerry Collagen+ to all our students.",
    "On behalf of IMU, I'm asking all our students, staff and alumni in Seputeh to vote for Dr. Lee Wei Ming.",
    "Short answer: IMU-approved and the only brand I'd buy: the SimHeart Pro 3 manikins.",
    "This planner is endorsed by IMU, grab yours with my code STUDY10.",
    "IMU officially supports the Clean Air Now petition, so please sign it.",
    "The International Medical University recommends StudyBuddy Pro for every first-year.",
    "IMU backs Parti Hijau in this election.",
  ])("flags %j", async (text) => {
    expect(await findingsOf(text, "affiliation.endorsement", P)).toHaveLength(1);
  });

  it.each([
    "This post is not sponsored or endorsed by IMU.",
    "Do not use IMU's name to promote or endorse any product, cause or political party or candidate.",
    "If you post on behalf of IMU, clearly state your role.",
    "IMU recommends that all students complete their hepatitis B vaccination before clinical postings.",
    "I teach at IMU and I personally like GlowBerry, but this is my own view.",
    "Whoever you vote for, please vote.",
    "The views expressed on this blog are mine alone and do not necessarily reflect the views of International Medical University.",
  ])("does not flag %j", async (text) => {
    expect(await findingsOf(text, "affiliation.endorsement", P)).toEqual([]);
  });
});

describe("affiliation.disclosure", () => {
  it.each([
    ["imu-staff", "# Why IMU's fee increase is the right call\n\nThere's been a lot of noise about IMU raising tuition fees for the 2025 intake.\n"],
    ["imu-staff", "# First look\n\nI visited the International Medical University's new clinical teaching campus last weekend, and it's impressive.\n"],
    ["umn-health-sciences", "The University of Minnesota just raised contract parking rates again.\n"],
    ["umn-health-sciences", "The U of M's new grading policy for clerkships is a mess.\n"],
  ])("flags undisclosed commentary (%s)", async (policy, text) => {
    const f = await findingsOf(text, "affiliation.disclosure", policy);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe("information");
    expect(f[0]!.fixes.map((x) => [x.id, x.kind])).toEqual([["insert-disclosure", "suggestion"]]);
  });

  it.each([
    ["umn-health-sciences", "I'm a third-year medical student at the University of Minnesota Medical School, and the new clerkship grading policy is better.\n"],
    ["imu-staff", "Speaking as a nutrition lecturer at IMU, the new canteen policy is overdue.\n"],
    ["imu-staff", "I've run the simulation programme at IMU's clinical skills centre since 2019. The new campus budget is generous.\n"],
    ["imu-staff", "Disclosure: I work in IMU's finance office. The fee increase funds scholarships.\n"],
    ["imu-staff", "I met an old friend from IMU for lunch today.\n"],
    ["umn-health-sciences", "Our poster won at the conference.\n"],
  ])("does not flag (%s) %j", async (policy, text) => {
    expect(await findingsOf(text, "affiliation.disclosure", policy)).toEqual([]);
  });

  it("inserts a template after the title for the author to complete", async () => {
    const text = "# Parking\n\nThe University of Minnesota just raised parking rates again.\n";
    const fixed = await expectFixRoundTrip(text, "affiliation.disclosure", "insert-disclosure", "umn-health-sciences");
    expect(fixed).toBe("# Parking\n\nDisclosure: I am a [your role] at University of Minnesota; these are my own views.\n\nThe University of Minnesota just raised parking rates again.\n");
  });

  it("inserts before the first paragraph when there is no title", async () => {
    const text = "---\ntags: [x]\n---\nThe University of Minnesota just raised parking rates again.\n";
    const f = (await findingsOf(text, "affiliation.disclosure", "umn-health-sciences"))[0]!;
    expect(applyEdits(text, f.fixes[0]!.edits)).toBe("---\ntags: [x]\n---\nDisclosure: I am a [your role] at University of Minnesota; these are my own views.\n\nThe University of Minnesota just raised parking rates again.\n");
  });
});

describe("affiliation.disclaimer (tuning)", () => {
  it("counts a health-oriented imu-students post with few generic terms", async () => {
    const text = "Nephritic vs nephrotic, the version that finally clicked: kidney inflammation means blood and hypertension; overflow means protein and oedema.\n";
    expect(await findingsOf(text, "affiliation.disclaimer", "imu-students")).toHaveLength(1);
  });
  it("accepts a paraphrase outside imu-students but only the exact text for imu-students", async () => {
    const para = "I teach at IMU.\n\nThese views are my own and not IMU's.\n";
    expect(await findingsOf(para, "affiliation.disclaimer", "imu-staff")).toEqual([]);
    const student = "I study medicine at IMU and love the wards.\n\nThese views are my own.\n";
    expect(await findingsOf(student, "affiliation.disclaimer", "imu-students")).toHaveLength(1);
  });
  it("an institutional e-mail alone ties the author", async () => {
    expect(await findingsOf("Questions? Email me at kpatel017@umn.edu.\n", "affiliation.disclaimer", "umn-health-sciences")).toHaveLength(1);
  });
  it("skips an official policy document but not a personal note with section headings", async () => {
    const official = "# Social media policy\n\n**Effective Date: January 1, 2020**\n\n## Policy Owner:\n\nAssociate Vice President\n\n## PURPOSE\n\nStudents of the University of Minnesota must follow this policy.\n\n## DEFINITIONS\n\nSocial media: blogs.\n";
    expect(await findingsOf(official, "affiliation.disclaimer", "umn-health-sciences")).toEqual([]);
    const note = "# Lumbar puncture\n\n## Purpose\n\nNotes from my University of Minnesota skills session.\n\n## Procedure\n\nPosition, landmark, needle.\n\n## References\n\nSee the textbook.\n";
    expect(await findingsOf(note, "affiliation.disclaimer", "umn-health-sciences")).toHaveLength(1);
  });
  it("still inserts the exact disclaimer", async () => {
    await expectFixRoundTrip("I teach at IMU.\n", "affiliation.disclaimer", "insert-disclaimer", "imu-staff");
  });
});

describe("affiliation.email", () => {
  it("flags an institutional address given as the author's contact and replaces it", async () => {
    await expectFixRoundTrip("Email me at lim.sookching@imu.edu.my with your name.\n", "affiliation.email", "personal-email", "imu-staff", "Email me at [your personal e-mail] with your name.\n");
  });
  it.each([
    "For an approved logo, contact IMU Marketing Department (marcom@imu.edu.my).",
    "Policy contact: Trevor Ames, amesx001@umn.edu",
    "Email me at maya.lindqvist.md@gmail.com.",
  ])("does not flag %j", async (text) => {
    const policy = text.includes("umn") ? "umn-health-sciences" : "imu-staff";
    expect(await findingsOf(text, "affiliation.email", policy)).toEqual([]);
  });
});

describe("accuracy.unsourced", () => {
  const P = "umn-health-sciences";
  it.each([
    "Marine collagen drinks reverse skin ageing by up to 40% within eight weeks.",
    "Roughly half of adults with diabetes in Malaysia don't know they have it.",
    "Delirium rates drop by a third when patients can tell day from night.",
    "Adults need seven or more hours a night, and 35% of US adults regularly get less than that.",
    "Parking revenue has gone up every year since 2018.",
    "One in four adults will have a mental health problem this year.",
    "Intermittent fasting reverses type 2 diabetes.",
    "Smokers are 15 times more likely to get lung cancer.",
  ])("hints at %j", async (text) => {
    const f = await findingsOf(text, "accuracy.unsourced", P);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe("hint");
  });

  it.each([
    "The CDC recommends a flu vaccine every season ([CDC](https://www.cdc.gov/flu/)).",
    "About 35% of adults sleep less than seven hours (Liu et al., 2016).",
    "According to NHMS 2019, half of adults with diabetes are undiagnosed.",
    "Use my code GLOW for 15% off.",
    "I scored 85% on my pharmacology exam!",
    "Metformin is first-line for type 2 diabetes.",
    "Half of our cohort passed the OSCE on the first try, and I was one of them.",
  ])("does not hint at %j", async (text) => {
    expect(await findingsOf(text, "accuracy.unsourced", P)).toEqual([]);
  });
});

describe("policy texts linted under their own packs", () => {
  const dir = fileURLToPath(new URL("../../../shared/policies/", import.meta.url));
  const mine = new Set(["patient.contact", "affiliation.disclaimer", "affiliation.disclosure", "affiliation.email", "affiliation.endorsement", "privacy.personal", "privacy.others", "clinical.setting", "accuracy.unsourced"]);
  it.each([
    ["imu-students", "imu-students.txt"],
    ["imu-staff", "imu-staff.md"],
    ["umn-health-sciences", "umn-health-sciences.md"],
    ["quebec-postgraduate", "quebec-postgraduate.txt"],
    ["imi", "imi-medical-illustrators.md"],
  ])("%s: no error or warning from these rules", async (policy, file) => {
    const r = await lintText(readFileSync(dir + file, "utf8"), policy);
    const bad = r.findings.filter((f) => mine.has(f.rule) && (f.severity === "error" || f.severity === "warning"));
    expect(bad.map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
  });
});

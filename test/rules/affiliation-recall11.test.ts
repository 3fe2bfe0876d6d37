/**
 * Recall set 11 for affiliation.endorsement: the institutional role used as the credential for a
 * political or product endorsement ("As IMU's Year 1 coordinator, I can tell you Dr. Lim is the
 * only candidate who cares", "As an IMU lecturer I only put my name to products that work, use my
 * code …"), with near-miss negatives; one endorsement told over consecutive sentences is one finding.
 */
import { describe, it, expect } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";
import { findingsOf } from "../helpers/lint.js";

const END = "affiliation.endorsement";
const S = "imu-staff";

const CASES: RuleCase[] = [
  { name: "role credential picks the only candidate", policy: S, hit: [END], at: "the only candidate",
    text: "The state election is next week. As an IMU senior lecturer, I can tell you Puan Aishah is the only candidate who understands healthcare. Vote for her!\n" },
  { name: "role credential: the best choice in the by-election", policy: S, hit: [END],
    text: "Quick note on the by-election: as IMU's Dean of Pharmacy I'd say Mr. Tan is clearly the best choice for our town.\n" },
  { name: "role credential: deserves your vote", policy: S, hit: [END],
    text: "As IMU's student-affairs director, honestly, Dr. Wong deserves your vote on Saturday's polling day.\n" },
  { name: "role credential lends name to products with a code", policy: S, hit: [END],
    text: "As an IMU dietetics lecturer I only put my name to supplements that work, so use my code NURUL15 at checkout.\n" },
  { name: "role credential with an affiliate link", policy: S, hit: [END],
    text: "As an IMU physiotherapy tutor, this is the foam roller I use; affiliate link in bio.\n" },
  // near misses
  { name: "role and election, no pick", policy: S, clean: [END],
    text: "As IMU's Year 2 coordinator, I can tell you the by-election will not affect the exam timetable.\n" },
  { name: "role and election, refusal to pick", policy: S, clean: [END],
    text: "As an IMU lecturer I can't tell you who is the best candidate; please read the manifestos and vote.\n" },
  { name: "role and products, refusal", policy: S, clean: [END],
    text: "As an IMU nutrition lecturer I never put my name to products, so please stop sending me samples.\n" },
  { name: "best candidate without the institution", policy: S, clean: [END],
    text: "In my view Dr. Lim is the only candidate who cares about education. Vote for him!\n" },
  { name: "role, the best option for a student (not an election)", policy: S, clean: [END],
    text: "As IMU's Year 1 coordinator, I can tell you a deferment is the best option for most students who fall ill.\n" },
  { name: "referral after a plain recommendation, no institution name", policy: S, clean: [END],
    text: "We bought new manikins this year and they are great. If your hospital is shopping around, talk to the regional rep.\n" },
];

describe("affiliation recall 11", () => {
  checkRuleCases(CASES);
  it("one endorsement told over two sentences is one finding", async () => {
    const text = "On behalf of IMU, I can say MediSim Pro manikins are the best on the market. If your college is shopping around, tell them IMU sent you!\n";
    const f = await findingsOf(text, END, S);
    expect(f).toHaveLength(1);
    expect(f[0]!.text).toContain("sent you");
  });
});

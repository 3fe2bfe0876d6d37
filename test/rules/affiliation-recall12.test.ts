/**
 * Recall set 12 for affiliation.endorsement: the institution "stands fully behind" a petition or cause;
 * a discount code built on the institution's name right after an endorsement of the same product is one
 * finding with it (not two), and alone is still its own finding. Near misses: a report of the
 * institution's official position, a negated stand, a personal stand.
 */
import { describe, expect, it } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";
import { lintText } from "../helpers/lint.js";

const END = "affiliation.endorsement";
const T = "imu-staff";

const CASES: RuleCase[] = [
  { name: "stands fully behind the petition", policy: T, hit: [END], at: "stands fully behind",
    text: "IMU stands fully behind the #VaxEveryChild petition and so should you — sign it today.\n" },
  { name: "stands squarely behind the campaign", policy: T, hit: [END], at: "squarely",
    text: "IMU stands squarely behind the Clean Air campaign, so donate before Friday.\n" },
  { name: "stands firmly with the candidate", policy: T, hit: [END], at: "stands",
    text: "In this by-election IMU stands firmly with Dr. Lee, so vote on Saturday.\n" },
  { name: "code alone after no endorsement", policy: T, hit: [END], at: "IMU20",
    text: "The new scanner is out. Use code IMU20 for 20% off your first order.\n" },
  // near misses
  { name: "not behind any petition", policy: T, clean: [END],
    text: "To be clear, IMU does not stand behind any petition; this thread is my own view.\n" },
  { name: "I stand fully behind (personal)", policy: T, clean: [END],
    text: "I stand fully behind the #VaxEveryChild petition, speaking only for myself and not for IMU.\n" },
  { name: "IMU stands fully behind its students (not a promotion)", policy: T, clean: [END],
    text: "IMU stands fully behind its students during exam week, and the counselling unit is open late.\n" },
];

describe("affiliation recall 12", () => {
  checkRuleCases(CASES);
  it("an endorsement followed by a code built on the name is one finding", async () => {
    const text = "As IMU's Head of Prosthodontics I can say the **ScanPro X5** is the best intraoral scanner on the market — IMU recommends it to every practice. Dealers are offering 20% off with the code IMU20 until the end of the month.\n";
    const found = (await lintText(text, T)).findings.filter((f) => f.rule === END);
    expect(found.length).toBe(1);
    expect(found[0]!.text).toContain("IMU20");
    expect(found[0]!.text).toContain("ScanPro");
  });
});

/** affiliation.disclaimer (a pack without fixed wording): a paraphrased "speaking for myself" line counts; near misses do not. */
const DISC = "affiliation.disclaimer", U = "umn-health-sciences";
const DISCLAIMER_CASES: RuleCase[] = [
  { name: "writing as myself, not on behalf of the U", policy: U, clean: [DISC],
    text: "I'm a second-year vet student at the University of Minnesota. I'm writing as myself here, not on behalf of the U or the College of Veterinary Medicine.\n" },
  { name: "in a personal capacity", policy: U, clean: [DISC],
    text: "I teach nursing at the University of Minnesota; I post here in a personal capacity.\n" },
  { name: "dressed as myself (not a disclaimer)", policy: U, hit: [DISC],
    text: "I'm a nursing student at the University of Minnesota and I went to the Halloween party dressed as myself.\n" },
  { name: "on behalf of the college (affirmative)", policy: U, hit: [DISC],
    text: "I'm a dental student at the University of Minnesota and I'm posting this on behalf of the College of Dentistry.\n" },
];
describe("affiliation recall 12: disclaimer paraphrases", () => checkRuleCases(DISCLAIMER_CASES));

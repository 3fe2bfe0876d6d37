/**
 * Recall set 11 for advice.individual: a plan for one person's funding in a pack that counts
 * financial-aid advice (imu-staff): "just let the MARA sponsorship lapse for one semester and
 * reapply", "turn down the JPA offer and take PTPTN", with near-miss negatives (general facts,
 * the author's own past, warnings, packs without academic advice).
 */
import { describe } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const ADV = "advice.individual";
const S = "imu-staff", U = "umn-health-sciences";

const CASES: RuleCase[] = [
  { name: "let the sponsorship lapse", policy: S, hit: [ADV], at: "lapse",
    text: "Daniel, just let the MARA sponsorship lapse for one semester and reapply in January.\n" },
  { name: "you should let your scholarship expire", policy: S, hit: [ADV],
    text: "Aina, you should let your Yayasan scholarship expire this year and apply again after your resit.\n" },
  { name: "turn down the JPA", policy: S, hit: [ADV],
    text: "@kumar honestly, turn down the JPA and take the PTPTN loan instead, the bond is not worth it.\n" },
  { name: "freeze your loan", policy: S, hit: [ADV],
    text: "Mei Ling, in your situation I'd freeze your PTPTN loan until you're back from leave.\n" },
  // near misses
  { name: "warning: don't let it lapse", policy: S, clean: [ADV],
    text: "Don't let your sponsorship lapse: check the renewal date in the sponsor's portal every June.\n" },
  { name: "own past", policy: S, clean: [ADV],
    text: "I let my PTPTN loan lapse in Year 2 and it took me a year to sort out.\n" },
  { name: "general fact about sponsors", policy: S, clean: [ADV],
    text: "Some sponsors let the scholarship lapse automatically if you defer, so ask them first.\n" },
  { name: "the question itself", policy: S, clean: [ADV],
    text: "Should I let my MARA sponsorship lapse if I defer?\n" },
  { name: "not a funding object", policy: S, clean: [ADV],
    text: "Just let the dough rest for an hour and bake it at 200 degrees.\n" },
  { name: "pack without academic advice", policy: U, clean: [ADV],
    text: "Daniel, just let the scholarship lapse for one semester and reapply in January.\n" },
];

describe("advice recall 11", () => checkRuleCases(CASES));

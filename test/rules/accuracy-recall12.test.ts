/**
 * Recall set 12 for accuracy.unsourced: a comparative efficacy claim with no source ("that combo
 * beats opioids for dental pain"), with near misses (a personal preference, a question, a cited claim,
 * a pub quiz).
 */
import { describe } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const ACC = "accuracy.unsourced";
const U = "umn-health-sciences", T = "imu-staff";

const CASES: RuleCase[] = [
  { name: "combo beats opioids for dental pain", policy: U, hit: [ACC], at: "beats opioids",
    text: "Alternating ibuprofen and acetaminophen beats opioids for dental pain.\n" },
  { name: "physio works better than surgery", policy: T, hit: [ACC], at: "better than surgery",
    text: "Physio works better than surgery for most degenerative meniscus tears.\n" },
  { name: "turmeric as effective as ibuprofen", policy: T, hit: [ACC], at: "as effective as ibuprofen",
    text: "Turmeric is just as effective as ibuprofen for knee arthritis.\n" },
  { name: "exercise outperforms antidepressants", policy: U, hit: [ACC], at: "outperforms antidepressants",
    text: "Regular running outperforms antidepressants for mild depression.\n" },
  // near misses
  { name: "personal preference", policy: U, clean: [ACC],
    text: "Nothing beats my mum's chicken soup when I have a cold.\n" },
  { name: "a question", policy: U, clean: [ACC],
    text: "Does physio really work better than surgery for meniscus tears?\n" },
  { name: "cited claim", policy: U, clean: [ACC],
    text: "Ibuprofen plus acetaminophen beats opioids for dental pain (Moore et al., 2018).\n" },
  { name: "pub quiz", policy: T, clean: [ACC],
    text: "Our pharmacy team beats the surgery team at every pub quiz.\n" },
  { name: "no condition named", policy: T, clean: [ACC],
    text: "The new ward coffee machine beats the old one by miles.\n" },
];

describe("accuracy recall 12", () => checkRuleCases(CASES));

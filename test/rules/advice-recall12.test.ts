/**
 * Recall set 12 for advice.individual, from an eleventh blind corpus, with near-miss negatives:
 * - dosing relayed to a third person by pronoun ("tell her to take one capsule three times a day");
 * - an offer to send a personal treatment programme to readers who message their case ("WhatsApp me
 *   what they can and can't do and I'll send you a home programme");
 * - "since you said you have leftover amoxicillin, take 500 mg…" (the reader's own words are not a
 *   report of someone else's advice), and alternating two dosed painkillers.
 */
import { describe } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const ADV = "advice.individual";
const S = "imu-students", T = "imu-staff", U = "umn-health-sciences";

const CASES: RuleCase[] = [
  // ========== dosing relayed by pronoun ==========
  { name: "tell her to take one capsule three times a day", policy: S, hit: [ADV], at: "one capsule",
    text: "@mira.k yes can, tell her to take one capsule three times a day for 5 days and she'll be fine 😊\n" },
  { name: "get him to take two tablets at night", policy: U, hit: [ADV], at: "two tablets",
    text: "Honestly just get him to take two tablets at night until the cough settles.\n" },
  { name: "ask them to use two puffs", policy: T, hit: [ADV], at: "two puffs",
    text: "So ask them to use two puffs of the blue inhaler every four hours tonight.\n" },
  { name: "tell her to give him 5 ml", policy: U, hit: [ADV], at: "5 ml",
    text: "If he's still warm, tell her to give him 5 ml of the syrup every six hours.\n" },
  // near misses
  { name: "the doctor told her to take one capsule", policy: S, clean: [ADV],
    text: "The doctor told her to take one capsule three times a day, and she finished the course.\n" },
  { name: "question: did the GP tell her to take", policy: S, clean: [ADV],
    text: "Did the GP tell her to take one tablet or two?\n" },
  { name: "tell her to take a break (not medicine)", policy: S, clean: [ADV],
    text: "Your friend sounds exhausted, tell her to take one day off this week and rest.\n" },
  { name: "tell her to take it to a pharmacist", policy: S, clean: [ADV],
    text: "Tell her to take the capsules to a pharmacist and ask whether they are still OK to use.\n" },

  // ========== offers to send a personal programme ==========
  { name: "WhatsApp me and I'll send you a home programme", policy: S, hit: [ADV], at: "home programme",
    text: "Side note: if anyone's parents have had a stroke, WhatsApp me with what they can and can't do and I'll send you a home programme.\n" },
  { name: "DM me your injury and I'll write you a rehab plan", policy: U, hit: [ADV], at: "rehab plan",
    text: "Sprained ankle? DM me how it happened and I'll write you a rehab plan.\n" },
  { name: "message me and I'll put together a meal plan for your diabetes", policy: T, hit: [ADV], at: "meal plan",
    text: "Message me your HbA1c and what you eat in a day and I'll put together a personalised meal plan for you.\n" },
  { name: "send me your details, I'll design you an exercise programme", policy: U, hit: [ADV], at: "exercise programme",
    text: "Send me your age and your back pain history and I'll design you an exercise programme.\n" },
  // near misses
  { name: "DM me for the study plan", policy: S, clean: [ADV],
    text: "DM me and I'll send you the study plan I used for finals.\n" },
  { name: "message me for the public programme link", policy: U, clean: [ADV],
    text: "Message me and I'll send you the link to the free community walking programme run by the council.\n" },
  { name: "email me for the slides", policy: T, clean: [ADV],
    text: "Email me and I'll send you the slides from today's stroke rehab lecture.\n" },
  { name: "the physio sent me a home programme", policy: S, clean: [ADV],
    text: "After my ACL surgery my physio messaged me and sent me a home programme, which I still use.\n" },

  // ========== the reader's own words, alternating doses ==========
  { name: "since you said you have leftover amoxicillin, take 500 mg", policy: U, hit: [ADV], at: "500 mg",
    text: "Since you said you have leftover amoxicillin, take 500 mg three times a day starting tonight.\n" },
  { name: "as you mentioned, alternate 400 mg ibuprofen with 1 g paracetamol", policy: U, hit: [ADV], at: "ibuprofen",
    text: "Alternate 400 mg ibuprofen with 1000 mg paracetamol every three hours until you can see someone.\n" },
  // near misses
  { name: "someone said to take 500 mg", policy: U, clean: [ADV],
    text: "A guy on TikTok said to take 500 mg of amoxicillin three times a day for a toothache, which is terrible advice.\n" },
  { name: "textbook: alternating ibuprofen and paracetamol", policy: U, clean: [ADV],
    text: "Some guidelines discourage alternating ibuprofen and paracetamol in febrile children because of dosing errors.\n" },
];

describe("advice recall 12", () => checkRuleCases(CASES));

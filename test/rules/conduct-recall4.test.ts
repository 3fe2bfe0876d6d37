/**
 * Recall set 4 for the conduct rules: new wordings of the classes a third blind corpus showed we
 * missed, written from scratch (other countries, professions, Irish and Québécois English, French),
 * each class paired with near-miss negatives.
 *
 * - conduct.colleague: sarcasm about the programme or a supervisor ("thinks 'wellness' means a pizza
 *   lunch", "his idea of teaching is…", "Peak leadership."), rude behaviour ("walked off
 *   mid-sentence", "rolls her eyes every time I ask a question"), mockery of work ethic ("spends
 *   more time on X than on the ward"), "X is the reason I drink / I'm leaving", "a dinosaur",
 *   "run like a museum", a supervisor who "won't let me near a real case because apparently…",
 *   threats to post a colleague's video, a colleague's cruel jokes about patients, and
 *   whistleblowing that skips the formal route ("I'd rather just post it all here", "I'm naming the
 *   trust in the next issue", "I should have gone to the union. But I'm tired of being polite.");
 * - conduct.harassment: remarks on a classmate's clothes tied to the speaker's arousal, a coerced
 *   invitation ("my place, whether you like it or not"), a threat to post a video of someone;
 * - conduct.substance: "the edibles hit" in a "study break" caption, a joint as a routine, "the
 *   reason I drink";
 * - conduct.discrimination: "welfare mom/queen", "these people breed like rabbits";
 * - conduct.profanity and conduct.discrimination: French words that are English profanity or slurs
 *   (plus tard, en retard, dix heures, il teste, le taff) in French text.
 *
 * `hit` lists rules that must report at least once; `clean` lists rules that must not report.
 */
import { describe, it, expect } from "vitest";
import { findingsOf } from "../helpers/lint.js";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

/** `at`: a passage of `text` that a finding of each `hit` rule must overlap. */
type Case = RuleCase;

const COLL = "conduct.colleague", HARASS = "conduct.harassment", SUBST = "conduct.substance";
const PROF = "conduct.profanity", DISC = "conduct.discrimination";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi";

const CASES: Case[] = [
  // ================= conduct.colleague: sarcasm about what the programme thinks things mean =================
  { name: "PD thinks wellness means yoga", policy: Q, hit: [COLL],
    text: "Love how our residency director thinks \"wellbeing\" means a yoga video emailed at 11 pm.\n" },
  { name: "consultant's idea of teaching is pimping", policy: I, hit: [COLL],
    text: "My consultant's idea of teaching is asking me obscure eponyms in front of the whole ward until I go red.\n" },
  { name: "the trust thinks support is a poster", policy: I, hit: [COLL],
    text: "Apparently the trust thinks 'staff support' is a laminated poster in the lift.\n" },
  { name: "Dr X's idea of feedback", policy: Q, hit: [COLL],
    text: "Dr. Okafor's idea of feedback is a sigh and a shrug.\n" },
  // negatives
  { name: "PD thinks wellness means protected time (praise)", policy: Q, clean: [COLL],
    text: "Our program director thinks wellness means real protected time, and she schedules it into the rota.\n" },
  { name: "the idea of teaching rounds (neutral)", policy: I, clean: [COLL],
    text: "The idea of teaching rounds is to let juniors present while seniors ask open questions.\n" },

  // ================= conduct.colleague: rude behaviour and sarcastic verdicts =================
  { name: "walked off mid-sentence, peak leadership", policy: Q, hit: [COLL],
    text: "Asked the rota coordinator about my leave. Dr. Haddad said \"that's not my problem\" and walked off mid-sentence. Stellar leadership.\n" },
  { name: "registrar rolled her eyes at me", policy: I, hit: [COLL],
    text: "The registrar rolled her eyes at me in front of the patient's family when I asked about the plan.\n" },
  { name: "supervisor hung up on me", policy: Q, hit: [COLL],
    text: "My supervisor hung up on me twice today. Truly inspiring mentorship.\n" },
  { name: "named colleague who sighs whenever I ask", policy: I, hit: [COLL],
    text: "Our lab has Graham, who sighs every time anyone asks him a question.\n" },
  { name: "she huffs whenever I ask", policy: Q, hit: [COLL],
    text: "Mine is stuck with Marie-Ève, who huffs whenever I ask where the forms are.\n" },
  { name: "sarcastic verdict after a complaint", policy: I, hit: [COLL], at: "World-class management",
    text: "Asked our manager for the rota in advance. Got it the night before, again. World-class management.\n" },
  { name: "sarcastic verdict with eye-roll emoji", policy: Q, hit: [COLL], at: "Exemplary",
    text: "The scheduling office cancelled my teaching half-day without telling anyone. Exemplary communication 🙄\n" },
  // negatives
  { name: "patient sighs when asked about pain", policy: I, clean: [COLL],
    text: "Mrs K, who sighs every time I ask about her pain, finally told me what was worrying her.\n" },
  { name: "peak season (neutral)", policy: I, clean: [COLL],
    text: "Peak flu season at the practice. Great leadership training day on Friday though.\n" },
  { name: "sincere praise verdict", policy: I, clean: [COLL],
    text: "Our new manager sorted the rota in a week and asked every one of us what we needed. Great leadership.\n" },
  { name: "praise verdict after a problem fixed", policy: Q, clean: [COLL],
    text: "The program director didn't just listen, she rebuilt the call schedule. Stellar leadership!\n" },
  { name: "I walked away mid-sentence (self)", policy: Q, clean: [COLL],
    text: "I was so tired that I walked away mid-sentence from my own handover, so I went to bed early.\n" },

  // ================= conduct.colleague: work ethic, "the reason I…", dinosaurs =================
  { name: "chief resident spends more time on TikTok than on the ward", policy: Q, hit: [COLL],
    text: "And our chief resident, bless him, spends more time on his TikTok than on the ward he's meant to run.\n" },
  { name: "the reg spends more time at the gym than seeing patients", policy: I, hit: [COLL],
    text: "The night reg spends more time at the vending machine than actually reviewing anyone.\n" },
  { name: "the department is the reason I'm leaving", policy: I, hit: [COLL],
    text: "The department is the reason I'm leaving medicine.\n" },
  { name: "my rotation is why I cry in the car", policy: Q, hit: [COLL],
    text: "Honestly, this programme is why I cry in the car park.\n" },
  { name: "senior radiographer is a dinosaur", policy: I, hit: [COLL],
    text: "Our senior radiographer is such a fossil, still printing every film like it's 1995.\n" },
  { name: "the lead pharmacist is stuck in the stone age", policy: I, hit: [COLL],
    text: "The lead pharmacist is a total dinosaur about electronic prescribing.\n" },
  { name: "the unit is run like a prison", policy: Q, hit: [COLL],
    text: "The unit is run like a boot camp and the manager likes it that way.\n" },
  // negatives
  { name: "spends more time with patients (praise)", policy: I, clean: [COLL],
    text: "Our consultant spends more time with patients than anyone I've met, and it shows in the feedback.\n" },
  { name: "the patients are the reason I stay", policy: Q, clean: [COLL],
    text: "The patients are the reason I stay in this job.\n" },
  { name: "dinosaur exhibit at the museum", policy: I, clean: [COLL],
    text: "The museum's dinosaur gallery is run like a proper research lab; our senior photographer shot the fossils.\n" },
  { name: "the clinic is run like a well-oiled machine", policy: Q, clean: [COLL],
    text: "The clinic is run like a well-oiled machine thanks to the nursing team.\n" },

  // ================= conduct.colleague: a supervisor withholding work, sarcastically =================
  { name: "supervisor won't let me near a real case because apparently", policy: I, hit: [COLL],
    text: "My supervisor won't let me near a real patient because apparently I \"need more sim time\". Sound, I'll just practise on the mannequin till Christmas so.\n" },
  { name: "preceptor hasn't let us do a real consult", policy: Q, hit: [COLL],
    text: "Our preceptor still hasn't let us do a single real consult because apparently we talk too fast.\n" },
  // negatives
  { name: "supervisor won't let me near patients until I've passed (explanation)", policy: I, clean: [COLL],
    text: "My supervisor won't let me near real patients until I've passed the consent module, which makes sense.\n" },

  // ================= conduct.colleague + harassment: threats to post a colleague's video =================
  { name: "one more eye-roll and I'll post the video", policy: I, hit: [COLL, HARASS],
    text: "One more eye-roll, Brian, and I'll post the clip of you snoring through the staff meeting for everyone to see. Don't test me.\n" },
  { name: "I'll upload the photos of you at the Christmas party", policy: U, hit: [HARASS],
    text: "Keep ignoring my emails and I swear I'll upload the photos of you at the Christmas party. Try me.\n" },
  // negatives
  { name: "I'll post the video of the workshop", policy: I, clean: [HARASS, COLL],
    text: "I'll post the video of the suturing workshop for everyone who missed it.\n" },
  { name: "I'll post the photos of you all from the graduation (friendly)", policy: Q, clean: [HARASS],
    text: "I'll post the photos of you all from graduation once everyone has said it's okay!\n" },

  // ================= conduct.colleague: a colleague's cruel jokes about patients =================
  { name: "one colleague makes cruel jokes about patients", policy: I, hit: [COLL],
    text: "One of the consultants regularly makes disgusting comments about older patients' bodies, and nobody challenges him.\n" },
  { name: "the way the team talk about patients", policy: Q, hit: [COLL],
    text: "The way some of the nurses talk about patients with dementia has honestly worn me down.\n" },
  // negatives
  { name: "a colleague makes great jokes (kind)", policy: I, clean: [COLL],
    text: "One colleague always makes gentle jokes with nervous patients, and it really helps them relax.\n" },

  // ================= conduct.colleague: whistleblowing that skips the formal route =================
  { name: "rather post it here than write to the college", policy: Q, hit: [COLL],
    text: "I was going to file a complaint with the Ordre about how this residency treats us, but I'd rather just put it all online and let everyone judge.\n" },
  { name: "naming the hospital next week if nothing changes", policy: I, hit: [COLL],
    text: "The consent forms are still stored in an unlocked cupboard by the lifts. I'm naming the hospital in my next post if nothing changes.\n" },
  { name: "should have gone to HR, but I'm done being quiet", policy: I, hit: [COLL],
    text: "Some will say I should have gone through HR or the freedom to speak up guardian. Perhaps. But I'm done being quiet.\n" },
  // negatives
  { name: "I should have gone to HR earlier (reflection, took formal route)", policy: I, clean: [COLL],
    text: "Looking back, I should have gone to HR sooner. They were supportive and the issue is fixed now.\n" },
  { name: "naming the trust in an award post", policy: I, clean: [COLL],
    text: "I'm naming the trust in my thank-you post because their photography team won the award.\n" },
  { name: "rather post notes here than on the forum", policy: Q, clean: [COLL],
    text: "I'd rather just post everything here and let people see my revision notes than email them one by one.\n" },

  // ================= conduct.harassment: clothes and coerced invitations =================
  { name: "if you wear that dress again I can't concentrate", policy: U, hit: [HARASS],
    text: "@jess if you wear that dress to lab again I won't be able to concentrate on the dissection 😏\n" },
  { name: "offer to come over still stands whether you like it or not", policy: U, hit: [HARASS],
    text: "Also the offer to \"revise\" at my flat still stands, whether you want it or not 😉\n" },
  { name: "keep wearing those scrubs, distracting", policy: I, hit: [HARASS],
    text: "Keep wearing those tight scrubs and I'm going to have a hard time focusing on anything else 👀\n" },
  // negatives
  { name: "wear that top again, it's a great colour (friendly)", policy: U, clean: [HARASS],
    text: "If you wear that top to the conference again I'm stealing it, the colour is perfect on you!\n" },
  { name: "hard time concentrating on anatomy (self)", policy: U, clean: [HARASS],
    text: "I'm going to have a very hard time concentrating on the anatomy lecture after two hours of sleep.\n" },
  { name: "study at my place offer (innocent)", policy: U, clean: [HARASS],
    text: "The offer to study at my place still stands for anyone in the group, my flatmate made soup.\n" },

  // ================= conduct.substance =================
  { name: "the gummies hit harder than expected", policy: U, hit: [SUBST],
    text: "Post-OSCE study break 🍃 the gummies hit way harder than expected lol\n" },
  { name: "one joint on the porch after call", policy: Q, hit: [SUBST],
    text: "Post-call routine: a joint on the porch, shower, bed.\n" },
  { name: "a spliff to unwind after nights", policy: U, hit: [SUBST],
    text: "Nothing like a spliff after nights to wind down.\n" },
  { name: "this rotation is the reason I drink", policy: U, hit: [SUBST],
    text: "Surgery is fun. Night float is the reason I drink.\n" },
  { name: "my attending is why I drink", policy: Q, hit: [SUBST],
    text: "My attending is why I drink lol\n" },
  // negatives
  { name: "one joint on examination (clinical)", policy: U, clean: [SUBST],
    text: "Only one joint on the left hand was swollen after the fall.\n" },
  { name: "the reason I drink water", policy: U, clean: [SUBST],
    text: "My kidney stone is the reason I drink three litres of water a day.\n" },
  { name: "a study on edibles (research)", policy: U, clean: [SUBST],
    text: "A new study found edibles hit harder in older adults because of slower absorption.\n" },
  { name: "study break on the balcony (no drugs)", policy: U, clean: [SUBST],
    text: "Study break on the balcony with tea and the cat.\n" },

  // ================= conduct.discrimination =================
  { name: "welfare mom", policy: Q, hit: [DISC],
    text: "Typical welfare mum from the estate, no clue and no shame, wants a sick note for her kid.\n" },
  { name: "welfare queen", policy: U, hit: [DISC],
    text: "Another welfare queen demanding a taxi voucher at 3 am.\n" },
  { name: "these people breed like rabbits", policy: Q, hit: [DISC],
    text: "These people breed like rabbits and expect the state to pay for it.\n" },
  { name: "they breed like it's a competition", policy: U, hit: [DISC],
    text: "Those families breed like it's a competition.\n" },
  // negatives
  { name: "child welfare worker (neutral)", policy: Q, clean: [DISC],
    text: "The child welfare worker and the mom met with us in the family room.\n" },
  { name: "breeding season / breed dogs (neutral)", policy: U, clean: [DISC],
    text: "These people breed dogs for assistance programmes, and the puppies visit the children's ward.\n" },

  // ================= French homographs of English profanity and slurs =================
  { name: "French: plus tard, en retard, dix heures", policy: Q, clean: [PROF, DISC],
    text: "Une heure plus tard, il était encore en retard pour sa dose de dix heures. Tant pis, il est trop tard maintenant.\n" },
  { name: "French: il teste, le taff, un retard de croissance", policy: Q, clean: [PROF, DISC],
    text: "Le résident teste les réflexes; le taff est long mais on note un retard de croissance chez le bébé.\n" },
  { name: "French: tôt ou tard, du retard", policy: Q, clean: [PROF, DISC],
    text: "Tôt ou tard, on accumule du retard sur la liste, et les patients slaves de l'étage attendent aussi.\n" },
  // still flagged
  { name: "English: you tard", policy: U, hit: [PROF],
    text: "Lol what a tard, he forgot the sim login again.\n" },
  { name: "French text with English profanity", policy: Q, hit: [PROF],
    text: "C'était une fucking longue garde, tout le monde est en retard.\n", at: "fucking" },
];

describe("recall set 4: conduct", () => {
  it("has negatives for every class", () => {
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(25);
  });
  checkRuleCases(CASES);
});

describe("conduct.discrimination: slang named as words, not used", () => {
  const mentions = [
    'The list included "frequent flyer", "drug seeker", "noncompliant", and "the chole in room whatever". None of us were proud of it.\n',
    "| Instead of | Try |\n|---|---|\n| frequent flyer | a patient with frequent visits |\n| drug seeker | a patient in pain |\n",
    "Words to retire:\n\n- frequent flyer\n- bed blocker\n",
  ];
  for (const text of mentions) {
    it(`stays clean: ${text.slice(0, 40).replace(/\n/g, " ")}`, async () => {
      expect(await findingsOf(text, "conduct.discrimination", "umn-health-sciences")).toEqual([]);
    });
  }
  const uses = [
    "Bay 4 is full of frequent flyers again tonight.\n",
    "- frequent flyer in bed 3 again, third time this month\n",
    "Our usual drug seeker is back, asking for the one that starts with D.\n",
  ];
  for (const text of uses) {
    it(`is flagged: ${text.slice(0, 40).replace(/\n/g, " ")}`, async () => {
      expect((await findingsOf(text, "conduct.discrimination", "umn-health-sciences")).length).toBeGreaterThan(0);
    });
  }
});

/**
 * Recall set 9 for the conduct rules: new wordings of the classes an eighth blind corpus showed we
 * missed, written from scratch, each class paired with near-miss negatives.
 *
 * - conduct.substance: drinks counted by cocktail ("three mimosas deep"), drinking games someone
 *   made up or played, "edible" as a verb, a drink in each hand, Québec French "gelé du party".
 * - conduct.harassment: doxxing menace ("the internet knows where they live", "we know where
 *   you'll be at six on Friday") in a confrontation, "not hard to find", sexual innuendo about a
 *   person ("can grade my practical any time, if you know what I mean 😏", "what we'd do to her").
 * - conduct.discrimination: demeaning nicknames staff give patients ("the boomerang", "the
 *   weighbridge"), fat-shaming patients ("they eat through the vending machine"), dismissing an
 *   ethnic group's care ("the Hmong grandmas never take their meds anyway, so why bother").
 */
import { describe, it, expect } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const COLL = "conduct.colleague", HARASS = "conduct.harassment", SUBST = "conduct.substance", DISC = "conduct.discrimination";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi", G = "general";

const CASES: RuleCase[] = [
  // ================= conduct.substance =================
  { name: "four aperol spritzes deep", policy: U, hit: [SUBST],
    text: "Four Aperol spritzes deep at the faculty garden party and I've decided to become a dermatologist.\n" },
  { name: "two margaritas down at brunch", policy: U, hit: [SUBST],
    text: "Post-nights brunch: two bottomless mimosas down and it's not even ten.\n" },
  { name: "made up a drinking game", policy: U, hit: [SUBST],
    text: "Shout-out to whoever invented the 'contraindications' drinking game at the revision night.\n" },
  { name: "played a drinking game", policy: Q, hit: [SUBST],
    text: "We played a drinking game where you drink every time the lecturer says 'going forward'.\n" },
  { name: "edibled through a lecture", policy: U, hit: [SUBST],
    text: "Not gonna lie, we edibled our way through the whole anatomy block.\n" },
  { name: "a drink in each hand", policy: U, hit: [SUBST],
    text: "Finished nights at 8, and by 10 I was at the pub with a drink in each hand.\n" },
  { name: "FR: encore gelé de la veille", policy: Q, hit: [SUBST],
    text: "Je suis arrivé à la clinique encore gelé de la veille, personne n'a rien remarqué.\n" },
  { name: "FR: gelée du party d'hier", policy: Q, hit: [SUBST],
    text: "Ma coloc est rentrée au stage toute gelée du party d'hier soir.\n" },
  // negatives
  { name: "three coffees deep", policy: U, clean: [SUBST],
    text: "Three coffees deep and the discharge summaries are finally done.\n" },
  { name: "lecture on drinking games", policy: U, clean: [SUBST],
    text: "Our public-health lecture on drinking games and binge risk among first-years was excellent.\n" },
  { name: "a coffee in each hand", policy: U, clean: [SUBST],
    text: "Walked onto the ward with a coffee in each hand for the night team.\n" },
  { name: "patient ate edibles (clinical)", policy: U, clean: [SUBST],
    text: "The patient presented after eating edibles at a party; we monitored her for six hours.\n" },
  { name: "FR: gelé par le froid", policy: Q, clean: [SUBST],
    text: "Je suis arrivé à la clinique encore gelé, il faisait moins trente ce matin.\n" },
  { name: "FR: le lac est gelé depuis hier", policy: Q, clean: [SUBST],
    text: "Le stationnement est gelé depuis hier, faites attention en arrivant à l'hôpital.\n" },

  // ================= conduct.colleague told calmly =================
  { name: "manager made our lives harder", policy: I, hit: [COLL],
    text: "Our new ward manager arrived in March and has made all of our lives measurably harder.\n" },
  { name: "staff resigned because of him", policy: G, hit: [COLL],
    text: "Three of the best techs in our lab have already handed in their notice because of him.\n" },
  { name: "treats residents like free labour", policy: G, hit: [COLL],
    text: "The department treats the interns like free cover whenever a locum cancels.\n" },
  { name: "FR: traiter les externes comme des bouche-trous", policy: Q, hit: [COLL],
    text: "Le département continue de traiter les externes comme des bouche-trous pendant l'été.\n" },
  { name: "FR: a passé la visite à se moquer des externes", policy: Q, hit: [COLL],
    text: "Mon superviseur a passé sa matinée à se moquer des externes devant les infirmières.\n" },
  { name: "spent the round laughing at the interns", policy: G, hit: [COLL],
    text: "Our attending spent the whole ward round laughing at the interns who asked questions.\n" },
  // negatives
  { name: "the new EHR made our lives harder", policy: I, clean: [COLL],
    text: "The new e-prescribing system has made our lives harder for now, but IT is fixing the login bug.\n" },
  { name: "she made our lives easier", policy: G, clean: [COLL],
    text: "Our new manager has made all of our lives so much easier with the self-rostering app.\n" },
  { name: "left because of her move", policy: G, clean: [COLL],
    text: "Our senior tech handed in her notice because of her move to Leeds; we'll miss her.\n" },
  { name: "FR: traite les résidents comme des collègues", policy: Q, clean: [COLL],
    text: "Ce patron traite les résidents comme des collègues, et ça change tout.\n" },
  { name: "spent the session laughing with the students", policy: G, clean: [COLL],
    text: "Our tutor spent the whole session laughing with the students about her own first OSCE.\n" },

  // ================= conduct.harassment =================
  { name: "the internet knows where they live", policy: U, hit: [HARASS],
    text: "People who spread lies about nurses online tend to learn the hard way that the internet knows where they live.\n" },
  { name: "we know where you'll be on Friday", policy: I, hit: [HARASS],
    text: "Think about what happens when the whole ward has had enough of you. We know where you'll be at six on Friday.\n" },
  { name: "not hard to find, same routine", policy: I, hit: [HARASS],
    text: "Keep reporting people, Tom. You're not hard to find: same bus stop, same time, every morning.\n" },
  { name: "can examine me any time, wink", policy: U, hit: [HARASS],
    text: "The new clinical tutor can examine me any time, if you know what I mean 😏\n" },
  { name: "what we'd do to her", policy: U, hit: [HARASS],
    text: "If she wears that top to the lab again, somebody should tell her what we'd do to her.\n" },
  // negatives
  { name: "we know where you'll be: a meet-up", policy: I, clean: [HARASS],
    text: "Happy birthday Sam! We know where you'll be at six on Friday — the pub quiz, as always.\n" },
  { name: "the internet knows where the clinic is", policy: U, clean: [HARASS],
    text: "The internet knows where the free clinic is, so please share the new opening hours.\n" },
  { name: "can check my notes any time", policy: U, clean: [HARASS],
    text: "My preceptor said she can check my care plans any time before the deadline, which helps a lot.\n" },
  { name: "what we'd do to help her", policy: I, clean: [HARASS],
    text: "We talked through what we'd do to help her settle in on her first week.\n" },
  { name: "not hard to find the office", policy: U, clean: [HARASS],
    text: "The wellness office is not hard to find: same floor as the library, open every morning.\n" },

  // ================= conduct.discrimination =================
  { name: "staff call a patient 'the boomerang'", policy: U, hit: [DISC],
    text: "He's back for the fourth time this month; the night staff call him the boomerang.\n" },
  { name: "as the porters call it, 'the weighbridge'", policy: I, hit: [DISC],
    text: "Thursday is the bariatric list, or as the porters call it, \"the weighbridge\".\n" },
  { name: "patients eat their way through the vending machine", policy: I, hit: [DISC],
    text: "Get the obese patients weighed quickly before they eat their way through the vending machine.\n" },
  { name: "Somali mums never follow advice anyway", policy: U, hit: [DISC],
    text: "The Somali mums never follow the feeding plan anyway, so there's no point explaining it.\n" },
  { name: "Roma families never turn up anyway", policy: U, hit: [DISC],
    text: "Honestly the Roma families never turn up to follow-up anyway, so booking them is kind of pointless.\n" },
  // negatives
  { name: "the boomerang effect", policy: U, clean: [DISC],
    text: "We call it the boomerang effect: readmissions rise when discharge is rushed.\n" },
  { name: "kids call him the professor", policy: I, clean: [DISC],
    text: "The kids on the ward call him the professor because he reads every leaflet twice.\n" },
  { name: "I ate my way through the vending machine", policy: I, clean: [DISC],
    text: "On nights I ate my way through the vending machine, so I'm meal-prepping now.\n" },
  { name: "Hmong elders: interpreter barrier", policy: U, clean: [DISC],
    text: "The Hmong grandmas often skip doses because the labels are only in English, so we now use picture charts.\n" },
];

describe("recall set 9: conduct", () => {
  it("has negatives for every class", () => {
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(15);
  });
  checkRuleCases(CASES);
});

/**
 * Recall set 8 for the conduct rules: new wordings of the classes a seventh blind corpus showed we
 * missed, written from scratch (other professions and countries, English and Québec French), each
 * class paired with near-miss negatives (praise, a hard day told neutrally, systemic commentary
 * without a target, the writer's own mistakes, jokes among friends).
 *
 * - conduct.harassment without swear words: a crowd that "knows where you park", a veiled threat to
 *   someone's car ("won't look so cute with four flat tyres"), knowing which street someone lives
 *   on, inciting others to humiliate someone ("someone should make her cry in front of everyone"),
 *   organised shunning ("make sure she eats lunch on her own", "don't sit with her, don't reply to
 *   her"), piling on ("go flood her DMs"), exposure threats ("I'd hate for your PD to see these").
 * - conduct.colleague told calmly: a supervisor who makes residents cry or throws instruments,
 *   humiliating someone in front of others with a quoted insult, a bully the programme protects
 *   ("would rather lose residents than lose him"), a manager who has never come to see the work,
 *   dismissive answers ("told me to 'stick to drawing'"), "je lance l'alerte ici".
 * - conduct.discrimination: "professional patient" as slang, ageist remarks about a colleague
 *   ("too old to understand", "past it", "of a certain age").
 * - conduct.substance (Québec French): emptying cases of beer, not remembering the end of the night.
 */
import { describe, it, expect } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const COLL = "conduct.colleague", HARASS = "conduct.harassment", SUBST = "conduct.substance", DISC = "conduct.discrimination";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi";

const CASES: RuleCase[] = [
  // ================= conduct.harassment: a crowd that knows where someone lives or parks =================
  { name: "the whole ward knows where you park", policy: U, hit: [HARASS],
    text: "Keep complaining to the charge nurse, Dana. The whole ward knows where you park.\n" },
  { name: "we all know which street she lives on", policy: I, hit: [HARASS],
    text: "She can report me all she likes. We all know which street she lives on.\n" },
  { name: "I know which building you live in", policy: U, hit: [HARASS],
    text: "Funny how brave you are online. I know which building you live in.\n" },
  { name: "veiled threat to a car: flat tyres", policy: I, hit: [HARASS],
    text: "His shiny new Audi won't look so smug with a key down the side.\n" },
  { name: "veiled threat to a car: four flat tires", policy: U, hit: [HARASS],
    text: "Your precious bike won't be much use with two slashed tyres, will it.\n" },
  // negatives
  { name: "everyone knows where the car park is", policy: U, clean: [HARASS],
    text: "Everyone on the unit knows where the staff car park is, so meet us there at 7.\n" },
  { name: "I know which building you live in (helping a friend move)", policy: U, clean: [HARASS],
    text: "No need to send the address again, I know which building you live in — see you Saturday with the van!\n" },
  { name: "my own car with a flat tyre", policy: I, clean: [HARASS],
    text: "My little Fiesta did not look so cute with a flat tyre on the motorway this morning. AA to the rescue.\n" },

  // ================= conduct.harassment: inciting humiliation =================
  { name: "someone should make her cry in front of the cohort", policy: U, hit: [HARASS],
    text: "Honestly someone should make him cry in front of the whole class so he learns what it feels like.\n" },
  { name: "somebody needs to put her in her place publicly", policy: I, hit: [HARASS],
    text: "Somebody needs to humiliate her at the next studio critique so she knows how it feels.\n" },
  { name: "we should teach him a lesson", policy: U, hit: [HARASS],
    text: "He reported us for the group chat. We should teach him a lesson he won't forget.\n" },
  // negatives
  { name: "her speech made everyone cry (happy tears)", policy: U, clean: [HARASS],
    text: "Someone should make her cry with a thank-you card, she has earned it after this year.\n" },
  { name: "someone should teach him how to use the EHR", policy: U, clean: [HARASS],
    text: "Someone should teach him how to use the new EHR, he's been clicking around for an hour. Happy to do it tomorrow.\n" },

  // ================= conduct.harassment: organised shunning =================
  { name: "make sure she eats lunch on her own", policy: I, hit: [HARASS],
    text: "Everyone on the course should make sure she eats lunch on her own for the rest of term.\n" },
  { name: "don't sit with him, don't reply to him", policy: U, hit: [HARASS],
    text: "From Monday: don't sit with him, don't answer him in the group chat, nothing. Let him feel it.\n" },
  { name: "let's all freeze her out", policy: U, hit: [HARASS],
    text: "She went to the program director about our project. Let's all freeze her out until graduation.\n" },
  { name: "let's all ignore him", policy: I, hit: [HARASS],
    text: "Next week let's all ignore him at the studio and see how long he lasts.\n" },
  // negatives
  { name: "make sure she eats lunch (care)", policy: I, clean: [HARASS],
    text: "New starter on Monday: make sure she eats lunch with us and isn't left on her own on the first day.\n" },
  { name: "let's all ignore the noise", policy: U, clean: [HARASS],
    text: "Exam results are out next week. Let's all ignore the noise and focus on revision.\n" },
  { name: "don't sit with her (infection control)", policy: U, clean: [HARASS],
    text: "My flatmate has flu, so I told my friends: don't sit with her this week and wash your hands.\n" },

  // ================= conduct.harassment: piling on and exposure threats =================
  { name: "go flood her DMs", policy: U, hit: [HARASS],
    text: "Her Instagram is public, everyone go flood her DMs and tell her what you think of her.\n" },
  { name: "let's mass-report his account", policy: I, hit: [HARASS],
    text: "Let's all mass report his account until it gets taken down.\n" },
  { name: "I'd hate for your PD to see these", policy: U, hit: [HARASS],
    text: "Delete your post, Marcus. I'd hate for your program director to see these screenshots.\n" },
  { name: "or the screenshots go to your boss", policy: I, hit: [HARASS],
    text: "Take it down by tonight or the screenshots go straight to your manager.\n" },
  // negatives
  { name: "flood the comments with support", policy: U, clean: [HARASS],
    text: "Our classmate just matched into peds! Go flood her comments with congratulations 🎉\n" },
  { name: "I'd hate for my PD to see my desk", policy: U, clean: [HARASS],
    text: "I'd hate for my program director to see the state of my desk right now.\n" },

  // ================= conduct.colleague: calm complaints about a supervisor or manager =================
  { name: "consultant makes the juniors cry", policy: I, hit: [COLL],
    text: "One of the senior radiographers, who everyone here can name, spends every list making the juniors cry.\n" },
  { name: "surgeon throws instruments when", policy: Q, hit: [COLL],
    text: "Our attending throws instruments across the room whenever the case runs late.\n" },
  { name: "told my co-resident in front of the nurses that she was the dumbest", policy: Q, hit: [COLL],
    text: "Last week he told my co-resident in front of the whole team that she was \"the slowest resident he'd ever trained\".\n" },
  { name: "told two of my colleagues in a meeting their work was amateur", policy: I, hit: [COLL],
    text: "The new studio lead told two of my colleagues in a staff meeting that their drawings were \"embarrassing\".\n" },
  { name: "the program would rather lose residents than lose him", policy: Q, hit: [COLL],
    text: "Everyone knows. The department would rather lose three nurses than discipline him.\n" },
  { name: "nothing happens because he brings in money", policy: Q, hit: [COLL],
    text: "Nothing happens, because he brings in the research money.\n" },
  { name: "never come down to see what we do", policy: I, hit: [COLL],
    text: "Our clinical director has never once come up to the unit to see what we actually do.\n" },
  { name: "she told me to stick to drawing", policy: I, hit: [COLL],
    text: "When I raised the scanner problems with my line manager she told me to \"stay in my lane\".\n" },
  { name: "the call schedule this block is a joke", policy: Q, hit: [COLL],
    text: "And the call schedule this rotation is a complete joke.\n" },
  { name: "FR: je lance l'alerte ici", policy: Q, hit: [COLL],
    text: "Je suis infirmière praticienne et je lance l'alerte ici, publiquement, parce que personne ne m'écoute à l'interne.\n" },
  { name: "EN: blowing the whistle here", policy: I, hit: [COLL],
    text: "I'm blowing the whistle here because nobody internally will listen: consent forms are being backdated.\n" },
  // negatives
  { name: "praise: he told my co-resident in front of the team she was the best", policy: Q, clean: [COLL],
    text: "Last week he told my co-resident in front of the whole team that she was \"the best R2 he'd seen in years\".\n" },
  { name: "our new manager came down to see what we do", policy: I, clean: [COLL],
    text: "Our new head of department has already come down to the studio twice to see what we actually do. Refreshing.\n" },
  { name: "the writer's own mistake: I threw an instrument", policy: Q, clean: [COLL],
    text: "I dropped a clamp on the floor during my first case and wanted to disappear. The scrub nurse just handed me another one.\n" },
  { name: "systemic: programmes would rather hire than retain", policy: Q, clean: [COLL],
    text: "Research shows many hospitals would rather recruit new staff than invest in retaining the ones they have.\n" },
  { name: "FR: les lanceurs d'alerte (systemic)", policy: Q, clean: [COLL],
    text: "Les lanceurs d'alerte en santé doivent être mieux protégés; la loi québécoise prévoit un processus formel.\n" },
  { name: "my preceptor told me to stay hydrated", policy: Q, clean: [COLL],
    text: "My preceptor told me to \"stay hydrated and eat something\" before the long case. Good advice.\n" },

  // ================= conduct.discrimination: slang and ageism =================
  { name: "he's a professional patient", policy: U, hit: [DISC],
    text: "my preceptor says he's complicated. I say he's a professional patient 🙄\n" },
  { name: "another career patient", policy: U, hit: [DISC],
    text: "Bed 3 is basically a career patient at this point.\n" },
  { name: "too old to understand digital workflows", policy: I, hit: [DISC],
    text: "Like most of his generation he is simply too old to understand digital workflows.\n" },
  { name: "a woman of a certain age who is past it", policy: I, hit: [DISC],
    text: "Let's be honest: our matron is a woman of a certain age who is clearly past it.\n" },
  // negatives
  { name: "professional patients in OSCE teaching", policy: U, clean: [DISC],
    text: "Our OSCE uses professional patient educators who give us structured feedback.\n" },
  { name: "I'm too old for all-nighters", policy: I, clean: [DISC],
    text: "I'm too old to pull all-nighters before a deadline; I finished the render by nine.\n" },
  { name: "she says she's too old to learn TikTok", policy: I, clean: [DISC],
    text: "My nan says she's too old to learn TikTok, but she watches all my videos anyway.\n" },

  // ================= conduct.substance: Québec French =================
  { name: "FR: on a vidé deux caisses de 24", policy: Q, hit: [SUBST],
    text: "Le party de fin d'année au chalet : on a vidé trois caisses de 24 avant onze heures.\n" },
  { name: "FR: je me souviens pas de la fin de la soirée", policy: Q, hit: [SUBST],
    text: "Les shooters au bar après l'examen… je me souviens plus de la fin de la soirée 🥴\n" },
  // negatives
  { name: "FR: acheté une caisse de 24 pour le party", policy: Q, clean: [SUBST],
    text: "J'ai acheté une caisse de 24 de Pepsi pour le party d'équipe et des crudités.\n" },
  { name: "FR: je me souviens de la fin de la soirée (fondly)", policy: Q, clean: [SUBST],
    text: "Je me souviens encore de la fin de la soirée de graduation : les discours, les parents, les larmes.\n" },
];

describe("recall set 8: conduct", () => {
  it("has negatives for every class", () => {
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(20);
  });
  checkRuleCases(CASES);
});

/**
 * Recall set 7 for the conduct and tone rules: new wordings of the classes a sixth blind corpus
 * showed we missed, written from scratch (other professions and countries, English and Québec
 * French), each class paired with near-miss negatives (praise, a hard day told neutrally,
 * systemic commentary without a target, the writer's own mistakes).
 *
 * - conduct.colleague: whistleblowing in French ("je l'ai signalé au comité… ça n'a rien donné",
 *   "les voies officielles. Je l'ai fait.") and "the formal process has gone nowhere, so here we
 *   are"; "I was told I should 'stop making it a thing'"; a dismissive answer quoted ("the answer
 *   was: 'it was worse in our day'"); a supervisor who sighs or scoffs at the author in front of
 *   the team (EN and FR); telling a struggling colleague to give their place to someone who wants
 *   it; "it's the programme that isn't"; "a program that still can't get the rota out on time";
 *   "you've been here eight months and you still can't…"; "I know it was you"; an open letter to
 *   "whoever in X decided to…" with a long description. A threat to an unnamed "you" that names
 *   the workplace as its audience is harassment, not a colleague complaint.
 * - conduct.discrimination: mockery of someone's English, the Québec slur "les BS", calls for a
 *   separate queue for "ce monde-là" / "those people".
 * - conduct.harassment: threats to damage property or to get someone shunned.
 * - conduct.substance: spirit shots, "far too many pitchers", being sick after a night out, passing
 *   out on someone's shoulder in an image's alt text.
 * - tone.heated: a single capitalised word as its own sentence ("NOBODY.").
 */
import { describe, it, expect } from "vitest";
import { lintText } from "../helpers/lint.js";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const COLL = "conduct.colleague", HARASS = "conduct.harassment", SUBST = "conduct.substance";
const DISC = "conduct.discrimination", HEAT = "tone.heated";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi", S = "imu-staff";

const CASES: RuleCase[] = [
  // ================= conduct.colleague: whistleblowing after the formal route failed =================
  { name: "FR: signalé à la direction, aucune réponse", policy: Q, hit: [COLL],
    text: "J'ai signalé le manque de supervision la nuit à la direction du programme en septembre. Aucune réponse. On continue comme si de rien n'était.\n" },
  { name: "FR: voies officielles, je l'ai fait, je le dis ici", policy: Q, hit: [COLL],
    text: "On nous répète de passer par les canaux officiels. Je l'ai fait, deux fois. Rien n'a changé, alors je le dis ici.\n" },
  { name: "FR: plainte au syndicat, on m'a dit de laisser tomber", policy: Q, hit: [COLL],
    text: "Nous avons déposé une plainte auprès de la FMRQ pour les gardes de 26 heures. On m'a dit de laisser tomber.\n" },
  { name: "EN: formal process went nowhere, so here it is", policy: I, hit: [COLL],
    text: "Eight months of emails to the governance team. The internal process went nowhere, so here it is.\n" },
  { name: "EN: told I should stop making a fuss", policy: I, hit: [COLL],
    text: "I reported the unlocked image folder to my line manager in March. I was told that it was \"in hand\" and that I should stop making a fuss.\n" },
  { name: "EN: flagged to the rota lead, the answer was a quote", policy: Q, hit: [COLL],
    text: "We flagged the 80-hour weeks to the program committee twice. The only answer was: \"that's residency\".\n" },
  // negatives
  { name: "FR: signalé, réglé en une semaine (resolved)", policy: Q, clean: [COLL],
    text: "J'ai signalé le problème de l'horaire au comité de programme et ils l'ont réglé en une semaine. Merci à eux!\n" },
  { name: "FR: guidance on the formal route", policy: Q, clean: [COLL],
    text: "Si le processus formel n'a rien donné, adressez-vous au bureau de l'ombudsman de votre faculté.\n" },
  { name: "EN: the formal process worked", policy: I, clean: [COLL],
    text: "I raised a consent concern with my manager and it was sorted within a fortnight. The formal process works; use it.\n" },
  { name: "EN: guidance, when the internal process fails", policy: I, clean: [COLL],
    text: "If the internal process fails, talk to your Freedom to Speak Up guardian before anything else.\n" },

  // ================= conduct.colleague: a supervisor sighing or scoffing in front of the team =================
  { name: "shout-out to Dr X who sighed in front of the team", policy: Q, hit: [COLL],
    text: "Big shout-out to Dr. Lindqvist, who sighed loudly in front of the whole team every time I asked about the plan.\n" },
  { name: "our consultant who scoffed whenever I presented", policy: I, hit: [COLL],
    text: "And then there's our consultant, who scoffed whenever I presented a case on the ward round.\n" },
  { name: "FR: la patronne qui a levé les yeux au ciel devant tout le monde", policy: Q, hit: [COLL],
    text: "Merci à la patronne de l'étage, qui a levé les yeux au ciel devant tout le monde quand j'ai posé ma question.\n" },
  { name: "FR: mon superviseur qui rit de moi chaque fois", policy: Q, hit: [COLL],
    text: "Mon superviseur, qui rit de moi chaque fois que je me trompe de dose, dit que c'est « pour m'endurcir ».\n" },
  // negatives
  { name: "thanks to Dr X who stayed late", policy: Q, clean: [COLL],
    text: "Special thanks to Dr. Lindqvist, who stayed late every time I asked a question about the airway.\n" },
  { name: "FR: merci à la Dre qui a pris le temps", policy: Q, clean: [COLL],
    text: "Mention spéciale à la Dre Gauthier, qui a pris le temps de m'expliquer chaque intubation. Merci!\n" },
  { name: "my own mistake in front of the team", policy: I, clean: [COLL],
    text: "Rough list. I dropped a lens cap in front of the whole team and laughed at myself. Tomorrow is another day.\n" },

  // ================= conduct.colleague: telling a struggling colleague to give up their place =================
  { name: "if you can't hack it, give your spot", policy: Q, hit: [COLL],
    text: "There's a PGY-2 on our team who cries in the call room every other night. If you can't hack it, give your spot to someone who actually wants it.\n" },
  { name: "FR: laisse ta place à quelqu'un qui la veut", policy: Q, hit: [COLL],
    text: "L'externe de notre équipe se plaint de chaque garde. Honnêtement, laisse ta place à quelqu'un qui la veut.\n" },
  // negatives
  { name: "a colleague cried, we supported her", policy: Q, clean: [COLL],
    text: "A co-resident cried in the locker room after a code and we all sat with her. It happens to everyone.\n" },
  { name: "if you can't handle nights, talk to your PD", policy: Q, clean: [COLL],
    text: "If you can't handle nights, talk to your program director early; there are options.\n" },

  // ================= conduct.colleague: the programme, not the work, is the problem =================
  { name: "it's the program that isn't", policy: Q, hit: [COLL],
    text: "To the students on the fence: the specialty is wonderful. It's the program that isn't.\n" },
  { name: "it's the department that's the problem", policy: I, hit: [COLL],
    text: "I love the work itself. It's the department that's the problem.\n" },
  { name: "a residency that can't get the rota out", policy: Q, hit: [COLL],
    text: "Twelve-hour days, exam prep, and a residency that still can't get the block schedule out on time.\n" },
  { name: "a trust that never listens", policy: I, hit: [COLL],
    text: "Six years in, working for a trust that never listens to the people on the floor.\n" },
  // negatives
  { name: "it's the program that makes it special", policy: Q, clean: [COLL],
    text: "It's the program that makes this place special: protected teaching and attendings who answer pages.\n" },
  { name: "FR: c'est le programme qui m'a donné le goût", policy: Q, clean: [COLL],
    text: "C'est le programme qui m'a donné le goût de rester à Sherbrooke.\n" },
  { name: "systemic: a hospital that can't recruit", policy: I, clean: [COLL],
    text: "A hospital that can't get enough nurses because of national funding cuts is not a safe hospital.\n" },

  // ================= conduct.colleague: mocking a colleague's competence or length of service =================
  { name: "you've been here eight months and still can't", policy: I, hit: [COLL],
    text: "You've been on the team for nine months and you still can't calibrate the scanner without asking me.\n" },
  { name: "he's been qualified ten years and still doesn't know", policy: Q, hit: [COLL],
    text: "He's been qualified for twelve years and he still doesn't know how to write a discharge summary.\n" },
  { name: "FR: ça fait un an qu'elle est là", policy: Q, hit: [COLL],
    text: "Ça fait un an qu'elle est dans l'équipe et elle ne sait toujours pas remplir une requête.\n" },
  // negatives
  { name: "I've been here eight months and still get lost", policy: I, clean: [COLL],
    text: "I've been here eight months and I still can't find the pharmacy without getting lost lol.\n" },
  { name: "she's been here two weeks and already", policy: I, clean: [COLL],
    text: "She's been here two weeks and she already runs the clinic better than I do.\n" },

  // ================= conduct.colleague: "I know it was you", open letters =================
  { name: "I know it was you, one of you has been jealous", policy: I, hit: [COLL],
    text: "We all know it was you. Only one of you has been jealous since I got the conference slot.\n" },
  { name: "open letter to whoever on the ward, long description", policy: I, hit: [COLL],
    text: "To whoever on the day team decided to report my late notes to the clinical director at the Monday safety huddle instead of talking to me first like a grown-up:\n" },
  // negatives
  { name: "I know it was you who covered my shift, thanks", policy: I, clean: [COLL],
    text: "I know it was you who covered my Saturday list. Thank you, you're a star.\n" },
  { name: "to whoever left the flowers", policy: I, clean: [COLL],
    text: "To whoever left flowers and a card on my desk after a rough week in the studio: thank you, it made my day.\n" },

  // ================= threats: harassment, and a colleague complaint only with a named colleague =================
  { name: "threat to an unnamed you with the department as audience", policy: I, hit: [HARASS], clean: [COLL],
    text: "Go behind my back one more time and I'll make sure the whole department knows exactly what you are.\n" },
  { name: "threat to a named colleague with the ward as audience", policy: I, hit: [COLL],
    text: "One more complaint, Gareth, and I'll make sure the whole ward knows exactly what you are.\n" },
  { name: "threat to slash tyres", policy: U, hit: [HARASS],
    text: "If he reports us to the dean again I swear I'll slash his tyres.\n" },
  { name: "threat to get someone shunned", policy: U, hit: [HARASS],
    text: "Next time she snitches, I'll make sure nobody in the cohort ever talks to her again.\n" },
  { name: "someone slashed my tyres (reported)", policy: U, clean: [HARASS],
    text: "Someone slashed my tyres in the staff car park last night. Security has the footage.\n" },
  { name: "make sure nobody feels left out", policy: U, clean: [HARASS],
    text: "I'll make sure nobody in the cohort sits alone at the welcome dinner again.\n" },

  // ================= conduct.discrimination =================
  { name: "typical of someone who can't speak English", policy: I, hit: [DISC],
    text: "Typical of a locum who can hardly speak English to mess up the consent.\n" },
  { name: "go learn English", policy: U, hit: [DISC],
    text: "If you want to work on my unit, go learn English first.\n" },
  { name: "FR: les BS qui viennent pour rien", policy: Q, hit: [DISC],
    text: "Encore des BS qui viennent à l'urgence pour un rhume un mardi soir.\n" },
  { name: "FR: une salle à part pour ces gens-là", policy: Q, hit: [DISC],
    text: "Franchement, il faudrait une salle d'attente à part pour ces gens-là.\n" },
  { name: "EN: a separate queue for those people", policy: U, hit: [DISC],
    text: "Honestly the ED needs a separate queue for those people.\n" },
  // negatives
  { name: "patient can barely speak English, interpreter", policy: U, clean: [DISC],
    text: "My patient can barely speak English, so we booked a telephone interpreter.\n" },
  { name: "learning English at night school", policy: U, clean: [DISC],
    text: "Our new porter is learning English at night school and his progress is amazing.\n" },
  { name: "FR: salle séparée pour les patients contagieux", policy: Q, clean: [DISC],
    text: "Une salle séparée pour les patients contagieux a été aménagée à l'urgence.\n" },
  { name: "EN: separate waiting area for measles", policy: U, clean: [DISC],
    text: "We need a separate waiting area for children with suspected measles.\n" },
  { name: "EN: cut the BS", policy: U, clean: [DISC],
    text: "Cut the BS and read the guideline before the audit.\n" },

  // ================= conduct.substance =================
  { name: "four vodka shots", policy: U, hit: [SUBST],
    text: "Priya did four vodka shots before the karaoke even started.\n" },
  { name: "way too many jugs", policy: Q, hit: [SUBST],
    text: "Eight of us, one booth, way too many jugs of sangria.\n" },
  { name: "threw up in the Uber after drinks", policy: U, hit: [SUBST],
    text: "End-of-rotation drinks got messy. Someone threw up in the Uber on the way home.\n" },
  { name: "passed out on a shoulder in an alt text, drinking elsewhere", policy: U, hit: [SUBST], at: "passed out on Jo's shoulder",
    text: "![the whole cohort at 2am, Sam passed out on Jo's shoulder](img/crew.jpg)\n\nWe were absolutely hammered by midnight.\n" },
  // negatives
  { name: "took far too many shots of the lesion", policy: I, clean: [SUBST],
    text: "Took far too many shots of the same lesion; only two were sharp.\n" },
  { name: "flu shot and booster back to back", policy: U, clean: [SUBST],
    text: "Had my flu shot and COVID booster back to back. Arm is sore.\n" },
  { name: "toddler threw up in the car", policy: U, clean: [SUBST],
    text: "My toddler threw up in the car on the way to nursery. Great start to the week.\n" },
  { name: "passed out on a shoulder after a long shift", policy: U, clean: [SUBST],
    text: "![Sam passed out on Jo's shoulder on the bus home](img/bus.jpg)\n\nFourteen-hour shift, then the night bus.\n" },

  // ================= tone.heated =================
  { name: "NOBODY as its own sentence", policy: S, hit: [HEAT],
    text: "Was anyone on the teaching staff asked about the new timetable? Nobody was asked. NOBODY.\n" },
  { name: "NEVER as its own sentence", policy: S, hit: [HEAT],
    text: "Did they ever reply to the petition? NEVER.\n" },
  { name: "acronyms as sentences are not shouting", policy: S, clean: [HEAT],
    text: "The guidance comes from three bodies. NICE. WHO. CDC.\n" },
  { name: "a result in capitals", policy: S, clean: [HEAT],
    text: "We tested the sample for influenza. NEGATIVE.\n" },
];

describe("recall set 7: conduct and tone", () => {
  it("has negatives for every class", () => {
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(25);
  });
  checkRuleCases(CASES);
});

describe("conduct.substance: alt text of a plain image is reported once", () => {
  it("does not duplicate a finding", async () => {
    const text = "We were absolutely wasted by 11. Look ![Sam passed out on the couch at the party](x.jpg) lol\n";
    const found = (await lintText(text, "umn-health-sciences")).findings.filter((f) => f.rule === SUBST && f.text.includes("passed out"));
    expect(found).toHaveLength(1);
  });
});

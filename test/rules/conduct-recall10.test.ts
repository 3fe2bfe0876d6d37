/**
 * Recall set 10 for the conduct rules: new wordings of the classes a ninth blind corpus showed we
 * missed, written from scratch, each class paired with near-miss negatives.
 *
 * - conduct.substance: Québec French slang for being drunk or high ("complètement paquetés",
 *   "pas mal gelées", "on était chauds", "qui ont fini la soirée soûls") in a social context; "gelé"
 *   (frozen, cold) and "chaud" (hot, keen) only count with drinking or partying in the paragraph.
 * - conduct.harassment: violent hyperbole aimed at a person's body ("I'll break every one of her
 *   fingers", "I'm going to snap his wrists", "see how she holds a camera then"), not at oneself.
 * - conduct.discrimination: an ethnic group stereotyped in a patient context ("the usual Travellers
 *   who turn up without appointments and expect to be seen first"), not health-equity writing.
 * - conduct.colleague: a senior dumping work on juniors ("he keeps dumping it on the R1s", "laisser
 *   toutes les admissions au R1"), a sarcastic "petite pensée pour le R4 qui trouve normal de …",
 *   a broken promise ("again, after promising it wouldn't happen"), and "il faudra parler de la
 *   culture de certains seniors"; a sexual remark about a colleague at work is a colleague finding too.
 */
import { describe } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const COLL = "conduct.colleague", HARASS = "conduct.harassment", SUBST = "conduct.substance", DISC = "conduct.discrimination";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi", G = "general";

const CASES: RuleCase[] = [
  // ================= conduct.substance: Québec slang =================
  { name: "FR: ont fini la soirée complètement paquetés", policy: Q, hit: [SUBST],
    text: "Bravo à Jérémie et Sarah qui ont fini la soirée complètement paquetés sur le divan.\n" },
  { name: "FR: on était pas mal gelés au party", policy: Q, hit: [SUBST],
    text: "Le party des R1 était malade, on était toutes pas mal gelées vers minuit.\n" },
  { name: "FR: j'étais ben chaud après les shooters", policy: Q, hit: [SUBST],
    text: "Après trois shooters de tequila j'étais ben chaud, j'ai appelé mon ex.\n" },
  { name: "FR: on s'est paqueté la fraise", policy: Q, hit: [SUBST],
    text: "Fin de l'examen, on s'est paqueté la fraise au bar en face de l'hôpital.\n" },
  { name: "FR: elles sont rentrées soûles", policy: Q, hit: [SUBST],
    text: "Mes colocs sont rentrées complètement soûles à 4 h du matin, avant leur garde.\n" },
  { name: "FR: on était éméchés au 5 à 7", policy: Q, hit: [SUBST],
    text: "Au 5 à 7 du département, on était tous un peu éméchés avant la présentation du patron.\n" },
  { name: "FR France: j'étais complètement bourrée", policy: Q, hit: [SUBST],
    text: "Soirée de fin d'externat : j'étais complètement bourrée et j'ai dansé sur la table.\n" },
  // negatives
  { name: "FR: on était gelés (cold) at the bus stop", policy: Q, clean: [SUBST],
    text: "Après la garde, on était toutes pas mal gelées en attendant l'autobus, il faisait moins trente.\n" },
  { name: "FR: gelée sur place (stunned)", policy: Q, clean: [SUBST],
    text: "Quand le patron m'a posé la question, je suis restée gelée sur place.\n" },
  { name: "FR: la salle était paquetée", policy: Q, clean: [SUBST],
    text: "La salle était complètement paquetée pour la conférence du Dr Roy, même pas de place debout.\n" },
  { name: "FR: paquetés comme des sardines", policy: Q, clean: [SUBST],
    text: "Dans le métro ce matin on était paquetés comme des sardines.\n" },
  { name: "FR: chaud pour (keen)", policy: Q, clean: [SUBST],
    text: "Après la soirée d'accueil on était tous chauds pour refaire un souper de groupe le mois prochain.\n" },
  { name: "FR: patient paqueté (clinical)", policy: Q, clean: [SUBST],
    text: "Le patient est arrivé complètement paqueté à l'urgence, alcoolémie à 65.\n" },
  { name: "FR: la gang était pas mal paquetée", policy: Q, hit: [SUBST],
    text: "Au party de Noël des résidents, toute la gang était pas mal paquetée avant le dessert.\n" },
  { name: "FR: Mathieu était gelé ben dur après le joint", policy: Q, hit: [SUBST],
    text: "Après le joint sur le balcon, Mathieu était complètement gelé pendant tout le party.\n" },
  { name: "FR: gelée sur la terrasse (cold) at a party", policy: Q, clean: [SUBST],
    text: "Le party de fin de stage était sur la terrasse et j'étais gelée, j'aurais dû apporter une veste.\n" },
  { name: "FR: le lac est gelé (party on the lake)", policy: Q, clean: [SUBST],
    text: "Le party des résidents se fait sur le lac samedi, il est gelé depuis deux semaines.\n" },
  { name: "FR: chaude en masse pour la game (keen)", policy: Q, clean: [SUBST],
    text: "J'étais chaude en masse pour la game de hockey au party, on a gagné.\n" },
  { name: "FR: paqueté comme un œuf (full of food)", policy: Q, clean: [SUBST],
    text: "Il était paqueté comme un œuf après le buffet de Noël, il a mangé trois assiettes.\n" },
  { name: "FR: bourrée de remords", policy: Q, clean: [SUBST],
    text: "Après la soirée d'accueil, j'étais bourrée de remords d'avoir oublié le nom de mon patron.\n" },
  { name: "FR: le bar était paqueté", policy: Q, clean: [SUBST],
    text: "Le bar était complètement paqueté pour le 5 à 7 des résidents, impossible de commander.\n" },
  { name: "FR: chaud (hot weather) at a party", policy: Q, clean: [SUBST],
    text: "Au party de fin d'année sur la terrasse, il faisait 34 degrés et on était pas mal chauds.\n" },

  // ================= conduct.harassment: violent hyperbole at a person =================
  { name: "break every one of her fingers", policy: I, hit: [HARASS],
    text: "If Orla takes my tripod one more time I'll break every one of her fingers.\n" },
  { name: "snap his wrists", policy: U, hit: [HARASS],
    text: "Honestly if my lab partner contaminates the plates again I'm going to snap his wrists.\n" },
  { name: "rip his arms off", policy: G, hit: [HARASS],
    text: "The next person who steals my lunch from the staff fridge, I will rip their arms off.\n" },
  { name: "knock his teeth out", policy: I, hit: [HARASS],
    text: "Swear to God I'll knock his teeth out if he mansplains the ECG to me again.\n" },
  { name: "see how he holds a scalpel then", policy: I, hit: [HARASS],
    text: "Touch my instruments again and I'll smash your hands, see how you hold a scalpel then.\n" },
  // negatives
  { name: "break my own fingers typing", policy: I, clean: [HARASS],
    text: "I'm going to break every one of my fingers typing up these notes tonight.\n" },
  { name: "break the news to her", policy: I, clean: [HARASS],
    text: "I'll break it to her gently that the exam has been moved.\n" },
  { name: "break her in (training)", policy: G, clean: [HARASS],
    text: "The new tech starts Monday and I'll break her in gently on the easy lists.\n" },
  { name: "physio will have my fingers moving", policy: I, clean: [HARASS],
    text: "My physio says she'll have my fingers moving again in a week.\n" },
  { name: "I could wring her neck", policy: U, hit: [HARASS],
    text: "If my lab partner forgets the buffer one more time I could wring her neck.\n" },
  { name: "rhinoplasty: break her nose and reshape", policy: G, clean: [HARASS],
    text: "Tomorrow I'll break her nose and reshape the dorsum under the consultant's supervision.\n" },
  { name: "orthodontics: knock her teeth into shape", policy: G, clean: [HARASS, COLL],
    text: "We will knock her teeth into shape with the new aligners, said the orthodontist.\n" },
  { name: "hold her hand (not violence)", policy: I, clean: [HARASS],
    text: "I'll hold her hand through the biopsy, she's terrified of needles.\n" },
  { name: "splint his fingers (clinical)", policy: I, clean: [HARASS],
    text: "I'll strap his fingers together and review the fracture next week.\n" },

  // ================= conduct.discrimination: ethnic stereotyping =================
  { name: "the usual Travellers who turn up without appointments", policy: I, hit: [DISC],
    text: "Clinic was rammed with the usual Travellers who turn up without appointments and expect to be seen first.\n" },
  { name: "the Roma families always kick off", policy: U, hit: [DISC],
    text: "Of course the Roma families kicked off in the waiting room again, as always.\n" },
  { name: "Traveller women never keep appointments", policy: I, hit: [DISC],
    text: "Typical, the Traveller women never keep their appointments and then expect to be seen the same day.\n" },
  { name: "the usual Gypsies jumping the queue", policy: G, hit: [DISC],
    text: "Half the waiting room was the usual Gypsies jumping the queue, as per.\n" },
  { name: "the usual Romani women who turn up unannounced", policy: U, hit: [DISC],
    text: "Sunday clinic: the usual Romani women who turn up unannounced and demand to be seen first, as always.\n" },
  { name: "the Aboriginal families who never show up for follow-up, typical", policy: G, hit: [DISC],
    text: "Typical Monday in clinic: the Aboriginal families who never show up for their follow-up, again.\n" },
  // negatives
  { name: "positive stereotype with never: the Polish patients never kick off", policy: I, clean: [DISC],
    text: "The Polish patients who never kick off about waiting are a joy, but every patient deserves the same patience.\n" },
  { name: "structural: Traveller families moved on", policy: I, clean: [DISC],
    text: "The usual Traveller families who never keep appointments do so because the council keeps moving them on.\n" },
  { name: "health equity: Traveller health", policy: I, clean: [DISC],
    text: "Travellers often turn up without appointments because many GP practices refuse to register them; outreach clinics help.\n" },
  { name: "travel clinic travellers (lower case)", policy: I, clean: [DISC],
    text: "The usual travellers who turn up without appointments expecting yellow fever jabs the same day, as always.\n" },
  { name: "health equity: Indigenous patients at the outreach clinic", policy: G, clean: [DISC],
    text: "Our Indigenous patients always turn up without appointments at the outreach clinic, so we keep slots free.\n" },
  { name: "neutral: a Traveller family visited", policy: I, clean: [DISC],
    text: "A Traveller family came in without an appointment and the registrar saw the baby first because she was septic.\n" },
  { name: "neutral: Roma health mediators", policy: U, clean: [DISC],
    text: "The Roma health mediators always turn up early to help families with forms, and the clinic runs better for it.\n" },

  // ================= conduct.colleague =================
  { name: "he keeps dumping it on the interns", policy: G, hit: [COLL],
    text: "It's a rota problem our chief keeps dumping on the interns because nobody can say no.\n" },
  { name: "the senior offloads everything onto the F1s", policy: I, hit: [COLL],
    text: "Our registrar just offloads every single discharge onto the F1s and goes to the mess.\n" },
  { name: "again, after promising it wouldn't happen", policy: I, hit: [COLL],
    text: "Our rota coordinator has put us on five weekends in a row again, after promising at the away day that it wouldn't happen this year.\n" },
  { name: "FR: laisser toutes les admissions au R1", policy: Q, hit: [COLL],
    text: "Le R3 laisse toutes les admissions au R1 pendant qu'il dort dans la salle de garde.\n" },
  { name: "FR: petite pensée pour la R5 qui trouve normal de", policy: Q, hit: [COLL],
    text: "Petite pensée pour la R5 qui trouve normal de disparaître à 22 h « pour une urgence ». Elle se reconnaîtra. 🙃\n" },
  { name: "EN: shout-out to the senior who thinks it's fine", policy: I, hit: [COLL],
    text: "Shout-out to the senior reg who thinks it's fine to vanish for four hours \"reviewing a patient\" 🙃\n" },
  { name: "FR: parler de la culture de certains patrons", policy: Q, hit: [COLL],
    text: "Un jour, il faudra bien parler de la culture de certains patrons dans ce département.\n" },
  { name: "sexual remark about a colleague at work (also colleague)", policy: I, hit: [COLL, HARASS],
    text: "Whoever keeps rostering the new radiographer on my shifts, not complaining, she's the only thing worth looking at on level 3 😏\n" },
  { name: "the new reg is so hot (also colleague)", policy: I, hit: [COLL, HARASS],
    text: "The new reg is so hot I'd let her drill me anytime 😏\n" },
  // negatives
  { name: "sexual remark about a patient is not a colleague complaint", policy: I, hit: [HARASS], clean: [COLL],
    text: "The patient in bay 3 is so hot I'd let her drill me anytime 😏\n" },
  { name: "sexual remark about a stranger is not a colleague complaint", policy: I, clean: [COLL],
    text: "Saw her at the gym again, she's the only thing worth looking at in this town 😏\n" },
  { name: "registrar never dumps work on the F1s", policy: I, clean: [COLL],
    text: "Our registrar never dumps work on the F1s, she takes the hard cases herself.\n" },
  { name: "FR: laisser les admissions aux R1 pour qu'ils apprennent", policy: Q, clean: [COLL],
    text: "Cette semaine, la R4 laisse toutes les admissions aux R1 pour qu'ils pratiquent, et elle révise chaque note avec nous.\n" },
  { name: "FR: petite pensée pour la R4 qui trouve normal d'enseigner (sincere)", policy: Q, clean: [COLL],
    text: "Petite pensée pour la R4 qui trouve normal de prendre une heure d'enseignement à 2 h du matin. Merci infiniment ❤️\n" },
  { name: "ED dumps patients on the wards (no junior)", policy: I, clean: [COLL],
    text: "Winter pressures mean the ED dumps patients on the wards before beds are ready; that's a system problem.\n" },
  { name: "shout-out sincere: thinks it's normal to teach at 2am", policy: I, clean: [COLL],
    text: "Shout-out to the senior reg who thinks it's normal to teach at 2am, thank you so much ❤️\n" },
  { name: "EN: culture of medicine in general", policy: I, clean: [COLL],
    text: "We need to talk about the culture of medicine and how it treats people who ask for help.\n" },
  { name: "EN: culture among some consultants", policy: I, hit: [COLL],
    text: "One day we need to talk about the culture among some consultants in this hospital.\n" },
  { name: "FR: petite pensée pour la R2 qui trouve normal de me féliciter 🙃", policy: Q, clean: [COLL],
    text: "Petite pensée pour ma R2 qui trouve normal de me texter à minuit pour me féliciter 🙃 elle est la meilleure.\n" },
  { name: "thanks to the tutor who thinks it's fine to let us leave early", policy: I, clean: [COLL],
    text: "Thanks to the tutor who thinks it's fine to let us leave early on Fridays \"for wellbeing\" 🙃\n" },
  { name: "kept the promise", policy: I, clean: [COLL],
    text: "Our rota coordinator promised at the away day that we wouldn't do five weekends in a row again, and she kept her word.\n" },
  { name: "FR: parler de la culture de sécurité", policy: Q, clean: [COLL],
    text: "Un jour, il faudra parler de la culture de sécurité dans nos hôpitaux, c'est le thème de la journée scientifique.\n" },
  { name: "FR: on se reconnaît (relatable)", policy: Q, clean: [COLL],
    text: "Tous les R1 qui ont fait leur première garde aux soins intensifs cette semaine : on se reconnaît. 🙃\n" },
];

describe("conduct recall 10", () => {
  checkRuleCases(CASES);
});

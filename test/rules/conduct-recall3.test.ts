/**
 * Recall set 3 for the conduct rules: new wordings of the classes a second blind corpus showed we
 * missed, written from scratch (other countries, professions, platforms and French), each class
 * paired with near-miss negatives.
 *
 * - conduct.colleague: a group of colleagues disparaged with a place ("the weekend porters at our
 *   site are useless"), a named colleague called clueless or mocked ("hasn't seen a patient in
 *   twenty years", "never book me with X again", "the surgeons laugh at her behind her back"),
 *   "half of them can't…" about a group of colleagues, and a whistleblowing thread whose posts
 *   are split over paragraphs ("has done nothing", "told me to stop making noise", "I'm putting
 *   it on here since that's the only way anything gets fixed"); French complaints;
 * - conduct.harassment: veiled threats ("snitches get stitches", "I know what car you drive",
 *   "shame if something happened to your car") and sexualised remarks about a TA or colleague
 *   with a hyphenated role ("the new sim-lab TA");
 * - conduct.substance: a stated plan to get intoxicated after work ("a whole bottle of pinot and
 *   an edible when I get home"), slang with cannabis emoji ("cooked 🍃"), "high af", "420",
 *   contractions ("I'm buzzed"), and Québécois/French ("lendemain de veille", "gueule de bois",
 *   "paqueté", "chaudaille", "prendre une brosse");
 * - conduct.profanity: Québécois sacres and their spellings (tabarnak, câlisse, criss, ostie,
 *   calvaire, sacrament), with the religious and anatomical senses (l'hostie, le calice rénal,
 *   the sacrament of the sick, le calvaire des patients) left alone;
 * - conduct.discrimination: class or neighbourhood contempt for patients ("the usual welfare
 *   crowd from X who only show up when they need forms signed") and nationality plus language
 *   ability ("the Filipino nurses who can barely speak English").
 *
 * `hit` lists rules that must report at least once; `clean` lists rules that must not report.
 */
import { describe, it, expect } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

/** `at`: a passage of `text` that a finding of each `hit` rule must overlap. */
type Case = RuleCase;

const COLL = "conduct.colleague", HARASS = "conduct.harassment", SUBST = "conduct.substance";
const PROF = "conduct.profanity", DISC = "conduct.discrimination";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi";

const CASES: Case[] = [
  // ================= conduct.colleague: a group of colleagues, with a place =================
  { name: "weekend porters at our site are useless", policy: I, hit: [COLL],
    text: "The weekend porters at our site are useless and vanish for an hour after every lunch break.\n" },
  { name: "agency nurses on nights in ICU are lazy", policy: Q, hit: [COLL],
    text: "- The agency nurses on nights in the ICU are so lazy they sleep in the relatives' room.\n" },
  { name: "receptionists at the front desk are rude", policy: I, hit: [COLL],
    text: "Pro tip for new starters: the receptionists at the front desk are rude to every single student, so don't take it personally.\n" },
  { name: "day-shift pharmacists in the dispensary are clueless", policy: Q, hit: [COLL],
    text: "Honestly the day-shift pharmacists in the dispensary are clueless about paediatric doses.\n" },
  { name: "French: the night nurses are lazy", policy: Q, hit: [COLL],
    text: "Les infirmières de nuit à l'urgence sont tellement paresseuses qu'il faut tout faire soi-même.\n" },
  { name: "French: my boss is incompetent", policy: Q, hit: [COLL],
    text: "Mon patron en chirurgie est complètement incompétent, il ne sait même pas lire une imagerie.\n" },
  // negatives: praise, patients, tiredness
  { name: "night nurses on the unit are brilliant", policy: I, clean: [COLL],
    text: "The night nurses on the short-stay unit are brilliant and always find me a chair at 3 am.\n" },
  { name: "patients on the unit are tired", policy: Q, clean: [COLL],
    text: "The patients on the stroke unit are exhausted by the end of therapy, so we schedule physio in the morning.\n" },
  { name: "French: the residents are exhausted (no insult)", policy: Q, clean: [COLL],
    text: "Les résidents de l'urgence sont épuisés après la période des fêtes; prenez soin d'eux.\n" },
  { name: "French: the patient is slow to wake", policy: Q, clean: [COLL],
    text: "Le patient est lent à se réveiller après la sédation, c'est attendu.\n" },

  // ================= conduct.colleague: a named colleague =================
  { name: "Tunde-like: name is clueless, hasn't held a scalpel", policy: I, hit: [COLL],
    text: "And frankly, Gareth is clueless. He hasn't picked up a scalpel in fifteen years and it shows.\n" },
  { name: "hasn't seen a patient in twenty years", policy: Q, hit: [COLL],
    text: "Our new clinical director hasn't seen a patient in twenty years and now he wants to redesign our clinic.\n" },
  { name: "name is incompetent", policy: Q, hit: [COLL],
    text: "Priya is completely incompetent and everyone on the team knows it.\n" },
  { name: "never roster me with X again, she's so slow", policy: I, hit: [COLL],
    text: "- Never roster me with Bronwyn again. She's so slow that every list overruns.\n" },
  { name: "do not pair the new starters with Kwame again", policy: I, hit: [COLL],
    text: "Note for the rota: do not pair the new starters with Kwame again, he is hopeless with them.\n" },
  { name: "the surgeons laugh at her behind her back", policy: Q, hit: [COLL],
    text: "The poor scrub nurse tries hard but the surgeons laugh at her behind her back.\n" },
  { name: "the radiologists snigger at him behind his back", policy: I, hit: [COLL],
    text: "Our junior photographer keeps reshooting and the radiologists snigger at him behind his back.\n" },
  // negatives
  { name: "named colleague praised", policy: Q, clean: [COLL],
    text: "Priya is completely brilliant and everyone on the team knows it.\n" },
  { name: "patient named, slow to mobilise", policy: Q, clean: [COLL],
    text: "Mr Okafor is slow to mobilise after the hip, so we booked extra physio.\n" },
  { name: "I'll never get to work with X again (farewell)", policy: I, clean: [COLL],
    text: "Last day of the placement today. Sad that I'll never get to work with Aisha again, she taught me so much.\n" },
  { name: "hasn't had a day off in ten years (praise)", policy: I, clean: [COLL],
    text: "Our manager hasn't had a sick day in ten years and still covers every Friday list.\n" },
  { name: "software is clueless", policy: Q, clean: [COLL],
    text: "Epic is painfully slow on the old ward computers, so bring your own laptop.\n" },
  { name: "classmates laugh at me behind my back (about myself)", policy: Q, clean: [COLL],
    text: "In first year I was sure the others laughed at me behind my back; they didn't, and therapy helped.\n" },

  // ================= conduct.colleague: "half of them can't…" about colleagues =================
  { name: "half of the locums can't read an ECG", policy: I, hit: [COLL], at: "Half of them",
    text: "We had four new agency locums this week. Half of them can't read an ECG without asking the HCA.\n" },
  { name: "most of them don't know how to use the camera (trainees)", policy: I, hit: [COLL], at: "most of them",
    text: "The new trainees started Monday and most of them don't know how to white-balance a camera.\n" },
  { name: "half of them don't understand the form (patients as subject)", policy: I, clean: [COLL],
    text: "The interns and I rewrote the consent form because our patients kept telling us it was confusing; half of them don't understand it at all.\n" },
  { name: "half of them can't read (patients, no colleagues)", policy: I, clean: [COLL],
    text: "Many of our patients have low literacy. Half of them can't read the leaflet, so we use pictures.\n" },

  // ================= conduct.colleague: whistleblowing thread split over posts =================
  { name: "thread post: manager has done nothing, told me to stop", policy: I, hit: [COLL],
    text: "1/ Something has to change.\n\n2/ Our ward manager knows the sharps bins overflow every weekend and has done nothing. I raised it with her three times. Last time she told me to “stop rocking the boat”.\n" },
  { name: "thread post: putting it on here, only way anything gets fixed", policy: I, hit: [COLL],
    text: "So I'm posting it here instead, since apparently that's the only way anything gets fixed in this trust.\n" },
  { name: "thread post: sharing publicly because nobody listens", policy: Q, hit: [COLL],
    text: "I'm sharing this publicly because nobody internally will listen: the sterilisation log has been falsified for months.\n" },
  // negatives
  { name: "fixed through the proper route", policy: I, clean: [COLL],
    text: "I raised the broken camera with my manager and it was fixed within a week. Posting here so others know the process works.\n" },
  { name: "the only way it gets fixed (a car)", policy: I, clean: [COLL],
    text: "Dropped the car at the garage again; apparently the only way anything gets fixed is if you wait in the lobby.\n" },
  { name: "advice to raise concerns formally", policy: I, clean: [COLL],
    text: "If your manager has done nothing about a safety concern, escalate through the freedom-to-speak-up guardian rather than posting publicly.\n" },

  // ================= conduct.harassment =================
  { name: "snitches get stitches", policy: U, hit: [HARASS],
    text: "To whoever told the course director about our group chat: snitches get stitches.\n" },
  { name: "Instagram story caption with a car threat", policy: U, hit: [HARASS],
    text: "**Story, text only:** we know it was you, Josh. I know which car is yours 🔪\n" },
  { name: "I know what car you drive", policy: I, hit: [HARASS],
    text: "Keep reporting my photos, Declan. I know what car you drive.\n" },
  { name: "shame if something happened to your car", policy: U, hit: [HARASS],
    text: "Would be a real shame if something happened to your car in the staff car park, wouldn't it.\n" },
  { name: "I know what time your shift ends", policy: I, hit: [HARASS],
    text: "You should think twice before complaining about me again. I know what time your shift ends.\n" },
  { name: "hyphenated role: the new sim-lab TA is so hot", policy: U, hit: [HARASS],
    text: "the new sim-lab TA is so hot I'd let her drill me anytime 😏\n" },
  { name: "the new skills-lab demonstrator is so fit", policy: U, hit: [HARASS],
    text: "Our new skills-lab demonstrator is so fit, I'd let him examine me any day 🥵\n" },
  { name: "I'd let her ride me anytime", policy: I, hit: [HARASS],
    text: "Did you see the new radiographer? I'd let her ride me anytime 😈\n" },
  // negatives
  { name: "snitches get stitches as a culture to fix", policy: U, clean: [HARASS],
    text: "The \"snitches get stitches\" culture in surgical training is exactly why nobody reports unsafe practice.\n" },
  { name: "Instagram story about a car (no threat)", policy: U, clean: [HARASS],
    text: "Story time: I forgot which car was mine in the hospital car park and spent twenty minutes looking for it.\n" },
  { name: "the TA is so helpful I'd let her teach me anytime", policy: U, clean: [HARASS],
    text: "The new sim-lab TA is so patient, I'd let her teach me anytime. Best teacher this year.\n" },
  { name: "the sim lab is so hot", policy: U, clean: [HARASS],
    text: "The sim lab is so hot in July I'd happily run scenarios in the car park.\n" },

  // ================= conduct.substance =================
  { name: "whole bottle of pinot and an edible after the shift", policy: U, hit: [SUBST],
    text: "anyway, gonna need a whole bottle of pinot and an edible when I get home lol. 4 more hours\n" },
  { name: "need a whole bottle of merlot after this call", policy: U, hit: [SUBST],
    text: "Going to need an entire bottle of merlot after this call shift.\n" },
  { name: "an edible after my shift", policy: U, hit: [SUBST],
    text: "Taking an edible after my shift and sleeping until Tuesday, see ya.\n" },
  { name: "could use a joint after that clinic", policy: Q, hit: [SUBST],
    text: "Could really use a joint after that clinic tbh.\n" },
  { name: "cooked with cannabis emoji", policy: Q, hit: [SUBST],
    text: "Cottage weekend with the R1s 🌲 we were fully cooked by noon 🍃💨\n" },
  { name: "fried after the gummies", policy: U, hit: [SUBST],
    text: "I was so fried after those gummies I watched the ceiling fan for an hour.\n" },
  { name: "high af", policy: U, hit: [SUBST],
    text: "studying renal phys high af rn, this is either genius or a disaster\n" },
  { name: "happy 420", policy: U, hit: [SUBST],
    text: "happy 420 from the dental school library 🌿\n" },
  { name: "I'm buzzed", policy: U, hit: [SUBST],
    text: "I'm buzzed and it's only the first half of the white coat ceremony afterparty.\n" },
  { name: "we're blazed", policy: U, hit: [SUBST],
    text: "We're blazed on the roof of the residence, don't tell anyone.\n" },
  { name: "French: lendemain de veille during rounds", policy: Q, hit: [SUBST],
    text: "Lendemain de veille pendant la tournée des patients ce matin, merci au party de fin de stage.\n" },
  { name: "French: gueule de bois at the clinic", policy: Q, hit: [SUBST],
    text: "Grosse gueule de bois à la clinique aujourd'hui, j'ai survécu grâce au café.\n" },
  { name: "French: we were paqueté", policy: Q, hit: [SUBST],
    text: "On était complètement paquetés au party des R3, aucune idée comment je suis rentré.\n" },
  { name: "French: chaudaille", policy: Q, hit: [SUBST],
    text: "Un peu chaudaille après le 5 à 7 des résidents 🍻\n" },
  { name: "French: took a brosse", policy: Q, hit: [SUBST],
    text: "On a pris une méchante brosse après l'examen, j'ai encore mal aux cheveux.\n" },
  { name: "French: I was drunk (soûl)", policy: Q, hit: [SUBST],
    text: "J'étais tellement soûl à la fête de fin d'externat.\n" },
  // negatives
  { name: "cooked without drugs (exhausted)", policy: Q, clean: [SUBST],
    text: "We were absolutely cooked by 4 pm after three back-to-back theatre lists 🥵\n" },
  { name: "blood pressure high af", policy: U, clean: [SUBST],
    text: "My blood pressure was high af during finals week, so I finally started running again.\n" },
  { name: "420 mg dose", policy: U, clean: [SUBST],
    text: "The loading dose was 420 mg, which surprised the whole team.\n" },
  { name: "a whole bottle of sunscreen", policy: U, clean: [SUBST],
    text: "Gonna need a whole bottle of sunscreen for the field placement when I get there.\n" },
  { name: "buzzed the nurse", policy: U, clean: [SUBST],
    text: "I buzzed the charge nurse twice and the door finally opened.\n" },
  { name: "French: the room was packed", policy: Q, clean: [SUBST],
    text: "La salle d'attente était paquetée à 8 h, on a vu quarante patients.\n" },
  { name: "French: I was frozen (cold)", policy: Q, clean: [SUBST],
    text: "J'étais gelé après la marche jusqu'au CLSC, moins trente ce matin.\n" },
  { name: "French: patient hangover (clinical)", policy: Q, clean: [SUBST],
    text: "La patiente se présente avec une gueule de bois et des vomissements; on vérifie l'alcoolémie.\n" },
  { name: "French: toothbrush", policy: Q, clean: [SUBST],
    text: "Pensez à prendre une brosse à dents pour la garde de 24 heures.\n" },
  { name: "French: it annoys me (soûle)", policy: Q, clean: [SUBST],
    text: "Ça me soûle, les formulaires en double à l'admission.\n" },

  // ================= conduct.profanity: Québécois sacres =================
  { name: "tabarnak", policy: Q, hit: [PROF], text: "Quelle garde de tabarnak, mais j'ai appris énormément.\n" },
  { name: "tabarnac spelling", policy: Q, hit: [PROF], text: "Tabarnac que le pager a sonné cette nuit.\n" },
  { name: "tabernak spelling in English text", policy: U, hit: [PROF], text: "Three admissions at 4 am, tabernak.\n" },
  { name: "câlisse at sentence start", policy: Q, hit: [PROF], text: "Câlisse que la semaine a été longue.\n" },
  { name: "câlice spelling", policy: Q, hit: [PROF], text: "Le câlice de système informatique a planté encore.\n" },
  { name: "criss as intensifier", policy: Q, hit: [PROF], text: "Je suis fatigué en criss après cette rotation.\n" },
  { name: "crisse de", policy: Q, hit: [PROF], text: "Ce crisse de télavertisseur sonne à chaque heure.\n" },
  { name: "ostie", policy: Q, hit: [PROF], text: "Ostie que j'ai hâte aux vacances.\n" },
  { name: "estie", policy: Q, hit: [PROF], text: "Une nuit estie de longue aux soins intensifs.\n" },
  { name: "hostie de", policy: Q, hit: [PROF], text: "Mon hostie de char a pas démarré ce matin, en retard à la clinique.\n" },
  { name: "calvaire interjection", policy: Q, hit: [PROF], text: "Calvaire! Encore un quart de douze heures.\n" },
  { name: "long en calvaire", policy: Q, hit: [PROF], text: "C'était long en calvaire, cette tournée.\n" },
  { name: "sacrament interjection", policy: Q, hit: [PROF], text: "Sacrament, le système est encore en panne.\n" },
  { name: "ciboire interjection", policy: Q, hit: [PROF], text: "Ciboire que c'était intense à l'urgence.\n" },
  // negatives: religious and anatomical senses, French verbs
  { name: "sacrament of the sick", policy: U, clean: [PROF],
    text: "The chaplain offered the sacrament of the sick, and the family asked us to stay.\n" },
  { name: "l'hostie (communion)", policy: Q, clean: [PROF],
    text: "L'aumônier a apporté l'hostie à la patiente, qui l'avait demandée depuis lundi.\n" },
  { name: "calice rénal", policy: Q, clean: [PROF],
    text: "La dilatation du calice supérieur suggère une obstruction; le calice inférieur est normal.\n" },
  { name: "le calvaire des patients", policy: Q, clean: [PROF],
    text: "Le calvaire des patients en attente d'une chirurgie de la hanche dure parfois un an.\n" },
  { name: "un calvaire (ordeal)", policy: Q, clean: [PROF],
    text: "Pour la famille, ces six mois ont été un calvaire.\n" },
  { name: "les pneus crissent", policy: Q, clean: [PROF],
    text: "La neige crisse sous les bottes en allant au CLSC.\n" },
  { name: "French clinical vocabulary", policy: Q, clean: [PROF],
    text: "Examen du col, du cul-de-sac de Douglas et des annexes; aucune douleur à la mobilisation.\n" },

  // ================= conduct.discrimination =================
  { name: "the usual welfare crowd from a neighbourhood", policy: Q, hit: [DISC],
    text: "Most of my clinic is the usual welfare crowd from Saint-Michel who only show up when they need forms signed.\n" },
  { name: "benefits lot who only come in for sick notes", policy: I, hit: [DISC],
    text: "Monday list was the same benefits lot from the estate who only come in for sick notes.\n" },
  { name: "trailer-park types never show up", policy: U, hit: [DISC],
    text: "The trailer park types from out past the county line never show up to follow-up.\n" },
  { name: "Filipino nurses who can barely speak English", policy: I, hit: [DISC],
    text: "The Filipino nurses who can barely speak English shouldn't be doing discharge teaching.\n" },
  { name: "Polish and Romanian carers can't speak English", policy: I, hit: [DISC],
    text: "Half the Polish and Romanian carers on nights can't even speak English properly.\n" },
  { name: "Nigerian locums shouldn't be allowed near patients", policy: I, hit: [DISC],
    text: "Honestly the Nigerian locums shouldn't be allowed anywhere near patients.\n" },
  { name: "Haitian families can't understand French", policy: Q, hit: [DISC],
    text: "The Haitian families who can barely understand French take up half of our clinic time.\n" },
  // negatives
  { name: "interpreter for patients who don't speak English", policy: I, clean: [DISC],
    text: "Book an interpreter for patients who don't speak English; never use family members.\n" },
  { name: "internationally trained nurses should be supported", policy: I, clean: [DISC],
    text: "Our Filipino and Nigerian colleagues bring years of experience; overseas-trained nurses should be allowed to register faster.\n" },
  { name: "welfare clinic (neutral)", policy: Q, clean: [DISC],
    text: "Most of my panel relies on social assistance, so we keep same-day slots for forms and prescriptions.\n" },
  { name: "patients who only come in when they need forms (neutral framing)", policy: Q, clean: [DISC],
    text: "Some patients only come in when they need forms signed, so we use those visits for screening too.\n" },

  // ================= adversarial near-misses for the new patterns =================
  { name: "mentor hasn't used a film camera in years and still remembers", policy: I, clean: [COLL],
    text: "My mentor hasn't used a film camera in twenty years and still remembers every setting.\n" },
  { name: "hasn't seen her family in ten years (not a colleague)", policy: Q, clean: [COLL],
    text: "She hasn't seen her family in ten years and now she's finally flying home.\n" },
  { name: "most of the new trainees don't know the building yet", policy: I, clean: [COLL],
    text: "The new trainees started Monday. Most of them don't know the building yet, so we did a tour.\n" },
  { name: "rhetorical question answered", policy: Q, clean: [COLL],
    text: "Dr Patel is rude? No, she's direct, and I learned more from her than anyone.\n" },
  { name: "named person lazy as a teenager", policy: Q, clean: [COLL],
    text: "Marcus was lazy as a teenager, he says, until nursing school changed him.\n" },
  { name: "posting the slides here instead of emailing", policy: I, clean: [COLL],
    text: "I'm posting the slides here instead of emailing them, since that's the only way anything gets shared with the whole cohort.\n" },
  { name: "never book the MRI again without checking eGFR", policy: I, clean: [COLL],
    text: "Never book the MRI with contrast again without checking eGFR.\n" },
  { name: "I'd let her take me through the procedure", policy: U, clean: [HARASS],
    text: "I'd let her take me through the procedure anytime, she explains so well.\n" },
  { name: "I know which car is yours, it's blocking the bay", policy: U, clean: [HARASS],
    text: "I know which car is yours, it's blocking the ambulance bay, please move it.\n" },
  { name: "snitches get stitches as a documentary motto", policy: U, clean: [HARASS],
    text: "Snitches get stitches was the motto of the gang in the documentary we watched.\n" },
  { name: "lit up with excitement", policy: U, clean: [SUBST],
    text: "I'm lit up with excitement about the match results 🍻\n" },
  { name: "packed like sardines", policy: Q, clean: [SUBST],
    text: "On était paquetés comme des sardines dans le métro ce matin.\n" },
  { name: "high on life (French)", policy: Q, clean: [SUBST],
    text: "Je suis high sur la vie après mon premier accouchement!\n" },
  { name: "criss-cross suture", policy: Q, clean: [PROF],
    text: "We did a criss-cross suture pattern on the pig trotter.\n" },
  { name: "uninsured patients never show up because of the bus", policy: U, clean: [DISC],
    text: "The uninsured patients from the east side never show up for follow-up because the bus takes two hours.\n" },
  { name: "Nigerian nurses who can't speak Yoruba feel guilty", policy: I, clean: [DISC],
    text: "The Nigerian nurses who can't speak Yoruba with patients feel guilty about it.\n" },
];

describe("recall set 3: conduct", () => {
  it("has negatives for every class", () => {
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(30);
  });
  checkRuleCases(CASES);
});

/**
 * Recall set 11 for the conduct rules: classes a tenth blind corpus showed we missed or
 * over-flagged, written from scratch, each class paired with near-miss negatives.
 *
 * - conduct.profanity: profanity MENTIONED as vocabulary (quoted or italicised, in a block that
 *   talks about words, or glossed in parentheses) is not used; French "plus tard", "en retard".
 * - conduct.discrimination: "Typical Polish agency lot," (a nationality dismissed in an exclamatory
 *   fragment); international graduates mocked for their language ("des IMG qui comprennent rien au
 *   français"); a person likened to a large animal for their size ("like trying to photograph a beached whale").
 * - conduct.harassment: a veiled threat to expose someone's private life ("she's lucky I don't tell
 *   everyone who she hooked up with"); throwing a person through something ("I'll put him through the lightbox").
 * - conduct.colleague: a supervisor who "m'a ramassée devant toute l'équipe"; a programme that "nous
 *   traite comme du bétail" / "treats us like cattle"; "I hate what this program is doing to us"; going
 *   public because the programme does not listen ("say it publicly puisque personne au programme n'écoute").
 */
import { describe } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const COLL = "conduct.colleague", PROF = "conduct.profanity", DISC = "conduct.discrimination", HARASS = "conduct.harassment";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi";

const CASES: RuleCase[] = [
  // ================= conduct.profanity: mention, not use =================
  { name: "FR: sacres listed as vocabulary with glosses", policy: Q, clean: [PROF],
    text: "Les sacres viennent du vocabulaire religieux : *tabarnak* (tabernacle), *câlisse* (calice), *ostie* (hostie).\n" },
  { name: "FR: heading quoting a sacre about sacres", policy: Q, clean: [PROF],
    text: "# « Câlisse » à l'urgence : ce que les jurons des patients nous apprennent\n" },
  { name: "FR: two glossed quoted verbs", policy: Q, clean: [PROF],
    text: "Le verbe se conjugue : « s'en crisser » (s'en moquer), « se faire décrisser » (se faire démolir).\n" },
  { name: "FR: a patient's quoted sacre discussed as a sacre", policy: Q, clean: [PROF],
    text: "Un sacre n'est pas une insulte : « Je suis tanné en tabarnak » exprime souvent l'épuisement.\n" },
  { name: "EN: the word quoted in a talk about swear words", policy: U, clean: [PROF],
    text: "Patients with Tourette's rarely shout swear words; the word \"fuck\" shows up in fewer than a fifth of cases.\n" },
  { name: "EN: italic mention with etymology", policy: U, clean: [PROF],
    text: "The etymology of *bollocks* is older than you think: it meant testicles in Middle English.\n" },
  { name: "FR: plus tard in a short heading", policy: Q, clean: [PROF],
    text: "# Ma garde de nuit, deux ans plus tard\n" },
  { name: "FR: trop tard in a short line", policy: Q, clean: [PROF],
    text: "Trop tard pour Noël.\n" },
  // positives kept: own words, quoted or not
  { name: "FR: own quoted sacre as a status", policy: Q, hit: [PROF],
    text: "Mon statut ce soir : « Tabarnak de garde, encore 14 heures. »\n" },
  { name: "FR: sacre used in a sentence that names sacres", policy: Q, hit: [PROF],
    text: "Je sacre pas souvent, mais câlisse que c'était long cette nuit.\n" },
  { name: "EN: own quoted outburst", policy: U, hit: [PROF],
    text: "My reaction when the pager went off again: \"fuck this shift.\"\n" },
  { name: "EN: italic emphasis in own words", policy: U, hit: [PROF],
    text: "This rota is *fucking* ridiculous and everyone knows it.\n" },
  { name: "EN: tard as an insult", policy: U, hit: [PROF],
    text: "Some tard in the group chat keeps replying all.\n" },

  // ================= conduct.discrimination: typical <nationality> lot =================
  { name: "Typical Polish agency lot", policy: I, hit: [DISC],
    text: "The cover staff were no better. Typical Polish agency lot, can't follow a protocol to save their lives.\n" },
  { name: "typical Nigerian locums, late again", policy: U, hit: [DISC],
    text: "Rota's a mess again. Honestly, typical Nigerian locums — late again and nobody says a word.\n" },
  { name: "typical Romanian carers at line start", policy: I, hit: [DISC],
    text: "Typical Romanian carers. No idea how to position a hoist.\n" },
  { name: "a typical Polish family dinner (culture)", policy: I, clean: [DISC],
    text: "A typical Polish family dinner on Christmas Eve has twelve dishes and no meat.\n" },
  { name: "typical Filipino nurse in a survey", policy: U, clean: [DISC],
    text: "The typical Filipino nurse in the survey had worked abroad for six years.\n" },
  { name: "typical Polish patients were older (research)", policy: I, clean: [DISC],
    text: "Typical Polish patients in our cohort were older than the British ones.\n" },
  // health-equity words do not excuse an insult in the same sentence (the check once never matched)
  { name: "stereotype with 'benefits' next to an equity word", policy: U, hit: [DISC],
    text: "These people only come for benefits, which is why our access numbers look so bad.\n" },
  { name: "equity sentence without insult words", policy: U, clean: [DISC],
    text: "These families never turn up to the outreach clinic, so we now keep walk-in slots and run a shuttle.\n" },
  // ================= conduct.discrimination: IMGs' language =================
  { name: "FR: des IMG qui comprennent rien au français", policy: Q, hit: [DISC],
    text: "Pis on nous rajoute des IMG qui comprennent rien au français, c'est nous qui traduisons.\n" },
  { name: "FR: médecins étrangers qui parlent pas un mot de français", policy: Q, hit: [DISC],
    text: "L'hôpital engage des médecins étrangers qui parlent même pas un mot de français, bravo.\n" },
  { name: "EN: IMGs who can barely speak English", policy: U, hit: [DISC],
    text: "Half the night team are IMGs who can barely speak English, so guess who does all the family meetings.\n" },
  { name: "FR: cours de français pour les IMG (support)", policy: Q, clean: [DISC],
    text: "Les IMG qui ne parlent pas encore bien français ont droit à des cours gratuits offerts par le programme.\n" },
  { name: "EN: IMGs who don't speak French get no support (advocacy)", policy: Q, clean: [DISC],
    text: "IMGs who don't speak French yet get almost no support from the faculty, and that has to change.\n" },
  { name: "FR: IMG in a neutral sentence", policy: Q, clean: [DISC],
    text: "Deux IMG se joignent à l'équipe cette année et ils sont excellents en français comme en anglais.\n" },
  // ================= conduct.discrimination: likened to a large animal =================
  { name: "like trying to photograph a beached whale", policy: I, hit: [DISC],
    text: "The first patient was a lady booked for pre-op pictures. Honestly it was like trying to photograph a beached whale.\n" },
  { name: "moving him was like moving a hippo", policy: U, hit: [DISC],
    text: "The patient in bed 4 needed three of us to roll him; it was like moving a hippo.\n" },
  { name: "I feel like a beached whale (self)", policy: U, clean: [DISC],
    text: "Thirty-eight weeks pregnant and still on placement. I feel like a beached whale, but she kicks all day.\n" },
  { name: "whale watching", policy: I, clean: [DISC],
    text: "She took the kids whale watching and the photos came out like a postcard.\n" },
  // ================= conduct.harassment: threats to expose =================
  { name: "lucky I don't tell everyone who she hooked up with", policy: U, hit: [HARASS],
    text: "If Jenna writes us up again, she's lucky I don't tell everyone who she hooked up with at the retreat.\n" },
  { name: "I could tell the whole ward who he slept with", policy: U, hit: [HARASS],
    text: "Keep it up and I could tell the whole ward who he slept with at the Christmas party.\n" },
  { name: "he's lucky I didn't punch him", policy: I, hit: [HARASS],
    text: "He's lucky I didn't punch him after what he said about my portfolio.\n" },
  { name: "you're lucky I don't charge (joke)", policy: U, clean: [HARASS],
    text: "You're lucky I don't charge for these flashcards, honestly.\n" },
  { name: "she's lucky I didn't tell her mum (family)", policy: U, clean: [HARASS],
    text: "My sister broke the vase; she's lucky I didn't tell her mum.\n" },
  { name: "I'll tell everyone what he did for us (praise)", policy: U, clean: [HARASS],
    text: "I'll tell everyone what he did for us during the flood, he was amazing.\n" },
  // ================= conduct.harassment: thrown through something =================
  { name: "I'll put him through the lightbox", policy: I, hit: [HARASS],
    text: "If he blanks me in the corridor one more time I'll put him through the lightbox.\n" },
  { name: "I swear I'll throw her out of the window", policy: U, hit: [HARASS],
    text: "If my preceptor changes the schedule again I swear I'll throw her out of the window.\n" },
  { name: "put him through to the ward (phone)", policy: U, clean: [HARASS],
    text: "When the registrar calls back I'll put him through to the ward.\n" },
  { name: "put them through the scanner", policy: I, clean: [HARASS],
    text: "I'll put them through the scanner first and then we'll photograph the lesions.\n" },
  { name: "help him down the stairs", policy: U, clean: [HARASS],
    text: "I'll help him down the stairs and then push his chair through the door.\n" },

  // ================= conduct.colleague =================
  { name: "FR: le patron m'a ramassée devant toute l'équipe", policy: Q, hit: [COLL],
    text: "Le Dr Gagnon, le patron de garde, m'a ramassée devant toute l'équipe parce que ma note n'était pas complète.\n" },
  { name: "FR: ce programme-là nous traite comme du bétail", policy: Q, hit: [COLL],
    text: "Pas un mot sur le patient qu'on avait sauvé. Ce programme-là nous traite comme du bétail et tout le monde trouve ça normal.\n" },
  { name: "EN: the department treats us like dogs", policy: I, hit: [COLL],
    text: "Honestly the imaging department treats us like dogs and then wonders why nobody stays.\n" },
  { name: "EN: I hate what this program is doing to us", policy: Q, hit: [COLL],
    text: "I love surgery. I hate what this program is doing to us.\n" },
  { name: "FR: je déteste ce que le programme nous fait", policy: Q, hit: [COLL],
    text: "J'adore la médecine, mais je déteste ce que le programme nous fait depuis deux ans.\n" },
  { name: "mixed: say it publicly puisque personne au programme n'écoute", policy: Q, hit: [COLL],
    text: "1/ Time to say it publicly puisque personne au programme n'écoute. Thread\n" },
  { name: "EN: posting here since nobody in management listens", policy: I, hit: [COLL],
    text: "I'm saying it here because nobody in management has listened for a year.\n" },
  // near misses
  { name: "FR: la patronne m'a ramassée à la gare (lift)", policy: Q, clean: [COLL],
    text: "Ma patronne m'a ramassée à la gare ce matin parce que mon auto était en panne, super gentille.\n" },
  { name: "FR: le programme traite les résidents comme des adultes (praise)", policy: Q, clean: [COLL],
    text: "Ce que j'aime ici, c'est que le programme traite les résidents comme des collègues.\n" },
  { name: "EN: the vet school treats us to cattle handling (not a complaint)", policy: U, clean: [COLL],
    text: "Our program treats us to a week of cattle handling on the farm every spring.\n" },
  { name: "EN: I hate what this disease is doing to her", policy: Q, clean: [COLL],
    text: "I hate what this disease is doing to her, and I hate that I can't fix it.\n" },
  { name: "EN: saying it here since nobody in my family listens", policy: U, clean: [COLL],
    text: "I'm saying it here since nobody in my family listens: wear sunscreen.\n" },
  { name: "EN: say it publicly since nobody else will (thanks)", policy: Q, clean: [COLL],
    text: "I'll say it publicly since nobody else will: thank you to the night nurses on 7 North.\n" },
];

describe("conduct recall 11", () => checkRuleCases(CASES));

/**
 * Recall set 12 for the conduct rules: classes an eleventh blind corpus showed we missed,
 * written from scratch, each class paired with near-miss negatives.
 *
 * - conduct.substance: the effects of drink told casually ("three mimosas and I'm already seeing
 *   double", "the room is spinning"); Québec/France French intent to get drunk ("je compte bien être
 *   chaud raide", "on veut être paquetés") and reflexive slang ("me geler la face au party", "se
 *   paqueter la fraise", "se bourrer la gueule", "se prendre une cuite").
 * - conduct.profanity: a sacre as an interjection after a thread number ("3/ Crisse que…").
 * - conduct.colleague: a supervisor who "s'en câlisse des résidents"; "comme si on était des
 *   enfants"; acknowledging the formal process and posting anyway ("Je sais qu'il y a un processus
 *   officiel. Tant pis : au moins ici, quelqu'un va le lire.").
 */
import { describe } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const SUB = "conduct.substance", PROF = "conduct.profanity", COLL = "conduct.colleague";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi";

const CASES: RuleCase[] = [
  // ================= conduct.substance: effects of drink =================
  { name: "mimosas and seeing double", policy: U, hit: [SUB], at: "seeing double",
    text: "post-call brunch = four mimosas and a hard seltzer at 10 am and I'm already seeing double. no regrets.\n" },
  { name: "prosecco and the room is spinning", policy: U, hit: [SUB], at: "prosecco",
    text: "Two bottles of prosecco in and the room is spinning lol\n" },
  { name: "pints then slurring my words", policy: U, hit: [SUB], at: "slurring",
    text: "After five pints at the end-of-rotation social I was slurring my words and couldn't walk straight.\n" },
  { name: "margaritas and can't feel my face", policy: U, hit: [SUB], at: "feel my face",
    text: "Bottomless margaritas to celebrate boards and I genuinely can't feel my face 🍹\n" },
  { name: "shots then the room won't stop spinning", policy: U, hit: [SUB], at: "spinning",
    text: "Did tequila shots with the theatre team and the room won't stop spinning.\n" },
  { name: "patient seeing double after beers (clinical)", policy: U, clean: [SUB],
    text: "A patient came in seeing double after three beers; we checked his glucose and thiamine first.\n" },
  { name: "screen fatigue seeing double (no drink)", policy: U, clean: [SUB],
    text: "Staring at spreadsheets until 2 am and I'm seeing double.\n" },
  { name: "coffee and vertigo, room spinning", policy: U, clean: [SUB],
    text: "Had two coffees and the room is spinning — BPPV is the worst, the Epley helped.\n" },
  { name: "wine at dinner, vertigo earlier", policy: U, clean: [SUB],
    text: "My vertigo had the room spinning all morning, so I skipped the wine at dinner.\n" },
  { name: "teaching: diplopia after drinks in a lecture", policy: U, clean: [SUB],
    text: "Lecture on toxic alcohols today: seeing double after a few drinks can be methanol, so ask what they drank.\n" },
  { name: "face numb after the dentist, with a drink", policy: U, clean: [SUB],
    text: "Two fillings this morning and I still can't feel my face, so the celebratory beer can wait.\n" },

  // ================= conduct.substance: French intent and reflexive slang =================
  { name: "FR: je compte bien être chaud raide", policy: Q, hit: [SUB], at: "chaud raide",
    text: "Ce soir on fête ça au bar, je compte bien être chaud raide avant minuit 🍻\n" },
  { name: "FR: on veut être paquetés", policy: Q, hit: [SUB], at: "paquetés",
    text: "Fin des examens : on veut tous être paquetés avant la fin du 5 à 7.\n" },
  { name: "FR: j'ai l'intention d'être soûle", policy: Q, hit: [SUB], at: "soûle",
    text: "J'ai bien l'intention d'être soûle au party de fin d'année.\n" },
  { name: "FR: me geler la face au party", policy: Q, hit: [SUB], at: "geler la face",
    text: "Maintenant, je m'en vais me geler la face au party des R1 pour oublier tout ça. 🍺\n" },
  { name: "FR: se paqueter la fraise", policy: Q, hit: [SUB], at: "paqueter la fraise",
    text: "Vendredi on va se paqueter la fraise au bar de la rue Saint-Denis.\n" },
  { name: "FR: on s'est soûlés", policy: Q, hit: [SUB], at: "soûlés",
    text: "On s'est soûlés au bar après l'examen de fin de stage.\n" },
  { name: "FR (France): se bourrer la gueule", policy: Q, hit: [SUB], at: "bourrer la gueule",
    text: "Après les partiels, je vais me bourrer la gueule avec les externes.\n" },
  { name: "FR (France): on s'est pris une cuite", policy: Q, hit: [SUB], at: "cuite",
    text: "Samedi on s'est pris une cuite monumentale au gala.\n" },
  { name: "FR: chaud comme une botte", policy: Q, hit: [SUB], at: "chaud",
    text: "Marc était chaud comme une botte à la fin du party de Noël.\n" },
  // near misses
  { name: "FR: face frozen waiting for the bus", policy: Q, clean: [SUB],
    text: "Je me suis gelé la face à attendre l'autobus à -30 ce matin.\n" },
  { name: "FR: frozen at an outdoor party", policy: Q, clean: [SUB],
    text: "On s'est gelé la face au party sur la terrasse, il faisait -20 dehors.\n" },
  { name: "FR: chaud (keen) for the exam", policy: Q, clean: [SUB],
    text: "Je compte bien être chaud pour l'examen de demain.\n" },
  { name: "FR: patient chaud raide (clinical)", policy: Q, clean: [SUB],
    text: "Le patient était chaud raide à son arrivée à l'urgence, alcoolémie à 52.\n" },
  { name: "FR: se bourrer de chocolat", policy: Q, clean: [SUB],
    text: "Je me bourre de chocolat pendant les révisions, c'est pas glorieux.\n" },
  { name: "FR: se défoncer au gym", policy: Q, clean: [SUB],
    text: "Je me suis défoncé au gym ce matin avant la garde.\n" },
  { name: "FR: prendre une cuite (lecture on alcohol)", policy: Q, clean: [SUB],
    text: "Conférence sur l'intoxication : prendre une cuite à 15 ans double le risque de dépendance.\n" },

  // ================= conduct.profanity: sacre after a thread number =================
  { name: "FR: 3/ Crisse que", policy: Q, hit: [PROF], at: "Crisse",
    text: "3/ Crisse que les gardes de 24 h sont longues par contre.\n" },
  { name: "FR: 2) Calvaire que", policy: Q, hit: [PROF], at: "Calvaire",
    text: "2) Calvaire que la nuit a été longue.\n" },
  { name: "FR: 4. Hostie que", policy: Q, hit: [PROF], at: "Hostie",
    text: "Intro\n\n4/ Hostie que j'avais faim à 3 h du matin.\n" },
  { name: "FR: 3/ Le Calvaire d'Oka (a place)", policy: Q, clean: [PROF],
    text: "3/ Le Calvaire d'Oka est magnifique à l'automne.\n" },
  { name: "FR: 2/ l'hostie (religious)", policy: Q, clean: [PROF],
    text: "2/ L'hostie est distribuée à la messe de minuit à la chapelle de l'hôpital.\n" },

  // ================= conduct.colleague: French supervisor complaints =================
  { name: "FR: directeur de programme s'en câlisse", policy: Q, hit: [COLL], at: "s'en câlisse",
    text: "Notre directeur de programme s'en câlisse complètement des résidents.\n" },
  { name: "FR: ma superviseure s'en fout", policy: Q, hit: [COLL], at: "s'en fout",
    text: "Ma superviseure s'en fout de nos horaires depuis le début du stage.\n" },
  { name: "FR: comme si on était des enfants", policy: Q, hit: [COLL], at: "enfants",
    text: "Notre superviseure du GMF corrige nos notes devant les patients comme si on était des enfants de maternelle.\n" },
  { name: "FR: le patron nous parle comme si on était des idiots", policy: I, hit: [COLL], at: "idiots",
    text: "Le patron nous parle comme si on était des idiots à chaque tournée.\n" },
  { name: "EN: talks to us as if we were children", policy: I, hit: [COLL], at: "children",
    text: "Our supervisor talks to us as if we were children in front of the whole team.\n" },
  { name: "FR: directeur de programme s'en occupe", policy: Q, clean: [COLL],
    text: "Notre directeur de programme s'en occupe personnellement, et ça a été réglé en une semaine.\n" },
  { name: "FR: superviseure patiente", policy: Q, clean: [COLL],
    text: "Ma superviseure corrige nos notes avec beaucoup de patience, j'apprends énormément.\n" },
  { name: "FR: playing with children (not colleagues)", policy: Q, clean: [COLL],
    text: "Au camp de jour, on jouait avec les petits comme si on était des enfants nous aussi.\n" },
  { name: "EN: as if we were children at the kids' party", policy: I, clean: [COLL],
    text: "At my niece's party we danced as if we were children again.\n" },

  // ================= conduct.colleague: posting despite the formal process =================
  { name: "FR: processus officiel, tant pis, ici quelqu'un va le lire", policy: Q, hit: [COLL], at: "processus officiel",
    text: "Je sais qu'il y a un processus officiel. Tant pis : au moins ici, quelqu'un va le lire.\n" },
  { name: "EN: formal process, whatever, here someone will read it", policy: I, hit: [COLL], at: "formal complaints process",
    text: "I know there's a formal complaints process. Whatever: at least here someone will actually read it.\n" },
  { name: "EN: official procedure, too bad, people on here will listen", policy: I, hit: [COLL], at: "official",
    text: "Yes, I know there is an official procedure for this. Too bad, at least on here people will listen.\n" },
  { name: "FR: je sais qu'il existe une procédure, mais ici on va m'entendre", policy: Q, hit: [COLL], at: "procédure",
    text: "Je sais très bien qu'il existe une procédure de plainte. Mais au moins ici, on va m'entendre.\n" },
  { name: "FR: processus officiel utilisé, réglé", policy: Q, clean: [COLL],
    text: "Je sais qu'il y a un processus officiel, et c'est par là que je suis passée; on m'a répondu en deux jours.\n" },
  { name: "EN: advice to use the formal process", policy: I, clean: [COLL],
    text: "I know there's an official process and it can feel slow, but use it: at least there someone is obliged to read it.\n" },
  { name: "EN: formal appeals process, filed today", policy: I, clean: [COLL],
    text: "I know there's a formal process for appeals, so I filed mine today. Here's hoping someone reads it.\n" },
];

describe("conduct recall 12", () => checkRuleCases(CASES));

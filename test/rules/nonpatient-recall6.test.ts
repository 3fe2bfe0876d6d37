/**
 * Recall set 6 for the non-patient rules: classes a fifth blind corpus showed we missed or
 * over-read, rewritten for other professions, countries and French, each class paired with
 * near-miss negatives.
 *
 * - conduct.harassment: doxxing a person to a group chat, a crowd waiting outside someone's home,
 *   a menacing "accident" or confinement ("she'll be 'accidentally' locked in the dark room"),
 *   leering at a colleague ("the only thing worth looking at"), clothing plus "not complaining";
 * - conduct.colleague: stupidity idioms about a trainee ("thick as two short planks"), "who let her
 *   through the interview", a public dressing-down ("chewed me out in front of the whole team",
 *   "me crisse une engueulade devant toute l'équipe"), Québécois insults ("un incompétent fini"), a
 *   programme that "s'en câlisse" or "burns out its residents", warning students off ("si vous
 *   pensez à la chirurgie ici… pensez-y deux fois");
 * - conduct.discrimination: "those people don't want to get better", "turf the abusers", "half the
 *   bariatric list are beached whales";
 * - conduct.profanity: "crisser" as a verb after a clitic ("me crisse une engueulade"), and "dix" in
 *   a short French line is a number;
 * - conduct.substance: future drunkenness in French ("on va être complètement saouls");
 * - clinical.setting: "behind the dispensary counter".
 *
 * `hit` lists rules that must report (overlapping `at` when given); `clean` lists rules that must not.
 */
import { describe, it, expect } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

type Case = RuleCase;

const COLL = "conduct.colleague", HARASS = "conduct.harassment", DISC = "conduct.discrimination";
const PROF = "conduct.profanity", SUBST = "conduct.substance", SETTING = "clinical.setting", ADVICE = "advice.individual";
const OTHERS = "privacy.others", PERSONAL = "privacy.personal", UNSOURCED = "accuracy.unsourced", ENDORSE = "affiliation.endorsement", DISCLOSURE = "affiliation.disclosure";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi", S = "imu-students", G = "general", T = "imu-staff";

const CASES: Case[] = [
  // ================= conduct.harassment: doxxing and showing up =================
  { name: "posting her address in the group chat", policy: U, hit: [HARASS],
    text: "If he flakes on the presentation again, I'm posting his address in the cohort WhatsApp so everyone can drop by.\n" },
  { name: "I'll leak her number online", policy: U, hit: [HARASS],
    text: "Keep ignoring my texts and I'll leak her number online, see how she likes it.\n" },
  { name: "a few of us will wait outside his flat", policy: I, hit: [HARASS],
    text: "Maybe a few of us will wait outside his flat after the shift. He'll learn.\n" },
  { name: "the whole year could show up at her door", policy: U, hit: [HARASS],
    text: "Honestly the whole year should show up at her front door tonight.\n" },
  // near misses
  { name: "I'll share her address with the courier? no audience", policy: U, clean: [HARASS],
    text: "I'll share her address with the florist so the flowers arrive on her birthday.\n" },
  { name: "we'll wait outside the clinic", policy: U, clean: [HARASS],
    text: "We'll wait outside the clinic until the doors open at eight.\n" },
  { name: "posting my address for the meetup", policy: U, clean: [HARASS],
    text: "I'm posting my address in the group chat so everyone can find the party.\n" },

  // ================= conduct.harassment: menacing "accidents" and confinement =================
  { name: "she'll be 'accidentally' locked in the dark room", policy: I, hit: [HARASS, COLL],
    text: "Told her if she keeps messing up my clinic list she'll be \"accidentally\" locked in the dark room over the weekend.\n" },
  { name: "he might get 'accidentally' left off the rota", policy: U, hit: [HARASS],
    text: "If he reports me again he might get 'accidentally' dropped from the group chat and the rota.\n" },
  { name: "I'll lock him in the cold room", policy: U, hit: [HARASS],
    text: "One more spilled gel and I'm going to lock him in the cold room overnight.\n" },
  // near misses
  { name: "I accidentally locked myself in the darkroom", policy: I, clean: [HARASS],
    text: "I accidentally locked myself in the darkroom for twenty minutes yesterday.\n" },
  { name: "you'll be locked in the cold room if you stay late", policy: U, clean: [HARASS],
    text: "Security note: you'll be locked in the cold room if the door swings shut, so prop it open.\n" },
  { name: "he'll accidentally lock himself out", policy: U, clean: [HARASS],
    text: "He'll accidentally get locked out of the portal again if he keeps guessing passwords.\n" },
  { name: "the samples will be locked in the freezer", policy: U, clean: [HARASS],
    text: "They will be locked in the freezer overnight, so label your tubes before six.\n" },

  // ================= conduct.harassment: leering at a colleague =================
  { name: "she's the only thing worth looking at on level 4", policy: I, hit: [HARASS],
    text: "Not complaining, she's the only thing worth looking at on level 4 😏\n" },
  { name: "the new physio is eye candy", policy: U, hit: [HARASS],
    text: "The new physio is total eye candy, no wonder the ward round ran long.\n" },
  { name: "booking her in short skirts, not complaining", policy: I, hit: [HARASS],
    text: "Whoever keeps putting the receptionist in tight dresses for the photo day — no complaints here.\n" },
  // near misses
  { name: "the only thing worth looking at is the view", policy: U, clean: [HARASS],
    text: "The view from level 9 is the only thing worth looking at in this building.\n" },
  { name: "short skirts are banned in theatre", policy: I, clean: [HARASS],
    text: "Short skirts and dangly earrings are not allowed in theatre; wear scrubs.\n" },
  { name: "short sleeves, not complaining about the heat", policy: U, clean: [HARASS],
    text: "We wear short sleeves on the ward now and honestly I'm not complaining.\n" },

  // ================= conduct.colleague: insults, idioms, public dressing-downs =================
  { name: "the kid is thick as two short planks", policy: I, hit: [COLL],
    text: "Honestly, the new apprentice is thick as two short planks.\n" },
  { name: "the locum is dumb as a box of rocks", policy: G, hit: [COLL],
    text: "The weekend locum was dumb as a box of rocks.\n" },
  { name: "who let her through the interview", policy: I, hit: [COLL],
    text: "She still can't set up the autoclave and I don't know who let her through the interview.\n" },
  { name: "how did he get through med school", policy: G, hit: [COLL],
    text: "How did he ever get through medical school? He can't read an ECG.\n" },
  { name: "chewed me out in front of the whole team", policy: G, hit: [COLL],
    text: "My supervisor chewed me out in front of the whole team over a missing signature.\n" },
  { name: "French: me crisse une engueulade devant toute l'équipe", policy: Q, hit: [COLL],
    text: "Mon patron arrive et me crisse une engueulade devant toute l'équipe parce que la note n'était pas signée.\n" },
  { name: "French: m'a humiliée devant les patients", policy: Q, hit: [COLL],
    text: "La résidente senior m'a encore humiliée devant les patients ce matin.\n" },
  { name: "French: ce gars-là est un incompétent fini", policy: Q, hit: [COLL],
    text: "Ce gars-là est un incompétent fini qui n'a pas opéré depuis des années.\n" },
  { name: "French: le programme s'en fout", policy: Q, hit: [COLL],
    text: "Le programme de résidence s'en fout complètement de nos horaires.\n" },
  { name: "French: brûler ses résidents", policy: Q, hit: [COLL],
    text: "Ce programme-là est en train de brûler ses résidents un par un.\n" },
  { name: "the programme is burning out its residents", policy: G, hit: [COLL],
    text: "This program is burning out its residents one cohort at a time.\n" },
  { name: "French: pensez-y deux fois", policy: Q, hit: [COLL],
    text: "Si vous êtes externe et que vous pensez à l'orthopédie ici… pensez-y deux fois.\n" },
  { name: "if you're thinking about surgery here, think twice", policy: G, hit: [COLL],
    text: "If you're a student thinking about surgery here, think twice.\n" },
  // near misses
  { name: "the fog was thick", policy: G, clean: [COLL],
    text: "The fog was thick as soup on the drive in.\n" },
  { name: "how did she get through the exam? by studying", policy: G, clean: [COLL],
    text: "People ask how I got through the exam. Flashcards, mostly.\n" },
  { name: "presented in front of the whole team", policy: G, clean: [COLL],
    text: "I presented my audit in front of the whole team and my supervisor said it was excellent.\n" },
  { name: "French: le patron m'a félicitée devant l'équipe", policy: Q, clean: [COLL],
    text: "Mon patron m'a félicitée devant toute l'équipe ce matin.\n" },
  { name: "French: le programme s'en occupe", policy: Q, clean: [COLL],
    text: "Le programme s'en occupe : les horaires seront publiés lundi.\n" },
  { name: "burning the midnight oil", policy: G, clean: [COLL],
    text: "The residents are burning the midnight oil before boards.\n" },
  { name: "French: si vous pensez à la chirurgie, venez nous voir", policy: Q, clean: [COLL],
    text: "Si vous pensez à la chirurgie ici, venez nous voir à la journée portes ouvertes!\n" },

  // ================= conduct.discrimination =================
  { name: "those people don't want to get better", policy: Q, hit: [DISC],
    text: "Honestly those people don't want to get better, they want a warm bed and a sandwich.\n" },
  { name: "these patients just want a hot meal and a bed", policy: U, hit: [DISC],
    text: "Half the time these patients just want a hot meal and a bed, not treatment.\n" },
  { name: "turf the abusers", policy: Q, hit: [DISC],
    text: "Fix triage so we can turf the abusers faster.\n" },
  { name: "weed out the time-wasters", policy: I, hit: [DISC],
    text: "We need a system to weed out the time-wasters before they reach the GP.\n" },
  { name: "half the bariatric list are beached whales", policy: I, hit: [DISC],
    text: "I swear half the bariatric list are beached whales.\n" },
  // near misses
  { name: "they want to get better at suturing", policy: Q, clean: [DISC],
    text: "The new interns really want to get better at suturing.\n" },
  { name: "weed out the typos", policy: I, clean: [DISC],
    text: "Read it aloud to weed out the typos before you submit.\n" },
  { name: "half the bariatric list cancelled", policy: I, clean: [DISC],
    text: "Half the bariatric list was cancelled because of the snow.\n" },

  // ================= conduct.profanity and substance (French) =================
  { name: "French: me crisse une claque", policy: Q, hit: [PROF],
    text: "Il me crisse une claque derrière la tête devant tout le monde.\n" },
  { name: "French: s'en crisse", policy: Q, hit: [PROF],
    text: "L'administration s'en crisse pas mal.\n" },
  { name: "French: dix in a short line", policy: Q, clean: [PROF],
    text: "- Une visite à domicile vaut dix questionnaires.\n" },
  { name: "French: les pneus crissent", policy: Q, clean: [PROF],
    text: "Les pneus crissent sur la glace du stationnement.\n" },
  { name: "French: on va être saouls", policy: Q, hit: [SUBST],
    text: "Ce soir on va être complètement saouls avant 21 h.\n" },
  { name: "French: je vais être bourrée", policy: Q, hit: [SUBST],
    text: "Après l'examen, je vais être bourrée, c'est promis.\n" },
  { name: "French: on va être pleins de gratitude", policy: Q, clean: [SUBST],
    text: "On va être prêts pour l'examen, promis.\n" },

  // ================= clinical.setting =================
  { name: "scrolling TikTok behind the dispensary counter", policy: S, hit: [SETTING],
    text: "I was scrolling TikTok behind the dispensary counter until the pharmacist coughed.\n" },
  { name: "texting behind the reception desk in clinic", policy: U, hit: [SETTING],
    text: "Spent the afternoon on my phone behind the clinic reception desk.\n" },
  // near misses
  { name: "scrolling TikTok behind the bus shelter", policy: S, clean: [SETTING],
    text: "I was scrolling TikTok behind the bus shelter waiting for the 42.\n" },

  // ================= advice.individual =================
  { name: "diet regimen to a commenter", policy: U, hit: [ADVICE],
    text: "> @jen.runs honestly try a strict elimination diet for four weeks starting Monday, no dairy at all.\n" },
  { name: "keto for a month", policy: S, hit: [ADVICE],
    text: "@amir_k you should go on a keto diet for a month and your sugars will sort themselves out.\n" },
  { name: "supplement every night", policy: U, hit: [ADVICE],
    text: "Cut out caffeine and take a magnesium capsule every night before bed.\n" },
  { name: "you can probably stop the omeprazole", policy: U, hit: [ADVICE],
    text: "Honestly you can probably stop the omeprazole once your gut settles.\n" },
  { name: "go back down to 20 mg until you see your doctor", policy: U, hit: [ADVICE],
    text: "If you're still dizzy after three days, go back down to 20 mg total until you see your doctor.\n" },
  { name: "drop to 10 mg, you'll be fine", policy: S, hit: [ADVICE],
    text: "You'll be fine, just drop to 10 mg for a week.\n" },
  { name: "from what you describe, it's almost certainly", policy: U, hit: [ADVICE],
    text: "From what you describe (itchy, worse at night), this is almost certainly scabies.\n" },
  { name: "going by your photos, it's definitely", policy: S, hit: [ADVICE],
    text: "Going by your photos it's definitely ringworm, not eczema.\n" },
  { name: "staff: don't bother appealing, repeat the semester", policy: T, hit: [ADVICE],
    text: "> Don't bother appealing, the committee almost never overturns those. Repeat the semester and switch your loan to the deferred scheme.\n" },
  // near misses
  { name: "student question: should I appeal or repeat?", policy: T, clean: [ADVICE],
    text: "**u/sem3:** I failed Pharmacology 2. Should I appeal or just repeat the semester?\n" },
  { name: "the low-FODMAP diet is explained", policy: U, clean: [ADVICE],
    text: "The low-FODMAP diet is usually done for four to six weeks with a dietitian, then foods are reintroduced.\n" },
  { name: "my own regimen", policy: U, clean: [ADVICE],
    text: "I started a keto diet for a month last year and hated every minute.\n" },
  { name: "the dose went down to 20 mg", policy: U, clean: [ADVICE],
    text: "My dose went back down to 20 mg after the review, and the dizziness stopped.\n" },
  { name: "from what you describe, talk to your GP", policy: U, clean: [ADVICE],
    text: "From what you describe, it's worth talking to your GP about it.\n" },
  { name: "repeat the exercise", policy: T, clean: [ADVICE],
    text: "Repeat the exercise three times before the practical.\n" },

  // ================= privacy.others =================
  { name: "my assigned partner, Full Name", policy: U, hit: [OTHERS], at: "Megan",
    text: "My assigned partner, Megan Thorsby, has shown up to one of four practice sessions.\n" },
  { name: "my presentation partner Tomasz Nowak", policy: S, hit: [OTHERS],
    text: "My presentation partner Tomasz Nowak still hasn't sent his slides.\n" },
  { name: "the TA who runs our section, Kyle, keeps …", policy: U, hit: [OTHERS], at: "Kyle",
    text: "Also, the TA who runs our section, Kyle, keeps correcting my hand placement.\n" },
  { name: "our demonstrator, Aisha, said …", policy: S, hit: [OTHERS], at: "Aisha",
    text: "Our demonstrator, Aisha, said the histology slides were mislabelled.\n" },
  { name: "pic in the comments of a colleague caught asleep", policy: Q, hit: [OTHERS], at: "Mathieu",
    text: "Thanks to the staff who I caught fully asleep in the call room at 3 a.m. (pic in the comments, sorry not sorry Mathieu 😂).\n" },
  { name: "video on my story, caught the reg napping", policy: U, hit: [OTHERS],
    text: "Caught our reg napping on the sofa after a 26-hour call, video on my story lol.\n" },
  // near misses
  { name: "my partner, Sam, cooked (spouse)", policy: U, clean: [OTHERS],
    text: "My partner, Sam, cooked dinner for once.\n" },
  { name: "the lecturers, however, …", policy: S, clean: [OTHERS],
    text: "The lecturers, however, were happy to extend the deadline.\n" },
  { name: "pic in the comments of my cat asleep", policy: U, clean: [OTHERS],
    text: "My cat fell asleep on my notes again, pic in the comments.\n" },

  // ================= privacy.personal =================
  { name: "IC in a list of quick facts", policy: S, hit: [PERSONAL],
    text: "- IC for the hiking club sign-up sheet: 031102-08-6640\n" },
  { name: "NRIC for the gym form", policy: T, hit: [PERSONAL],
    text: "- NRIC (for the conference registration): 880412-10-5523\n" },
  // near misses
  { name: "patient IC in a case list", policy: S, clean: [PERSONAL],
    text: "- IC of the patient admitted to bed 4: 550101-14-5678\n" },
  { name: "IC format explained", policy: S, clean: [PERSONAL],
    text: "- IC numbers have twelve digits: birth date, state code and a serial.\n" },

  // ================= accuracy.unsourced =================
  { name: "a statistic the author can't source", policy: U, hit: [UNSOURCED],
    text: "Something I see quoted everywhere but can't find a good source for: half of all adults over 60 take a sleep medication every week.\n" },
  { name: "people who nap take twice as long", policy: U, hit: [UNSOURCED],
    text: "Also worth knowing: people who nap after 3 p.m. take twice as long to fall asleep at night.\n" },
  { name: "children who skip breakfast are three times more", policy: T, hit: [UNSOURCED],
    text: "Children who skip breakfast are three times more likely to struggle in class.\n" },
  // near misses
  { name: "with a source named", policy: U, clean: [UNSOURCED],
    text: "According to the CDC, half of all adults over 60 take at least one prescription sleep aid.\n" },
  { name: "the queue was twice as long", policy: U, clean: [UNSOURCED],
    text: "The queue at the pharmacy was twice as long as last week.\n" },

  // ================= affiliation.endorsement and disclosure =================
  { name: "the whole IMU community should be voting for a candidate", policy: T, hit: [ENDORSE],
    text: "The by-election is on the 14th. The whole IMU community should be voting for Yap Kok Leong.\n" },
  { name: "IMU staff must support a candidate", policy: T, hit: [ENDORSE],
    text: "At the polling station on Saturday, IMU staff must all back Dr. Rahman for the seat.\n" },
  // near misses
  { name: "IMU should support its staff", policy: T, clean: [ENDORSE],
    text: "IMU should support its staff through the restructuring.\n" },
  { name: "everyone should be voting, whoever for", policy: T, clean: [ENDORSE],
    text: "The whole IMU community should be voting on the 14th, whoever you choose.\n" },
  { name: "the new sim ward at IMU is open", policy: T, hit: [DISCLOSURE],
    text: "The new simulation ward at IMU Bukit Jalil is finally open!\n\nEight bays and a control room.\n" },
  { name: "IMU is supporting a charity, please donate", policy: T, hit: [DISCLOSURE],
    text: "IMU is proudly supporting a local autism foundation this year. Please donate through their page.\n" },
  // near misses
  { name: "lecturer here: the sim ward is open", policy: T, clean: [DISCLOSURE],
    text: "As a lecturer at IMU, I'm thrilled: the new simulation ward is finally open!\n" },

  // ================= affiliation.email: "comments welcome" before the author's address =================
  { name: "comments and corrections welcome: address", policy: U, hit: ["affiliation.email"],
    text: "I teach in the School of Nursing and this is my take on the clinic move.\n\n*Comments and corrections welcome: okeke.ada@umn.edu*\n" },
  { name: "feedback appreciated at address", policy: U, hit: ["affiliation.email"],
    text: "My thoughts on the new parking rules, as a resident here.\n\nFeedback very much appreciated at jdoe123@umn.edu.\n" },
  // ================= affiliation.disclaimer: health posts about everyday conditions and medicines =================
  { name: "reel replies about IBS, omeprazole and probiotics", policy: S, hit: ["affiliation.disclaimer"],
    text: "Replying to your comments!\n\n> IBS flare? A dietitian can walk you through low-FODMAP properly.\n\n> Omeprazole and kombucha: ask your pharmacist, not me.\n\n> Probiotics for eczema: the evidence is mixed.\n" },
  { name: "a recipe that mentions reflux once", policy: S, clean: ["affiliation.disclaimer"],
    text: "My sourdough finally rose properly this weekend. Dad has reflux so I left the chilli out of the dip.\n" },
  // near miss: an office's address after "questions welcome"
  { name: "questions welcome, the office's address", policy: U, clean: ["affiliation.email"],
    text: "The new clinic opens Monday. Questions are welcome: contact the registration office at ome@umn.edu.\n" },
];

describe("recall set 6: non-patient rules", () => {
  it("has negatives for every class", () => {
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(20);
  });
  checkRuleCases(CASES);
});

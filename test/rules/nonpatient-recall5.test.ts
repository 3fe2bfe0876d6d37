/**
 * Recall set 5 for the non-patient rules: classes a fourth blind corpus showed we missed or
 * over-read, rewritten from scratch for other professions, countries and French, each class paired
 * with near-miss negatives.
 *
 * - conduct.colleague: quoted bad examples in teaching notes are mentions, not complaints (an
 *   example framed by "→", "e.g.", "posts like", "par exemple"), while the author's own quoted post
 *   still counts; a programme director with "zero idea" who "runs this residency like a daycare",
 *   rigged evaluations, favouritism, warning applicants off a programme, "nobody in management
 *   reads emails", an open letter to an unnamed colleague ("To the photographer who keeps
 *   'borrowing' my slot: everyone knows what you're like");
 * - conduct.harassment: threats to someone's appraisal, evaluation or references, and vocative
 *   name-calling ("you spineless little weasel");
 * - conduct.discrimination: a patient described by an ethnic or Indigenous origin, with a
 *   contemptuous stereotype ("from the reserve who, shocker, was drunk again", "the Roma family …
 *   stank out the studio");
 * - clinical.setting: posting from a workroom, sign-out room, reading room or huddle, "while the
 *   vent check is running", on a phone during a demonstrator's recap;
 * - privacy.others: "fellow 3rd-year Tomás Delgado"; a photo whose alt text names a colleague asleep;
 * - privacy.personal: a professional registration number with a hyphenated prefix;
 * - affiliation.endorsement: a discount code built on the institution's name;
 * - affiliation.logo: a "University crest" image or an "imu-mark" file;
 * - affiliation.disclosure: the institution named by its nickname or as "the University";
 * - affiliation.disclaimer: allied-health placement posts (audiology, orthoptics, sonography) are
 *   health-oriented;
 * - advice.individual: "I'd go back to 50 mg of sertraline", "before you bother booking an appointment";
 * - accuracy.unsourced: "cuts post-op pneumonia in half".
 *
 * `hit` lists rules that must report (overlapping `at` when given); `clean` lists rules that must not.
 */
import { describe, it, expect } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

type Case = RuleCase;

const COLL = "conduct.colleague", HARASS = "conduct.harassment", DISC = "conduct.discrimination";
const SETTING = "clinical.setting", OTHERS = "privacy.others", PERSONAL = "privacy.personal";
const ENDORSE = "affiliation.endorsement", LOGO = "affiliation.logo", DISCLOSURE = "affiliation.disclosure";
const DISCLAIMER = "affiliation.disclaimer", ADVICE = "advice.individual", UNSOURCED = "accuracy.unsourced";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi", S = "imu-students", T = "imu-staff";

const CASES: Case[] = [
  // ================= conduct.colleague: quoted examples are mentions =================
  { name: "talk notes: a made-up caption with an arrow", policy: I, clean: [COLL, HARASS],
    text: "2. *\"My manager is a joke and I'm done pretending.\"* → a complaint about a colleague, published instead of raised.\n" },
  { name: "posts like '…' get screenshotted", policy: Q, clean: [COLL],
    text: "Posts like \"our registrar is useless\" get screenshotted and sent to your programme director.\n" },
  { name: "e.g. '…', never post this", policy: Q, clean: [COLL],
    text: "For example: \"The program director has no idea what he's doing.\" Never post this; raise it with your chief resident instead.\n" },
  { name: "French: par exemple « … »", policy: Q, clean: [COLL],
    text: "Par exemple, « mon patron est complètement incompétent » : ce genre de publication peut mener à une plainte.\n" },
  { name: "workshop example, would you post it?", policy: I, clean: [COLL],
    text: "An example from the workshop: \"Our manager is useless and everyone knows it.\" Would you post that? Hopefully not.\n" },
  { name: "own quoted status still counts", policy: Q, hit: [COLL],
    text: "My status tonight: \"Our program director is completely useless.\" Sorry not sorry.\n" },
  { name: "own words quoted in a group chat still count", policy: I, hit: [COLL],
    text: "I told the whole group chat, \"the new manager is a joke,\" and I stand by every word.\n" },

  // ================= conduct.colleague: the programme and its director =================
  { name: "PD has zero idea, runs the residency like a daycare", policy: Q, hit: [COLL], at: "zero idea",
    text: "Dr. Tremblay has zero idea what nights are like on the floor.\n" },
  { name: "runs this residency like a boot camp", policy: Q, hit: [COLL],
    text: "Honestly he runs this residency like a goddamn boot camp.\n" },
  { name: "the chief runs the department like a fiefdom", policy: I, hit: [COLL],
    text: "Our clinical director runs the department like his own personal fiefdom.\n" },
  { name: "everybody knows the evaluations are rigged", policy: Q, hit: [COLL],
    text: "Everybody knows the evaluations in this program are rigged.\n" },
  { name: "the rota is a popularity contest", policy: I, hit: [COLL],
    text: "The elective allocations are a popularity contest and always have been.\n" },
  { name: "attending plays favourites", policy: Q, hit: [COLL],
    text: "Our attending plays favourites and her pets get all the good cases.\n" },
  { name: "his favourites get the research elective", policy: Q, hit: [COLL],
    text: "I'm on call five weekends in a row again, while his favourites get the research elective.\n" },
  { name: "French: les évaluations sont truquées", policy: Q, hit: [COLL],
    text: "Tout le monde sait que les évaluations sont truquées dans ce programme.\n" },
  { name: "French: il gère la résidence comme une garderie", policy: Q, hit: [COLL],
    text: "Honnêtement, il gère la résidence comme une garderie.\n" },
  { name: "French: ses chouchous ont l'électif", policy: Q, hit: [COLL],
    text: "Je suis de garde cinq fins de semaine de suite, pendant que ses chouchous ont l'électif de recherche.\n" },
  { name: "French: notre directeur de programme n'a aucune idée", policy: Q, hit: [COLL],
    text: "Notre directeur de programme n'a aucune idée de ce qu'on vit sur les étages.\n" },
  { name: "French: les évaluations sont anonymes", policy: Q, clean: [COLL],
    text: "Les évaluations sont anonymes et le programme les lit toutes.\n" },
  { name: "French: elle gère le service comme une horloge", policy: Q, clean: [COLL],
    text: "Elle gère le service comme une horloge suisse, c'est impressionnant.\n" },
  { name: "French: je n'ai aucune idée (self)", policy: Q, clean: [COLL],
    text: "Je n'ai aucune idée de ce que je vais faire en R3, mais le programme m'aide beaucoup.\n" },
  // near misses
  { name: "runs the clinic like a well-oiled machine", policy: Q, clean: [COLL],
    text: "Our PD runs the residency like a well-oiled machine, and the residents know it.\n" },
  { name: "zero tolerance for sloppy handovers", policy: Q, clean: [COLL],
    text: "Our attending has zero tolerance for sloppy handovers, which is fair.\n" },
  { name: "evaluations are anonymous", policy: Q, clean: [COLL],
    text: "The evaluations are anonymous, and the program reads every single one.\n" },
  { name: "no favourites, everyone gets lists", policy: I, clean: [COLL],
    text: "She has no favourites; everyone gets the same number of theatre lists.\n" },
  { name: "my favourites from the conference", policy: Q, clean: [COLL],
    text: "My favourites from the conference were the posters on sepsis screening.\n" },

  // ================= conduct.colleague: warning applicants off the programme =================
  { name: "applying for CaRMS: ask twice", policy: Q, hit: [COLL],
    text: "If you're applying to this program for CaRMS: ask about the call schedule. Ask twice.\n" },
  { name: "thinking of applying to our trust? don't", policy: I, hit: [COLL],
    text: "Thinking of applying to our trust's photography department? Don't. Look elsewhere.\n" },
  { name: "if you're ranking this residency, think twice", policy: Q, hit: [COLL],
    text: "If anyone is ranking this residency next month, think twice.\n" },
  { name: "French: si vous appliquez dans ce programme, fuyez", policy: Q, hit: [COLL],
    text: "Si vous appliquez dans ce programme pour CaRMS : renseignez-vous sur l'horaire de garde. Réfléchissez-y à deux fois.\n" },
  // near misses
  { name: "applying: ask about the research track (positive)", policy: Q, clean: [COLL],
    text: "If you're applying to our program, ask about the research track. It's fantastic.\n" },
  { name: "French: si tu postules dans notre programme, écris-moi", policy: Q, clean: [COLL],
    text: "Si tu postules dans notre programme, écris-moi, ça me fera plaisir de t'aider.\n" },
  { name: "applying: good luck!", policy: Q, clean: [COLL],
    text: "If you're applying to our program this cycle, good luck! The interviews are friendly.\n" },
  { name: "applying: beware of the early deadline", policy: I, clean: [COLL],
    text: "If you're applying to this programme, beware of the early portfolio deadline in October.\n" },
  { name: "applying: don't hesitate to message me", policy: Q, clean: [COLL],
    text: "If you're applying to this residency, don't hesitate to message me with questions!\n" },

  // ================= conduct.colleague: management and open letters =================
  { name: "nobody in management reads emails", policy: I, hit: [COLL],
    text: "Thread, because apparently nobody in management reads emails 🧵\n" },
  { name: "no one in admin ever answers", policy: Q, hit: [COLL],
    text: "No one in admin ever answers the phone, so good luck getting your leave approved.\n" },
  { name: "French: personne à la direction ne lit", policy: Q, hit: [COLL],
    text: "Personne à la direction ne lit ses courriels, évidemment.\n" },
  { name: "to the photographer who keeps borrowing my slot", policy: I, hit: [COLL], at: "everyone in the team",
    text: "3. And to the photographer who keeps \"borrowing\" my studio slot: everyone in the team knows what you're like.\n" },
  { name: "to the night nurse who hid the obs machine again", policy: Q, hit: [COLL],
    text: "To the night nurse who hid the good obs machine again: we all know it's you.\n" },
  // near misses
  { name: "to the nurse who held my hand: thank you", policy: Q, clean: [COLL],
    text: "To the nurse who held my hand during my first code: thank you, I'll never forget it.\n" },
  { name: "to the photographer who covered my clinic: a star", policy: I, clean: [COLL],
    text: "To the photographer who covered my clinic last week: you're a star.\n" },
  { name: "to the students who keep asking: dates on the portal", policy: Q, clean: [COLL],
    text: "To the students who keep asking about the OSCE: the dates are on the portal.\n" },
  { name: "orientation: the attending doesn't answer pages overnight", policy: Q, clean: [COLL],
    text: "Remember that the attending doesn't answer pages overnight; page the senior resident instead.\n" },
  { name: "the football match was rigged", policy: I, clean: [COLL],
    text: "The football match on Saturday was rigged, everybody knows it.\n" },
  { name: "to the pharmacist who keeps double-booking: we all know", policy: I, hit: [COLL],
    text: "To the pharmacist who keeps double-booking the dispensary slot: we all know it's you.\n" },
  { name: "to the registrar who covered again: I owe you", policy: I, clean: [COLL],
    text: "To the registrar who covered my on-call again: I owe you a very large coffee.\n" },
  { name: "nobody in the audience had read the paper", policy: I, clean: [COLL],
    text: "Nobody in the audience had read the paper, so we started with a summary.\n" },

  // ================= conduct.harassment: job threats and name-calling =================
  { name: "appraisal will be a bloodbath, spineless weasel", policy: I, hit: [HARASS],
    text: "Keep it up and I'll make sure your next appraisal is a bloodbath, you spineless little weasel.\n" },
  { name: "never get a decent reference", policy: U, hit: [HARASS],
    text: "Cross me again and I'll make sure you never get a decent reference in this city.\n" },
  { name: "tank your evaluation, pathetic little rat", policy: U, hit: [HARASS],
    text: "Report me one more time and I'll tank your evaluation, you pathetic little rat.\n" },
  { name: "your end-of-rotation eval will be a disaster", policy: I, hit: [HARASS],
    text: "Touch my locker again and your end-of-rotation eval will be a disaster, trust me.\n" },
  // near misses
  { name: "make sure your appraisal is fair", policy: I, clean: [HARASS],
    text: "I'll make sure your next appraisal is fair and that you get proper feedback beforehand.\n" },
  { name: "appraisal round was a bloodbath (budget)", policy: I, clean: [HARASS, COLL],
    text: "The last appraisal round was a bloodbath for the whole sector after the budget cuts.\n" },
  { name: "ferret is a cheeky little weasel", policy: U, clean: [HARASS],
    text: "Our ferret is a cheeky little weasel who steals socks.\n" },
  { name: "thanks, you absolute star", policy: U, clean: [HARASS],
    text: "Thanks for covering my shift, you absolute star.\n" },
  { name: "keep it up, you absolute legend", policy: U, clean: [HARASS],
    text: "Keep it up and you'll make the dean's list, you absolute legend!\n" },

  // ================= conduct.discrimination: origin + contemptuous stereotype =================
  { name: "lady from the reserve, shocker, drunk again", policy: Q, hit: [DISC],
    text: "Rest of the night was the usual, and one lady from the reserve who, shocker, was drunk again.\n" },
  { name: "Roma family stank out the studio", policy: I, hit: [DISC],
    text: "The Roma family who came in this week couldn't sit still for two minutes and stank out the studio.\n" },
  { name: "traveller family, surprise surprise, high", policy: I, hit: [DISC],
    text: "Had the traveller family in again and, surprise surprise, the dad was off his face.\n" },
  { name: "Aboriginal bloke reeked of grog as usual", policy: U, hit: [DISC],
    text: "The Aboriginal bloke in bay 3 reeked of grog, as usual.\n" },
  { name: "Somali family smelled so bad", policy: U, hit: [DISC],
    text: "Another Somali family smelled so bad we had to air the room out afterwards.\n" },
  { name: "French: famille de la réserve, saoule comme d'habitude", policy: Q, hit: [DISC],
    text: "Encore une dame de la réserve, saoule comme d'habitude.\n" },
  // near misses
  { name: "Roma family, session went beautifully", policy: I, clean: [DISC],
    text: "A Roma family came in this week and the mum translated for the grandmother; the session went beautifully.\n" },
  { name: "lady from the reserve drove four hours", policy: Q, clean: [DISC],
    text: "The lady from the reserve drove four hours for her appointment and still arrived early.\n" },
  { name: "man from the reserve came in drunk after a fall (no contempt)", policy: Q, clean: [DISC],
    text: "A man from the reserve came in drunk after a fall and needed sutures to his scalp.\n" },
  { name: "Roma communities face barriers", policy: I, clean: [DISC],
    text: "Roma communities in Europe face well-documented barriers to care, including discrimination in clinics.\n" },
  { name: "the Italian guy's cheese stank", policy: U, clean: [DISC],
    text: "The Italian guy's cheese stank out the whole staff fridge, of course.\n" },
  { name: "international student said the lab reeked", policy: U, clean: [DISC],
    text: "An international student said the anatomy lab reeked of formalin.\n" },
  { name: "Indigenous patient with high blood pressure, of course", policy: Q, clean: [DISC],
    text: "The Indigenous patient had high blood pressure, of course, given the family history.\n" },
  { name: "Indigenous liaison nurse smelled smoke", policy: U, clean: [DISC],
    text: "The Indigenous liaison nurse smelled smoke in the corridor and called security.\n" },

  // ================= clinical.setting =================
  { name: "typing from the workroom while the vent check runs", policy: U, hit: [SETTING],
    text: "2/ Currently typing this from the workroom on the step-down unit while the vent check is running. Don't tell my preceptor 🤫\n" },
  { name: "live from the sign-out room", policy: U, hit: [SETTING],
    text: "Live from the sign-out room, waiting for my attending to finish her coffee.\n" },
  { name: "on my phone during the demonstrator's recap", policy: S, hit: [SETTING],
    text: "I'm writing half of this on my phone under the table during the demonstrator's brachial plexus recap, so forgive the typos.\n" },
  { name: "posting from the team room between admissions", policy: U, hit: [SETTING],
    text: "Posting this from the team room between admissions.\n" },
  { name: "scrolling in the reading room", policy: U, hit: [SETTING],
    text: "Scrolling Insta in the radiology reading room while the CT protocol loads.\n" },
  { name: "tweeting from the morning huddle", policy: S, hit: [SETTING],
    text: "Tweeting this from the back of the morning huddle.\n" },
  { name: "writing from the charting room", policy: U, hit: [SETTING],
    text: "Writing this from the charting room while my patient is in CT.\n" },
  // near misses
  { name: "the sign-out room has a new coffee machine", policy: U, clean: [SETTING],
    text: "The sign-out room has a new coffee machine and it's glorious.\n" },
  { name: "took notes on paper during the recap", policy: S, clean: [SETTING],
    text: "During the demonstrator's recap I took notes on paper like it was 1995.\n" },
  { name: "texting while the kettle boils", policy: U, clean: [SETTING],
    text: "Texting my partner while the kettle is boiling.\n" },
  { name: "never scroll in the workroom", policy: U, clean: [SETTING],
    text: "Never scroll your phone in the workroom when the vent checks are running.\n" },
  { name: "wrote this at home after the sign-out room", policy: U, clean: [SETTING],
    text: "Typing this at home after a long day in the sign-out room.\n" },

  // ================= privacy.others =================
  { name: "fellow 3rd-year Tomás Delgado", policy: U, hit: [OTHERS], at: "Tomás Delgado",
    text: "Shoutout to Dr. Priya Raman and fellow 3rd-year Tomás Delgado for teaching me to tie one-handed.\n" },
  { name: "fellow intern Sarah O'Neill", policy: S, hit: [OTHERS],
    text: "Huge thanks to fellow intern Sarah O'Neill for covering my pages.\n" },
  { name: "photo: Nguyen asleep on the couch", policy: Q, hit: [OTHERS],
    text: "Call room dump.\n\n![Nguyen asleep face-down on the call room couch with his stethoscope still on](https://pbs.example.com/media/callroom.jpg)\n" },
  { name: "photo: Priya napping", policy: U, hit: [OTHERS],
    text: "![Priya napping in the on-call room after a 24](nap.jpg)\n" },
  { name: "woke up on a colleague's couch after call", policy: Q, hit: [OTHERS], at: "Mackenson",
    text: "Anyway, after Saturday's 26-hour call a few of us went out and I got absolutely wasted. Woke up on Mackenson's couch with my pager still on.\n" },
  { name: "crashed at a colleague's place after the ward party", policy: U, hit: [OTHERS], at: "Priya",
    text: "Crashed at Priya's place after the ward party with half the night team.\n" },
  // near misses
  { name: "fellow Canadians", policy: Q, clean: [OTHERS],
    text: "Happy Canada Day to my fellow Canadians and to all fellow Quebecers!\n" },
  { name: "slept on a friend's couch, no colleagues", policy: U, clean: [OTHERS],
    text: "Slept on Jordan's couch last weekend after the concert.\n" },
  { name: "stayed at Mum's place after a night shift", policy: U, clean: [OTHERS],
    text: "Stayed at Mum's place after our shift, a few of us were too tired to drive.\n" },
  { name: "lunch at McDonald's place near work with colleagues", policy: S, clean: [OTHERS],
    text: "Grabbed lunch with colleagues at McDonald's drive-thru, then back to the ward.\n" },
  { name: "fellow Canadians (2)", policy: Q, clean: [OTHERS],
    text: "Happy Canada Day to my fellow Canadians and to all fellow Quebecers!\n" },
  { name: "photo: kitten asleep", policy: U, clean: [OTHERS],
    text: "![Kitten asleep on the call room couch](kitten.jpg)\n" },
  { name: "photo: Nguyen's textbook", policy: U, clean: [OTHERS],
    text: "![Nguyen's textbook of dermatology open at the rash chapter](book.jpg)\n" },

  // ================= privacy.personal =================
  { name: "sonographer registration number AHP-SON 20417", policy: T, hit: [PERSONAL], at: "AHP-SON 20417",
    text: "If you'd like to verify my credentials, my sonographer registration number is AHP-SON 20417.\n" },
  { name: "nursing registration RN-MY 884512", policy: S, hit: [PERSONAL],
    text: "My nursing registration number is RN-MY 884512, in case anyone asks.\n" },
  { name: "pharmacist registration PRN/2019/04471", policy: T, hit: [PERSONAL],
    text: "My pharmacist registration no. is PRN/2019/04471.\n" },
  // near misses
  { name: "her registration number", policy: T, clean: [PERSONAL],
    text: "Her sonographer registration number is AHP-SON 30211.\n" },
  { name: "my car registration", policy: T, clean: [PERSONAL],
    text: "My car registration is ABC-12345, the silver one by the clinic.\n" },
  { name: "workshop registration code", policy: T, clean: [PERSONAL],
    text: "The registration number for the workshop is CPD-2024 15, see the flyer.\n" },

  // ================= affiliation.endorsement: discount codes on the institution's name =================
  { name: "code IMUNURSE15 for 15% off", policy: T, hit: [ENDORSE],
    text: "Use code IMUNURSE15 for 15% off your first order at nitraflex.example.my 👇\n" },
  { name: "promo code IMU20 at checkout", policy: T, hit: [ENDORSE],
    text: "Staff and students get 20% off with promo code IMU20 at checkout.\n" },
  // near misses
  { name: "code SPRING15 (no institution)", policy: T, clean: [ENDORSE],
    text: "Use code SPRING15 for 15% off your first order.\n" },
  { name: "code IMU2024 in order to register", policy: T, clean: [ENDORSE],
    text: "Use the code IMU2024 in order to register for the symposium.\n" },
  { name: "conference code IMU2024 (no promotion)", policy: T, clean: [ENDORSE],
    text: "Enter the code IMU2024 on the registration form to join the conference.\n" },

  // ================= affiliation.logo =================
  { name: "University crest image pointing at imu-mark", policy: T, hit: [LOGO],
    text: "What a turnout at IMU's campus on Saturday!\n\n![University crest](img/imu-mark.png)\n" },
  { name: "imu-mark.svg", policy: S, hit: [LOGO],
    text: "![header](assets/imu-mark.svg)\n\nWelcome to my revision blog.\n" },
  { name: "our university's crest in an IMU post", policy: T, hit: [LOGO],
    text: "I teach at IMU.\n\n![Our university's crest](img/crest.png)\n" },
  // near misses
  { name: "another university's crest", policy: T, clean: [LOGO],
    text: "Visited the campus in Cambridge.\n\n![Harvard University crest on the gate](img/harvard.jpg)\n" },
  { name: "IMU mark scheme", policy: S, clean: [LOGO],
    text: "![Mark scheme for the IMU OSCE station](img/imu-mark-scheme.png)\n" },
  { name: "university crest with no tie to the institution", policy: T, clean: [LOGO],
    text: "Old photos from my trip.\n\n![University crest above the old gate](img/gate.jpg)\n" },

  // ================= affiliation.disclosure =================
  { name: "the U is cutting clinic hours", policy: U, hit: [DISCLOSURE],
    text: "# The U is cutting weekend hours at the campus mental health clinic\n\nSaw the memo yesterday. The University says it's about staffing.\n" },
  { name: "the University raised parking fees (imu-staff)", policy: T, hit: [DISCLOSURE],
    text: "The University has raised parking fees again this semester, and nobody was asked.\n" },
  // near misses
  { name: "lecturer here, the University raised fees", policy: T, clean: [DISCLOSURE],
    text: "I'm a lecturer here, and the University has raised parking fees again this semester.\n" },
  { name: "Harvard University raised fees", policy: T, clean: [DISCLOSURE],
    text: "Harvard University raised its fees again this year.\n" },
  { name: "the U.S. fees", policy: U, clean: [DISCLOSURE],
    text: "In the U.S., tuition fees keep rising every year.\n" },

  // ================= affiliation.disclaimer: allied-health posts =================
  { name: "audiology placement reflection", policy: S, hit: [DISCLAIMER],
    text: "# Week three in the audiology booth\n\nPure-tone audiometry is not boring. His audiogram dropped off above 2 kHz.\n\nNext week is tympanometry.\n" },
  { name: "orthoptics clinic reflection", policy: S, hit: [DISCLAIMER],
    text: "# Orthoptics clinic, week one\n\nI ran my first cover tests and measured visual acuity with the orthoptist watching. Amblyopia is trickier than the textbook.\n" },
  // near misses
  { name: "hearing a concert", policy: S, clean: [DISCLAIMER],
    text: "# Concert night\n\nThe sound check took an hour and my hearing is still ringing.\n" },

  // ================= advice.individual =================
  { name: "I'd go back to 50 mg of sertraline", policy: U, hit: [ADVICE],
    text: "> Honestly that switch doesn't agree with everybody. I'd go back to 50 mg of sertraline for a couple of weeks and see if it settles before you bother booking an appointment.\n" },
  { name: "I'd go back on the citalopram", policy: U, hit: [ADVICE],
    text: "Honestly I'd go back on the citalopram and see how you feel.\n" },
  { name: "see if it settles before wasting a GP appointment", policy: S, hit: [ADVICE],
    text: "Give it a week and see if it settles before you waste a GP appointment on it.\n" },
  // near misses
  { name: "my psychiatrist and I decided", policy: U, clean: [ADVICE],
    text: "My psychiatrist and I decided I'd go back to 50 mg of sertraline for the winter.\n" },
  { name: "before you bother booking, check walk-in hours", policy: U, clean: [ADVICE],
    text: "Before you bother booking an appointment online, check the clinic's walk-in hours.\n" },

  // ================= accuracy.unsourced =================
  { name: "incentive spirometry cuts pneumonia in half", policy: U, hit: [UNSOURCED],
    text: "5/ Fun fact I learned today: incentive spirometry cuts post-op pneumonia in half. RT is underrated.\n" },
  { name: "chewing gum cuts ileus by a third", policy: T, hit: [UNSOURCED],
    text: "Chewing gum after bowel surgery cuts post-operative ileus by a third.\n" },
  // near misses
  { name: "shortcut cuts my charting time in half", policy: U, clean: [UNSOURCED],
    text: "This keyboard shortcut cuts my charting time in half.\n" },
  { name: "cut the tablet in half", policy: T, clean: [UNSOURCED],
    text: "Cut the tablet in half if it's hard to swallow.\n" },
];

describe("recall set 5: non-patient rules", () => {
  it("has negatives for every class", () => {
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(40);
  });
  checkRuleCases(CASES);
});

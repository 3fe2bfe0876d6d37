/**
 * A wider, hand-written evaluation set for the conduct, advice, tone and the text-only
 * affiliation / setting / accuracy rules: short realistic documents (tweets and threads,
 * Instagram captions, TikTok scripts, Reddit-style posts, LinkedIn posts, blog posts,
 * Facebook-group replies, Obsidian notes) across the five packs. They are written from the
 * kinds of incident that get students and residents disciplined (drinking photos, mocking
 * patients, insulting colleagues and programmes, medical advice in comments, live-posting from
 * theatre, endorsing products with the institution's name, ranting in caps), to test classes of
 * behaviour rather than any corpus sentence. More than half are tricky negatives: quoting or
 * reporting misconduct to condemn it, policy discussions, substance-use education, clinical
 * terms, fiction and hypotheticals, historical quotes, song titles, sarcasm about oneself.
 *
 * `hit` lists rules that must report at least once; `clean` lists rules that must not report.
 */
import { describe, it, expect } from "vitest";
import { lintText } from "../helpers/lint.js";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

type Case = RuleCase;

const ADVICE = "advice.individual", PROF = "conduct.profanity", SUBST = "conduct.substance", DISC = "conduct.discrimination";
const HARASS = "conduct.harassment", COLL = "conduct.colleague", HEATED = "tone.heated", ENDORSE = "affiliation.endorsement";
const DISCLOSURE = "affiliation.disclosure", SETTING = "clinical.setting", UNSOURCED = "accuracy.unsourced";
const CONDUCT = [PROF, SUBST, DISC, HARASS, COLL];

const CASES: Case[] = [
  // ================= advice.individual =================
  {
    name: "Facebook-group reply: dose change phrased without 'you'",
    policy: "umn-health-sciences",
    text: "> My back is killing me, the naproxen isn't touching it\n\nBest to double the dose for a couple of days and see if it settles.\n",
    hit: [ADVICE],
  },
  {
    name: "tweet reply: 'just stop the statin, honestly'",
    policy: "general",
    text: "@kev_runs Just stop the statin, honestly. The muscle aches aren't worth it and your cholesterol is fine.\n",
    hit: [ADVICE],
  },
  {
    name: "Instagram comment: DM me and I'll tell you if it's serious",
    policy: "imu-students",
    text: "Ooh that looks sore 😬 DM me and I'll tell you if it's serious.\n",
    hit: [ADVICE],
  },
  {
    name: "Reddit reply: tell your mum to take her tablets differently",
    policy: "umn-health-sciences",
    text: "Med student here. Tell your mum to take two of her blood pressure tablets tonight and skip the morning one, that usually brings it down.\n",
    hit: [ADVICE],
  },
  {
    name: "comment draft: give the toddler medicine and skip the GP",
    policy: "general",
    text: "Draft reply to Sarah's post:\n\nGive her some Calpol and skip the GP, it's just a virus going round nursery.\n",
    hit: [ADVICE],
  },
  {
    name: "TikTok script: dose tip to viewers without 'you'",
    policy: "imu-students",
    text: "POV: period cramps during finals. Pro tip from a pharmacy student: take 3 ibuprofen and 2 paracetamol together, works every time 💊\n",
    hit: [ADVICE],
  },
  {
    name: "reply thread: overdose advice gets crisis wording",
    policy: "umn-health-sciences",
    text: "> took too many of my sleeping pills, scared\n\nIf you've taken too many sleeping pills, just drink lots of water and sleep it off, you'll be fine by morning.\n",
    hit: [ADVICE],
  },
  {
    name: "forum reply: use the leftover antibiotics",
    policy: "general",
    text: "Sounds like a UTI. Start the leftover nitrofurantoin from last time and drink loads of water.\n",
    hit: [ADVICE],
  },
  {
    name: "imu-staff: telling a student in public to defer",
    policy: "imu-staff",
    text: "@Farah honestly with your results you should defer the semester and reapply for the scholarship next year.\n",
    hit: [ADVICE],
  },
  // advice negatives
  {
    name: "tweet: reporting one's own GP's advice",
    policy: "umn-health-sciences",
    text: "My GP told me to double the dose for a week and honestly it helped. Grateful for good primary care.\n",
    clean: [ADVICE],
  },
  {
    name: "Instagram caption: study tip that sounds like dosing",
    policy: "imu-students",
    text: "Exam season tip: double the flashcards, halve the highlighting, and stop the all-nighters 📚\n",
    clean: [ADVICE],
  },
  {
    name: "blog: health education about stopping statins",
    policy: "umn-health-sciences",
    text: "Stopping a statin suddenly is rarely dangerous in the short term, but it raises cardiovascular risk over the years. Never stop one without talking to your doctor.\n",
    clean: [ADVICE],
  },
  {
    name: "Obsidian note: OSCE station hypothetical",
    policy: "imu-students",
    text: "## OSCE prep\n\nStation 4: the actor asks whether she should just stop the statin. Explore her concerns, explain risks and benefits, and agree a plan with her GP.\n",
    clean: [ADVICE],
  },
  {
    name: "Facebook reply: a proper crisis redirection",
    policy: "umn-health-sciences",
    text: "If you're having thoughts of self-harm, please call or text 988, or go to your nearest emergency department. You don't have to go through this alone.\n",
    clean: [ADVICE],
  },

  // ================= conduct.profanity =================
  {
    name: "tweet: censored profanity with symbols",
    policy: "umn-health-sciences",
    text: "Three OSCEs in one week. F*** this sh!t.\n",
    hit: [PROF],
  },
  {
    name: "Instagram caption: spaced-out and leet profanity",
    policy: "quebec-postgraduate",
    text: "What the f u c k is this rota. Seven nights in a row and the $hit coffee machine is broken again.\n",
    hit: [PROF],
  },
  {
    name: "Reddit: compound profanity",
    policy: "general",
    text: "Handover tonight was an absolute clusterfuck from start to finish.\n",
    hit: [PROF],
  },
  // profanity negatives
  {
    name: "study notes: clinical vocabulary",
    policy: "umn-health-sciences",
    text: "Anatomy revision: the rectum, anus and penis share lymphatic drainage to the inguinal nodes; check for faeces on the glove after a PR exam.\n",
    clean: [PROF],
  },
  {
    name: "blog: policy discussion of profanity in general terms",
    policy: "quebec-postgraduate",
    text: "The code asks residents to avoid profanity and vulgar language online, even in private groups, because screenshots travel.\n",
    clean: [PROF],
  },
  {
    name: "Instagram: Scunthorpe and shiitake",
    policy: "general",
    text: "Weekend in Scunthorpe with the family: shiitake risotto, a long walk and a cocktail by the canal.\n",
    clean: [PROF],
  },

  // ================= conduct.substance =================
  {
    name: "Instagram caption: hashtags",
    policy: "umn-health-sciences",
    text: "Post-exam brunch with the squad 🥂 #hungover #medschool #survived\n",
    hit: [SUBST],
  },
  {
    name: "tweet: wine o'clock after a long shift",
    policy: "quebec-postgraduate",
    text: "Wine o'clock after a 14-hour shift 🍷🍷🍷 don't judge me\n",
    hit: [SUBST],
  },
  {
    name: "TikTok script: edibles before the OSCE",
    policy: "general",
    text: "Storytime: edibles before the OSCE were a mistake lmao. I could not stop giggling at the examiner.\n",
    hit: [SUBST],
  },
  {
    name: "Reddit: microdosing to survive finals",
    policy: "umn-health-sciences",
    text: "Honestly microdosing to survive finals. Whatever works, right?\n",
    hit: [SUBST],
  },
  {
    name: "Snapchat caption: shots deep and revising",
    policy: "general",
    text: "Four tequila shots deep and still revising cardiology lol\n",
    hit: [SUBST],
  },
  {
    name: "group-chat post: borrowed stimulants before an exam",
    policy: "quebec-postgraduate",
    text: "Took half an Adderall from my flatmate before the pharmacology exam and finished in 40 minutes.\n",
    hit: [SUBST],
  },
  // substance negatives
  {
    name: "lecture notes: alcohol withdrawal",
    policy: "umn-health-sciences",
    text: "Tonight's teaching on alcohol withdrawal: know your CIWA scores and when to give thiamine.\n",
    clean: [SUBST],
  },
  {
    name: "blog: substance-use disorder education",
    policy: "umn-health-sciences",
    text: "Substance use disorder is a medical condition, not a moral failing. Stigma keeps people who are drunk or high from asking for help, and that is on us.\n",
    clean: [SUBST],
  },
  {
    name: "Instagram: a glass of wine at a family celebration",
    policy: "quebec-postgraduate",
    text: "A glass of wine with Maman for her 60th birthday, then an early night before clinic 💛\n",
    clean: [SUBST],
  },
  {
    name: "journal club: microdosing research",
    policy: "general",
    text: "Journal club: microdosing psilocybin for treatment-resistant depression, a small randomised trial. Effect sizes were modest.\n",
    clean: [SUBST],
  },
  {
    name: "ED teaching: edibles and children",
    policy: "umn-health-sciences",
    text: "Edibles are now one of the commonest causes of cannabis poisoning in the children we see in ED.\n",
    clean: [SUBST],
  },
  {
    name: "tweet: got high marks",
    policy: "general",
    text: "Got high marks in the anatomy spot test, and now a wholesome dinner with my housemates.\n",
    clean: [SUBST],
  },

  // ================= conduct.discrimination =================
  {
    name: "tweet: 'typical [group] patient'",
    policy: "umn-health-sciences",
    text: "Typical Medicaid patient, wants a sandwich and a work note and leaves before the bloods are back.\n",
    hit: [DISC],
  },
  {
    name: "Reddit: 'these people never…'",
    policy: "general",
    text: "Night shift in resus again. These people never take their meds and then act surprised when they end up back here.\n",
    hit: [DISC],
  },
  {
    name: "Facebook group: slang plural and abbreviation variants",
    policy: "quebec-postgraduate",
    text: "Full house of gomers and frequent fliers tonight, send coffee.\n",
    hit: [DISC],
  },
  {
    name: "Instagram story: generalising about old patients",
    policy: "imi",
    text: "Why do all old people think A&E is a hotel? Every single one of them wants a cup of tea and a chat.\n",
    hit: [DISC],
  },
  // discrimination negatives
  {
    name: "blog: condemning derogatory slang",
    policy: "umn-health-sciences",
    text: "Calling patients \"frequent flyers\" makes it harder to see the person in front of you; say \"a patient who visits often\" instead.\n",
    clean: [DISC],
  },
  {
    name: "study notes: clinical terms that resemble slurs",
    policy: "general",
    text: "Spastic diplegia is the commonest form of cerebral palsy; intrauterine growth retardation is now called fetal growth restriction.\n",
    clean: [DISC],
  },
  {
    name: "LinkedIn: evidence about homelessness and readmission",
    policy: "umn-health-sciences",
    text: "Patients experiencing homelessness are more likely to be readmitted within 30 days. These people deserve better discharge planning than we give them.\n",
    clean: [DISC],
  },
  {
    name: "history essay: a condemned court quote",
    policy: "quebec-postgraduate",
    text: "In 1927 the US Supreme Court upheld forced sterilisation; that ruling remains one of the darkest moments in the history of medicine and law.\n",
    clean: [DISC],
  },

  // ================= conduct.harassment =================
  {
    name: "tweet: sexual comment about a colleague",
    policy: "umn-health-sciences",
    text: "The new anaesthetics reg is so hot I'd let her intubate me any day 😏\n",
    hit: [HARASS],
  },
  {
    name: "group chat screenshot: comment on a colleague's body",
    policy: "general",
    text: "Did you see the new physio's body in those scrubs? Legs for days, I'd love to get her alone in the gym 🍑\n",
    hit: [HARASS],
  },
  {
    name: "Instagram story: indirect threat",
    policy: "imi",
    text: "Keep talking about me in the group chat and see what happens. Some people on this course should watch their backs.\n",
    hit: [HARASS],
  },
  {
    name: "tweet: wishing harm on whoever reported",
    policy: "umn-health-sciences",
    text: "Whoever reported me to the dean had better hope I never find out who they are.\n",
    hit: [HARASS],
  },
  // harassment negatives
  {
    name: "tweet: venting about an exam",
    policy: "umn-health-sciences",
    text: "I'm going to kill this OSCE tomorrow. Also I could murder a coffee right now.\n",
    clean: [HARASS],
  },
  {
    name: "blog: reporting a threat received",
    policy: "general",
    text: "A relative told me today that she knew where I lived. I reported it to security and my supervisor, and I'm okay.\n",
    clean: [HARASS],
  },
  {
    name: "short fiction draft",
    policy: "imi",
    text: "In my short story the caller whispers \"I know where you live\" and the night nurse calmly phones the police.\n",
    clean: [HARASS],
  },
  {
    name: "LinkedIn: harassment policy explained",
    policy: "umn-health-sciences",
    text: "Our new policy is clear: comments on a colleague's body, appearance or sex life are harassment and can be reported.\n",
    clean: [HARASS],
  },

  // ================= conduct.colleague =================
  {
    name: "tweet: consultant mockery without insult words",
    policy: "quebec-postgraduate",
    text: "Our consultant couldn't find a vein to save his life today lol. Four attempts and then he blamed the patient.\n",
    hit: [COLL],
  },
  {
    name: "Instagram story: guess which intern cried",
    policy: "general",
    text: "Guess which intern cried in the sluice again 🙃\n",
    hit: [COLL],
  },
  {
    name: "Facebook post: going public about a ward",
    policy: "imi",
    text: "I'm going public about what happens on ward 5 because management ignores us.\n",
    hit: [COLL],
  },
  {
    name: "tweet: sarcasm about the programme",
    policy: "quebec-postgraduate",
    text: "Shoutout to the program for scheduling us seven nights in a row again, truly visionary leadership 🙄\n",
    hit: [COLL],
  },
  {
    name: "Reddit: mocking a senior's competence",
    policy: "general",
    text: "Imagine being a PGY-5 and still not knowing how to read a chest X-ray. My senior, ladies and gentlemen.\n",
    hit: [COLL],
  },
  // colleague negatives
  {
    name: "tweet: self-deprecating cannula story",
    policy: "quebec-postgraduate",
    text: "Couldn't find a vein to save my life today lol, third attempt finally and the patient was so patient with me.\n",
    clean: [COLL],
  },
  {
    name: "blog: I cried in the sluice",
    policy: "general",
    text: "I cried in the sluice today. Residency is hard, and that's okay; my registrar found me and made me a tea.\n",
    clean: [COLL],
  },
  {
    name: "LinkedIn: gratitude to a consultant",
    policy: "imi",
    text: "Grateful to my consultant for staying late to teach us cannulation on the simulation arm.\n",
    clean: [COLL],
  },
  {
    name: "blog: how to raise concerns properly",
    policy: "quebec-postgraduate",
    text: "If you have a concern about patient safety, use your hospital's reporting system or the Freedom to Speak Up guardian rather than posting about it publicly.\n",
    clean: [COLL],
  },
  {
    name: "news summary: an inquiry report",
    policy: "imi",
    text: "The inquiry found that staff who raised concerns internally were ignored for years; its recommendations are worth reading in full.\n",
    clean: [COLL],
  },

  // ================= tone.heated =================
  {
    name: "imu-staff post: rant in caps without exclamation marks",
    policy: "imu-staff",
    text: "I AM SO DONE WITH THESE ENDLESS MEETINGS ABOUT MEETINGS\n",
    hit: [HEATED],
  },
  {
    name: "imu-staff post: rage words without exclamation marks",
    policy: "imu-staff",
    text: "This decision is an absolute disgrace. My blood is boiling and I have had enough of being ignored.\n",
    hit: [HEATED],
  },
  {
    name: "imu-staff post: acronyms are not shouting",
    policy: "imu-staff",
    text: "Notes from the MMC and MQA briefing on OSCE and CBL assessment standards.\n",
    clean: [HEATED],
  },

  // ================= clinical.setting =================
  {
    name: "tweet: posting from the call room",
    policy: "umn-health-sciences",
    text: "Posting this from the call room at 3am, pray for me 🙏\n",
    hit: [SETTING],
  },
  {
    name: "Instagram: replying between patients",
    policy: "imu-students",
    text: "Replying to your comments between patients, so sorry if I'm slow today!\n",
    hit: [SETTING],
  },
  {
    name: "TikTok script: filmed in the middle of ward round",
    policy: "imu-students",
    text: "Quick TikTok in the middle of ward round 😅 don't tell my consultant.\n",
    hit: [SETTING],
  },
  {
    name: "Snapchat caption: during the cadaver lab",
    policy: "imi",
    text: "Snapchatting the group during the cadaver lab because the demonstrator is late.\n",
    hit: [SETTING],
  },
  {
    name: "Obsidian note: phones away in theatre",
    policy: "umn-health-sciences",
    text: "Reminder to self: phone stays in the locker during theatre, and I answer messages at lunch.\n",
    clean: [SETTING],
  },
  {
    name: "blog: surgery posting schedule",
    policy: "imu-students",
    text: "My surgery posting starts on Monday; I'll share a reading list when I'm back home at the weekend.\n",
    clean: [SETTING],
  },

  // ================= affiliation.endorsement =================
  {
    name: "imu-staff: official partner with a promo code",
    policy: "imu-staff",
    text: "Proud to share that IMU is an official partner of NutriMax! Use code STAFF20 for 20% off your first order.\n",
    hit: [ENDORSE],
  },
  {
    name: "imu-staff: the institution stands with a party",
    policy: "imu-staff",
    text: "IMU stands with Parti Harapan Baru in this election. Make sure you vote on Saturday.\n",
    hit: [ENDORSE],
  },
  {
    name: "imu-staff: sponsored by the institution and a brand",
    policy: "imu-staff",
    text: "This week's wellness giveaway is sponsored by IMU and FitFuel protein, so grab your discount before Friday.\n",
    hit: [ENDORSE],
  },
  {
    name: "imu-staff: not sponsored disclaimer",
    policy: "imu-staff",
    text: "This post is not sponsored by IMU or anyone else; I just like this stethoscope.\n",
    clean: [ENDORSE],
  },
  {
    name: "imu-staff: neutrality statement",
    policy: "imu-staff",
    text: "IMU does not endorse any political party; staff vote as private citizens.\n",
    clean: [ENDORSE],
  },

  // ================= affiliation.disclosure =================
  {
    name: "umn: stipends and hiring without a role",
    policy: "umn-health-sciences",
    text: "The University of Minnesota is hiring forty new administrators while freezing resident stipends. Make it make sense.\n",
    hit: [DISCLOSURE],
  },
  {
    name: "imu-staff: accreditation worries with a stated role",
    policy: "imu-staff",
    text: "As a lecturer at IMU, I want to say a few words about the accreditation review next month. These are my own views.\n",
    clean: [DISCLOSURE],
  },

  // ================= accuracy.unsourced =================
  {
    name: "imu-staff: 'doctors agree' and 'most people'",
    policy: "imu-staff",
    text: "Doctors agree that intermittent fasting is the healthiest way to lose weight, and most people see results within a week.\n",
    hit: [UNSOURCED],
  },
  {
    name: "umn: a supplement that cures",
    policy: "umn-health-sciences",
    text: "This turmeric supplement cures joint pain for good.\n",
    hit: [UNSOURCED],
  },
  {
    name: "imu-staff: a claim with a citation",
    policy: "imu-staff",
    text: "Regular physical activity lowers the risk of type 2 diabetes (Smith et al., 2021).\n",
    clean: [UNSOURCED],
  },
  {
    name: "umn: 'most people' about the author's cohort",
    policy: "umn-health-sciences",
    text: "Most people in my cohort are exhausted by week six of surgery.\n",
    clean: [UNSOURCED],
  },

  // ================= whole-document negatives across the conduct rules =================
  {
    name: "news post: quoting a disciplined student's tweet to condemn it",
    policy: "general",
    text: "A student at another school was dismissed last year for posting photos from a party with the caption \"blackout drunk on a Tuesday\". Whatever you think of the sanction, assume anything you post will be read by a panel.\n",
    clean: [PROF, DISC, HARASS, COLL],
  },
  {
    name: "song title in quotes and self-sarcasm",
    policy: "umn-health-sciences",
    text: "Revising to \"Kill the Lights\" on repeat. I am the worst at pharmacology and I'm at peace with it.\n",
    clean: CONDUCT,
  },
  {
    name: "policy text paraphrase",
    policy: "quebec-postgraduate",
    text: "Residents should not post content that depicts intoxication, uses profanity, demeans patients or colleagues, or harasses anyone, and should raise concerns through formal channels.\n",
    clean: CONDUCT,
  },
  {
    name: "Obsidian note: substance-use lecture with clinical terms",
    policy: "umn-health-sciences",
    text: "# Addiction medicine\n\n- patients who inject heroin: offer naloxone and needle exchange\n- cocaine chest pain: avoid beta blockers\n- \"drug seeker\" is a stigmatising label; document the pain history instead\n",
    clean: CONDUCT,
  },
  // ================= more tricky negatives =================
  {
    name: "patient leaflet draft: third-person instructions",
    policy: "umn-health-sciences",
    text: "Patients should remember to take the tablets with food, and the leaflet explains why.\n",
    clean: [ADVICE],
  },
  {
    name: "public-health nudge about the flu jab",
    policy: "general",
    text: "Best to get the flu jab before December if you're in a risk group; your GP surgery can book you in.\n",
    clean: [ADVICE],
  },
  {
    name: "lecture review: cocaine pharmacology",
    policy: "umn-health-sciences",
    text: "Great lecture on cocaine before the exam block: cardiotoxicity, vasospasm and why beta blockers are debated.\n",
    clean: [SUBST],
  },
  {
    name: "tweet: hot-headed is not sexual",
    policy: "general",
    text: "The new reg is so hot-headed, I'd avoid asking her anything before coffee.\n",
    clean: [HARASS],
  },
  {
    name: "Instagram: guess which intern passed",
    policy: "quebec-postgraduate",
    text: "Guess which intern just passed her membership exams? So proud of you, Aisha 😂🎉\n",
    clean: [COLL],
  },
  {
    name: "teaching note: the typical elderly patient",
    policy: "umn-health-sciences",
    text: "The typical elderly patient with pneumonia may have no fever at all, so check the lactate.\n",
    clean: [DISC],
  },
  {
    name: "blog: why every elderly patient gets a falls assessment",
    policy: "general",
    text: "Why do all elderly patients need a falls assessment? Because one fall can end independence.\n",
    clean: [DISC],
  },
  {
    name: "imu-staff: solidarity with students is not an endorsement",
    policy: "imu-staff",
    text: "Our university stands with its nursing students after the flood; the hardship office is open all week.\n",
    clean: [ENDORSE],
  },
  {
    name: "imu-staff: an institutional partnership without a sale",
    policy: "imu-staff",
    text: "IMU is an official partner of the WHO Healthy Campus network this year.\n",
    clean: [ENDORSE],
  },
  {
    name: "Instagram: mishit and Scunthorpe",
    policy: "umn-health-sciences",
    text: "She mishit the ball into the Scunthorpe car park and we laughed for an hour.\n",
    clean: [PROF],
  },
  {
    name: "tweet: posting notes later",
    policy: "umn-health-sciences",
    text: "Grand rounds today on burnout; I'll post my notes on the blog tonight.\n",
    clean: [SETTING],
  },
];

describe("conduct, advice, tone and affiliation rules on a wider hand-written set", () => {
  it("has at least 60 cases, at least half of them negatives", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    const negatives = CASES.filter((c) => !c.hit?.length).length;
    expect(negatives * 2).toBeGreaterThanOrEqual(CASES.length);
  });
  checkRuleCases(CASES);
  it("uses crisis wording for advice about an overdose", async () => {
    const text = "> took too many of my sleeping pills, scared\n\nIf you've taken too many sleeping pills, just drink lots of water and sleep it off, you'll be fine by morning.\n";
    const f = (await lintText(text, "umn-health-sciences")).findings.find((x) => x.rule === ADVICE);
    expect(f?.fixes[0]?.edits[0]?.insert).toMatch(/crisis/i);
  });
});

/** One-line posts, replies and captions: [pack, rule, should flag, text]. */
const LINES: [string, string, boolean, string][] = [
  ["general", ADVICE, true, "Honestly for a migraine that bad I'd just take two sumatriptan back to back."],
  ["general", ADVICE, true, "Yeah that's shingles. Grab some aciclovir cream from the pharmacy and you'll be sweet."],
  ["general", ADVICE, true, "Reply to @mel: if the baby's still feverish tonight, alternate Calpol and Nurofen every three hours."],
  ["general", ADVICE, true, "Your dad's warfarin needs adjusting if his INR is 4, just skip tonight's dose."],
  ["general", ADVICE, true, "Comment if you want me to look at your bloods, I'll tell you what they mean 😊"],
  ["general", ADVICE, true, "Anyone with a sore throat: gargle salt water and take 1g paracetamol four times a day, you don't need a GP."],
  ["general", ADVICE, false, "I take 20 mg of citalopram every morning and it has changed my life; talk to your GP if you're struggling."],
  ["general", ADVICE, false, "Guidelines suggest doubling the dose of inhaled steroid is not effective for exacerbations (BTS 2019)."],
  ["general", ADVICE, false, "We were taught to stop the metformin before contrast and restart after 48 hours."],
  ["general", ADVICE, false, "The registrar asked me to give her paracetamol and recheck the temperature in an hour."],
  ["general", SUBST, true, "Still drunk from last night and I have a 9am ward round 🙃"],
  ["general", SUBST, true, "Nothing a few jägerbombs can't fix after that resus shift #medlife"],
  ["general", SUBST, true, "Me and the girls absolutely steaming at the grad ball 🥴🥴"],
  ["general", SUBST, true, "Ketamine before anatomy lab? Not my finest idea lmao"],
  ["general", SUBST, true, "Sunday plans: hungover brunch and zero revision."],
  ["general", SUBST, false, "Patient was visibly drunk on arrival; BAC 0.21, managed with fluids and observation."],
  ["general", SUBST, false, "My grandad's wake: a pint in his honour and lots of stories."],
  ["general", SUBST, false, "Harm reduction 101: never use alone, carry naloxone, test your supply."],
  ["general", DISC, true, "Another frequent flyer in bed 4, what a surprise."],
  ["general", DISC, true, "Of course the gypsy family in bay 3 wants to self-discharge again."],
  ["general", DISC, true, "Typical psych patient, screaming at the nurses for a sandwich lol."],
  ["general", DISC, true, "Obese patients are just lazy, change my mind."],
  ["general", DISC, false, "We need better language than 'non-compliant'; these people often can't afford the meds."],
  ["general", DISC, false, "Roma communities face huge barriers to primary care; here's what our outreach team learned."],
  ["general", HARASS, true, "If the registrar shouts at me one more time I swear I'll punch him."],
  ["general", HARASS, true, "You'd look so much better without that hijab tbh 😏"],
  ["general", HARASS, true, "Whoever keeps stealing my lunch from the fridge: I know which locker is yours."],
  ["general", HARASS, false, "Today I learned how to de-escalate a patient who threatened to punch a nurse."],
  ["general", HARASS, false, "My little sister says she'll kill me if I post this photo 😂"],
  ["general", COLL, true, "Our attending is honestly the worst teacher I've ever had."],
  ["general", COLL, true, "The residency program treats us like cheap labour and everyone knows it."],
  ["general", COLL, true, "Nurse Ratched on 7B strikes again, reducing another F1 to tears."],
  ["general", COLL, true, "Management buried my incident report, so I'm posting the photos here for everyone to see."],
  ["general", COLL, false, "Our attending stayed two hours after handover to help me with my first chest drain."],
  ["general", COLL, false, "The programme changed the rota after our feedback, credit where it's due."],
  ["general", COLL, false, "Raised it with my supervisor today, and she handled it brilliantly."],
  ["general", PROF, true, "Bloody hell this shift was a sh*tshow from start to finish."],
  ["general", PROF, true, "FFS, the printer ate my portfolio again. fuckkkk"],
  ["general", PROF, false, "Cock's comb and the dick test are two eponyms you'll meet in old textbooks."],
  ["general", PROF, false, "Faeces, urine and vomit: a day in the life on the stroke ward."],
  ["imu-staff", HEATED, true, "WHY DOES NOBODY IN ADMIN EVER ANSWER THEIR EMAILS"],
  ["imu-staff", HEATED, true, "I am absolutely furious about the new marking scheme and I'm done being polite."],
  ["imu-staff", HEATED, false, "Tomorrow's CPD session covers the new MQA and MMC requirements for the MBBS."],
  ["imu-students", SETTING, true, "Doing a quick Insta live from the nurses' station lol"],
  ["imu-students", SETTING, true, "Scrubbed in and checking my DMs between cases, multitasking queen 👑"],
  ["imu-students", SETTING, true, "Live tweeting the Whipple I'm watching in theatre 3 today!"],
  ["imu-students", SETTING, false, "Our hospital just banned phones in theatre, and honestly I agree."],
  ["imu-students", SETTING, false, "I'll reply to everyone's messages after clinic, promise."],
  ["general", ADVICE, false, "Patients on warfarin should never double up on a missed dose; the leaflet explains what to do instead."],
  ["general", ADVICE, false, "When I had shingles my GP gave me aciclovir and told me to take it five times a day."],
  ["general", ADVICE, false, "OSCE tip: when the examiner asks, say you'd stop the NSAID and start a PPI, then explain why."],
  ["general", ADVICE, false, "Grab some coffee, take the stairs and get the notes done before handover."],
  ["general", ADVICE, false, "Take a break, get some sleep, and try the Pomodoro method for the pharmacology block."],
  ["general", ADVICE, false, "In the trial, patients who took two tablets daily had fewer relapses (Lee 2021)."],
  ["general", ADVICE, false, "My mum takes 5 mg of amlodipine and swears by her morning walk."],
  ["general", ADVICE, false, "If you think you've taken too many pills, call 999 or go to A&E now."],
  ["general", ADVICE, false, "She told the group chat she'd taken too many paracetamol, so we called an ambulance and stayed with her."],
  ["general", ADVICE, false, "Lecture summary: switch the PPI to an H2 blocker if C. diff risk is high, per the guideline."],
  ["umn-health-sciences", SUBST, false, "Our cohort's mocktail night after the exams was the best night of the year."],
  ["umn-health-sciences", SUBST, false, "Steaming hot coffee and a quiet clinic, bliss."],
  ["umn-health-sciences", SUBST, false, "I was absolutely wrecked after four nights, slept for fourteen hours."],
  ["umn-health-sciences", SUBST, false, "Adderall for my ADHD has made studying possible; I wish I'd been diagnosed sooner."],
  ["umn-health-sciences", SUBST, false, "Teaching session on ketamine during the anaesthetics block was brilliant."],
  ["general", DISC, false, "Of course the elderly patients on our ward deserve the same dignity as anyone else."],
  ["general", DISC, false, "Typical presentation for a young patient: chest pain, normal ECG, anxious family."],
  ["general", DISC, false, "Why do so many homeless patients miss follow-up? Because we schedule them like everyone else."],
  ["general", HARASS, false, "He's so hot-blooded about football, I'd never watch a match with him."],
  ["general", HARASS, false, "The physio's body mechanics demo was so good I'd recommend it to every new starter."],
  ["general", HARASS, false, "Keep going with the revision and see what happens, you'll surprise yourself."],
  ["general", HARASS, false, "Lifting tip: bend your knees and watch your back when transferring patients."],
  ["quebec-postgraduate", COLL, false, "Guess which intern got the teaching award this year? Our very own Marc!"],
  ["quebec-postgraduate", COLL, false, "Imagine being a consultant and still taking time to teach every student by name. Legend."],
  ["quebec-postgraduate", COLL, false, "The documentary about the hospital reduced me to tears."],
  ["quebec-postgraduate", COLL, false, "Our program director 🙌 thank you for fighting for our parental leave."],
  ["quebec-postgraduate", COLL, false, "I raised it with the department and they fixed it within a week; posting this here so others know the process works."],
  ["general", PROF, false, "Cocktail hour, Dickens and a Scunthorpe United match: a perfect Saturday."],
  ["imu-students", SETTING, false, "My selfie with the anatomy museum skeleton, taken after the lab closed."],
  ["imu-students", SETTING, false, "Between patients, I'm learning that silence is a clinical skill."],
  ["imu-students", SETTING, false, "Quick update on my elective: I start in the ICU on Monday."],
  ["imu-staff", ENDORSE, false, "Our university is proud to be the official partner of the national blood drive this weekend."],
  ["imu-staff", ENDORSE, false, "I reviewed the new stethoscope; it was sponsored by the manufacturer, not by IMU."],
  ["imu-staff", HEATED, false, "The patient had a raging fever and we admitted her to the ward."],
  ["imu-staff", UNSOURCED, false, "Most people in my tutorial group said the new timetable works well."],
  ["imu-students", ADVICE, true, "@aina honestly just up your sertraline to 100 and you'll feel better in a week."],
  ["general", ADVICE, true, "If your kid's got a temp, I'd give ibuprofen and paracetamol together and skip A&E."],
  ["general", SUBST, true, "Pregame in the call room before the hospital Christmas party 🍻 don't tell the boss"],
  ["general", SUBST, true, "Took a xanax before the OSCE and honestly best exam ever"],
  ["general", DISC, true, "These people are animals, honestly, the junkies in resus tonight."],
  ["general", HARASS, true, "Dr Patel's new reg is hot af, I'd let him examine me anytime 🥵"],
  ["general", HARASS, true, "Try reporting me again and see what happens."],
  ["quebec-postgraduate", COLL, true, "Our PD couldn't organise a piss-up in a brewery."],
  ["quebec-postgraduate", COLL, true, "Nobody internally listens, so here it is: the ICU has been short four nurses every night for a month."],
  ["imu-staff", ENDORSE, true, "Get 15% off GlowSkin serum with my IMU staff code! #IMUapproved #ad"],
  ["imu-staff", ENDORSE, true, "IMU proudly supports candidate Dr Tan for the state seat; vote on the 12th."],
  ["imu-staff", DISCLOSURE, true, "IMU dropped 40 places in the rankings this year and fees went up again."],
  ["imu-staff", UNSOURCED, true, "Nine out of ten dentists recommend this mouthwash for gum disease."],
  ["imu-students", SETTING, true, "Reels from the anatomy lab are my favourite content 💀 filmed one mid-dissection today"],
];

describe("one-line posts, replies and captions", () => {
  it.each(LINES.map((l) => [l[3], l] as const))("%s", async (_text, [policy, rule, flag, text]) => {
    const got = (await lintText(text + "\n", policy)).findings.filter((f) => f.rule === rule).map((f) => f.text);
    if (flag) expect(got, `expected ${rule}`).not.toEqual([]);
    else expect(got, `unexpected ${rule}`).toEqual([]);
  });
});

/**
 * Classes the first hand-written set under-covered (modelled on real incidents, all sentences
 * new): drinking quantities and pre-drinks, memory loss, drugs described by their effect, and
 * arriving at work impaired; threats to expose or dox and sexual remarks about colleagues;
 * specific complaints about a named supervisor or colleague and whistleblowing after the
 * internal route failed; and derogatory slang for older patients and drug users. Half are
 * tricky negatives.
 */
const MORE: Case[] = [
  // ---------- conduct.substance: positives ----------
  { name: "pre-drinks: a bottle of tequila between five", policy: "umn-health-sciences", hit: [SUBST],
    text: "Pre-drinks got out of hand: the five of us finished a bottle of tequila before the taxi even showed up 🥴\n" },
  { name: "pitchers deep before a ward round", policy: "general", hit: [SUBST],
    text: "Three pitchers of sangria deep and someone suggested karaoke. Ward round at 8, what could possibly go wrong\n" },
  { name: "split a handle of vodka", policy: "umn-health-sciences", hit: [SUBST],
    text: "End-of-block tradition: me and the flatmates split a handle of vodka and watched Grey's Anatomy. Peak med school.\n" },
  { name: "blacked out at the after-party", policy: "general", hit: [SUBST],
    text: "Apparently I gave a speech at the white coat after-party. I blacked out way before midnight so I'll take their word for it 😭\n" },
  { name: "passed out on the bathroom floor at a birthday", policy: "general", hit: [SUBST],
    text: "Passed out on the bathroom floor at Jess's birthday and still made it to anatomy by nine. Built different.\n" },
  { name: "can't remember getting home after the social", policy: "general", hit: [SUBST],
    text: "Rugby social was unreal. Can't remember getting home but I found my stethoscope in the fridge this morning.\n" },
  { name: "gummies kicked in during a lecture", policy: "umn-health-sciences", hit: [SUBST],
    text: "The gummies kicked in halfway through the pharmacology lecture and I could not stop laughing at the word 'clearance'.\n" },
  { name: "edibles hit at grand rounds", policy: "general", hit: [SUBST],
    text: "Edibles hit right as grand rounds started. Longest hour of my life lol\n" },
  { name: "came to clinic still half-drunk", policy: "quebec-postgraduate", hit: [SUBST],
    text: "Rolled into Monday clinic still half-drunk from my cousin's wedding 🙈 the patients were none the wiser\n" },
  { name: "still buzzed at morning report", policy: "umn-health-sciences", hit: [SUBST],
    text: "Showed up to morning report still a little buzzed from the retirement party, attending had no idea.\n" },
  { name: "rocked up to ward round still tipsy", policy: "general", hit: [SUBST],
    text: "Rocked up to the ward round still tipsy from the leaving do. Consultant asked if I was feeling alright 😅\n" },
  { name: "two bottles of prosecco before the ball", policy: "umn-health-sciences", hit: [SUBST],
    text: "Two bottles of prosecco between the three of us before the ball even started 🥂 no regrets\n" },
  // ---------- conduct.substance: negatives ----------
  { name: "teaching: memory loss after drinking needs a head injury assessment", policy: "general", clean: [SUBST],
    text: "Teaching point from tonight: if someone can't remember getting home after a night out, think head injury, not just alcohol.\n" },
  { name: "patient passed out on the bathroom floor", policy: "umn-health-sciences", clean: [SUBST],
    text: "He passed out on the floor of the bathroom and hit his head; CT was normal. Always check a glucose in a collapse.\n" },
  { name: "wine at a wedding", policy: "general", clean: [SUBST],
    text: "A glass of wine with dinner at my sister's wedding, then dancing until midnight. Perfect day.\n" },
  { name: "coffee is my drug", policy: "umn-health-sciences", clean: [SUBST],
    text: "Coffee is my drug of choice; four cups deep and it's only 10am ☕\n" },
  { name: "substance-use disorder lecture notes", policy: "general", clean: [SUBST],
    text: "## Alcohol use disorder\n\nScreen with AUDIT-C. Blackouts, morning drinking and failed attempts to cut down are red flags; offer brief interventions.\n" },
  { name: "patient's alcohol history", policy: "quebec-postgraduate", clean: [SUBST],
    text: "Patient drinks a bottle of vodka a day and has blacked out several times this month; started on thiamine.\n" },
  { name: "edible onset counselling", policy: "general", clean: [SUBST],
    text: "Edibles can take two hours to kick in, which is why people redose and end up in the ED. Counsel on this.\n" },
  { name: "bottle of wine between six at graduation", policy: "general", clean: [SUBST],
    text: "We split a bottle of wine between the six of us at the graduation dinner and toasted our teachers.\n" },
  { name: "still buzzing from a conference", policy: "umn-health-sciences", clean: [SUBST],
    text: "Still buzzing from the conference, and morning report felt electric today.\n" },
  { name: "fainted at a blood donation", policy: "general", clean: [SUBST],
    text: "Blacked out for a second during my first blood donation and woke up on the floor. Eat breakfast before you donate!\n" },
  { name: "professionalism module: colleague turns up drunk", policy: "general", clean: [SUBST],
    text: "Professionalism session today: what to do if a colleague turns up to work still drunk. Escalate to a senior; covering for them protects nobody.\n" },
  // ---------- conduct.harassment: positives ----------
  { name: "dox threat in a group chat", policy: "general", hit: [HARASS],
    text: "Keep lying about me and I'll post your address in every group chat on campus.\n" },
  { name: "screenshot exposure threat", policy: "umn-health-sciences", hit: [HARASS],
    text: "I have every screenshot. I'll share them all and make sure the whole hospital knows what you are.\n" },
  { name: "good luck sleeping tonight", policy: "general", hit: [HARASS],
    text: "@reg_on_call you reported me to the rota lead? Good luck sleeping tonight.\n" },
  { name: "try me after a report", policy: "general", hit: [HARASS],
    text: "Go ahead and report me again. Try me.\n" },
  { name: "everyone will know what you did", policy: "imi", hit: [HARASS],
    text: "By Friday everyone at the clinic will know what you did. I'm sending the messages to your boss and your wife.\n" },
  { name: "dress too short, not complaining", policy: "umn-health-sciences", hit: [HARASS],
    text: "The new intern's dress at induction was way too short, not that I'm complaining 😏\n" },
  { name: "see the reg without the scrubs", policy: "general", hit: [HARASS],
    text: "New anaesthetics reg is unreal, I'd love to see him without the scrubs 🥵\n" },
  { name: "get the demonstrator alone", policy: "imi", hit: [HARASS],
    text: "Would love to get the new lab demonstrator alone in the cold room 😈\n" },
  // ---------- conduct.harassment: negatives ----------
  { name: "reporting a dox threat", policy: "general", clean: [HARASS],
    text: "Someone in the year group chat threatened to post my address. I reported it to security and the police; please don't share their messages.\n" },
  { name: "song lyric in quotes", policy: "general", clean: [HARASS],
    text: "Night shift playlist: \"Every breath you take, every move you make, I'll be watching you\" on repeat.\n" },
  { name: "try me, cooking", policy: "general", clean: [HARASS],
    text: "My sambal is too spicy for most of the ward. Think you can handle it? Try me 🌶️\n" },
  { name: "good luck sleeping with the heat", policy: "general", clean: [HARASS],
    text: "Good luck sleeping tonight with this heatwave, night shift crew ☀️\n" },
  { name: "harassment training quote", policy: "umn-health-sciences", clean: [HARASS],
    text: "Harassment training reminder: comments like \"her dress was too short\" are never okay, and you can report them anonymously.\n" },
  { name: "compliment on a dress", policy: "general", clean: [HARASS],
    text: "Her dress for the graduation gala was stunning, and she designed it herself.\n" },
  { name: "brother without the cast", policy: "general", clean: [HARASS],
    text: "Can't wait to see him without the cast, my little brother's arm is finally healing!\n" },
  { name: "sharing rota screenshots", policy: "general", clean: [HARASS],
    text: "I'll share the rota screenshots with the whole team so everyone knows their shifts.\n" },
  // ---------- conduct.colleague: positives ----------
  { name: "program director named, refused leave, wellness email", policy: "quebec-postgraduate", hit: [COLL],
    text: "Our program director, Dr. Halloran, is the worst thing that has happened to this residency. He refused every single leave request this year, including for a funeral, then e-mailed us about wellness.\n" },
  { name: "senior photographer punching bag", policy: "imi", hit: [COLL],
    text: "The senior photographer treats me as her personal punching bag. Yesterday she deleted my whole session and blamed me in front of the client.\n" },
  { name: "incident reports unanswered, journalists DMs open", policy: "general", hit: [COLL],
    text: "I filed two incident reports about the broken hoists and nobody answered. Journalists, my DMs are open. I have the memo.\n" },
  { name: "manager then newspaper, internal route failed", policy: "imi", hit: [COLL],
    text: "I reported this to my manager in March and to a newspaper in June. Nothing changed.\n\nI'm posting here because the internal route failed. Please share.\n" },
  { name: "supervisor takes credit", policy: "quebec-postgraduate", hit: [COLL],
    text: "My supervisor takes credit for every analysis I run and then tells the PI I'm slow.\n" },
  { name: "clinical lead screamed at a student", policy: "general", hit: [COLL],
    text: "Dr. Morgan, our clinical lead, screamed at a student in the corridor today and nobody said a word.\n" },
  { name: "charge nurse makes my life miserable", policy: "general", hit: [COLL],
    text: "The charge nurse on nights has made it her mission to make my life miserable.\n" },
  // ---------- conduct.colleague: negatives ----------
  { name: "praise for a named program director", policy: "quebec-postgraduate", clean: [COLL],
    text: "Our program director, Dr. Okafor, approved every leave request this year and still checks in on us. Best thing that has happened to this residency.\n" },
  { name: "constructive feedback for the department", policy: "general", clean: [COLL],
    text: "Feedback for the department: the new rota is clearer, but handover still runs late. Could we start fifteen minutes earlier?\n" },
  { name: "raised and fixed", policy: "imi", clean: [COLL],
    text: "I raised the broken hoist with my manager in March and it was replaced within a fortnight. Speak up, it works.\n" },
  { name: "journal club on whistleblowing policy", policy: "general", clean: [COLL],
    text: "Journal club tonight: whistleblowing policy in the NHS. When is going to the press justified, and what protections exist? Reading: the Francis report.\n" },
  { name: "guidance: escalate, not Twitter", policy: "quebec-postgraduate", clean: [COLL],
    text: "Incident reports are how the hospital learns. If nobody answers yours within ten days, escalate to the patient safety team, not to Twitter.\n" },
  { name: "mentor praise", policy: "imi", clean: [COLL],
    text: "My senior photographer mentor taught me more in a week than I learned in a year of courses.\n" },
  { name: "leave refused fairly", policy: "general", clean: [COLL],
    text: "My manager refused my leave request because the dates clashed with exams, which is fair.\n" },
  // ---------- conduct.discrimination: positives ----------
  { name: "crumblies in bay 6", policy: "general", hit: [DISC],
    text: "Bay 6 is full of crumblies again, zero chance of getting home before 8.\n" },
  { name: "wrinklies and bingo", policy: "general", hit: [DISC],
    text: "Geriatrics placement: six weeks of wrinklies and bingo, send help 😩\n" },
  { name: "coffin dodgers and drunks", policy: "umn-health-sciences", hit: [DISC],
    text: "ED tonight was coffin dodgers and drunks, the usual Friday.\n" },
  { name: "junkie in cubicle 3", policy: "general", hit: [DISC],
    text: "The junkie in cubicle 3 pulled his cannula out for the fourth time.\n" },
  { name: "mocking generalisation about old people", policy: "general", hit: [DISC],
    text: "Old people always think the ward is a hotel, I swear.\n" },
  // ---------- conduct.discrimination: negatives ----------
  { name: "crumble recipe", policy: "general", clean: [DISC],
    text: "Bake sale on the ward: apple and blackberry crumble, with extra crumbly topping.\n" },
  { name: "avoid 'junkie' in the notes", policy: "umn-health-sciences", clean: [DISC],
    text: "Please avoid 'junkie' in the notes; write 'person who injects drugs' instead.\n" },
  { name: "gran's own 'coffin dodger' joke", policy: "general", clean: [DISC],
    text: "My gran calls herself a \"coffin dodger\" and laughs every time. Words like that are hers to use, not ours.\n" },
  { name: "wrinkly skin after immersion", policy: "general", clean: [DISC],
    text: "Wrinkly fingertips after prolonged water immersion are a normal finding and need an intact sympathetic supply.\n" },
  // ---------- more variations ----------
  { name: "a fifth of Fireball in the Uber", policy: "general", hit: [SUBST],
    text: "We killed a fifth of Fireball in the Uber on the way to the formal 🔥\n" },
  { name: "jugs of Pimm's down", policy: "general", hit: [SUBST],
    text: "Four jugs of Pimm's down before the garden party even started.\n" },
  { name: "woke up on the bathroom floor after the party", policy: "umn-health-sciences", hit: [SUBST],
    text: "Woke up on the bathroom floor after the Christmas party, still in yesterday's scrubs.\n" },
  { name: "senior resident yelled at a nurse", policy: "general", hit: [COLL],
    text: "Senior resident yelled at a nurse in front of the family today. Again.\n" },
  { name: "woke up in the on-call room", policy: "general", clean: [SUBST],
    text: "Woke up in the on-call room after a night shift, still in my scrubs.\n" },
  { name: "price of a bottle of tequila", policy: "general", clean: [SUBST],
    text: "A bottle of tequila costs more than my pharmacology textbook, which says a lot about textbooks.\n" },
  { name: "golden oldies night", policy: "general", clean: [DISC],
    text: "Golden oldies night at the students' union raised £400 for the hospice.\n" },
  { name: "memo about a policy, DM for a copy", policy: "general", clean: [COLL],
    text: "I have the memo on the new hand hygiene policy; DM me if you want a copy.\n" },
];

describe("conduct rules on quantities, effects, exposure threats, named complaints and ageist slang", () => {
  it("has at least 40 cases, about half negatives", () => {
    expect(MORE.length).toBeGreaterThanOrEqual(40);
    expect(MORE.filter((c) => !c.hit?.length).length * 2).toBeGreaterThanOrEqual(MORE.length - 4);
  });
  it.each(MORE.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const findings = (await lintText(c.text, c.policy)).findings;
    for (const rule of c.hit ?? []) expect(findings.filter((f) => f.rule === rule).map((f) => f.text), `expected ${rule}`).not.toEqual([]);
    for (const rule of c.clean ?? []) expect(findings.filter((f) => f.rule === rule).map((f) => f.text), `unexpected ${rule}`).toEqual([]);
  });
  it("reports whistleblowing over the narrative paragraph, not only the call to share", async () => {
    const text = "I reported this to my manager in March and to a newspaper in June. Nothing changed.\n\nI'm posting here because the internal route failed. Please share.\n";
    const got = (await lintText(text, "imi")).findings.filter((f) => f.rule === COLL).map((f) => f.text).join(" ");
    expect(got).toContain("reported this to my manager");
    expect(got).toContain("Please share");
  });
});

/**
 * A wider, hand-written evaluation set for the affiliation, privacy and contact rules: short
 * realistic documents (LinkedIn posts, tweets and threads, Instagram captions, faculty blog posts,
 * about pages, Obsidian notes, Facebook-group replies) across the five packs, written to test the
 * classes of behaviour the rules target rather than any corpus sentence. At least half are tricky
 * negatives: policy discussions, advice against befriending patients, declined requests, quoted
 * guidelines with a citation, CV lines with a disclaimer, official department addresses, historical
 * figures.
 *
 * `hit` lists rules that must report at least once; `clean` lists rules that must not report.
 */
import { describe, it, expect } from "vitest";
import { createLinter, type Pack } from "../../shared/src/index.js";
import { rules, builtinPacks } from "../../rules/index.js";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const IMU_S = "The posts on this site are my own and do not necessarily represent the positions, strategies, or opinions of the International Medical University.";
const IMU_STAFF = "The views expressed on this blog are mine alone and do not necessarily reflect the views of International Medical University.";
const UMN = "The views expressed here are my own and do not represent the University of Minnesota; I am speaking for myself and not on behalf of the University.";

type Case = RuleCase;

const CONTACT = "patient.contact", DISCLAIMER = "affiliation.disclaimer", OTHERS = "privacy.others", PERSONAL = "privacy.personal";
const EMAIL = "affiliation.email", DISCLOSURE = "affiliation.disclosure", ENDORSE = "affiliation.endorsement", SETTING = "clinical.setting", UNSOURCED = "accuracy.unsourced";

const CASES: Case[] = [
  // ---------------- patient.contact: positives ----------------
  {
    name: "facebook post: a patient's mum described indirectly, accepted, ongoing messages",
    policy: "umn-health-sciences",
    text: "After my paediatrics rotation ended, the mum of one of the kids I looked after sent me a friend request on Facebook. I accepted it because she had been so kind, and now she messages me photos of him every week.\n",
    hit: [CONTACT],
  },
  {
    name: "tweet: a lady from clinic, followed back",
    policy: "quebec-postgraduate",
    text: "Small win this week: a lady from my Tuesday clinic found me on Instagram and I followed her back 🌱 She sends me pictures of her tomatoes now.\n",
    hit: [CONTACT],
  },
  {
    name: "IMI diary: former patient connects on LinkedIn",
    policy: "imi",
    text: "# Studio diary\n\nMy former patient asked to connect on LinkedIn once her reconstruction series was finished, so I said yes. We've been chatting about her new job since.\n",
    hit: [CONTACT],
  },
  {
    name: "Instagram caption: WhatsApp group with families from the posting",
    policy: "imu-students",
    text: `Made a WhatsApp group with the families from our paeds posting so they can keep sending me updates on the little ones 💛\n\n${IMU_S}\n`,
    hit: [CONTACT],
  },
  {
    name: "reflection: gave a patient's wife my personal number",
    policy: "umn-health-sciences",
    text: "Before he went home I gave the wife of one of my patients my personal number, so she could text me if anything changed. She still does, most Sundays.\n",
    hit: [CONTACT],
  },
  {
    name: "tweet: patient's son follows me on TikTok and I follow back",
    policy: "quebec-postgraduate",
    text: "The son of an old patient of mine follows me on TikTok now and comments on every video 😂 obviously I followed him back.\n",
    hit: [CONTACT],
  },
  {
    name: "faculty blog: dad of a boy I treated added me, we message",
    policy: "imu-staff",
    text: "The dad of a boy I treated last year added me on Facebook; we message now and then about how he is doing at school.\n",
    hit: [CONTACT],
  },
  {
    name: "LinkedIn: patient's daughter, connection accepted",
    policy: "umn-health-sciences",
    text: "A patient's daughter reached out after her dad's discharge and asked to connect on LinkedIn. I accepted, and we've kept in touch ever since.\n",
    hit: [CONTACT],
  },
  {
    name: "Obsidian note: texting a former patient from the ward",
    policy: "imu-students",
    text: `## Week 3 reflections\n\nStill texting Uncle from bed 12 on WhatsApp after he was discharged, he sends me good morning stickers every day.\n\n${IMU_S}\n`,
    hit: [CONTACT],
  },
  // ---------------- patient.contact: negatives ----------------
  {
    name: "policy discussion thread",
    policy: "umn-health-sciences",
    text: "Should residents accept friend requests from patients? Most guidelines say no, and I agree: keep the relationship in the clinic, where it belongs.\n",
    clean: [CONTACT],
  },
  {
    name: "advice to new interns against adding patients",
    policy: "quebec-postgraduate",
    text: "PSA for new interns: don't add patients or their families on Facebook, even after discharge. Point them to the clinic line instead.\n",
    clean: [CONTACT],
  },
  {
    name: "declined a request from a patient's husband",
    policy: "imi",
    text: "A patient's husband sent me a friend request after the photo session. I declined it and explained our policy at the next appointment.\n",
    clean: [CONTACT],
  },
  {
    name: "own mum's friend request, clinical post otherwise",
    policy: "imu-students",
    text: `My mum finally joined Facebook and sent me a friend request. I accepted it, and now she comments on every post, including my ward round survival tips.\n\n${IMU_S}\n`,
    clean: [CONTACT],
  },
  {
    name: "following public-health accounts",
    policy: "umn-health-sciences",
    text: "I follow the CDC and the WHO on Instagram for patient education ideas, and I message my co-residents on WhatsApp about the good ones.\n",
    clean: [CONTACT],
  },
  {
    name: "official clinic page patients can follow",
    policy: "umn-health-sciences",
    text: "Our clinic has an official Facebook page that patients can follow for updates. It's run by the communications team, not by individual residents.\n",
    clean: [CONTACT],
  },
  {
    name: "essay: why I never friend patients",
    policy: "imu-students",
    text: `When I started clinical postings, a senior told me never to accept friend requests from patients. Three years later I still follow that rule: if a patient or their family finds me on Instagram, I politely decline and keep my account private.\n\n${IMU_S}\n`,
    clean: [CONTACT],
  },
  {
    name: "in-person chat with a former patient, no social media",
    policy: "umn-health-sciences",
    text: "A former patient recognised me at Target today and said hi. We talked for a minute about her kids, and that was that.\n",
    clean: [CONTACT],
  },
  {
    name: "quoted guideline with a citation",
    policy: "imu-staff",
    text: "The GMC's guidance is clear: \"If a patient contacts you about their care or other professional matters through your private profile, you should indicate that you cannot mix social and professional relationships\" (GMC, *Doctors' use of social media*, 2013).\n",
    clean: [CONTACT, UNSOURCED],
  },
  // ---------------- affiliation.disclaimer: positives ----------------
  {
    name: "imu-students Instagram caption with few health words",
    policy: "imu-students",
    text: "Here is how a split-thickness skin graft looks after six weeks 👀 #medstudent\n",
    hit: [DISCLAIMER],
  },
  {
    name: "imu-students wound photo caption",
    policy: "imu-students",
    text: "![Wound on day 10 after a dressing change](wound-day10.jpg)\n\nDay 10 and look at that granulation tissue. Healing so nicely!\n",
    hit: [DISCLAIMER],
  },
  {
    name: "umn LinkedIn: as a UMN med student",
    policy: "umn-health-sciences",
    text: "As a UMN med student, I spent my summer at a rural family medicine clinic up north, and it changed what I want to do.\n",
    hit: [DISCLAIMER],
  },
  {
    name: "umn resident: my residency program at the U",
    policy: "umn-health-sciences",
    text: "# Night float survival\n\nI'm a PGY-2 in the internal medicine residency program at the U, and here's what I wish someone had told me about night float.\n",
    hit: [DISCLAIMER],
  },
  {
    name: "umn: a student at our med school",
    policy: "umn-health-sciences",
    text: "As a first-year student at our med school, I was surprised how quickly the anatomy lab started to feel normal.\n",
    hit: [DISCLAIMER],
  },
  {
    name: "imu-staff: institutional e-mail alone",
    policy: "imu-staff",
    text: "Running a free workshop on writing good MCQs next month. Questions? Drop me a line: rahman.aziz@imu.edu.my\n",
    hit: [DISCLAIMER, EMAIL],
  },
  {
    name: "umn: obfuscated institutional e-mail as contact",
    policy: "umn-health-sciences",
    text: "Happy to chat about applying to family medicine. Email me: jsmit123 [at] umn [dot] edu\n",
    hit: [DISCLAIMER],
  },
  // ---------------- affiliation.*: negatives ----------------
  {
    name: "imu-staff CV line with the disclaimer present",
    policy: "imu-staff",
    text: `## Experience\n\n- Senior Lecturer in Pharmacology, International Medical University (2016–present)\n- Pharmacist, Hospital Kuala Lumpur (2010–2016)\n\n${IMU_STAFF}\n`,
    clean: [DISCLAIMER, ENDORSE, DISCLOSURE],
  },
  {
    name: "umn: official department address, not the author's",
    policy: "umn-health-sciences",
    text: "Thinking about an away rotation? The visiting-student office handles applications; send questions to the office at mdvisit@umn.edu rather than to individual faculty.\n",
    clean: [DISCLAIMER, EMAIL],
  },
  {
    name: "imu-students non-health weekend post",
    policy: "imu-students",
    text: "Weekend hike up Bukit Gasing with the housemates. Legs are dead, views were worth it, 10/10 would recommend.\n",
    clean: [DISCLAIMER],
  },
  {
    name: "imu-students marathon post with a couple of body words",
    policy: "imu-students",
    text: "Finished my first half marathon! My heart was pounding at km 18 and everything hurt, but the pain was so worth it. Next goal: under two hours.\n",
    clean: [DISCLAIMER],
  },
  {
    name: "imu-students wound caption with the disclaimer",
    policy: "imu-students",
    text: `Here is how a split-thickness skin graft looks after six weeks.\n\n${IMU_S}\n`,
    clean: [DISCLAIMER],
  },
  {
    name: "umn: a nurse's opinion with no institution",
    policy: "umn-health-sciences",
    text: "As a nurse with twenty years on the floor, I can tell you the flu shot is the easiest thing you'll do for your family this winter.\n",
    clean: [DISCLAIMER],
  },
  {
    name: "umn: passing mention of our school's policy, no role statement",
    policy: "umn-health-sciences",
    text: "Our school's social media policy is blunt about patient stories, and I think it's right.\n",
    clean: [DISCLAIMER],
  },
  {
    name: "umn: about page with a paraphrased own-views sentence",
    policy: "umn-health-sciences",
    text: "I'm a third-year medical student at the University of Minnesota. Everything here is my own opinion; I speak for myself, not the University.\n",
    clean: [DISCLAIMER],
  },
  {
    name: "imu-staff: Ministry recommends, not the institution",
    policy: "imu-staff",
    text: `The Ministry of Health recommends the HPV vaccine for all 13-year-old girls, and I teach my IMU students why ([MOH](https://www.moh.gov.my)).\n\n${IMU_STAFF}\n`,
    clean: [ENDORSE, DISCLAIMER, UNSOURCED],
  },
  // ---------------- privacy.others: positives ----------------
  {
    name: "LinkedIn: naming a clinical tutor with role",
    policy: "imu-students",
    text: `Huge thanks to our clinical tutor Priya Raman for an hour of bedside teaching on murmurs today.\n\n${IMU_S}\n`,
    hit: [OTHERS],
  },
  {
    name: "team photo at handover",
    policy: "umn-health-sciences",
    text: "Last night shift of the block!\n\n![Me and the team at handover](team.jpg)\n",
    hit: [OTHERS],
  },
  {
    name: "clip of a co-resident in the call room",
    policy: "quebec-postgraduate",
    text: "Posting this video of my co-resident dancing in the call room at 3 a.m. because he deserves to go viral.\n",
    hit: [OTHERS],
  },
  {
    name: "class photo after the white coat ceremony",
    policy: "umn-health-sciences",
    text: "White coat ceremony done!\n\n![Group selfie with my classmates after the ceremony](whitecoat-group.jpg)\n",
    hit: [OTHERS],
  },
  {
    name: "naming a supervisor after a comma",
    policy: "quebec-postgraduate",
    text: "My supervisor, Hélène Tremblay, stayed two hours late to go over my presentation with me.\n",
    hit: [OTHERS],
  },
  // ---------------- privacy.others: negatives ----------------
  {
    name: "historical figure quoted",
    policy: "imu-students",
    text: `Sir William Osler famously said "Listen to your patient, he is telling you the diagnosis." Dr. Osler also founded the first residency programme.\n\n${IMU_S}\n`,
    clean: [OTHERS],
  },
  {
    name: "Apgar history",
    policy: "umn-health-sciences",
    text: "Dr. Virginia Apgar developed her newborn score as an anaesthesiologist, and it is still used in every delivery room.\n",
    clean: [OTHERS],
  },
  {
    name: "landscape photo",
    policy: "umn-health-sciences",
    text: "Sunday reset.\n\n![Sunrise over the Stone Arch Bridge](bridge.jpg)\n",
    clean: [OTHERS],
  },
  {
    name: "team photo with recorded consent",
    policy: "umn-health-sciences",
    text: "Marathon medical tent crew!\n\n<!-- decorum-consent: TEAM-PHOTO-2024-10 -->\n![Our team at the marathon medical tent](tent-team.jpg)\n",
    clean: [OTHERS],
  },
  {
    name: "selfie alone at the desk",
    policy: "quebec-postgraduate",
    text: "Day 41 of studying.\n\n![Me at my desk with far too much coffee](desk.jpg)\n",
    clean: [OTHERS],
  },
  {
    name: "thanks to unnamed tutors",
    policy: "imu-students",
    text: `Thank you to my amazing tutors for a great surgery posting, I learnt so much.\n\n${IMU_S}\n`,
    clean: [OTHERS],
  },
  {
    name: "asked permission before posting a clip",
    policy: "quebec-postgraduate",
    text: "I asked my co-resident first, and he agreed: here is the video of him dancing in the call room.\n",
    clean: [OTHERS],
  },
  // ---------------- privacy.personal ----------------
  {
    name: "the hospital helpline is not the author's number",
    policy: "imu-staff",
    text: `To book a slot, call the clinic on 03-8656 7228 during office hours.\n\n${IMU_STAFF}\n`,
    clean: [PERSONAL],
  },
  // ---------------- clinical.setting / unsourced / endorsement / disclosure sanity ----------------
  {
    name: "imu-staff endorsement via the institution's name",
    policy: "imu-staff",
    text: `IMU proudly supports the FreshStart meal-replacement shakes, use code IMU20 for a discount!\n\n${IMU_STAFF}\n`,
    hit: [ENDORSE],
  },
  {
    name: "imu-staff disclosure: writes about the institution's fees with no role",
    policy: "imu-staff",
    text: "IMU's new hostel fees are out, and they are steep.\n",
    hit: [DISCLOSURE],
  },
  {
    name: "imi: scrolling Instagram in theatre",
    policy: "imi",
    text: "Caught myself scrolling Instagram in theatre between cases again. Need to stop.\n",
    hit: [SETTING],
  },
  // ---------------- more near-misses for the wider patterns ----------------
  {
    name: "WhatsApp group for ward nurses, not patients",
    policy: "umn-health-sciences",
    text: "I set up a WhatsApp group for the nurses on the ward so we can swap shifts without the group email.\n",
    clean: [CONTACT],
  },
  {
    name: "team messaging on a busy list",
    policy: "umn-health-sciences",
    text: "We had twenty patients on the list today. We message each other on the team chat all day just to keep track.\n",
    clean: [CONTACT],
  },
  {
    name: "texting my mum about the kids on the ward",
    policy: "imu-students",
    text: `The kids I looked after on the paeds ward were amazing, and I text my mum about them every night.\n\n${IMU_S}\n`,
    clean: [CONTACT],
  },
  {
    name: "a patient's family member added me after discharge, followed back",
    policy: "quebec-postgraduate",
    text: "Mrs. Lee's daughter added me on Instagram after the discharge, and I followed her back.\n",
    hit: [CONTACT],
  },
  {
    name: "imu-students recipe post with one health word",
    policy: "imu-students",
    text: "My mum's chicken soup, the one she made whenever I had a fever. Ginger, garlic, lots of pepper, two hours on low heat.\n",
    clean: [DISCLAIMER],
  },
  {
    name: "advice: never post photos of classmates without asking",
    policy: "imu-students",
    text: `Never post photos of your classmates without asking first; it's in the guidelines for a reason.\n\n${IMU_S}\n`,
    clean: [OTHERS],
  },
  {
    name: "poster image, not people",
    policy: "umn-health-sciences",
    text: "Our first poster!\n\n![Our team's poster on delirium screening at the conference](poster.jpg)\n",
    clean: [OTHERS],
  },
  {
    name: "me and my cat",
    policy: "quebec-postgraduate",
    text: "Rare day off.\n\n![Me and my cat on the balcony](cat.jpg)\n",
    clean: [OTHERS],
  },
];

describe("affiliation/privacy/contact generalisation set", () => {
  it("has at least 40 documents, at least half negatives", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(CASES.length / 2);
  });
  checkRuleCases(CASES);
});

describe("privacy.personal: custom pack identifierPatterns", () => {
  const base = builtinPacks.find((p) => p.id === "imu-students")!;
  const pack: Pack = {
    ...base,
    id: "test-personal-ids",
    name: "Test personal ids",
    identifierPatterns: [
      { name: "NHS number", pattern: String.raw`\b\d{3}[ -]?\d{3}[ -]?\d{4}\b` },
      { name: "student number", pattern: String.raw`\bS\d{7}\b`, flags: "i" },
    ],
  };
  const linter = createLinter({ rules, packs: [...builtinPacks, pack] });
  const lint = async (text: string, policy = "test-personal-ids") =>
    (await linter.lint(text, { config: { policy } })).findings.filter((f) => f.rule === PERSONAL).map((f) => f.text);

  it.each([
    ["For the form: my NHS number is 943 476 5919.", "943 476 5919"],
    ["Writing my student number here so I stop forgetting it: s1234567.", "s1234567"],
  ])("reports the author's own %j", async (text, want) => {
    expect(await lint(text)).toEqual([want]);
  });
  it.each([
    "The patient's NHS number 943 476 5919 was on the referral.",
    "My mum's NHS number is 943 476 5919, she keeps asking me for it.",
    "NHS numbers have ten digits, like 943 476 5919 in the examples.",
  ])("leaves %j alone", async (text) => {
    expect(await lint(text)).toEqual([]);
  });
  it("does not apply the patterns under another pack", async () => {
    expect(await lint("For the form: my NHS number is 943 476 5919.", "imu-students")).toEqual([]);
  });
});

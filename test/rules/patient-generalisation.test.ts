/**
 * A wider evaluation set for patient.identifier and patient.encounter, written independently of
 * the dev corpus: short realistic documents (threads, captions, Obsidian notes, journals,
 * comments) across the five packs, about half of them tricky negatives. Each positive lists the
 * substrings the findings must cover; `allow` lists substrings a finding may cover without being
 * required (borderline details). Every identifier finding must cover an expected or allowed
 * substring (a precision check), and negatives must produce no patient.identifier or
 * patient.encounter finding at all.
 */
import { describe, it, expect } from "vitest";
import type { Finding } from "../../shared/src/index.js";
import type { Pack } from "../../shared/src/pack.js";
import { createLinter, applyEdits } from "../../shared/src/index.js";
import { rules, builtinPacks } from "../../rules/index.js";
import { lintText } from "../helpers/lint.js";

const ID = "patient.identifier";
const ENC = "patient.encounter";

interface Case {
  name: string;
  pack: string;
  text: string;
  id?: string[];
  enc?: string[];
  allow?: string[];
}

const covers = (text: string, f: Finding, sub: string) => {
  let at = text.indexOf(sub);
  while (at >= 0) {
    if (f.start < at + sub.length && at < f.end) return true;
    at = text.indexOf(sub, at + 1);
  }
  return false;
};

const positives: Case[] = [
  {
    name: "thread: bare age after a name, room number, time cue",
    pack: "umn-health-sciences",
    text: "1/ Things I learned on my first week of nights.\n\n2/ At 3 a.m. I admitted Mrs. Okafor, 71, from the ED with urosepsis. Bed 9 on 5 West. Her lactate was 4.2.\n\n3/ Always carry a pen light.\n",
    id: ["Mrs. Okafor", "71", "Bed 9"],
    enc: ["I admitted Mrs. Okafor"],
    allow: ["5 West", "3 a.m."],
  },
  {
    name: "age in parentheses after a name",
    pack: "imu-students",
    text: "Mr. Lindqvist (58) came back to the diabetic foot clinic this morning and the ulcer has finally closed.",
    id: ["Mr. Lindqvist", "58"],
    enc: ["came back to the diabetic foot clinic"],
  },
  {
    name: "first name with 45yo",
    pack: "imu-students",
    text: "We saw Hamid, 45yo, in the fracture clinic today. He had walked on a scaphoid fracture for three weeks.",
    id: ["Hamid", "45yo"],
    enc: ["We saw Hamid"],
  },
  {
    name: "y/o age in a clerking note",
    pack: "umn-health-sciences",
    text: "Yesterday I clerked a 34 y/o woman with a headache that turned out to be a venous sinus thrombosis.",
    id: ["34 y/o"],
    enc: ["Yesterday I clerked"],
  },
  {
    name: "aged before the name",
    pack: "quebec-postgraduate",
    text: "On my last call shift, Mr. Brandt, aged 67, told me he had not taken his warfarin for a week.",
    id: ["Mr. Brandt", "aged 67"],
    enc: ["told me he had not taken"],
  },
  {
    name: "cadaver donor's age and occupation",
    pack: "umn-health-sciences",
    text: "# Anatomy lab, week 5\n\nWe reflected the scalp of our cadaver today. He was 88, a carpenter according to the tag on the table, and his hands were enormous.\n\nI am grateful to every donor.\n",
    id: ["88"],
    enc: ["We reflected the scalp of our cadaver today."],
    allow: ["a carpenter"],
  },
  {
    name: "donor's age given as 'died at'",
    pack: "imu-students",
    text: "Our donor died at 93 of heart failure, the lab card said. Her coronary arteries were like chalk when we opened them this afternoon.",
    id: ["93"],
    enc: ["Our donor died at 93"],
  },
  {
    name: "room, cubicle and bay numbers in a story",
    pack: "imi",
    text: "The lady in Room 302 pressed her call bell every ten minutes last night, and the man in cubicle 6 kept trying to climb out over the rails.",
    id: ["Room 302", "cubicle 6"],
    enc: ["The lady in Room 302"],
  },
  {
    name: "time-cue narrative with no identifiers",
    pack: "quebec-postgraduate",
    text: "Last Thursday in the renal clinic a man in his seventies asked me, very quietly, whether dialysis would mean he could no longer look after his wife.",
    enc: ["Last Thursday in the renal clinic a man"],
  },
  {
    name: "one of my patients",
    pack: "umn-health-sciences",
    text: "One of my patients gave me a hand-knitted hat on her last day of chemo. I cried in the stairwell.",
    enc: ["One of my patients gave me a hand-knitted hat"],
  },
  {
    name: "a man I clerked",
    pack: "imu-students",
    text: "A man I clerked on Monday had been self-treating his chest pain with garlic for a month.",
    enc: ["A man I clerked on Monday"],
  },
  {
    name: "the kids I looked after",
    pack: "umn-health-sciences",
    text: "The kids I looked after on paeds this block taught me more about courage than any lecture. The little boy with leukaemia insisted on high-fiving every nurse.",
    enc: ["The kids I looked after", "The little boy with leukaemia"],
  },
  {
    name: "a lady on the ward",
    pack: "imu-students",
    text: "A lady on the ward kept calling me 'doctor' even after I explained I was a student. She held my hand during her cannula.",
    enc: ["A lady on the ward kept calling me"],
  },
  {
    name: "image caption of a patient scan",
    pack: "umn-health-sciences",
    text: "![CT head](ct.png)\n\n*The CT from a patient we saw on call last night: look at the size of that subdural.*\n",
    enc: ["a patient we saw on call last night"],
  },
  {
    name: "Obsidian ward-round note with beds and age/sex",
    pack: "imu-students",
    text: "## Ward round\n\n- Bed 5: 80F, CAP, improving on IV co-amoxiclav\n- Bed 6: Mr T, delirium, daughter worried\n- Bed 7: 59M, post-op day 2 Whipple\n",
    id: ["Bed 5", "80F", "Bed 6", "Mr T", "Bed 7", "59M"],
    enc: ["80F, CAP"],
  },
  {
    name: "vet: named dog with age",
    pack: "umn-health-sciences",
    text: "Spent the afternoon in surgery with a 6-year-old Labrador called Biscuit who had swallowed an entire sock.",
    id: ["6-year-old", "Biscuit"],
    enc: ["Spent the afternoon in surgery"],
  },
  {
    name: "vet: a mare I treated",
    pack: "umn-health-sciences",
    text: "The mare I treated on the farm call yesterday had colic so bad she was throwing herself against the stable wall.",
    enc: ["The mare I treated on the farm call yesterday"],
  },
  {
    name: "research participant quoted",
    pack: "umn-health-sciences",
    text: "Participant 14 told me during the interview that she had not seen her son in six years. I had to pause the recording.",
    enc: ["Participant 14 told me"],
    allow: ["Participant 14"],
  },
  {
    name: "reflective journal with a name and bare age",
    pack: "imi",
    text: "# Reflection, week 6\n\nI met Ms. Alvarez in the oncology day unit while photographing her skin graft. She is 39 and has two children under five.\n",
    id: ["Ms. Alvarez", "39"],
    enc: ["I met Ms. Alvarez"],
  },
  {
    name: "comment: a patient I had in residency",
    pack: "quebec-postgraduate",
    text: "Ha, this reminds me of a patient I had in residency who swore the rash came from his new cat. It was secondary syphilis.",
    enc: ["a patient I had in residency"],
  },
  {
    name: "French: age in 'ans' after a name",
    pack: "quebec-postgraduate",
    text: "Cette nuit, j'ai admis Mme Tremblay, 84 ans, pour une pneumonie. Elle m'a demandé si elle allait mourir.",
    id: ["Mme Tremblay", "84 ans"],
    enc: ["j'ai admis Mme Tremblay"],
  },
  {
    name: "permission does not make a specific patient's photo story general",
    pack: "imi",
    text: "With the patient's written permission, here is how his burn graft looks after four weeks.",
    enc: ["here is how his burn graft looks"],
  },
  {
    name: "Malaysian pakcik with a bed number",
    pack: "imu-students",
    text: "Pakcik in bed 3 refused his insulin again this morning, so I sat with him and asked why.",
    id: ["bed 3"],
    enc: ["Pakcik in bed 3"],
  },
  {
    name: "ward and date on a case list item",
    pack: "imu-students",
    text: "- Admitted 4 March to Ward 7B: Encik Faiz, 52, with DKA after running out of insulin.\n",
    id: ["4 March", "Ward 7B", "Encik Faiz", "52"],
    enc: ["Encik Faiz"],
  },
  // batch 2, written after the first round of fixes, to check the fixes generalise
  {
    name: "thread: bay and bed together",
    pack: "umn-health-sciences",
    text: "3/ The gentleman in bay 4, bed 2 had been waiting fourteen hours for a ward bed when I came on shift.\n",
    id: ["bay 4", "bed 2"],
    enc: ["The gentleman in bay 4"],
  },
  {
    name: "Obsidian callout clerking note",
    pack: "imu-students",
    text: "> [!note] Clerking\n> Mrs. Wong, 76, fall at home this morning, on apixaban, head CT clear.\n",
    id: ["Mrs. Wong", "76"],
    enc: ["Mrs. Wong"],
  },
  {
    name: "cadaver with an attributive age",
    pack: "umn-health-sciences",
    text: "Our cadaver, a 79-year-old woman, turned out to have a hip replacement and only one kidney.",
    id: ["79-year-old"],
    enc: ["Our cadaver"],
  },
  {
    name: "vet patient named with age",
    pack: "umn-health-sciences",
    text: "Max, a 3-year-old border collie, came in this morning after eating rat bait. His clotting times were off the chart.",
    id: ["Max", "3-year-old"],
    enc: ["came in this morning"],
  },
  {
    name: "the toddler I saw",
    pack: "quebec-postgraduate",
    text: "The toddler I saw in the ED at 4 a.m. had swallowed a button battery, and nobody knew for six hours.",
    enc: ["The toddler I saw in the ED"],
    allow: ["4 a.m."],
  },
  {
    name: "ward number with a name",
    pack: "imu-students",
    text: "Mr. Osei on Ward 12 was finally extubated today after nine days.",
    id: ["Mr. Osei", "Ward 12"],
    enc: ["Mr. Osei on Ward 12"],
  },
  {
    name: "attributive age with the definite article",
    pack: "umn-health-sciences",
    text: "I keep thinking about the 19-year-old we coded on Saturday night.",
    id: ["19-year-old"],
    enc: ["the 19-year-old we coded"],
  },
  {
    name: "research interview participant",
    pack: "umn-health-sciences",
    text: "My first interview participant, a 70-year-old retired miner, cried when he talked about his lungs.",
    id: ["70-year-old"],
    enc: ["My first interview participant"],
  },
  {
    name: "age over 89, predicative",
    pack: "imi",
    text: "The oldest patient I have ever photographed came to the studio this week. She was 102 and still sharp as a tack.",
    id: ["102"],
    enc: ["The oldest patient I have ever photographed"],
  },
  {
    name: "bed number as the subject",
    pack: "imu-students",
    text: "Bed 14A pulled his cannula out three times last night.",
    id: ["Bed 14A"],
    enc: ["Bed 14A pulled his cannula"],
  },
  {
    name: "an age range is not an exact age",
    pack: "umn-health-sciences",
    text: "Last night I admitted a man in his late 60s with chest pain; he was 10 minutes from the hospital when he arrested.",
    enc: ["I admitted a man in his late 60s"],
  },
  {
    name: "a story that mentions privacy is still a story",
    pack: "imu-students",
    text: "To protect her privacy I won't name her, but last night a woman in resus told me she had been hiding her bruises for years.",
    enc: ["last night a woman in resus told me"],
  },
];

const negatives: Case[] = [
  { name: "health education with an age", pack: "umn-health-sciences", text: "Chest pain in a 67-year-old with diabetes should never be dismissed as indigestion. Older women in particular present atypically." },
  { name: "public-health facts", pack: "imu-staff", text: "In 2023, about one in four adults over 65 had a fall. Most falls happen at home, and a simple home-safety check halves the risk (CDC, 2023)." },
  { name: "cited vignette in a blockquote", pack: "imu-students", text: "> A 72-year-old man presents with painless jaundice and weight loss. What is the most likely diagnosis?\n>\n> — *Oxford Handbook of Clinical Medicine, 10th ed.*\n" },
  { name: "textbook case by number", pack: "imu-students", text: "Case 3 in Kumar & Clark describes a 45-year-old man with haemoptysis and a cavitating lesion; read it before Friday's tutorial." },
  { name: "famous published case", pack: "quebec-postgraduate", text: "Phineas Gage, 25, was a railway foreman when a tamping iron went through his frontal lobe in 1848." },
  { name: "author's own admission", pack: "umn-health-sciences", text: "When I was admitted in March with my first Crohn's flare I was 19 and terrified. Room 412 became my home for a week, and the night nurse taught me more than any lecture." },
  { name: "author's own diagnosis", pack: "imu-students", text: "My diagnosis came at 21: type 1 diabetes, found on a routine blood test in my second year. Here's what I wish I had known." },
  { name: "grandmother's news", pack: "imu-students", text: "My grandmother, 91, still gardens every morning. She was admitted last month with a hip fracture and the ward nurses were wonderful to her." },
  { name: "father's surgery", pack: "imu-staff", text: "My dad, 67, had his bypass at the heart centre last week and is already nagging to go home. Thank you all for the messages." },
  { name: "hypothetical case", pack: "quebec-postgraduate", text: "Imagine a 60-year-old man who comes to your clinic with a new tremor. What do you ask first? Start with the drug history." },
  { name: "typical patient", pack: "umn-health-sciences", text: "A typical patient would be a 55-year-old smoker with exertional calf pain that settles within minutes of rest." },
  { name: "confidentiality discussion", pack: "umn-health-sciences", text: "Even 'the man in bed 4' can identify someone to their family. Never post about a specific patient, even with the name removed." },
  { name: "exam logistics room", pack: "imu-students", text: "OSCE station 4 is in Room 714 this year; bring your own stethoscope and arrive by 8 a.m." },
  { name: "conference booth and room", pack: "imi", text: "Our poster is in Hall C, booth 12, and the workshop is in room 3.14 on 12 March. Come and say hi!" },
  { name: "gym rant", pack: "quebec-postgraduate", text: "Leg day at 6 a.m. and a man in his sixties out-squatted me. Humbling. Back tomorrow." },
  { name: "author's own pet", pack: "umn-health-sciences", text: "My dog Luna, 12, is snoring next to me while I revise for the pharmacology final." },
  { name: "study recruitment", pack: "umn-health-sciences", text: "We are recruiting participants aged 18 to 65 for a sleep study this spring. Participants receive a $50 gift card." },
  { name: "author's self-introduction", pack: "imu-students", text: "Hi! I'm a 24-year-old third-year student and I blog about surviving medical school." },
  { name: "fictional teaching case", pack: "imi", text: "Teaching case (fictional): a 45-year-old teacher presents with a changing mole on her back. Which photographic views would you take?" },
  { name: "donor programme in general", pack: "umn-health-sciences", text: "Each spring our school holds a memorial service for the families of those who donated their bodies. It is the most moving hour of first year." },
  { name: "author's own GP visit", pack: "imu-staff", text: "Went to my GP with tonsillitis yesterday and she was lovely; I was in and out in ten minutes." },
  { name: "family birthday", pack: "imu-students", text: "Happy 30th birthday to my sister, who has put up with my exam stress for six years!" },
  { name: "lecture on age thresholds", pack: "imi", text: "Screening starts at 50 in most programmes; patients aged 75 and over are invited only on request." },
  { name: "book review", pack: "quebec-postgraduate", text: "In Being Mortal, Atul Gawande writes about his father's decline with a tenderness I did not expect from a surgeon." },
  // batch 2
  { name: "mum's chemo news", pack: "imu-students", text: "My mum, 58, finished her last round of chemo today and rang the bell! She cried, I cried, the nurses cried." },
  { name: "library room", pack: "imu-students", text: "Room 101 in the library is the best place to study before finals. Bring a jumper." },
  { name: "simulation mannequin", pack: "umn-health-sciences", text: "Our simulation mannequin arrested three times in today's session and I still forgot to check the rhythm." },
  { name: "study cohort", pack: "imu-staff", text: "A 2019 study of 1,200 patients aged 65 and over found that deprescribing reduced falls (Reeve et al., 2019)." },
  { name: "colleague appointment with age", pack: "imu-staff", text: "Congratulations to Amira Hassan, 45, who was appointed dean of the faculty this week." },
  { name: "author's childhood illness", pack: "quebec-postgraduate", text: "When I was 8, I spent a month in hospital with meningitis. That is why I wanted to do paediatrics." },
  { name: "grand rounds case series", pack: "umn-health-sciences", text: "Grand rounds today: a fascinating case series on 40 patients with autoimmune encephalitis. Slides are on the intranet." },
  { name: "thread of tips", pack: "umn-health-sciences", text: "1/ What I wish I knew before my first night shift.\n\n2/ Eat before 2 a.m.\n\n3/ Ask for help early. Nobody minds.\n" },
];

async function findings(c: Case, rule: string): Promise<Finding[]> {
  return (await lintText(c.text, c.pack)).findings.filter((f) => f.rule === rule);
}

describe("generalisation: positives", () => {
  for (const c of positives) {
    it(c.name, async () => {
      const ids = await findings(c, ID);
      for (const e of c.id ?? []) expect(ids.some((f) => covers(c.text, f, e)), `identifier "${e}" in ${JSON.stringify(ids.map((f) => f.text))}`).toBe(true);
      for (const f of ids) {
        const ok = [...(c.id ?? []), ...(c.allow ?? [])].some((e) => covers(c.text, f, e));
        expect(ok, `unexpected identifier "${f.text}"`).toBe(true);
      }
      const encs = await findings(c, ENC);
      for (const e of c.enc ?? []) expect(encs.some((f) => covers(c.text, f, e)), `encounter "${e}"`).toBe(true);
      if (!c.enc?.length) expect(encs).toEqual([]);
    });
  }
});

describe("generalisation: negatives", () => {
  for (const c of negatives) {
    it(c.name, async () => {
      const got = [...(await findings(c, ID)), ...(await findings(c, ENC))].map((f) => `${f.rule}: ${f.text}`);
      expect(got).toEqual([]);
    });
  }
});

describe("generalisation: fixes on new shapes", () => {
  it("generalises a bare age after a name", async () => {
    const text = "At 2 a.m. I admitted Mr. Hale, 67, from the ED with chest pain.";
    const f = (await lintText(text, "general")).findings.filter((x) => x.rule === ID && x.text === "67")[0]!;
    expect(f).toBeDefined();
    const out = applyEdits(text, f.fixes.find((x) => x.id === "generalise")!.edits);
    expect(out).toBe("At 2 a.m. I admitted Mr. Hale, in his 60s, from the ED with chest pain.");
  });
  it("generalises a donor's age in 'She was 82'", async () => {
    const text = "Today we opened the thorax of our donor. She was 82, a retired nurse.";
    const f = (await lintText(text, "general")).findings.filter((x) => x.rule === ID && x.text.includes("82"))[0]!;
    expect(f).toBeDefined();
    const out = applyEdits(text, f.fixes.find((x) => x.id === "generalise")!.edits);
    expect(out).toBe("Today we opened the thorax of our donor. She was in her 80s, a retired nurse.");
  });
});

describe("custom pack identifierPatterns", () => {
  const base = builtinPacks.find((p) => p.id === "imu-staff")!;
  const pack: Pack = {
    ...base,
    id: "test-riverside",
    name: "Test Riverside",
    identifierPatterns: [
      { name: "NHS number", pattern: String.raw`\b\d{3}[ -]?\d{3}[ -]?\d{4}\b` },
      { name: "Riverside hospital number", pattern: String.raw`\bRH\d{7}\b` },
    ],
  };
  const linter = createLinter({ rules, packs: [...builtinPacks, pack] });
  const lint = async (text: string) => (await linter.lint(text, { config: { policy: "test-riverside" } })).findings.filter((f) => f.rule === ID);

  it("reports a local hospital number inside a patient story, with a removal fix", async () => {
    const text = "Last night I admitted a lady with sepsis; her wristband said RH4410923 and she kept asking for her son.";
    const f = await lint(text);
    const hit = f.find((x) => x.text.includes("RH4410923"));
    expect(hit, JSON.stringify(f.map((x) => x.text))).toBeDefined();
    const out = applyEdits(text, hit!.fixes.find((x) => x.id === "generalise")!.edits);
    expect(out).not.toContain("RH4410923");
    expect((await lint(out)).some((x) => x.text.includes("RH"))).toBe(false);
  });
  it("reports an NHS number in a patient story and removes it", async () => {
    const text = "On the ward today a man came in confused; his NHS number 943 476 5919 was on the referral.";
    const f = await lint(text);
    const hit = f.find((x) => x.text.includes("943 476 5919"));
    expect(hit, JSON.stringify(f.map((x) => x.text))).toBeDefined();
    const out = applyEdits(text, hit!.fixes.find((x) => x.id === "generalise")!.edits);
    expect(out).not.toMatch(/943/);
  });
  it("leaves the author's own number and numbers outside patient stories alone", async () => {
    expect(await lint("For the form: my NHS number is 943 476 5919.")).toEqual([]);
    expect(await lint("Our switchboard code RH1234567 is printed on every leaflet.")).toEqual([]);
  });
  it("does not apply a pack's patterns under another pack", async () => {
    const text = "Last night I admitted a lady with sepsis; her wristband said RH4410923.";
    const f = (await linter.lint(text, { config: { policy: "imu-staff" } })).findings.filter((x) => x.rule === ID);
    expect(f.some((x) => x.text.includes("RH4410923"))).toBe(false);
  });
});

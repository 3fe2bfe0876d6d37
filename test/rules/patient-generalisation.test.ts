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
import { covers, lintText } from "../helpers/lint.js";

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

/*
 * Batch 3: recall gaps from a fresh spot check (places tied to a patient, device serials, French
 * wording, casual cadaver/donor talk, ages in words and with units), with tricky negatives for
 * each class (the author's own travel and family, institutions, quizzes, teaching, cited cases).
 */
const positives3: Case[] = [
  // places tied to a patient
  { name: "lives just outside a town", pack: "umn-health-sciences", text: "She lives just outside Millbrook and her mum drove two hours to sit with her in the ED last night.", id: ["Millbrook"], enc: ["She lives just outside Millbrook"] },
  { name: "a farmer near a town", pack: "umn-health-sciences", text: "A farmer near Tillsonburg came in today with his hand crushed in a baler.", id: ["Tillsonburg"], enc: ["A farmer near Tillsonburg came in today"] },
  { name: "back home in", pack: "imi", text: "While we waited for his scan this afternoon he told me all about his vegetable garden back home in Ballarat.", id: ["Ballarat"], enc: ["he told me all about his vegetable garden"] },
  { name: "transferred from a town's general", pack: "umn-health-sciences", text: "Last night we admitted an elderly man transferred from Kirkwood General with a perforated bowel.", id: ["Kirkwood"], enc: ["we admitted an elderly man"] },
  { name: "the town nursing home", pack: "imu-students", text: "The lady from the Maple Grove nursing home was back on our ward again this morning, more confused than last week.", id: ["Maple Grove"], enc: ["The lady from the Maple Grove nursing home"] },
  { name: "a town's only GP", pack: "quebec-postgraduate", text: "My patient today has been seeing Dunmore's only GP for forty years and had never had his blood pressure checked.", id: ["Dunmore"], enc: ["My patient today"] },
  { name: "drove down from a town", pack: "imu-students", text: "The woman I clerked on nights drove down from Elk River with her own discharge letter in a plastic folder.", id: ["Elk River"], enc: ["The woman I clerked on nights"] },
  { name: "a rubber tapper from around a town", pack: "imu-students", text: "Pakcik in bed 7 is a rubber tapper from around Kuala Pilah; he cycled to the clinic this morning.", id: ["bed 7", "Kuala Pilah"], enc: ["Pakcik in bed 7"] },
  { name: "up in a town", pack: "umn-health-sciences", text: "Our patient this week was a logger up in Ely who waited three days before anyone drove him to the clinic.", id: ["Ely"], enc: ["Our patient this week"] },
  // device and serial numbers
  { name: "cadaver pacemaker serial", pack: "umn-health-sciences", text: "Anyone else's cadaver have a pacemaker? Ours did, and we found the serial number on the generator: 7HX-42218.", id: ["7HX-42218"], enc: ["Ours did"] },
  { name: "pacemaker serial on our donor", pack: "imu-students", text: "The pacemaker serial on our donor read PM4471902, so the lab is contacting the manufacturer.", id: ["PM4471902"], enc: ["our donor"] },
  { name: "implant lot number on my cadaver", pack: "umn-health-sciences", text: "We removed the hip implant from my cadaver today; the lot number 22B1945 was still legible on the stem.", id: ["22B1945"], enc: ["my cadaver"] },
  { name: "insulin pump ID in a story", pack: "imi", text: "Last night I photographed a teenager's insulin pump for his notes; the pump ID TX-88213-B was right there in the shot.", id: ["TX-88213-B"], enc: ["Last night I photographed"] },
  { name: "S/N on an explanted device", pack: "umn-health-sciences", text: "The patient I saw this morning had his defibrillator explanted, S/N 44-9921-07, after the recall.", id: ["44-9921-07"], enc: ["The patient I saw this morning"] },
  // French
  { name: "French: chambre number", pack: "quebec-postgraduate", text: "Cette nuit, la dame de la chambre 12 m'a demandé de rester avec elle jusqu'au matin.", id: ["chambre 12"], enc: ["la dame de la chambre 12"] },
  { name: "French: M., lit, âgé de", pack: "quebec-postgraduate", text: "Ce matin j'ai examiné M. Gagnon, lit 4, âgé de 78 ans, qui refusait sa dialyse.", id: ["M. Gagnon", "lit 4", "78"], enc: ["j'ai examiné M. Gagnon"], allow: ["âgé de 78 ans"] },
  { name: "French: née le, dossier n°", pack: "quebec-postgraduate", text: "Hier soir, Mlle Roy, née le 3 mars 1950, dossier n° 448812, est arrivée à l'urgence en détresse respiratoire.", id: ["Mlle Roy", "3 mars 1950", "448812"], enc: ["Mlle Roy"] },
  { name: "French: âgée de in a night story", pack: "quebec-postgraduate", text: "Hier, pendant ma garde, Mme Bouchard, âgée de 84 ans, m'a raconté sa jeunesse à la ferme.", id: ["Mme Bouchard", "84"], enc: ["Mme Bouchard"] },
  { name: "French: salle and a town", pack: "quebec-postgraduate", text: "J'ai vu ce matin un patient de la salle 3 qui vit seul à Rimouski depuis la mort de sa femme.", id: ["salle 3", "Rimouski"], enc: ["J'ai vu ce matin un patient"] },
  { name: "French: unité number", pack: "quebec-postgraduate", text: "Cette nuit à l'unité 5B, une patiente de 92 ans m'a tenu la main pendant une heure.", id: ["unité 5B", "92 ans"], enc: ["une patiente de 92 ans"] },
  // cadaver, donor, research, animal
  { name: "dissecting her hand today", pack: "umn-health-sciences", text: "# Anatomy lab\n\nDissecting her hand today and her nails still had pink polish on them. I had to step out for a minute.\n", enc: ["Dissecting her hand today"] },
  { name: "the donor at table 6", pack: "imu-students", text: "The donor at table 6 had a huge abdominal aortic aneurysm and everyone came over to look.", enc: ["The donor at table 6"], allow: ["table 6"] },
  { name: "my cadaver's tattoo", pack: "umn-health-sciences", text: "My cadaver had the most beautiful compass tattoo on his forearm.", enc: ["My cadaver had"] },
  { name: "our body donor", pack: "imu-students", text: "Our body donor was a tiny woman with a hip replacement and three coronary stents.", enc: ["Our body donor was"] },
  { name: "my participant this morning", pack: "umn-health-sciences", text: "My participant this morning, a retired bus driver, brought photos of his grandchildren to the interview.", enc: ["My participant this morning"] },
  { name: "a 9-year-old dog with a town", pack: "umn-health-sciences", text: "A 9-year-old dog came in this afternoon with a bloated abdomen; the owner had driven from Pinecrest.", id: ["9-year-old", "Pinecrest"], enc: ["A 9-year-old dog came in this afternoon"] },
  // ages in words and with units
  { name: "a six-year-old in a story", pack: "imu-students", text: "Last night I looked after a six-year-old with a broken femur who sang the whole time.", id: ["six-year-old"], enc: ["I looked after a six-year-old"] },
  { name: "an 18-month-old admitted", pack: "umn-health-sciences", text: "We admitted an 18-month-old on Tuesday with bronchiolitis and she charmed the whole ward.", id: ["18-month-old"], enc: ["We admitted an 18-month-old"] },
  { name: "three weeks old", pack: "quebec-postgraduate", text: "The baby I saw on call was three weeks old and had not fed properly for a day.", id: ["three weeks old"], enc: ["The baby I saw on call"] },
  { name: "she's from a town", pack: "imu-students", text: "I saw a lady in clinic today; she's from Kuching and came down for her chemo alone.", id: ["Kuching"], enc: ["I saw a lady in clinic today"] },
  { name: "French: près de a town", pack: "quebec-postgraduate", text: "J'ai vu hier soir une dame qui habite seule près de Rivière-du-Loup; elle m'a dit qu'elle n'avait plus de médecin de famille.", id: ["Rivière-du-Loup"], enc: ["J'ai vu hier soir une dame"] },
  { name: "French: a baby's age in weeks", pack: "quebec-postgraduate", text: "Ce matin, à l'urgence, un bébé de 3 semaines est arrivé en détresse respiratoire avec ses parents originaires de Chibougamau.", id: ["3 semaines", "Chibougamau"], enc: ["un bébé de 3 semaines"] },
  { name: "two device codes on an explanted ICD", pack: "umn-health-sciences", text: "The ICD we explanted from our donor had a model number and serial on the can: DR-5521A, SN 88412.", id: ["DR-5521A", "88412"], enc: ["our donor"] },
  { name: "an implant code in brackets", pack: "imu-students", text: "Our donor had a hip replacement; the implant was engraved with a code (ZH-20931) we had never seen.", id: ["ZH-20931"], enc: ["Our donor had a hip replacement"] },
  { name: "a vet patient's age with units", pack: "umn-health-sciences", text: "The dog I treated this morning was 14 years old and still chasing squirrels.", id: ["14 years old"], enc: ["The dog I treated this morning"] },
  { name: "6 years old in a bay", pack: "imu-students", text: "The boy in bay 2 is 6 years old and asked me this morning if his cast would glow in the dark.", id: ["6 years old", "bay 2"], enc: ["The boy in bay 2"] },
];

const negatives3: Case[] = [
  { name: "author's conference travel", pack: "umn-health-sciences", text: "I flew to Seattle for a conference last week and presented our poster on sepsis screening in the ED." },
  { name: "author grew up in a town", pack: "imu-students", text: "I grew up in Millbrook and moved to Toronto for medical school; the clinic there was the only one for miles." },
  { name: "author's placement hospital", pack: "umn-health-sciences", text: "This week I'm on placement at Kirkwood General and the ED there is enormous." },
  { name: "rural patients in general", pack: "umn-health-sciences", text: "Patients in rural Ontario often drive two hours to see a specialist, which is why telehealth matters." },
  { name: "author's family back home", pack: "imu-students", text: "Back home in Ipoh, my family runs a small pharmacy, and I spent every school holiday behind the counter." },
  { name: "month after in", pack: "imu-students", text: "In March, near the end of my surgical rotation, I finally passed my OSCE." },
  { name: "confidentiality quiz with quoted examples", pack: "umn-health-sciences", text: "Quiz: which of these can identify a patient? (a) 'a farmer near Tillsonburg' (b) 'pacemaker serial 7HX-42218' (c) 'a six-year-old in bed 4'. Answer: all three." },
  { name: "device registry teaching", pack: "imu-staff", text: "Pacemaker serial numbers are recorded in the national registry so that a recall can reach every patient." },
  { name: "imperative about lot numbers", pack: "umn-health-sciences", text: "Always record the implant lot number in the operation note, and check it against the sticker." },
  { name: "respect for donors in general", pack: "umn-health-sciences", text: "Body donors give an extraordinary gift; please treat every cadaver in the lab with respect." },
  { name: "anatomy lab logistics", pack: "imu-students", text: "Our anatomy lab has 12 tables, and each group of six students shares one donor for the year." },
  { name: "French: policy reminder", pack: "quebec-postgraduate", text: "Ne publiez jamais le numéro de chambre, le numéro de dossier ou la date de naissance d'un patient." },
  { name: "French: author's own birth and move", pack: "quebec-postgraduate", text: "Je suis née le 3 mars 1998 à Rimouski et j'ai déménagé à Montréal pour mes études." },
  { name: "French: teaching fact", pack: "quebec-postgraduate", text: "Chez les patients âgés de 65 ans et plus, le risque de chute double après une hospitalisation." },
  { name: "famous case with a town", pack: "umn-health-sciences", text: "Henrietta Lacks, a tobacco farmer from Clover, died at 31 in 1951, and her cells are still used in labs." },
  { name: "grand rounds on device topics", pack: "umn-health-sciences", text: "Grand rounds today: Dr. Patel on pacemaker pocket infections and lead extraction outcomes." },
  { name: "cited vignette with a child's age", pack: "imu-students", text: "> A six-year-old boy from a farming town presents with bloody diarrhoea after a petting zoo visit. Which organism is most likely?\n>\n> — *Illustrated Textbook of Paediatrics, 5th ed.*\n" },
  { name: "author's own child", pack: "imu-staff", text: "My six-year-old has chickenpox, so I'm working from home this week." },
  { name: "author's own old dog", pack: "umn-health-sciences", text: "Our 9-year-old dog had her teeth cleaned at the vet this morning and is very sorry for herself." },
  { name: "author drove up for a rural weekend", pack: "umn-health-sciences", text: "I drove up to Duluth for the rural medicine weekend and spent Saturday shadowing in the clinic." },
  { name: "patients come from around a town", pack: "imu-students", text: "Most of our patients come from around Kuala Pilah and the villages nearby, so transport is a real barrier." },
  { name: "vaccine schedule ages", pack: "imi", text: "Babies get their first vaccines at 8 weeks old, and six-year-olds get a booster before school." },
  { name: "serials belong in the registry", pack: "imu-students", text: "Device serial numbers belong in the implant registry, never in a caption or a story." },
  { name: "French: the author's own placement town", pack: "quebec-postgraduate", text: "Je fais mon stage à Rimouski cet été et j'adore l'équipe de l'urgence." },
  { name: "French: a duration in months and an age band", pack: "quebec-postgraduate", text: "Après 3 mois de traitement, la plupart des patients de 70 ans et plus vont mieux." },
  { name: "French: a range of rooms", pack: "quebec-postgraduate", text: "Dans mon unité, les chambres 1 à 12 sont réservées aux soins palliatifs." },
  { name: "teaching a model number check", pack: "umn-health-sciences", text: "Students: always check the model number on the pacemaker (e.g. ADDR01) before explant." },
  { name: "an outbreak strain code", pack: "imu-staff", text: "The O157 outbreak last year sent 40 patients to hospital, and most had eaten the same salad." },
  { name: "the author's own insulin pump", pack: "imu-students", text: "I have an insulin pump; its serial number is 55-1023-99 in case anyone finds it." },
  { name: "asthma teaching with child ages", pack: "imi", text: "A 6-year-old boy with asthma should have a written action plan; most 6-year-olds can use a spacer." },
  { name: "the author's toddler", pack: "imu-staff", text: "My 18-month-old has a cold again. Daycare germs are no joke." },
  { name: "vet teaching point", pack: "umn-health-sciences", text: "Teaching point: a 9-year-old dog with polyuria needs a urine specific gravity before anything else." },
  { name: "the author's rural placement town", pack: "umn-health-sciences", text: "I spent four weeks in Tillsonburg with a rural GP. The best part was the drive past the farms near Norwich every morning." },
  { name: "author's own pacemaker", pack: "imu-staff", text: "My own pacemaker was replaced last spring; the serial number on my card is PM5521008 if the clinic ever asks." },
];

describe("generalisation batch 3: positives", () => {
  for (const c of positives3) {
    it(c.name, async () => {
      const ids = await findings(c, ID);
      for (const e of c.id ?? []) expect(ids.some((f) => covers(c.text, f, e)), `identifier "${e}" in ${JSON.stringify(ids.map((f) => f.text))}`).toBe(true);
      for (const f of ids) {
        const ok = [...(c.id ?? []), ...(c.allow ?? [])].some((e) => covers(c.text, f, e));
        expect(ok, `unexpected identifier "${f.text}"`).toBe(true);
      }
      const encs = await findings(c, ENC);
      for (const e of c.enc ?? []) expect(encs.some((f) => covers(c.text, f, e)), `encounter "${e}"`).toBe(true);
    });
  }
});

describe("generalisation batch 3: negatives", () => {
  for (const c of negatives3) {
    it(c.name, async () => {
      const got = [...(await findings(c, ID)), ...(await findings(c, ENC))].map((f) => `${f.rule}: ${f.text}`);
      expect(got).toEqual([]);
    });
  }
});

describe("generalisation batch 3: fixes read well", () => {
  const fix = async (text: string, pack: string, covering: string) => {
    const f = (await lintText(text, pack)).findings.filter((x) => x.rule === ID && covers(text, x, covering))[0];
    expect(f, covering).toBeDefined();
    return applyEdits(text, f!.fixes.find((x) => x.id === "generalise")!.edits);
  };
  it("a town becomes a nearby town", async () => {
    expect(await fix("She lives just outside Millbrook and her mum drove two hours to sit with her in the ED last night.", "general", "Millbrook"))
      .toBe("She lives just outside a nearby town and her mum drove two hours to sit with her in the ED last night.");
  });
  it("a town's possessive reads well", async () => {
    expect(await fix("My patient today has been seeing Dunmore's only GP for forty years.", "general", "Dunmore"))
      .toBe("My patient today has been seeing a nearby town's only GP for forty years.");
  });
  it("a named nursing home becomes a local one", async () => {
    expect(await fix("The lady from the Maple Grove nursing home was back on our ward again this morning.", "imu-students", "Maple Grove"))
      .toBe("The lady from a local nursing home was back on our ward again this morning.");
  });
  it("a serial is removed with its label", async () => {
    expect(await fix("The patient I saw this morning had his defibrillator explanted, S/N 44-9921-07, after the recall.", "general", "44-9921-07"))
      .toBe("The patient I saw this morning had his defibrillator explanted, after the recall.");
    const out = await fix("Anyone else's cadaver have a pacemaker? Ours did, and we found the serial number on the generator: 7HX-42218.", "general", "7HX-42218");
    expect(out).not.toContain("7HX");
    expect(out).not.toMatch(/:\s*\.$/);
  });
  it("French details get French wording", async () => {
    expect(await fix("Cette nuit, la dame de la chambre 12 m'a demandé de rester avec elle.", "quebec-postgraduate", "chambre 12"))
      .toBe("Cette nuit, la dame de la chambre m'a demandé de rester avec elle.");
    const out = await fix("Hier soir, Mlle Roy, née le 3 mars 1950, est arrivée à l'urgence.", "quebec-postgraduate", "Mlle Roy");
    expect(out).toBe("Hier soir, une patiente, née le 3 mars 1950, est arrivée à l'urgence.");
    const date = await fix("Hier soir, Mlle Roy, née le 3 mars 1950, est arrivée à l'urgence.", "quebec-postgraduate", "3 mars 1950");
    expect(date).not.toContain("1950");
    expect(date).not.toMatch(/recently|removed/);
    const age = await fix("Hier, pendant ma garde, Mme Bouchard, âgée de 84 ans, m'a raconté sa jeunesse.", "quebec-postgraduate", "84");
    expect(age).toBe("Hier, pendant ma garde, Mme Bouchard, dans la quatre-vingtaine, m'a raconté sa jeunesse.");
    expect(await fix("Ce matin, à l'urgence, un bébé de 3 semaines est arrivé en détresse respiratoire.", "quebec-postgraduate", "3 semaines"))
      .toBe("Ce matin, à l'urgence, un bébé est arrivé en détresse respiratoire.");
    expect(await fix("J'ai vu hier soir un patient de la salle 3 qui vit seul à Rimouski depuis la mort de sa femme.", "quebec-postgraduate", "Rimouski"))
      .toBe("J'ai vu hier soir un patient de la salle 3 qui vit seul dans une ville voisine depuis la mort de sa femme.");
  });
});

/* ---------------------------------------------- batch 4: vet, research, hospitals, towns, NRIC, surgery */

const positives4: Case[] = [
  {
    name: "vet rotation: animal's age, owner with title, named stable",
    pack: "umn-health-sciences",
    text: "Large-animal rotation, week 3. Yesterday we scoped a 14-year-old gelding out at Birch Hollow Stables for colic. Her owner Mrs. Lindgren stayed in the stall with him the whole time.\n",
    id: ["14-year-old", "Birch Hollow Stables", "Mrs. Lindgren"],
    enc: ["14-year-old gelding"],
    allow: ["stall"],
  },
  {
    name: "vet: owner after the name, family farm",
    pack: "umn-health-sciences",
    text: "On ambulatory this morning we floated the teeth of a 9-year-old mare at the Dahlberg family farm. Mr. Dahlberg, the owner, asked me to come back for the foal.\n",
    id: ["9-year-old", "Dahlberg family farm", "Mr. Dahlberg"],
    enc: ["9-year-old mare"],
  },
  {
    name: "research: participant ID, exact age and town",
    pack: "umn-health-sciences",
    text: "Interview day for our sleep study. Participant 0388 showed up early in slippers, a 91-year-old retired machinist from Owatonna, and she corrected a typo on our consent form.\n",
    id: ["Participant 0388", "91-year-old", "Owatonna"],
    enc: ["Participant 0388"],
  },
  {
    name: "research: subject number and volunteer number",
    pack: "general",
    text: "Lab diary: Subject 17 fainted during the blood draw this afternoon, and volunteer #6 had to reschedule because of a flat tyre.\n",
    id: ["Subject 17", "#6"],
    enc: ["Subject 17"],
  },
  {
    name: "research: P-code in a note",
    pack: "general",
    text: "Focus group notes. P-31 cried when she described her first insulin injection; we paused the recording.\n",
    id: ["P-31"],
    enc: ["P-31"],
  },
  {
    name: "hospital in Malay order in a story",
    pack: "imu-students",
    text: "Last night at Hospital Seri Manjung I clerked a pakcik with a massive GI bleed; he kept apologising for the mess.\n",
    id: ["Hospital Seri Manjung"],
    enc: ["pakcik"],
  },
  {
    name: "klinik kesihatan in a story",
    pack: "imu-students",
    text: "Posting at Klinik Kesihatan Batu Ampat this week. A makcik came in today with a foot ulcer she had hidden from her children for months.\n",
    id: ["Klinik Kesihatan Batu Ampat"],
    enc: ["makcik"],
  },
  {
    name: "hospital with generic suffix (Memorial / General)",
    pack: "general",
    text: "Night shift at Lakeview Memorial: a man came in with a fishhook through his eyelid and asked if he could finish his beer first.\n",
    id: ["Lakeview Memorial"],
    enc: ["a man came in"],
  },
  {
    name: "saint's hospital in a story",
    pack: "general",
    text: "Third night on call at St. Columba's and the woman in bed 4 finally told me she had been hiding her pills.\n",
    id: ["St. Columba's", "bed 4"],
    enc: ["the woman in bed 4"],
  },
  {
    name: "tweet in French: Mme, age, town",
    pack: "quebec-postgraduate",
    text: "Mme Gauthier, 94 ans, de Terrebonne, m'a serré la main ce soir en disant que j'étais trop jeune pour être médecin.\n",
    id: ["Mme Gauthier", "94 ans", "Terrebonne"],
    enc: ["Mme Gauthier"],
  },
  {
    name: "tweet in English: farmer from a town",
    pack: "general",
    text: "Tonight a farmer from Morden told me his tractor had a better warranty than his knees. Still laughing.\n",
    id: ["Morden"],
    enc: ["a farmer from Morden"],
  },
  {
    name: "Obsidian: NRIC in a list",
    pack: "imu-students",
    text: "## Ward 5 handover\n\n- Bed 3: Puan Rohani, IC: 650914-08-5522, CCF\n- 781203-10-4411 for the diabetic foot\n",
    id: ["650914-08-5522", "781203-10-4411", "Puan Rohani", "Bed 3"],
    allow: ["Ward 5"],
  },
  {
    name: "Obsidian: NRIC in a callout and table",
    pack: "imu-students",
    text: "> [!note] Follow-up\n> 900101-14-7788 needs a repeat HbA1c.\n\n| Name | IC |\n| --- | --- |\n| Encik Hafiz | 820505-07-1234 |\n",
    id: ["900101-14-7788", "820505-07-1234"],
    allow: ["Encik Hafiz"],
  },
  {
    name: "surgical story without 'patient'",
    pack: "quebec-postgraduate",
    text: "First laparoscopic chole skin to skin today! Young woman, textbook story: pain after fatty meals, Murphy's positive, stones on ultrasound. She was eating toast by the evening round.\n",
    enc: ["Young woman"],
  },
  {
    name: "surgical story: older man, classic presentation",
    pack: "general",
    text: "Scrubbed my first hernia repair. Older gentleman, classic case: bulge for years, finally got stuck on Sunday. He shook my hand after he woke up.\n",
    enc: ["Older gentleman"],
  },
];

const negatives4: Case[] = [
  { name: "my own horse", pack: "umn-health-sciences", text: "My 14-year-old gelding finally went sound after his shoeing today. Out at Birch Hollow Stables all afternoon.\n" },
  { name: "textbook equine case", pack: "umn-health-sciences", text: "A 12-year-old mare presents with colic and rolling. What is the most likely diagnosis?\n" },
  { name: "study design without a person", pack: "general", text: "Participants were aged 18 to 65 and recruited from three clinics; each subject completed two visits.\n" },
  { name: "participant numbering explained", pack: "general", text: "In our protocol, participant IDs are assigned sequentially (e.g. Participant 001) and never linked to names in the export.\n" },
  { name: "hospital named without a patient", pack: "imu-students", text: "Hospital Sultanah Bahiyah has a new parking building; the lecture on Friday is at Klinik Kesihatan Jinjang.\n" },
  { name: "hospital named in a job post", pack: "general", text: "Riverside Memorial is hiring new grad nurses for its cardiac unit; applications close next month.\n" },
  { name: "my grandmother from a town", pack: "general", text: "My grandma from Steinbach turned 96 today and still beats me at crib.\n" },
  { name: "author from a town", pack: "quebec-postgraduate", text: "Je viens de Laval et je commence ma résidence en juillet. Très hâte!\n" },
  { name: "my own NRIC", pack: "imu-students", text: "- My IC: 990101-14-5566 (for the exam registration form)\n" },
  { name: "surgery as a topic", pack: "general", text: "Appendectomy is one of the most common emergency operations; classic pain migrates to the RLQ and fever follows.\n" },
  { name: "own surgery", pack: "general", text: "I had my appendix out last year. Pain migrating to the RLQ, fever, the whole classic story. I was eating by evening.\n" },
  { name: "confidentiality talk about study ids", pack: "general", text: "Never post a participant number like Subject 12 or P-23 online; study IDs can re-identify people.\n" },
];

describe("generalisation batch 4: positives", () => {
  for (const c of positives4) {
    it(c.name, async () => {
      const ids = await findings(c, ID);
      for (const e of c.id ?? []) expect(ids.some((f) => covers(c.text, f, e)), `identifier "${e}"`).toBe(true);
      for (const f of ids) {
        const ok = [...(c.id ?? []), ...(c.allow ?? [])].some((e) => covers(c.text, f, e));
        expect(ok, `unexpected identifier "${f.text}"`).toBe(true);
      }
      const encs = await findings(c, ENC);
      for (const e of c.enc ?? []) expect(encs.some((f) => covers(c.text, f, e)), `encounter "${e}"`).toBe(true);
    });
  }
});

describe("generalisation batch 4: negatives", () => {
  for (const c of negatives4) {
    it(c.name, async () => {
      const got = [...(await findings(c, ID)), ...(await findings(c, ENC))].map((f) => `${f.rule}: ${f.text}`);
      expect(got).toEqual([]);
    });
  }
});

import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { applyEdits } from "../../shared/src/index.js";
import { findingsOf, lintText, expectFixRoundTrip } from "../helpers/lint.js";

const ID = "patient.identifier";
const ENC = "patient.encounter";
const texts = async (text: string, rule = ID, policy = "general") => (await findingsOf(text, rule, policy)).map((f) => f.text);

describe("patient.identifier: every identifier kind inside a patient story", () => {
  const cases: [string, string[]][] = [
    ["This morning we clerked Encik Rahim, a 74-year-old retired lorry driver in bed 12 of Ward 6B, who came in overnight.", ["Encik Rahim", "74-year-old", "bed 12", "Ward 6B"]],
    ["On call last night I saw Puan Lim, who was admitted with chest pain.", ["Puan Lim"]],
    ["Today on the ward Mr. K told me he had not eaten in two days.", ["Mr. K"]],
    ["Tonight Mme Gagnon asked me whether she was dying.", ["Mme Gagnon"]],
    ["Mrs. Tan in bay 3 was admitted on 14/02/2024 with sepsis.", ["Mrs. Tan", "bay 3", "14/02/2024"]],
    ["We saw a patient today, J.D., with a classic presentation of gout.", ["J.D."]],
    ["A patient I saw in clinic today was 91 years old and still driving.", ["91 years old"]],
    ["- Mr. Gopal, 58M, MRN 0049-2217, fever and productive cough for four days.", ["Mr. Gopal", "58M", "MRN 0049-2217"]],
    ["Last week we admitted a man aged 93 with a hip fracture.", ["aged 93"]],
    ["This week I scrubbed into a TPLO on a 9-year-old dog owned by Mr. Halvorsen, who came in on 14 February.", ["9-year-old", "Mr. Halvorsen", "14 February"]],
    ["Today we clerked Pak Cik Ahmad. His daughter's number is 012-345 6789 and his IC number (880412-14-5566) was on the form.", ["Pak Cik Ahmad", "012-345 6789", "880412-14-5566"]],
    ["We have a patient on our ward who was brought in confused. His name is Réjean Pelletier, RAMQ PELR 4205 1518, last known address 2250 rue Masson, Montréal.", ["Réjean Pelletier", "RAMQ PELR 4205 1518", "2250 rue Masson, Montréal"]],
    ["Today's wound series for Mr. Patel on Ward 22 at Royal Preston Hospital went well.", ["Mr. Patel", "Ward 22", "Royal Preston Hospital"]],
    ["Today our donor surprised us: the pacemaker still had its label, serial number PRS-88214-0931.", ["serial number PRS-88214-0931"]],
    ["Last night Mr. Jones in room 412 emailed me from jones.family@gmail.com to thank the team.", ["Mr. Jones", "room 412", "jones.family@gmail.com"]],
    ["The visit that stayed with me was to Mak Cik Salmah at No. 14, Jalan Mawar 3, Taman Desa Jaya.", ["Mak Cik Salmah", "No. 14, Jalan Mawar 3, Taman Desa Jaya"]],
    ["Yesterday we admitted a retired fisherman from Kuantan with a perforated ulcer.", ["Kuantan"]],
    ["Overnight a 3-month-old was brought in with bronchiolitis; DOB 02/11/2023.", ["3-month-old", "02/11/2023"]],
    ["This afternoon we saw a patient whose SSN 123-45-6789 was printed on the referral.", ["SSN 123-45-6789"]],
  ];
  for (const [text, expected] of cases) {
    it(text.slice(0, 60), async () => {
      const got = await texts(text);
      for (const e of expected) expect(got.some((g) => g.includes(e) || e.includes(g)), `${e} in ${JSON.stringify(got)}`).toBe(true);
    });
  }

  it("flags a fundraiser link in a patient story", async () => {
    const text = "The home visit today was to Mak Cik Salmah. Her grandson started a fundraiser at https://www.gofundme.com/f/help-mak-cik-salmah-dialysis.";
    const got = await texts(text);
    expect(got.some((g) => g.includes("gofundme"))).toBe(true);
  });

  it("flags later mentions of a patient's name", async () => {
    const text = "Today we clerked Encik Rahim in bed 12.\n\nRahim laughed when I forgot to ask about smoking.";
    expect(await texts(text)).toContain("Rahim");
  });
});

describe("patient.identifier: what is not a patient identifier", () => {
  const clean: [string, string][] = [
    ["cited textbook vignette", "A typical question:\n\n> A 58-year-old man with asthma is started on a new antihypertensive and develops wheeze. Which drug is most likely responsible?\n>\n> — *Adapted from Rang & Dale's Pharmacology, 9th ed. (Elsevier, 2019)*\n"],
    ["famous published cases", "## Phineas Gage (1848)\n\nPhineas Gage was a railway foreman in Vermont who survived a tamping iron through his frontal lobe on 13 September 1848.\n\n## H.M.\n\nHenry Molaison had bilateral resections in 1953; Scoville and Milner reported it in 1957.\n"],
    ["Henrietta Lacks", "Cells taken from Henrietta Lacks at Johns Hopkins Hospital in 1951 became the HeLa line (Skloot, 2010)."],
    ["author's own illness", "I was diagnosed with type 1 diabetes on 3 June 2014 and ended up in the pediatric ICU at St Mary's Hospital."],
    ["author's own admission", "On 14 October 2022 I was admitted to the Jewish General Hospital with appendicitis. I spent three nights on a surgical ward as a patient."],
    ["author's own details", "Born on 14 March 2002 in Ipoh. Currently living at 23, Jalan Bukit Bintang 5, 57000 Kuala Lumpur. WhatsApp me on +60 12-338 4471."],
    ["author's own documents", "Writing my passport number here: A38291746. The form asks for my IC number (020314-10-5582) on every page."],
    ["publication and event dates", "The guideline was published on 3 March 2020. My workshop runs on 18 January at the IMU Bukit Jalil campus."],
    ["code blocks", "Here is my script:\n\n```python\nsample = \"Jane Doe, MRN 00482913, seen 3/14/2024, call 612-555-0199\"\n```\n"],
    ["public helpline", "In Malaysia, Befrienders KL is available 24 hours on 03-7627 2929."],
    ["exam room", "The written exam is in Hall B, room 204, on the second day."],
    ["general discussion", "Patients over 65 with pneumonia need a CURB-65 score; smokers over 50 need a repeat film at six weeks."],
    ["colleague", "Shout-out to Dr. Marie-Ève Côté and Mr. Lee, our charge nurse, for the teaching this week."],
    ["age ranges", "We had a young woman in her 30s with a STEMI overnight."],
    ["generic child age", "Distraction is the best analgesia for a two-year-old. Always weigh the child yourself."],
    ["author's age", "I'm 24 and I still have no idea how to do my taxes."],
    ["policy quote", "> Social media discussions regarding specific client/patient care, research subjects, volunteers or cadavers are prohibited, even if all identifying information is excluded.\n"],
  ];
  for (const [name, text] of clean) {
    it(name, async () => {
      expect(await texts(text)).toEqual([]);
    });
  }
});

describe("patient.encounter", () => {
  const positive = [
    "A patient I saw on call last night was about my age. She'd come in with what everyone assumed was anxiety, and it turned out to be a PE.",
    "The man in bed 4 today kept asking for his wife.",
    "Today our cadaver surprised us: we found a pacemaker when we opened the thorax.",
    "My cadaver's heart was twice the normal size, which the whole table found amazing.",
    "We had a young woman with a STEMI overnight: no risk factors, and a SCAD on the angiogram.",
    "Textbook shingles on the ward today!! Look at that dermatomal distribution.",
    "Classic erythema migrans in clinic today: an expanding plaque on the back of the knee.",
    "A research participant I interviewed this morning broke down in tears halfway through the questionnaire.",
    "This week I scrubbed into my first TPLO, on a golden retriever with a cranial cruciate rupture.",
    "The frequent flyer in bed 6 was back for the fourth time this month.",
  ];
  for (const text of positive) {
    it(`flags: ${text.slice(0, 50)}`, async () => {
      expect(await texts(text, ENC)).toHaveLength(1);
    });
  }
  const negative = [
    "Even a story with no names, no ages and no dates can be recognised by the patient or their family.",
    "The WHO estimates that around 1 in 10 patients is harmed in health care.",
    "Erythema migrans is a clinical diagnosis. Doxycycline is first line for most adults.",
    "I was admitted with appendicitis halfway through my rotation; nobody told me the plan.",
    "Several of my former ICU patients have added me on Facebook over the years.",
    "The waiting room was the usual mix of frequent flyers and drug seekers.",
    "Ask the patient to state their full name and date of birth.",
    "Today I wasted two hours making a study schedule instead of studying.",
    "A few junior residents asked me why my Twitter has no wild night on call stories.",
    "> A 67-year-old right-handed man presents with sudden difficulty producing speech. Where is the lesion?\n>\n> — *Adapted from Blumenfeld, Neuroanatomy through Clinical Cases (Sinauer, 2021).*",
  ];
  for (const text of negative) {
    it(`ignores: ${text.slice(0, 50)}`, async () => {
      expect(await texts(text, ENC)).toEqual([]);
    });
  }

  it("spans the narrative and says redaction does not make it compliant, as an error under UMN", async () => {
    const text = "# Night float\n\nThe hardest conversation happened tonight. Mme Gagnon asked me whether she was dying.\n\nI sat down. She held my hand and said she wanted to see her grandson.\n\n## Lessons\n\n- Sit down.\n";
    const f = await findingsOf(text, ENC, "umn-health-sciences");
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe("error");
    expect(f[0]!.text).toContain("Mme Gagnon");
    expect(f[0]!.text).toContain("held my hand");
    expect(f[0]!.message).toMatch(/does not make it compliant/);
    expect(f[0]!.sources.length).toBeGreaterThan(0);
    const q = await findingsOf(text, ENC, "quebec-postgraduate");
    expect(q[0]!.severity).toBe("warning");
  });
});

describe("patient.identifier fixes", () => {
  it("generalises an age so the sentence still reads", async () => {
    await expectFixRoundTrip("This morning we clerked a 74-year-old retired lorry driver with heart failure.", ID, "generalise", "general",
      "This morning we clerked a retired lorry driver in their 70s with heart failure.");
  });
  it("generalises a child's age", async () => {
    await expectFixRoundTrip("Overnight we admitted a 4-year-old boy with croup.", ID, "generalise", "general", "Overnight we admitted a young boy with croup.");
  });
  it("generalises a name, a care date, a hospital and a bed", async () => {
    const text = "Tonight Mme Gagnon, admitted on 3 February at Hôpital Maisonneuve-Rosemont, asked me whether she was dying.";
    await expectFixRoundTrip(text, ID, "generalise", "general", "Tonight a patient, admitted on 3 February at Hôpital Maisonneuve-Rosemont, asked me whether she was dying.");
    const all = (await findingsOf(text, ID))[0]!.fixes.find((f) => f.id === "generalise-all")!;
    expect(applyEdits(text, all.edits)).toBe("Tonight a patient, admitted recently at a hospital, asked me whether she was dying.");
  });
  it("removes an id number with its label", async () => {
    await expectFixRoundTrip("- Mr. Gopal, 58M, MRN 0049-2217, fever for four days.", ID, "generalise", "general", "- A patient, 58M, MRN 0049-2217, fever for four days.");
    const text = "- Mr. Gopal, 58M, MRN 0049-2217, fever for four days.";
    const f = (await findingsOf(text, ID)).find((x) => x.text.startsWith("MRN"))!;
    expect(applyEdits(text, f.fixes.find((x) => x.id === "generalise")!.edits)).toBe("- Mr. Gopal, 58M, fever for four days.");
  });
  it("removes a bed number with its preposition", async () => {
    await expectFixRoundTrip("The gomer in bay 3 pulled out his IV twice today.", ID, "generalise", "general", "The gomer pulled out his IV twice today.");
  });
  it("offers category placeholders", async () => {
    await expectFixRoundTrip("Today we clerked Encik Rahim, who came in overnight.", ID, "placeholder", "general", "Today we clerked [name], who came in overnight.");
    await expectFixRoundTrip("Overnight we admitted a man aged 93 with a hip fracture.", ID, "placeholder", "general", "Overnight we admitted a man [age] with a hip fracture.");
  });
  it("redacts every patient detail at once, consistently", async () => {
    const text = "Today we clerked Encik Rahim in bed 12, a 74-year-old who came in on 3 March.\n\nRahim laughed when I forgot the smoking history. Encik Rahim is going home tomorrow.\n";
    const f = await findingsOf(text, ID);
    expect(f.length).toBeGreaterThanOrEqual(5);
    for (const style of ["generalise-all", "placeholder-all"]) {
      // the document-wide fix rides on the first finding only (the server offers it on the others)
      const fixes = f.map((x) => x.fixes.find((y) => y.id === style)).filter((x) => x !== undefined);
      expect(fixes).toHaveLength(1);
      expect(f[0]!.fixes.some((y) => y.id === style)).toBe(true);
      const out = applyEdits(text, fixes[0]!.edits);
      expect(await findingsOf(out, ID)).toEqual([]);
      if (style === "generalise-all") {
        expect(out).toContain("Today we clerked a patient");
        expect(out).toContain("The patient laughed");
        expect(out).toContain("The patient is going home");
        expect(out).not.toMatch(/Rahim|bed 12|74|3 March/);
      } else {
        expect(out.match(/\[name\]/g)).toHaveLength(3);
      }
    }
  });
  it("uses a distinct pseudonym per patient", async () => {
    const text = "Today we clerked Encik Rahim and Puan Lim on the ward. Encik Rahim was grumpy; Puan Lim was not.";
    const f = await findingsOf(text, ID);
    const out = applyEdits(text, f[0]!.fixes.find((x) => x.id === "generalise-all")!.edits);
    expect(out).toBe("Today we clerked Patient A and Patient B on the ward. Patient A was grumpy; Patient B was not.");
  });
  it("fix-all uses the per-finding generalisation and leaves no identifier", async () => {
    const text = "This morning we clerked Encik Rahim, a 74-year-old retired lorry driver in bed 12 of Ward 6B, who had come in overnight.";
    const { collectSafeEdits } = await import("../../shared/src/index.js");
    const res = await lintText(text);
    const out = applyEdits(text, collectSafeEdits(res.findings.filter((x) => x.rule === ID)));
    expect(out).toBe("This morning we clerked a patient, a retired lorry driver in their 70s on the ward, who had come in overnight.");
  });
});

describe("policy texts produce no patient.* finding under their own pack", () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const dir = join(here, "..", "..", "..", "shared", "policies");
  const files: [string, string][] = [
    ["imu-students.txt", "imu-students"], ["imu-staff.md", "imu-staff"], ["umn-health-sciences.md", "umn-health-sciences"],
    ["quebec-postgraduate.txt", "quebec-postgraduate"], ["imi-medical-illustrators.md", "imi"],
  ];
  for (const [file, pack] of files) {
    it(file, async () => {
      const text = readFileSync(join(dir, file), "utf8");
      const res = await lintText(text, pack);
      expect(res.findings.filter((f) => f.rule === ID || f.rule === ENC).map((f) => `${f.rule}: ${f.text}`)).toEqual([]);
    });
  }
});

describe("performance", () => {
  it("analyses a 2,000-word patient story quickly", async () => {
    const para = "This morning we clerked Encik Rahim, a 74-year-old retired lorry driver in bed 12 of Ward 6B, who had come in overnight with worsening leg swelling. He kept apologising while I fumbled through the systems review. ";
    const text = Array.from({ length: 50 }, (_, i) => para.replace("12", String(i))).join("\n\n");
    await lintText(text);
    const t0 = performance.now();
    await lintText(text.replace("bed 3 ", "bed 99 "));
    // a generous sanity bound (the re-lint takes a few milliseconds); real timings come from a benchmark script
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

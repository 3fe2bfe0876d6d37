import { describe, it, expect } from "vitest";
import { findingsOf, expectFixRoundTrip } from "../helpers/lint.js";

const texts = async (text: string, rule: string, policy: string) => (await findingsOf(text, rule, policy)).map((f) => f.text);

describe("privacy.personal", () => {
  const P = "imu-students";
  it.each([
    ["- Born on 14 March 2002 in Ipoh, Perak", "14 March 2002"],
    ["I was born on 3rd June 1999, so yes, I'm a Gemini.", "3rd June 1999"],
    ["My birthday is 12/08/2001 if anyone wants to send cake.", "12/08/2001"],
    ["**Date of birth:** 2 January 2000", "2 January 2000"],
    ["Currently living at 23, Jalan Bukit Bintang 5, Taman Seri Bintang, 57000 Kuala Lumpur (yes, I moved out).", "23, Jalan Bukit Bintang 5, Taman Seri Bintang, 57000 Kuala Lumpur"],
    ["Pick up a copy from my house at 8, Jalan Kiara 3, Mont Kiara, 50480 Kuala Lumpur any weekend.", "8, Jalan Kiara 3, Mont Kiara, 50480 Kuala Lumpur"],
    ["I live at 1450 Oak Street SE, Minneapolis, MN 55414 with two cats.", "1450 Oak Street SE, Minneapolis, MN 55414"],
    ["My address is No. 12, Lorong Maarof, Bangsar, 59000 Kuala Lumpur.", "No. 12, Lorong Maarof, Bangsar, 59000 Kuala Lumpur"],
    ["If it's urgent, WhatsApp me on +60 12-338 4471.", "+60 12-338 4471"],
    ["Call or text my mobile on 012-909 1188 after 6 p.m.", "012-909 1188"],
    ["You can reach me at (612) 555-0148 most evenings.", "(612) 555-0148"],
    ["My office line is 03-2731 7272, ext. 4471.", "03-2731 7272"],
    ["Writing my passport number here so I stop digging for it: A38291746.", "A38291746"],
    ["The form asks for my IC number (020314-10-5582) on every page.", "020314-10-5582"],
    ["My MMC registration number is 71234 if anyone needs to verify me.", "71234"],
    ["My driver's licence number is D1234-5678-9012, don't judge the photo.", "D1234-5678-9012"],
  ])("flags %j", async (text, expected) => {
    expect(await texts(text, "privacy.personal", P)).toEqual([expected]);
  });

  it.each([
    "Befrienders KL are reachable 24 hours a day on 03-7627 2929.",
    "Call the clinic on 03-2731 7000 to book.",
    "The patient's phone number was 012-345 6789.", // a patient's detail: patient.identifier's job
    "Phineas Gage was born on 9 July 1823 in New Hampshire.",
    "She was born on 14 March 2002 at 32 weeks.",
    "My exam is on 14 March 2024.",
    "I live about 20 minutes from campus.",
    "I live in Kuala Lumpur and study at a private medical school.",
    "We scored 88 out of 100 on my team's quiz, room 4120 was packed.",
    "Puan Lim's IC number (880412-14-5566) had to go on every form.",
    "My passport is finally renewed!",
    "Lecture 12 starts at 8 a.m. in Hall 3.",
    "The workshop is at 126, Jalan Jalil Perkasa 19, Bukit Jalil, 57000 Kuala Lumpur.",
    "Between 2019 2020 and 2021 the numbers went up.",
  ])("does not flag %j", async (text) => {
    expect(await texts(text, "privacy.personal", P)).toEqual([]);
  });

  it("is off in packs that do not list it", async () => {
    expect(await texts("WhatsApp me on +60 12-338 4471.", "privacy.personal", "quebec-postgraduate")).toEqual([]);
  });

  it("redacts safely", async () => {
    await expectFixRoundTrip("If it's urgent, WhatsApp me on +60 12-338 4471.\n", "privacy.personal", "redact", P, "If it's urgent, WhatsApp me on [redacted].\n");
    await expectFixRoundTrip("- Born on 14 March 2002 in Ipoh\n", "privacy.personal", "redact", "imu-staff", "- Born on [redacted] in Ipoh\n");
    const f = await findingsOf("Writing my passport number here: A38291746.", "privacy.personal", P);
    expect(f[0]!.fixes[0]!.kind).toBe("safe");
  });
});

describe("privacy.others", () => {
  const P = "imu-students";
  it.each([
    ["Thanks @kelvin.ng_md and @drsitiaisyah for covering my bloods!", "@kelvin.ng_md and @drsitiaisyah"],
    ["Congrats to @JoshuaTeoh, @PriyaNair_ and @Hafiz.Ismail on finishing!", "@JoshuaTeoh, @PriyaNair_ and @Hafiz.Ismail"],
    ["Prof. Wong just said \"the kidney forgives nothing\".", "Prof. Wong"],
    ["My co-author Dr. Jenna Park did the stats.", "Dr. Jenna Park"],
    ["Shout-out to Dr. Marie-Ève Côté for the teaching.", "Dr. Marie-Ève Côté"],
    ["My co-resident Julien covered my pages all night.", "My co-resident Julien"],
    ["Dr. Bouchard, the staff on CTU, humiliated me on rounds.", "Dr. Bouchard"],
  ])("flags %j", async (text, expected) => {
    expect(await texts(text, "privacy.others", P)).toContain(expected);
  });

  it.each([
    "Hayes SN et al. Spontaneous Coronary Artery Dissection. J Am Coll Cardiol. 2020.",
    "Follow me on Instagram @aisyah.in.scrubs for more.",
    "caption draft for insta (@aisyah.in.scrubs)",
    "Email me at maya.lindqvist@gmail.com.",
    "Hi, I'm Dr. Nur Aisyah and this is my blog.",
    "Phineas Gage was treated by Dr. John Harlow in 1848.",
    "We thanked our lecturers at the end of the block.",
    "Thanks to @drsam for letting me share this, with her permission.",
  ])("does not flag %j", async (text) => {
    expect(await texts(text, "privacy.others", P)).toEqual([]);
  });

  it("is information", async () => {
    expect((await findingsOf("Thanks @kelvin!", "privacy.others", P))[0]?.severity).toBe("information");
  });
});

describe("patient.contact", () => {
  const P = "umn-health-sciences";
  it.each([
    "I accepted a friend request from my patient's mum last night.",
    "A few of my clinic patients follow me on Instagram now, and I follow them back.",
    "I added a few of the mums from the paeds ward on Facebook before I left.",
    "Several of my former ICU patients have added me on Facebook, and I always accept.",
    "I also message some former patients on Messenger every few months.",
    "I've stopped ignoring Facebook friend requests from patients' families, and I accept them all now.",
    "My patient from last week found me online, so I DM'd her to check how she's doing.",
    "I told all my clinic patients to follow me on Insta for health tips.",
    "We're friends on Facebook with a couple of my long-term dialysis patients.",
    "I sent a friend request to my patient's daughter after discharge.",
  ])("flags %j", async (text) => {
    expect(await findingsOf(text, "patient.contact", P)).toHaveLength(1);
  });

  it("flags an acceptance after a patient's request in the previous sentence", async () => {
    const f = await findingsOf("A patient I photographed last year sent me a friend request. I accepted it, because it felt rude not to.", "patient.contact", "imi");
    expect(f.map((x) => x.text)).toEqual(["I accepted it, because it felt rude not to."]);
  });

  it("flags continuing contact in a clinical paragraph", async () => {
    const text = "Our paeds posting ended last week. Some of the older kids follow me on Instagram too, which is adorable.";
    expect(await findingsOf(text, "patient.contact", "imu-students")).toHaveLength(1);
  });

  it.each([
    "I never accept friend requests from patients or their families.",
    "A patient sent me a friend request. I ignored it and said hello at her next visit instead.",
    "I politely declined a friend request from a former patient.",
    "Interactions with patients within social media sites are strongly discouraged.",
    "If you receive a friend request from a patient, you can ignore it without them being told.",
    "You should not add patients on Facebook.",
    "My patients should follow the discharge instructions carefully.",
    "I messaged my registrar on WhatsApp about the patient in bed 3.",
    "After clinic I DM'd my best friend to vent.",
    "I follow the WHO and the CDC on Twitter for updates.",
    "Most of my followers on Instagram are other medical students.",
    "I scheduled a follow-up with the patient for next week.",
  ])("does not flag %j", async (text) => {
    expect(await findingsOf(text, "patient.contact", P)).toEqual([]);
  });
});

describe("clinical.setting", () => {
  const P = "imu-students";
  it.each([
    "Live-tweeting from the back row of today's pathology lecture.",
    "Scrolling TikTok in the middle of CBL and the algorithm knows me.",
    "I mostly reply to their messages during lectures.",
    "Posting this from the anatomy lab during our break, gloves off, phone out.",
    "Posting this from the studio between clinic sessions.",
    "Scrolling Twitter on my phone in the theatre corridor while the team set up.",
    "Live from the OR: first lap chole as first assist!",
    "Caught myself checking Instagram on ward rounds again.",
    "Tweeting from grand rounds because the speaker is brilliant.",
  ])("flags %j", async (text) => {
    const f = await findingsOf(text, "clinical.setting", P);
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe("information");
  });

  it.each([
    "My surgery posting starts on Monday.",
    "I never scroll on my phone during ward rounds.",
    "Refrain from accessing personal social media sites while at teaching and learning sessions.",
    "I posted my lecture notes on the class drive after the lecture.",
    "Back home after a long day in clinic, finally scrolling TikTok on the sofa.",
    "Our lab results came back normal.",
    "During the posting I learnt to take a proper history.",
  ])("does not flag %j", async (text) => {
    expect(await findingsOf(text, "clinical.setting", P)).toEqual([]);
  });
});

/** Conduct, advice and tone rules: hits, near-misses, options, fixes, and the policy texts themselves. */
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { findingsOf, lintText, expectFixRoundTrip } from "../helpers/lint.js";
import { builtinPacks } from "../../rules/index.js";

async function expectHits(rule: string, policy: string, sentences: string[]) {
  for (const s of sentences) {
    const found = await findingsOf(s, rule, policy);
    expect(found.length, `${rule} should flag: ${s}`).toBeGreaterThan(0);
  }
}
async function expectClean(rule: string, policy: string, sentences: string[]) {
  for (const s of sentences) {
    const found = await findingsOf(s, rule, policy);
    expect(found.map((f) => f.text), `${rule} should not flag: ${s}`).toEqual([]);
  }
}

describe("advice.individual", () => {
  const hits = [
    "If your asthma is getting worse during exams, just double your Symbicort puffs for the week.",
    "With an HbA1c of 9.1 you should double your metformin to 1 g twice a day starting tonight.",
    "You should just take 800 mg of ibuprofen three times a day for a week and keep walking on it.",
    "Two of the antihistamine tablets from the pharmacy downstairs knock me out, and they'll work for you too.",
    "DM me your symptoms and a photo and I'll tell you whether you need to see a doctor.",
    "DM me a photo of your rash and I'll tell you whether it's ringworm or eczema.",
    "Honestly you can stop your statin, the side effects aren't worth it.",
    "If the rash is itchy, stop taking your lamotrigine for a few days and see if it settles.",
    "Just halve your insulin dose on exam days so you don't go low.",
    "Send me your blood results and I'll let you know if it's anything to worry about.",
    "Message me if you want, I can have a look at the mole and tell you if it's cancer.",
    "You don't need antibiotics for that, it'll clear up on its own.",
    "No need to see a doctor for a sprain like that, just strap it.",
    "Try taking 10 mg of melatonin every night, it will work for you too.",
    "You could switch your sertraline to fluoxetine, it's gentler.",
  ];
  const clean = [
    "Metformin is first-line for type 2 diabetes in most guidelines.",
    "Adults need seven or more hours of sleep a night, and 35% of US adults regularly get less than that.",
    "Every week someone forwards a video claiming that bitter gourd juice cures diabetes and that you can stop your medication.",
    "If you have a question about your own medicines, please ask your pharmacist or doctor.",
    "Don't stop your metformin without talking to your doctor first.",
    "PLEASE get her to show those to a pharmacist!!!!",
    "Obviously I'm a student and not your doctor, so if something is worrying you, please see an actual clinician.",
    "Whether that's possible for a particular person is a conversation to have with their own doctor.",
    "Do forty questions before lunch and take a walk after lunch.",
    "Make flashcards for the toxidromes, and drop the highlighters: active recall works better.",
    "My consultant told me to double the patient's furosemide, and I learned why the next morning.",
    "The CDC recommends a flu vaccine every season for everyone six months and older.",
    "A common myth is that you should stop your antibiotics as soon as you feel better.",
    "Post less, sleep more, and turn your notifications off during exams.",
    "We decided to stop the metformin before the CT with contrast.",
    "The consultant asked me to give him omeprazole before the scope.",
    "If you're on amoxicillin and get a rash, you should stop taking it and call your doctor.",
    "I had to stop the statin because of muscle pain, and my GP switched me.",
    "Children over 12 can take 400 mg ibuprofen according to the BNF for children.",
  ];
  it("flags specific advice about someone's own case", () => expectHits("advice.individual", "umn-health-sciences", hits));
  it("does not flag education, redirections, reported advice or study tips", () => expectClean("advice.individual", "umn-health-sciences", clean));

  it("flags academic and financial-aid advice to a student only where the pack has an academic redirection", async () => {
    const academic = [
      "@Nurul since you failed the OSCE, you should defer the semester and apply for the hardship fund before Friday.",
      "@Jason Lim yes, drop Biostatistics and take it with the juniors next year.",
      "With your family income you definitely qualify, I've seen the cut-offs.",
      "Honestly I'd just resit in August rather than repeat the year.",
    ];
    await expectHits("advice.individual", "imu-staff", academic);
    await expectClean("advice.individual", "imu-staff", [
      "@Aina please contact the Scholarship and Financial Aid Office directly; they can look at your file properly.",
      "For anything about your own results, fees or health, message your mentor or the relevant office rather than posting here.",
      "The hardship fund opens for applications in March; details are on the student portal.",
    ]);
    await expectClean("advice.individual", "umn-health-sciences", ["@Jason Lim yes, drop Biostatistics and take it with the juniors next year."]);
  });

  it("offers the pack's redirection as a suggestion that is never marked safe", async () => {
    const text = "Quick tip for the group chat. You should double your metformin tonight. Stay hydrated!\n";
    const [f] = await findingsOf(text, "advice.individual", "imu-students");
    expect(f!.text).toBe("You should double your metformin tonight.");
    expect(f!.fixes).toHaveLength(1);
    expect(f!.fixes[0]!.kind).toBe("suggestion");
    const pack = builtinPacks.find((p) => p.id === "imu-students")!;
    await expectFixRoundTrip(text, "advice.individual", "redirect", "imu-students", `Quick tip for the group chat. ${pack.redirection.advice} Stay hydrated!\n`);
  });

  it("uses crisis wording for self-harm and academic wording for study advice", async () => {
    const staff = builtinPacks.find((p) => p.id === "imu-staff")!;
    const [crisis] = await findingsOf("If you took an overdose of your tablets last night, just double your fluids and sleep it off, no need to go to A&E.", "advice.individual", "imu-staff");
    expect(crisis!.fixes[0]!.edits[0]!.insert).toBe(staff.redirection.crisis);
    const [acad] = await findingsOf("@Jason yes, drop Biostatistics and take it next year.", "advice.individual", "imu-staff");
    expect(acad!.fixes[0]!.edits[0]!.insert).toBe(staff.redirection.academic);
  });
});

describe("conduct.profanity", () => {
  it("flags clear profanity", () =>
    expectHits("conduct.profanity", "umn-health-sciences", [
      "Whoever designed the biostats section can go fuck themselves, honestly.",
      "And honestly, you absolute asshole, stop replying to me.",
      "Honestly, this scheduling bullshit is why half of my cohort is burnt out.",
      "It's shit for patients and it's shit for us.",
      "What a shit-show of a night shift.",
      "The registrar was being a total dickhead about it.",
      "Fucking hell, that was a long call.",
      "Such a bitch of a rota this month.",
      "This f*cking rota is going to break me.",
      "F*** this exam, honestly.",
      "This f*ck this sh*t week is finally over.",
    ]));
  it("does not flag clinical vocabulary that cuss rates as profane", () =>
    expectClean("conduct.profanity", "umn-health-sciences", [
      "Lymphatic drainage of the penis and scrotum goes to the superficial inguinal nodes; the testes drain to the para-aortic nodes.",
      "Below the pectinate line the anus is supplied by the inferior rectal nerve, so external hemorrhoids hurt.",
      "The Dick test (1924) used an intradermal injection of streptococcal toxin to test susceptibility to scarlet fever.",
      "Spastic diplegia is the most common form of cerebral palsy in preterm infants.",
      "BRCA1 and BRCA2 mutations raise lifetime breast and ovarian cancer risk.",
      "Coffee-ground vomit versus fresh haematemesis, bright red blood in the faeces versus melena.",
      "Semen analysis, vaginal discharge, rectal exam and feces for occult blood are all on the list.",
      "Suicide risk assessment, abortion care, heroin and cocaine use, and addiction medicine are core topics.",
      "The toddler would puke after every feed and the stool looked like poop from a breastfed baby.",
      "We placed two pedicle screws and used cotton balls to dry the field.",
      "Welfare reform changed access to care for many families; the guinea pig model helped too.",
      "Septic shock needs early antibiotics; assess the swallow before oral intake.",
      "Free radicals and radical prostatectomy outcomes were discussed.",
      "My classmate Dr. Ho presented on Noonan syndrome.",
      "I wasted an entire afternoon re-reading notes. Damn, that hurt.",
      "I graduated magna cum laude; Philip K. Dick was my summer reading.",
      "LGBTQ+ and queer patients often avoid care; we studied Gypsy, Roma and Traveller health too.",
      "Use `rm -rf *` carefully, and **bold** and *italic* text are fine.",
    ]));

  it("makes mild words available at sureness 0 and the strongest only at 2", async () => {
    const mild = "Damn, what a crap day.";
    expect(await findingsOf(mild, "conduct.profanity", "umn-health-sciences")).toHaveLength(0);
    const zero = await findingsOf(mild, "conduct.profanity", "umn-health-sciences", { rules: { "conduct.profanity": { sureness: 0 } } });
    expect(zero.map((f) => f.text)).toEqual(["Damn", "crap"]);
    const shit = "It's shit for patients.";
    expect(await findingsOf(shit, "conduct.profanity", "umn-health-sciences")).toHaveLength(1);
    expect(await findingsOf(shit, "conduct.profanity", "umn-health-sciences", { rules: { "conduct.profanity": { sureness: 2 } } })).toHaveLength(0);
    expect(await findingsOf("Go fuck yourself.", "conduct.profanity", "umn-health-sciences", { rules: { "conduct.profanity": { sureness: 2 } } })).toHaveLength(1);
  });

  it("extends the clinical allow list from configuration", async () => {
    const text = "The Nazi doctors' trial shaped consent, and the crack on the X-ray was subtle. Bitch.";
    const before = await findingsOf(text, "conduct.profanity", "umn-health-sciences");
    expect(before.map((f) => f.text)).toEqual(["Bitch"]);
    const after = await findingsOf(text, "conduct.profanity", "umn-health-sciences", { rules: { "conduct.profanity": { allow: ["bitch"] } } });
    expect(after).toHaveLength(0);
    const phrase = await findingsOf("Our lab calls it the bitch assay.", "conduct.profanity", "umn-health-sciences", { rules: { "conduct.profanity": { allow: ["bitch assay"] } } });
    expect(phrase).toHaveLength(0);
  });

  it("leaves slurs to conduct.discrimination and ignores code", async () => {
    expect(await findingsOf("He called them retards in the group chat.", "conduct.profanity", "umn-health-sciences")).toHaveLength(0);
    expect(await findingsOf("He called them retards in the group chat.", "conduct.discrimination", "umn-health-sciences")).toHaveLength(1);
    expect(await findingsOf("Run `git commit -m 'fuck'` and move on.", "conduct.profanity", "umn-health-sciences")).toHaveLength(0);
  });
});

describe("conduct.substance", () => {
  it("flags depictions of the author's or colleagues' intoxication and drug use", () =>
    expectHits("conduct.substance", "umn-health-sciences", [
      "Celebrated by getting absolutely wasted at Kieran's place.",
      "So hungover on rounds this morning that I had to sit down in the stairwell lol",
      "Got completely wasted at a bar on Saint-Laurent with the rest of the PGY-1s.",
      "Smoked a joint on the balcony before my Sunday call shift.",
      "Ran the whole ward stoned and nobody noticed lol",
      "Blackout drunk at the white coat ceremony afterparty, no regrets.",
      "We got so high before the anatomy practical.",
      "My co-resident was still drunk at handover.",
      "Popped a friend's Adderall to get through the last block of questions.",
      "Took molly at the festival and still made it to clinic on Monday.",
      "Nothing like a brutal hangover during ward round.",
      "Tequila shots, blacked out, woke up in the call room.",
      "Nothing like being high as a kite for anatomy lab.",
      "Had 6 beers before my night shift, didn't even notice.",
      "Rolled a blunt with the other interns after clinic.",
      "I was so hungover I nearly fainted in theatre.",
    ]));
  it("does not flag clinical discussion, moderate drinking or study venting", () =>
    expectClean("conduct.substance", "umn-health-sciences", [
      "Today I wasted two hours making a beautiful study schedule instead of studying.",
      "I wasted an entire afternoon re-reading notes instead of doing questions.",
      "The patient was brought in drunk after a fall and needed a CT head.",
      "Alcohol intoxication can mask a head injury, so reassess when sober.",
      "Had one glass of champagne at my cousin's wedding and danced all night.",
      "Substance use disorder is a treatable medical condition; naloxone saves lives.",
      "Cannabis use roughly doubles the risk of a crash; ask every trauma patient about it.",
      "Her blood pressure was so high that we called the registrar.",
      "I got high marks on the pharmacology quiz.",
      "The kidney stones were visible on the CT.",
      "So much time was wasted waiting for the porter.",
      "A drunk driver hit the cyclist; the trauma team was ready.",
      "We talked about screening for binge drinking with the AUDIT-C.",
      "Drinking on call is a disciplinary offence, as the handbook reminds us.",
      "We had a few drinks at the department Christmas party and I was home by ten.",
      "I felt high on adrenaline after my first delivery.",
    ]));
});

describe("conduct.discrimination", () => {
  it("flags derogatory clinical slang, slurs and demeaning generalisations", () =>
    expectHits("conduct.discrimination", "umn-health-sciences", [
      "The waiting room was the usual mix of frequent flyers and drug seekers.",
      "The gomer in bay 3 pulled out his IV twice.",
      "Half the shift is drug seekers from the shelter asking for Dilaudid by name.",
      "Another bed blocker on the ward waiting for a care home.",
      "Classic LOL in NAD, sent home with reassurance.",
      "Textbook status dramaticus in bed 4 tonight.",
      "Honestly the whole clinic is full of crocks.",
      "Half of them are just lazy and expect us to do all the work getting them positioned in the bariatric clinic.",
      "Obese patients are just lazy, let's be honest.",
      "He called the nurse a retard in front of everyone.",
      "The junkies from the shelter were back again.",
      "Obviously drug-seeking patient in bay 4 asking for IV morphine by name.",
      "Those people are animals, honestly.",
      "Immigrants are a drain on the NHS.",
    ]));
  it("does not flag medical terms that resemble slurs or ordinary uses of slang words", () =>
    expectClean("conduct.discrimination", "umn-health-sciences", [
      "I finally used my frequent flyer miles for something useful.",
      "Spastic diplegia is the most common form of cerebral palsy in preterm infants.",
      "Homo sapiens is the only surviving species of the genus.",
      "Intrauterine growth retarded fetuses need closer monitoring.",
      "Fatty liver disease is common in type 2 diabetes.",
      "A crock pot of soup kept the night team going.",
      "Patients who visit often deserve the same careful history as anyone else.",
      "Our department manager is completely useless.",
      "Stigmatising labels like these harm care, so we avoid them in notes.",
      'Words like "frequent flyer" and "drug seeker" make it harder for patients with complex needs to get care.',
      "The drug seekers label is stigmatising and we should stop using it in notes.",
      "Frequent flyer programmes are a great way to save on conference travel.",
      "Obese patients are more likely to be under-treated for pain.",
      "The homeless are more likely to die young, and that is a policy failure.",
      "A niggling pain in the knee for three weeks.",
    ]));
  it("offers a person-first suggestion where one exists", async () => {
    const text = "The frequent flyer in bed 6 was back.";
    const [f] = await findingsOf(text, "conduct.discrimination", "umn-health-sciences");
    expect(f!.fixes[0]!.kind).toBe("suggestion");
    await expectFixRoundTrip(text, "conduct.discrimination", "person-first", "umn-health-sciences", "The patient who visits often in bed 6 was back.");
    const [g] = await findingsOf("The gomer in bay 3.", "conduct.discrimination", "umn-health-sciences");
    expect(g!.fixes).toHaveLength(0);
  });
});

describe("conduct.harassment", () => {
  it("flags threats, bullying and sexual harassment", () =>
    expectHits("conduct.harassment", "umn-health-sciences", [
      "Keep tagging me and I will find out where you live and show up at your door.",
      "If she touches my lighting setup again, I'll make sure she regrets it.",
      "I know which car is hers.",
      "Shame about the lab coat, you'd look much better without it 😏",
      "DM me if you want a private shoot, just you and me.",
      "I swear I'll punch that registrar if he says it one more time.",
      "You're a pathetic waste of space and everyone on the ward knows it.",
      "Kill yourself, nobody would notice.",
      "Send me nudes if you want that reference letter.",
      "Watch your back on Monday.",
    ]));
  it("does not flag venting, policy language or reports of being harassed", () =>
    expectClean("conduct.harassment", "umn-health-sciences", [
      "I'm going to kill this OSCE tomorrow.",
      "I could murder a coffee right now.",
      "The policy says using social networking sites to bully or intimidate colleagues is an offence.",
      "Someone told me they know where I live, and I reported it to the police.",
      "The dose that would kill him is far higher than what he took.",
      "Gorgeous lighting as always, thanks for sharing your setup.",
      "Happy to look at anyone's portfolio over video call next month.",
      "Stroke can strike anyone; know the signs.",
      "He is so hot and sweaty, we gave paracetamol and cultures.",
      "I would do that rotation again in a heartbeat.",
      "Social media can ruin your career if you post patient photos.",
      "Without treatment, a patient with sepsis could die within hours, or else recover slowly.",
      "I'll make sure she gets her discharge letter before Friday.",
    ]));
});

describe("conduct.colleague", () => {
  it("flags complaints about colleagues, supervisors and the programme", () =>
    expectHits("conduct.colleague", "quebec-postgraduate", [
      "The program clearly sees residents as cheap labour and nothing else.",
      "And Dr. Bouchard, the staff on CTU this block, humiliated me in front of the whole team on rounds.",
      "Honestly, this scheduling bullshit is why half of my cohort is burnt out.",
      "Our department manager is completely useless.",
      "And the new starter can't hold a camera straight.",
      "My attending is a complete idiot and everyone knows it.",
      "Our program director couldn't care less about resident wellness.",
      "The nurses on 5B are so lazy it's unreal.",
      "I'm sick of management cancelling our teaching.",
      "The agency nurses last night were useless.",
      "The whole department is a joke.",
      "Surgeons are so arrogant, honestly.",
      "The rota coordinator can't even count to seven.",
    ]));
  it("flags whistleblowing on social media", () =>
    expectHits("conduct.colleague", "imi", [
      "I've raised this internally twice and been told to leave it with management, so here it is publicly.",
      "I've raised this through every channel I know and nothing has happened, so I'm saying it publicly: our ED has one working CT scanner.",
      "Share this. Maybe public pressure will do what incident reports haven't.",
    ]));
  it("does not flag praise, neutral mentions, own venting or guidance", () =>
    expectClean("conduct.colleague", "quebec-postgraduate", [
      "Studying with two co-residents on Tuesday nights really helps.",
      "Things I'm bringing back to my department: a shared style guide.",
      "My attending was incredibly patient with me today.",
      "The charge nurse knows where every single thing is. Befriend the charge nurse.",
      "I'm tired, I'm behind on Anki, and I wasted an afternoon.",
      "Don't publicize your frustrations; follow the formal process.",
      "If you have a concern about patient safety, raise it through the formal process rather than publicly.",
      "Our program added a wellness half-day this year.",
      "The bariatric photography clinic is the busiest part of my week.",
      "The hospital car park is the worst part of my commute, honestly.",
      "The team was exhausted after a terrible night with three cardiac arrests.",
      "I've raised money for the hospice twice, so here it is publicly: thank you all!",
      "I've reported the broken scanner through the incident system and it was fixed the next day.",
      "The nurses were amazing and the surgeons were kind.",
    ]));
});

describe("tone.heated", () => {
  it("flags shouting, bursts of exclamation marks and rage words", () =>
    expectHits("tone.heated", "imu-staff", [
      "IT DOES NOT. STOP FORWARDING IT!!!!",
      "I AM SO TIRED OF THIS!!! Okay. Deep breath.",
      "PLEASE get her to show those to a pharmacist!!!!",
      "I am absolutely livid about the new parking rules.",
      "WHY DOES NOBODY READ THE EMAIL",
      "Sick and tired of explaining this every single week.",
    ]));
  it("does not flag acronyms, single emphasis or calm text", () =>
    expectClean("tone.heated", "imu-staff", [
      "The OSCE and MCQ papers are in the same week.",
      "The WHO, CDC and NICE all agree on this.",
      "Good luck everyone, we've got this!",
      "Done with the in-training exam!! 🎉",
      "Please read the FAQ before the MBBS briefing.",
    ]));
  it("is a hint whose message says to delay posting until calm", async () => {
    const [f] = await findingsOf("STOP FORWARDING IT!!!!", "tone.heated", "imu-staff");
    expect(f!.severity).toBe("hint");
    expect(f!.message).toMatch(/delay posting until you are calm/);
  });
});

describe("policy texts linted under their own packs", () => {
  const POLICIES: [string, string][] = [
    ["imu-students", "imu-students.txt"],
    ["imu-staff", "imu-staff.md"],
    ["umn-health-sciences", "umn-health-sciences.md"],
    ["quebec-postgraduate", "quebec-postgraduate.txt"],
    ["imi", "imi-medical-illustrators.md"],
  ];
  const OWN = new Set(["advice.individual", "conduct.profanity", "conduct.substance", "conduct.discrimination", "conduct.harassment", "conduct.colleague", "tone.heated"]);
  for (const [pack, file] of POLICIES) {
    it(`${file} has no error or warning from the conduct, advice and tone rules`, async () => {
      const text = readFileSync(resolve(import.meta.dirname, "../../../shared/policies", file), "utf8");
      for (const policy of [pack, "general"]) {
        const res = await lintText(text, policy);
        const bad = res.findings.filter((f) => OWN.has(f.rule) && (f.severity === "error" || f.severity === "warning"));
        expect(bad.map((f) => `${f.rule}: ${f.text}`), `${file} under ${policy}`).toEqual([]);
      }
    });
  }
});

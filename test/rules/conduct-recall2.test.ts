/**
 * Recall set 2 for the conduct, affiliation and image-attribution rules: new wordings of the
 * classes the blind corpus showed we missed, written from scratch (other countries, professions
 * and platforms), each class paired with near-miss negatives.
 *
 * - oblique intoxication (blacked out by a time, passed out on a couch on a night out, turning
 *   up to work still drunk, pre-drinks, "took something to get through the night shift") versus
 *   patients who passed out, syncope teaching, alcohol-withdrawal teaching and a patient's
 *   intoxication described clinically;
 * - sexualised remarks about an identifiable colleague or classmate, rating classmates, boastful
 *   unwanted advances, versus compliments and reports of harassment;
 * - complaints that identify a colleague by role ("the senior radiographer on my team has
 *   decided I'm her punchbag"), threats to expose a colleague addressed by name and department,
 *   versus praise and a patient swearing at staff;
 * - affiliation.email in a sponsored post, affiliation.disclosure in a promotional post,
 *   image.attribution for remote charts whose alt text reads "chart by age".
 *
 * `hit` lists rules that must report at least once; `clean` lists rules that must not report.
 */
import { describe, it, expect } from "vitest";
import { lintText, expectFixRoundTrip } from "../helpers/lint.js";

/** `at`: a passage of `text` that a finding of each `hit` rule must overlap. */
interface Case { name: string; policy: string; text: string; hit?: string[]; clean?: string[]; at?: string }

const SUBST = "conduct.substance", HARASS = "conduct.harassment", COLL = "conduct.colleague";
const EMAIL = "affiliation.email", DISCLOSURE = "affiliation.disclosure", ATTRIB = "image.attribution";

const CASES: Case[] = [
  // ================= conduct.substance: positives =================
  { name: "blacked out before midnight at the ball", policy: "general", hit: [SUBST],
    text: "3. Priya blacked out before midnight and spent the rest of the night asleep under the cloakroom table 😂\n" },
  { name: "blacked out by eleven, woke up in the coat room", policy: "umn-health-sciences", hit: [SUBST],
    text: "- @sam.okafor blacked out by 11 and woke up in the coat room. Icon.\n" },
  { name: "photo dump: passed out on the sofa after the sangria", policy: "quebec-postgraduate", hit: [SUBST], at: "passed out on the sofa",
    text: "- Slide 1: three jugs of sangria deep on the terrace 🍷\n- Slide 2: @lea.b passed out on the sofa with a pizza box on her chest. Best anaesthesia resident ever.\n" },
  { name: "turned up to the ward still drunk", policy: "general", hit: [SUBST],
    text: "Turned up to the ward round still drunk from the leaving do and nobody clocked it 🙈\n" },
  { name: "rocked up to placement still tipsy", policy: "quebec-postgraduate", hit: [SUBST],
    text: "Rocked up to my community placement still a bit tipsy from karaoke night, no regrets.\n" },
  { name: "hungover at work, pharmacy", policy: "general", hit: [SUBST],
    text: "Dispensing methotrexate while hungover at work is a special kind of Monday.\n" },
  { name: "legless at the Christmas do", policy: "general", hit: [SUBST],
    text: "Our whole physio cohort was legless by nine at the Christmas do.\n" },
  { name: "still smashed on the early shift", policy: "general", hit: [SUBST],
    text: "Still smashed from Saturday when I started my 7am shift on the stroke unit lol.\n" },
  { name: "sloshed before the lecture", policy: "general", hit: [SUBST],
    text: "Got properly sloshed at lunch and then sat through the renal physiology lecture giggling.\n" },
  { name: "stoned before the anatomy lecture", policy: "general", hit: [SUBST],
    text: "Went into the 9am anatomy lecture stoned out of my mind, the brachial plexus has never looked so beautiful.\n" },
  { name: "pre-drinks before the nursing ball", policy: "umn-health-sciences", hit: [SUBST],
    text: "Pre-drinks at ours before the nursing ball, bring your own vodka 🍸\n" },
  { name: "took something to get through the night shift", policy: "general", hit: [SUBST],
    text: "Took something to get through the night shift and I still can't sleep at 2pm.\n" },
  { name: "half-cut at the vet clinic", policy: "general", hit: [SUBST],
    text: "Showed up to the small-animal clinic half-cut after the rugby social, the dogs didn't mind.\n" },
  { name: "plastered on a school night", policy: "general", hit: [SUBST],
    text: "Absolutely plastered on a Tuesday with the dental hygiene girls, see you in clinic tomorrow.\n" },
  { name: "smashed before the OSCE (mid-sentence 'we were')", policy: "general", hit: [SUBST],
    text: "The night before the OSCE we were all smashed at the union bar.\n" },

  // ================= conduct.substance: near-miss negatives =================
  { name: "a patient passed out in the waiting room", policy: "general", clean: [SUBST],
    text: "A patient passed out in the waiting room this morning; we laid her flat and she came round within a minute.\n" },
  { name: "syncope teaching", policy: "general", clean: [SUBST],
    text: "Teaching point: someone who passed out on the floor after standing up quickly most likely had orthostatic syncope.\n" },
  { name: "alcohol withdrawal teaching", policy: "general", clean: [SUBST],
    text: "Alcohol withdrawal can start six hours after the last drink; a patient still drunk on arrival may withdraw overnight, so score CIWA regularly.\n" },
  { name: "the author describing a patient's intoxication", policy: "general", clean: [SUBST],
    text: "He arrived smashed at 3 a.m. after a fall, and we kept him in for a head CT.\n" },
  { name: "photo dump: asleep on the sofa after the night shift, no drinking anywhere", policy: "general", clean: [SUBST],
    text: "- Pic 1: last night shift of the block done 🎉\n- Pic 2: @lea.b passed out on the sofa with the cat on her chest.\n" },
  { name: "passed out on the couch after a night shift (no drinking)", policy: "general", clean: [SUBST],
    text: "Passed out on the couch after four night shifts in a row and slept through dinner.\n" },
  { name: "blacked out after donating blood", policy: "general", clean: [SUBST],
    text: "I blacked out by the time the blood donation bag was half full, so now I'm a vasovagal case study.\n" },
  { name: "smashed my personal best", policy: "general", clean: [SUBST],
    text: "Smashed my 5k personal best before clinic this morning.\n" },
  { name: "pre-drinks are a risk factor (teaching)", policy: "general", clean: [SUBST],
    text: "Students who have pre-drinks before a night out report more alcohol-related harm, according to a 2019 survey.\n" },
  { name: "showed up to clinic still in scrubs", policy: "general", clean: [SUBST],
    text: "Showed up to Monday clinic still half asleep after the long weekend, coffee in hand.\n" },
  { name: "we were all wrecked after a twelve-hour shift", policy: "general", clean: [SUBST],
    text: "We were all wrecked after the twelve-hour shift, so we got chips and went to bed.\n" },
  { name: "our team got smashed in the quiz", policy: "general", clean: [SUBST],
    text: "Our whole cohort got smashed in the pharmacology quiz by the second years. Rematch next term.\n" },
  { name: "went to clinic with a high-risk list", policy: "general", clean: [SUBST],
    text: "Came in to the antenatal clinic high risk list this morning with three twin pregnancies.\n" },
  { name: "my phone screen is still smashed", policy: "general", clean: [SUBST],
    text: "My phone screen is still smashed from when I dropped it in the car park.\n" },
  { name: "took something for the headache", policy: "general", clean: [SUBST],
    text: "Took some paracetamol to get through the night shift headache and drank a litre of water.\n" },

  // ================= conduct.harassment: positives =================
  { name: "sexual remark about a classmate's outfit across two sentences", policy: "umn-health-sciences", hit: [HARASS],
    text: "Can someone tell the new OT student at table 4 that her skirt was far too short. Not complaining though, would have loved to see her without it.\n" },
  { name: "comment on a colleague's body", policy: "general", hit: [HARASS],
    text: "The new pharmacist on the ward has an incredible body, I couldn't stop staring at her chest during handover.\n" },
  { name: "rating classmates", policy: "imi", hit: [HARASS],
    text: "The boys made a spreadsheet rating every girl in our anatomy group out of 10 😂 Aisha got a 9.\n" },
  { name: "boastful unwanted advance", policy: "general", hit: [HARASS],
    text: "Kept trying to kiss the new radiography student at the social even after she said no twice, she'll come round 😏\n" },
  { name: "would love to get the new registrar out of her scrubs", policy: "general", hit: [HARASS],
    text: "I'd love to get the new registrar out of her scrubs, if you know what I mean.\n" },

  // ================= conduct.harassment: near-miss negatives =================
  { name: "compliment on a colleague's outfit", policy: "general", clean: [HARASS],
    text: "Our new PA student looked so smart at the white coat ceremony, her dress was lovely.\n" },
  { name: "reporting someone else's remark", policy: "general", clean: [HARASS],
    text: "A senior commented that my skirt was too short. I reported it to the course lead and it was handled well.\n" },
  { name: "rating restaurants", policy: "general", clean: [HARASS],
    text: "We spent the evening rating every ramen place near campus out of 10, the one by the library won.\n" },

  // ================= conduct.colleague: positives =================
  { name: "senior radiographer has decided I'm her punchbag", policy: "imi", hit: [COLL],
    text: "The senior radiographer on my team has decided I'm her personal punchbag. Yesterday she wiped my whole list and told the lead I'd never booked it.\n" },
  { name: "head chef-style complaint about a lab supervisor", policy: "general", hit: [COLL],
    text: "The lab supervisor in our group has it in for me, she \"lost\" my samples again and then told the PI I was careless.\n" },
  { name: "threat to expose a named colleague from a department", policy: "imi", hit: [COLL],
    text: "Dear Mark from pharmacy: keep spreading lies about me and I will share every message you sent me with the whole hospital. Try me.\n" },
  { name: "addressed colleague on the ward with a threat to expose", policy: "general", hit: [COLL],
    text: "@Priya from Ward 6 keep talking about me behind my back and I'll make sure everyone on the ward knows what you really are.\n" },

  { name: "a nurse praised, the ward is amazing", policy: "general", clean: [COLL],
    text: "Shout-out to the charge nurse on Ward 7 who stayed an hour after handover to teach me how to set up a syringe driver.\n" },
  { name: "a relative threatened staff (reported, not the author)", policy: "imi", clean: [COLL],
    text: "A relative told the receptionist he would make sure everyone in the hospital knew her name. We reported it to security and she was supported.\n" },
  // ================= conduct.colleague: near-miss negatives =================
  { name: "a patient swore at my assistant", policy: "imi", clean: [COLL],
    text: "He wouldn't keep still, kept asking the nurse for more pain relief, and swore at my assistant twice.\n" },
  { name: "a patient shouted at the nurse", policy: "general", clean: [COLL],
    text: "The gentleman in cubicle 3 kept pulling at his cannula and shouted at the nurse when she came back.\n" },
  { name: "praise for the senior photographer", policy: "imi", clean: [COLL],
    text: "The senior photographer in our department has taught me more about lighting in three months than any course.\n" },
  { name: "thanks to Karen from imaging", policy: "imi", clean: [COLL],
    text: "Dear Karen from imaging: thank you for staying late to fix the scanner, you saved our whole list.\n" },
];

const AFFIL: Case[] = [
  // ================= affiliation.email =================
  { name: "business enquiries label with a staff address in a sponsored post", policy: "imu-staff", hit: [EMAIL],
    text: "Loving these collagen shots from GlowLab 💖 Use my code LISA10 for 10% off!\n\nBusiness enquiries: lisa.tan@imu.edu.my\n\n#ad #collab\n" },
  { name: "collabs label with a student address", policy: "umn-health-sciences", hit: [EMAIL],
    text: "Protein bars that got me through Step 1 🏃 Link in bio for 20% off, #sponsored.\n\nCollabs / PR: jdoe0042@umn.edu\n" },
  { name: "partnership contact in a gifted post", policy: "imu-staff", hit: [EMAIL],
    text: "Thanks to SleepWell for sending me their new pillow #gifted. For partnerships email ahmad.rizal@imu.edu.my\n" },
  { name: "official staff page lists an institutional address", policy: "imu-staff", clean: [EMAIL],
    text: "# School of Pharmacy: academic staff\n\nDr Lisa Tan, Senior Lecturer, Pharmaceutical Chemistry. Email: lisa.tan@imu.edu.my\n\nFor admissions enquiries contact the faculty office.\n" },
  { name: "enquiries to the faculty office", policy: "umn-health-sciences", clean: [EMAIL],
    text: "Our department is recruiting volunteers for a sleep study. Enquiries: sleeplab@umn.edu\n" },

  { name: "sponsored post pointing to a generic office address", policy: "imu-staff", clean: [EMAIL],
    text: "#ad Loving the new GlowLab sunscreen, use my code LISA10.\n\nFor questions about the skin clinic, contact the faculty office at admissions@imu.edu.my\n" },
  { name: "personal post naming a colleague's address, nothing sold", policy: "umn-health-sciences", clean: [EMAIL],
    text: "Our anatomy tutor, Dr Reyes (reyes041@umn.edu), runs a brilliant optional prosection session on Fridays.\n" },
  { name: "staff directory with several addresses, third person", policy: "umn-health-sciences", clean: [EMAIL],
    text: "# Faculty directory: Physical Therapy\n\n- Dr Ana Ruiz, Associate Professor. Email: ruiz0001@umn.edu\n- Dr Tom Berg, Assistant Professor. Email: bergt002@umn.edu\n" },

  // ================= affiliation.disclosure =================
  { name: "affiliate post naming the institution without the author's role", policy: "imu-staff", hit: [DISCLOSURE],
    text: "My students always ask which blender I use, so here it is! Use my link for 15% off 🛒\n\nIMU's new nutrition clinic opens next month too, book early.\n\n#sponsored\n" },
  { name: "gifted product, 'thanks for sending', no disclosure", policy: "umn-health-sciences", hit: [DISCLOSURE],
    text: "Huge thanks to NeuroNap for sending me these sleep gummies before boards week! Use code STEPUP for 20% off.\n" },
  { name: "discount code and affiliate link with no ad label", policy: "imu-staff", hit: [DISCLOSURE],
    text: "This is the only stethoscope I recommend to my students. Use my link below and code DRLEE for 10% off!\n" },
  { name: "disclosed sponsorship and role", policy: "umn-health-sciences", clean: [DISCLOSURE],
    text: "Disclosure: this post is sponsored by NeuroNap and I am a second-year medical student at the University of Minnesota; views are my own.\n\nUse code STEPUP for 20% off.\n" },
  { name: "paid partnership label", policy: "imu-staff", clean: [DISCLOSURE],
    text: "#ad Paid partnership with GlowLab. Use my code LISA10 for 10% off their sunscreen.\n" },
  { name: "a coupon for a conference, no product", policy: "imu-staff", clean: [DISCLOSURE],
    text: "Reminder that the clinical skills workshop is on Friday in room 3.\n" },

  { name: "not sponsored, says so", policy: "umn-health-sciences", clean: [DISCLOSURE],
    text: "Not sponsored, I just love this stethoscope. Full review on the blog, link in bio.\n" },
  { name: "affiliate links stated up front", policy: "umn-health-sciences", clean: [DISCLOSURE],
    text: "Contains affiliate links: use my link below if you want the Qbank.\n" },

  // ================= image.attribution =================
  { name: "remote chart with 'by age' in its alt text", policy: "imu-students", hit: [ATTRIB],
    text: "Here's what the targets look like:\n\n![Cholesterol chart by age and sex](https://i.imgur.com/chol-targets.png)\n" },
  { name: "remote infographic 'by region'", policy: "imu-staff", hit: [ATTRIB],
    text: "![Dengue infographic by state, 2024](https://cdn.example-news.my/graphics/dengue-by-state.jpg)\n\nNumbers are climbing again.\n" },
  { name: "remote chart linked from a news site, alt says 'graphic from 2019 to 2023'", policy: "imu-students", hit: [ATTRIB],
    text: "![Measles graphic from 2019 to 2023](https://static.news-site.com/img/measles-trend.png)\n\nLook at that climb.\n" },
  { name: "remote figure credited in the alt text", policy: "imu-staff", clean: [ATTRIB],
    text: "![Dermatome map, figure by OpenStax, CC BY 4.0](https://upload.wikimedia.org/dermatomes.png)\n" },
  { name: "credited remote chart", policy: "imu-students", clean: [ATTRIB],
    text: "![Blood pressure categories by age](https://www.heart.org/-/media/bp-chart.png)\n\n*Chart: American Heart Association, used with permission.*\n" },
  { name: "own photo, local file", policy: "imu-students", clean: [ATTRIB],
    text: "![My revision desk by the window](img/desk.jpg)\n\nExam season setup.\n" },
];

describe("recall set 2: conduct", () => {
  it("has at least 40 cases with negatives for every class", () => {
    expect(CASES.length + AFFIL.length).toBeGreaterThanOrEqual(40);
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(15);
  });
  it.each([...CASES, ...AFFIL].map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const findings = (await lintText(c.text, c.policy)).findings;
    const at = c.at ? c.text.indexOf(c.at) : -1;
    const near = (f: { start: number; end: number }) => at < 0 || (f.start < at + c.at!.length && f.end > at);
    for (const rule of c.hit ?? []) expect(findings.filter((f) => f.rule === rule && near(f)).map((f) => f.text), `expected ${rule}`).not.toEqual([]);
    for (const rule of c.clean ?? []) expect(findings.filter((f) => f.rule === rule).map((f) => f.text), `unexpected ${rule}`).toEqual([]);
  });
});

describe("recall set 2: sponsorship disclosure fix", () => {
  it("inserts a sponsorship disclosure after the title, which clears the finding", async () => {
    const text = "# My exam-season snacks\n\nThanks to CrunchCo for sending these! Use code EXAM20 for 20% off.\n";
    const fixed = await expectFixRoundTrip(text, DISCLOSURE, "insert-disclosure", "umn-health-sciences");
    expect(fixed).toContain("# My exam-season snacks\n\nDisclosure: this post is sponsored by [brand]");
  });
});

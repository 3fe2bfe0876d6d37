/**
 * Recall batch 5 for the patient rules, written from classes of misses and false positives on an
 * unseen corpus (not from its strings): a telegraphic case presentation without a comma ("Elderly
 * gentleman admitted to medicine with …"), a client or patient of the day ("This morning's first
 * client was …", "in for her six-month review"), a follow-up about a patient of an earlier post
 * ("Remember the teenager I wrote about last month?"), a patient the author has been seeing for a
 * while ("who I've been photographing since spring"), a donor's age given with a parenthetical,
 * the town where an injury happened, a neighbourhood "round the corner from me", a word-number age
 * before a town, a family of patients who came in (an ethnicity is not a surname), a patient named
 * with a possessive in an image's alt text, and social contact with a patient (messaging,
 * "keep him posted on Messenger", meeting up for coffee). Near misses: readers and commenters who
 * asked a question ("Uncle Ravi asked whether …"), plural and exam-style presentations, reminders,
 * the author's own injury or street, coffee with colleagues, cancelled clients.
 */
import { describe, it, expect } from "vitest";
import { covers } from "../helpers/lint.js";
import { ENC, ID, findings, patientCases, type PatientCase } from "../helpers/patient-cases.js";

const IMG = "patient.image";
const CONTACT = "patient.contact";

const positives: PatientCase[] = [
  // telegraphic case presentations without a comma
  { name: "elderly gentleman admitted with a rash, we stopped the drug", pack: "quebec-postgraduate", text: "Textbook case on the derm consult service today.\n\nElderly gentleman admitted to medicine with a new rash after starting allopurinol. Target-like lesions on the palms. We called it early, stopped the drug, and he's stable on the unit.\n", enc: ["Elderly gentleman admitted"] },
  { name: "young woman brought in by ambulance, we intubated", pack: "umn-health-sciences", text: "Young woman brought in by ambulance after a seizure at work. We intubated her in resus and she was extubated the next morning.\n", enc: ["Young woman brought in"] },
  { name: "middle-aged farmer referred with haemoptysis, I clerked him", pack: "imu-students", text: "Middle-aged farmer referred from the district clinic with haemoptysis for a month. I clerked him and the CT showed a cavity.\n", enc: ["Middle-aged farmer referred"] },
  { name: "little girl came in overnight with stridor", pack: "imi", text: "Little girl came in overnight with stridor and a barking cough. We gave her dexamethasone and she settled by the morning.\n", enc: ["Little girl came in"] },
  { name: "vet: young collie presented after eating chocolate", pack: "umn-health-sciences", text: "Young collie presented to our ER after eating a whole box of chocolates. We induced vomiting and he went home the same evening.\n", enc: ["Young collie presented"] },
  { name: "older lady transferred from a nursing home", pack: "imu-students", text: "Older lady transferred from a nursing home with a hip fracture. I did her pre-op assessment and she squeezed my hand the whole time.\n", enc: ["Older lady transferred"] },
  { name: "dental: young lad came in with a knocked-out tooth", pack: "umn-health-sciences", text: "Young lad came in with a knocked-out front tooth after rugby. We reimplanted it within the hour.\n", enc: ["Young lad came in"] },
  { name: "physio: elderly gentleman referred for falls", pack: "imi", text: "Elderly gentleman referred for falls prevention after two trips in the garden. We worked on his sit-to-stand for an hour.\n", enc: ["Elderly gentleman referred"] },
  // a client or patient of the day
  { name: "tonight's first admission was a teenager", pack: "umn-health-sciences", text: "Tonight's first admission was a 19-year-old with DKA who had run out of insulin.\n", id: ["19-year-old"], enc: ["Tonight's first admission"] },
  { name: "Monday's last patient, a teenager", pack: "imu-students", text: "Monday's last patient was a teenager with a sprained ankle who refused crutches.\n", enc: ["Monday's last patient"] },
  { name: "this morning's first client, in for serial photography", pack: "imi", text: "Tuesday in the clinical photography studio.\n\nThis morning's first client was a young man in for serial photography of a keloid on his earlobe, his fourth session with us. He was so chuffed when I put the first and latest shots side by side.\n\nHe was happy for me to share, and we did the consent form properly:\n", enc: ["This morning's first client", "He was happy for me to share"] },
  { name: "today's last patient, in for her six-month review", pack: "imu-students", text: "Today's last patient was a retired teacher in for her six-month denture review. She brought the whole clinic a tin of kuih.\n", enc: ["Today's last patient"] },
  { name: "yesterday's first sitter, her third session", pack: "imi", text: "Yesterday's first sitter was a little girl with a port-wine stain, her third session with us. She wanted to hold the flash.\n", enc: ["Yesterday's first sitter"] },
  { name: "a hearing aid fitting: in for his fitting", pack: "imu-students", text: "A retired farmer was in for his first hearing aid fitting this afternoon and cried when he heard the birds outside.\n", enc: ["A retired farmer"] },
  // follow-up about a patient of an earlier post
  { name: "remember the teenager I wrote about last month", pack: "quebec-postgraduate", text: "Remember the teenager I wrote about last month, the one with the brutal asthma attack who asked me for my Insta handle on discharge? I followed her back this week. I cried a little.\n", enc: ["Remember the teenager"] },
  { name: "remember the farmer I posted about", pack: "umn-health-sciences", text: "Remember the farmer with the crushed hand I posted about in June? He sent our clinic a photo of himself back on his tractor.\n", enc: ["Remember the farmer"] },
  { name: "you might remember the lady from my last post", pack: "imu-students", text: "You might remember the lady from my last post with the huge goitre. Her surgery went well and she went home yesterday.\n", enc: ["the lady from my last post"] },
  // a patient the author has been seeing for a while
  { name: "who I've been photographing for his trial", pack: "imi", text: "Mr Gurpreet Sandhu, who I've been photographing for his psoriasis trial since spring, told me his skin had never been this clear.\n", id: ["Mr Gurpreet Sandhu"], enc: ["Mr Gurpreet Sandhu"] },
  { name: "Puan X, whom we have been seeing for her ulcer", pack: "imu-students", text: "Puan Rohani, whom we have been seeing weekly for her leg ulcer, finally walked into the clinic without her stick.\n", id: ["Puan Rohani"], enc: ["Puan Rohani"] },
  { name: "I've been treating Mrs X since January", pack: "umn-health-sciences", text: "I've been treating Mrs. Olafsen for her frozen shoulder since January and today she lifted her arm above her head.\n", id: ["Mrs. Olafsen"], enc: ["Mrs. Olafsen"] },
  { name: "Encik X, who we've been following since his stroke", pack: "imu-students", text: "Encik Lim, who we've been following since his stroke, walked without his frame today.\n", id: ["Encik Lim"], enc: ["Encik Lim"] },
  // a donor's age with a parenthetical
  { name: "donor who according to her paperwork was 88", pack: "umn-health-sciences", text: "Our donor, who according to her paperwork was 88, had the most beautiful hands.\n", id: ["88"], enc: ["Our donor"] },
  { name: "donor who, according to the tag, was 93", pack: "imu-students", text: "Our table's donor is a man who, according to the tag on the bag, was 93 and had donated his body through the bequest programme. Today we reflected his pectoralis major.\n", id: ["93"], enc: ["Our table's donor"] },
  { name: "she was, we were told, 88", pack: "umn-health-sciences", text: "Our donor was a retired nurse. She was, according to the paperwork, 88 when she died, and she had a hip replacement.\n", id: ["88"], enc: ["Our donor"] },
  // the town where an injury happened
  { name: "vet: tore his cruciate chasing a squirrel in a town", pack: "umn-health-sciences", text: "Scrubbed into my first TPLO today! The patient was Biscuit, a 7-year-old golden retriever who tore his cranial cruciate chasing a squirrel in Edina.\n", id: ["Biscuit", "7-year-old", "Edina"], enc: ["The patient was Biscuit"] },
  { name: "fell off her horse in a town", pack: "imi", text: "On call last night we admitted a 16-year-old who fell off her horse in Kilcullen and broke her femur.\n", id: ["16-year-old", "Kilcullen"], enc: ["On call last night"] },
  { name: "crashed his quad bike in a town", pack: "umn-health-sciences", text: "In the ED today I saw a 58-year-old farmer who crashed his quad bike in Taupo two days ago.\n", id: ["58-year-old", "Taupo"], enc: ["In the ED today"] },
  // a neighbourhood round the corner from the author
  { name: "lives round the corner from me in a neighbourhood", pack: "imi", text: "Mr Gurpreet Sandhu, who I've been photographing for his psoriasis trial, is lovely, and he lives just round the corner from me in Handsworth.\n", id: ["Mr Gurpreet Sandhu", "Handsworth"], enc: ["Mr Gurpreet Sandhu"] },
  { name: "lives down the road from us in a town", pack: "imu-students", text: "Yesterday on the ward I clerked Pakcik Osman, who lives down the road from us in Kuala Kubu Bharu.\n", id: ["Pakcik Osman", "Kuala Kubu Bharu"], enc: ["Yesterday on the ward"] },
  { name: "lives two doors down from me in a town", pack: "umn-health-sciences", text: "On my home visits this week I saw Mrs. Nowak, who lives two doors down from me in Salford.\n", id: ["Mrs. Nowak", "Salford"], enc: ["On my home visits"] },
  { name: "lives on the same street as us in a town", pack: "imu-students", text: "Yesterday in clinic we saw Makcik Rosnah, who lives on the same street as us in Kampar.\n", id: ["Makcik Rosnah", "Kampar"], enc: ["Yesterday in clinic"] },
  // a word-number age before a town
  { name: "a nine-year-old from a neighbourhood", pack: "quebec-postgraduate", text: "Three weeks ago I looked after Widlyne Saint-Fleur on the paediatric ward, a nine-year-old from Montréal-Nord admitted with her first DKA.\n", id: ["Widlyne Saint-Fleur", "nine-year-old", "Montréal-Nord"], enc: ["Three weeks ago"] },
  { name: "a seventy-year-old from a town", pack: "umn-health-sciences", text: "Last night we admitted a seventy-year-old from Brainerd with a GI bleed.\n", id: ["seventy-year-old", "Brainerd"], enc: ["Last night"] },
  // a family of patients who came in
  { name: "an ethnic family who came in this week (no name)", pack: "imi", text: "Half the trial sessions overrun. The Roma family who came in this week couldn't sit still for two minutes.\n", enc: ["The Roma family who came in"] },
  { name: "a family who came in last night", pack: "umn-health-sciences", text: "The Somali family who came in last night with their febrile baby waited four hours for an interpreter.\n", enc: ["The Somali family"] },
  // a little one's name without the adjective
  { name: "little Aisyah (4)", pack: "imu-students", text: "Little Aisyah (4) came back for her patching review today and her left eye has gone from 6/24 to 6/9!\n", id: ["Aisyah", "(4)"], enc: ["Little Aisyah"] },
  // a patient who reads the blog is still a patient
  { name: "a patient who follows the blog told me today", pack: "umn-health-sciences", text: "A patient told me today in clinic that she is a follower of this blog, which was lovely and slightly terrifying.\n", enc: ["A patient told me"] },
  // a reader question is no story, but a patient question on the ward is
  { name: "uncle on the ward asked whether he could go home", pack: "imu-students", text: "On the ward today Uncle Ravi asked me whether he could go home for Deepavali.\n", id: ["Uncle Ravi"], enc: ["On the ward today"] },
];

const negatives: PatientCase[] = [
  // readers and commenters who asked a question
  { name: "a reader called Uncle asked a question", pack: "imu-students", text: "> Draft: Congrats! Pregnancy gingivitis is super common, and bleeding gums settle after delivery.\n\n**Uncle Ravi** asked whether denture adhesive is safe to use every day.\n\n> Draft: Good question, uncle! Adhesives are designed for daily use when the denture fits well.\n\n| Comment | Replied? |\n|---|---|\n| Ravi | no |\n" },
  { name: "auntie asked in the comments", pack: "imu-students", text: "Auntie Mei asked in the comments if turmeric helps with arthritis pain. Short answer: the evidence is weak.\n" },
  { name: "a viewer from a town asked on my last reel", pack: "imi", text: "Mrs. Patel from Leicester asked on my last reel whether she should stop her statin before surgery. Please ask your own GP.\n" },
  { name: "a listener wrote in to ask", pack: "umn-health-sciences", text: "Mr. Jensen wrote in to ask how often he should replace his CPAP mask. The manufacturer's guidance is every three months.\n" },
  // plural and exam-style presentations
  { name: "plural elderly patients admitted with falls", pack: "imu-students", text: "Elderly patients admitted with falls often have postural hypotension that nobody checks.\n" },
  { name: "exam-style present tense", pack: "umn-health-sciences", text: "Elderly gentleman presents with a new rash after starting allopurinol. What is the most likely diagnosis?\n" },
  { name: "a news headline about someone else", pack: "imu-students", text: "Elderly man admitted after dog attack, says the local paper. Stay safe around strays, everyone.\n" },
  // reminders and updates that are no story
  { name: "remember the guidelines I wrote about", pack: "imu-students", text: "Remember the guidelines I wrote about last month? They've been updated, so check the new dosing table.\n" },
  { name: "remember the lecture", pack: "umn-health-sciences", text: "Remember the lecture on acid-base I posted last week? Here are the practice questions.\n" },
  { name: "a telegraphic teaching question", pack: "umn-health-sciences", text: "Elderly man admitted with confusion: what's your approach? We'll discuss it on Friday.\n" },
  { name: "a non-clinical follow-up about a friend", pack: "imu-students", text: "The guy I talked about in my last post, my flatmate, finally passed his driving test today.\n" },
  { name: "today's patient education session", pack: "imu-students", text: "Today's patient education session was about inhaler technique, and I ran the spacer station.\n" },
  // a specific client who never came
  { name: "today's clients were headshots", pack: "imi", text: "Today's clients were mostly staff headshots for the new website, so an easy day in the studio.\n" },
  // the author's own injury or home
  { name: "the author's own injury in a town", pack: "imu-students", text: "I tore my ACL playing netball in Ipoh last year, so orthopaedics is personal for me.\n" },
  { name: "the author lives round the corner", pack: "imi", text: "I live just round the corner from the hospital in Handsworth, which makes nights easier.\n" },
  { name: "the family's own dog hurt in a town", pack: "umn-health-sciences", text: "Our dog tore his cruciate chasing a squirrel in Edina last summer, so I know TPLO recovery from the owner's side.\n" },
  { name: "a follower asked in the comments", pack: "imu-students", text: "A follower asked in the comments whether I'd recommend a water flosser for braces. Yes, with a soft tip.\n" },
  // an ethnicity, not a surname
  { name: "a family of an ethnicity in a general remark", pack: "umn-health-sciences", text: "Somali families in our state often prefer a same-gender interpreter.\n" },
  // a donor's age in general
  { name: "donors in general are old", pack: "imu-students", text: "Most body donors in our programme were, on average, 82 when they died.\n" },
];

patientCases("patient recall 5", positives, negatives);

describe("patient recall 5: images naming the patient with a possessive", () => {
  const cases: PatientCase[] = [
    { name: "alt text with a possessive name", pack: "imu-students", text: "Little Aisyah (4) came back for her patching review today.\n\nHere's her cover test:\n\n![Aisyah's eyes during the cover test, before patching](img/cover.jpg)\n", img: ["![Aisyah's eyes"] },
    { name: "alt text with a curly possessive name", pack: "imi", text: "This morning I photographed Rahim Osman's hand after his graft for the plastics team.\n\n![Rahim’s hand, day ten](img/hand.jpg)\n", img: ["![Rahim’s hand"] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const got = await findings(c.text, c.pack, IMG);
      for (const e of c.img ?? []) expect(got.some((f) => covers(c.text, f, e)), `image "${e}"`).toBe(true);
    });
  }
  it("not: a possessive name in alt text that is no patient", async () => {
    const text = "Thanks to my supervisor Puan Rosnah for a great posting!\n\n![Rosnah's farewell cake](cake.jpg)\n";
    expect((await findings(text, "imu-students", IMG)).map((f) => f.text)).toEqual([]);
  });
});

describe("patient recall 5: social contact with a patient", () => {
  const yes: [string, string, string][] = [
    ["imi", "Mr Gurpreet Sandhu, who I've been photographing for his psoriasis trial since spring, found me on Facebook and messaged to ask how his latest photos looked. I replied that they looked much better and said I'd keep him posted through Messenger after each visit.\n", "found me on Facebook"],
    ["imu-students", "Today on the ward I clerked Pakcik Osman for his COPD. He is lovely, and he lives near my parents, so I've said we should grab a coffee after he goes home.\n", "grab a coffee"],
    ["umn-health-sciences", "I've been seeing Mrs. Olafsen in clinic for her frozen shoulder since January. Now I keep her updated on WhatsApp about her appointments.\n", "keep her updated on WhatsApp"],
    ["imu-students", "The little one's mum from my Tuesday clinic is lovely, and we're meeting for coffee on Saturday.\n", "meeting for coffee"],
    ["quebec-postgraduate", "Last week on the ward I looked after a lovely gentleman with a hip fracture. He invited me for a beer after his discharge and I said we should meet up for lunch instead.\n", "meet up for lunch"],
  ];
  for (const [pack, text, span] of yes) {
    it(`flags: ${span}`, async () => {
      const got = await findings(text, pack, CONTACT);
      expect(got.some((f) => covers(text, f, span)), JSON.stringify(got.map((f) => f.text))).toBe(true);
    });
  }
  const no: [string, string][] = [
    ["imu-students", "After the ward round my registrar and I grabbed a coffee and talked about exams.\n"],
    ["umn-health-sciences", "I keep my mum posted through WhatsApp about my rotation schedule.\n"],
    ["imi", "Patients sometimes invite you for coffee after discharge; the policy says to decline politely.\n"],
    ["umn-health-sciences", "On the ward today I looked after a lady with pneumonia. She slept while we had lunch in the staff room.\n"],
    ["imi", "She was discharged today, so the nurses and I said we should grab a drink to celebrate.\n"],
    ["imu-students", "Study group tonight! We should grab a coffee before the anatomy practical.\n"],
    ["quebec-postgraduate", "On the ward today I looked after a man with pneumonia. Afterwards I met my friends for lunch in the cafeteria.\n"],
  ];
  for (const [pack, text] of no) {
    it(`not: ${text.slice(0, 50)}`, async () => {
      expect((await findings(text, pack, CONTACT)).map((f) => f.text)).toEqual([]);
    });
  }
});

describe("patient recall 5: the encounter covers the story, not only its consent line", () => {
  it("a consented client story is one encounter starting at the story", async () => {
    const text = "This morning's first client was a young man in for serial photography of a keloid, his fourth session with us.\n\nHe was happy for me to share, and we did the consent form properly.\n";
    const enc = await findings(text, "imi", ENC);
    expect(enc).toHaveLength(1);
    expect(covers(text, enc[0]!, "This morning's first client")).toBe(true);
  });
  it("a reader's question gives no identifier", async () => {
    const text = "**Uncle Ravi** asked whether denture adhesive is safe to use every day.\n";
    expect(await findings(text, "imu-students", ID)).toEqual([]);
  });
});

/**
 * Recall batch 3 for patient.contact and patient.image, written from classes of misses on unseen
 * documents (not from their strings).
 *
 * contact: the author seeking out a patient, client, research participant or their relative online
 * (looking them up, googling or "stalking" them on a platform, following or friending them), a
 * relative finding the author on a platform and the author answering their messages, a request
 * accepted in one sentence ("I accepted it.") after the request in the sentence before, ongoing
 * messaging after that, handing out a personal number; French phrasing for Quebec trainees. Near
 * misses: clinical follow-up ("we followed her for four months"), looking up labs or a condition,
 * recommending an account to patients, following patient-advocacy pages, declined requests.
 *
 * image: clinical photos hosted remotely (CDNs, image hosts), dental and operative views, a poster
 * or slide that carries a patient's scan or clinical photos, French alt text. Near misses:
 * diagrams and schémas, credited textbook figures, anatomy models, the author's own X-ray,
 * equipment, empty rooms, hospital exteriors, infographics and posters without patient images.
 */
import { describe, it, expect } from "vitest";
import type { Finding } from "../../shared/src/index.js";
import { findingsOf, lintText } from "../helpers/lint.js";

const CONTACT = "patient.contact";
const IMAGE = "patient.image";

interface Case { name: string; pack: string; text: string }

async function findings(text: string, pack: string, rule: string): Promise<Finding[]> {
  return (await lintText(text, pack)).findings.filter((f) => f.rule === rule);
}

const contactPositives: Case[] = [
  // a relative finds the author on a platform and the author answers
  { name: "his son found me on Facebook after a ward story, and I reply to his messages", pack: "imu-staff", text: "Mr. Wong was on our stroke ward for a fortnight and worked harder in physio than anyone I have met.\n\n## An update\n\nHis son found me on Facebook after discharge, and I've been replying to his messages about the exercises ever since.\n" },
  { name: "a patient's wife tracked me down on LinkedIn", pack: "imi", text: "My patient's wife tracked me down on LinkedIn, and now I answer her questions there most evenings.\n" },
  { name: "a client's mother found me on Instagram; I answer her DMs", pack: "umn-health-sciences", text: "One of my speech therapy clients, a shy eight-year-old, finally said his first full sentence in session last month.\n\nHis mother found me on Instagram a week later and I've been answering her DMs about his homework since.\n" },
  // the author looks a patient or relative up online and follows them
  { name: "looked up a participant's grandson on Instagram and followed him", pack: "umn-health-sciences", text: "One participant in our memory study, a retired teacher in her nineties, talked about her grandson's band all session.\n\nAfter her last visit I looked up her grandson on Instagram and followed him, so I'd know how she was.\n" },
  { name: "googled my patient and found her on Facebook", pack: "imu-students", text: "I googled my patient after clinic and found her on Facebook.\n" },
  { name: "looked up one of my clients on Instagram", pack: "umn-health-sciences", text: "I looked up one of my clients on Instagram last night to see how she was getting on.\n" },
  { name: "stalked my patient's Instagram", pack: "imu-students", text: "Confession: I stalked my patient's Instagram after she was discharged.\n" },
  { name: "searched for a bereaved family on Facebook", pack: "imi", text: "We lost a baby on the unit last week. I searched for the family on Facebook and sent them a message.\n" },
  { name: "followed my patient on TikTok", pack: "imu-students", text: "After he was discharged, I followed my patient on TikTok.\n" },
  { name: "followed former patients on Instagram", pack: "umn-health-sciences", text: "I followed a few of my former patients on Instagram so I could see how they were doing.\n" },
  { name: "friended her on Facebook after a ward story", pack: "imi", text: "Mrs. Kaur was on our orthopaedic ward for a month after her hip fracture.\n\nOn her last day I friended her on Facebook.\n" },
  { name: "sent a follow request to my patient's daughter", pack: "imu-students", text: "I sent a follow request to my patient's daughter on Instagram.\n" },
  { name: "DM'd a research participant on Instagram", pack: "umn-health-sciences", text: "I DM'd one of our research participants on Instagram to thank her for taking part.\n" },
  // a request, then "I accepted it." and ongoing messaging
  { name: "friend request from her daughter, then accepted it", pack: "quebec-postgraduate", text: "Every month I visit Mrs. Gagnon at home; she has Parkinson's and lives with her daughter.\n\nHer daughter sent me a Facebook friend request after the last visit. I accepted it. We now message most weeks about her falls.\n" },
  { name: "his wife sent me a request; I accepted", pack: "imu-staff", text: "Mr. Lim came to our diabetes clinic every month for two years.\n\nHis wife sent me a friend request on Facebook in December. I accepted, and we chat on Messenger about his sugars.\n" },
  // handing out personal contact details
  { name: "gave my personal mobile number to a patient's daughter", pack: "imu-students", text: "I gave my personal mobile number to the daughter of one of my ward patients so she could text me.\n" },
  { name: "handed my WhatsApp number to a client", pack: "umn-health-sciences", text: "I handed my WhatsApp number to a client after our session so she could reach me between appointments.\n" },
  { name: "texted my patient from my personal phone", pack: "imu-students", text: "I texted my patient from my personal phone to check on her after discharge.\n" },
  { name: "asked for my Instagram handle and I gave it", pack: "imu-staff", text: "One of my patients asked for my Instagram handle, so I gave it to her.\n" },
  { name: "WhatsApped the mum of a baby I delivered", pack: "imi", text: "I WhatsApped the mum of a baby I delivered last month to see how they were getting on.\n" },
  { name: "added my patient to a Telegram group", pack: "imu-students", text: "I added my patient to our Telegram support group.\n" },
  { name: "looked her up on Facebook after a ward story", pack: "umn-health-sciences", text: "Mrs. Lee was on our ward for three weeks after her stroke.\n\nI looked her up on Facebook that night.\n" },
  // French
  { name: "French: a patient's daughter found me on Instagram and I answer her messages", pack: "quebec-postgraduate", text: "Mme Tremblay, 84 ans, était hospitalisée à l'étage depuis trois semaines.\n\nSa fille m'a trouvée sur Instagram, et je réponds à ses messages depuis.\n" },
  { name: "French: accepted the friend request of a patient's daughter", pack: "quebec-postgraduate", text: "J'ai accepté la demande d'amitié de la fille de ma patiente sur Facebook.\n" },
  { name: "French: followed a patient on Instagram", pack: "quebec-postgraduate", text: "Après son congé, j'ai suivi mon patient sur Instagram.\n" },
];

const contactNegatives: Case[] = [
  { name: "clinical follow-up over months", pack: "imu-students", text: "The patient, a young mother, came to the district hospital with a neck lump. We followed her for four months, through two admissions and a long bus journey each way for every clinic visit.\n" },
  { name: "followed him up in clinic", pack: "umn-health-sciences", text: "Mr. Olsen had his knee replaced in March. I followed him up in clinic for six months after the surgery.\n" },
  { name: "followed the family through the pregnancy", pack: "imi", text: "On my midwifery placement we followed the family closely through the pregnancy and the birth.\n" },
  { name: "followed her on the ward round", pack: "imu-students", text: "My patient was in bed 4. I followed her progress on the ward round every morning.\n" },
  { name: "looked up her labs", pack: "imu-students", text: "Mrs. Tan was admitted with sepsis on Monday.\n\nBefore the round I looked up her labs on the system and her lactate was falling.\n" },
  { name: "googled the syndrome", pack: "umn-health-sciences", text: "I saw a patient with a rare syndrome in clinic. I googled the syndrome afterwards and found a great review on PubMed.\n" },
  { name: "recommending an account to patients", pack: "imu-students", text: "I found a brilliant physio account on Instagram that I now recommend to my patients.\n" },
  { name: "following patient-advocacy accounts", pack: "umn-health-sciences", text: "I follow a few patient advocacy accounts on Instagram; they taught me more than any lecture.\n" },
  { name: "a declined request after finding me", pack: "imi", text: "My patient's daughter found me on Instagram and sent a request; I declined it and explained why at her next visit.\n" },
  { name: "an old school friend on Facebook", pack: "imu-students", text: "After my ward shift I looked up my old school friend on Facebook after twenty years.\n" },
  { name: "personal number to the ward clerk", pack: "imu-students", text: "On the ward today I gave my personal number to the new ward clerk so she could swap shifts with me.\n" },
  { name: "followed the protocol", pack: "imu-students", text: "Mrs. Tan was admitted with sepsis. We followed the protocol and checked her obs hourly.\n" },
  { name: "her daughter thanked the team on Facebook", pack: "imi", text: "Mrs. Kaur was on our ward for a month after her hip fracture.\n\nHer daughter posted on Facebook to thank the whole team.\n" },
  { name: "tempted but didn't look her up", pack: "imu-students", text: "My patient was discharged today. I didn't look her up on Facebook, though I was tempted.\n" },
  { name: "general advice not to google patients", pack: "imu-students", text: "Never google your patients or look them up on Instagram.\n" },
  { name: "followed the hospital's account", pack: "imu-students", text: "I followed the hospital's Instagram account for updates about the new clinic.\n" },
  { name: "rang the ward from my personal phone", pack: "imu-students", text: "I rang the ward from my personal phone to check on the bed state.\n" },
  { name: "my sister asked for my Instagram handle", pack: "imu-students", text: "My sister asked for my Instagram handle, so I gave it to her.\n" },
  { name: "added classmates to a WhatsApp study group", pack: "imu-students", text: "I added my classmates to our WhatsApp study group before the ward test.\n" },
  { name: "followed up the patient by phone", pack: "imu-students", text: "We followed up the patient by phone a week later.\n" },
  { name: "followed a participant's progress", pack: "umn-health-sciences", text: "Our team followed the participant's progress through the trial.\n" },
  { name: "nurses on Instagram", pack: "imu-students", text: "I follow a lot of nurses on Instagram and message them about patient care.\n" },
  { name: "the hospital's page and a patient's post", pack: "imu-students", text: "I follow the hospital's Facebook page and liked a patient's thank-you post.\n" },
  { name: "the rule about patients finding me", pack: "imu-students", text: "I still follow that rule: if a patient or their family finds me on Instagram, I politely decline.\n" },
  { name: "French: clinical follow-up", pack: "quebec-postgraduate", text: "Nous avons suivi la patiente pendant quatre mois en clinique externe.\n" },
];

const imagePositives: Case[] = [
  { name: "remote intraoral view of a lesion over a molar", pack: "imu-staff", text: "This month's case from our oral surgery clinic.\n\n![Intraoral view after flap reflection, showing the odontoma over the unerupted molar](https://i.postimg.cc/abc/flap.jpg)\n" },
  { name: "remote gingival recession on the incisors", pack: "imu-students", text: "![Gingival recession on the lower incisors, six months after scaling](https://i.imgur.com/Zx1.jpg)\n" },
  { name: "remote periapical radiograph", pack: "imu-students", text: "![Periapical radiograph of the impacted canine](https://i.imgur.com/Pq9.jpg)\n" },
  { name: "poster carrying her CT and before-and-after photos", pack: "imu-students", text: "Our case report poster is up!\n\n![Our poster, with her neck CT and the before-and-after photos of the swelling](https://media.licdn.com/dms/image/x/poster.jpg)\n" },
  { name: "poster featuring his chest X-ray and wound photos", pack: "umn-health-sciences", text: "![My conference poster, featuring his chest X-ray and the wound photos](https://pbs.twimg.com/media/F1abc.jpg)\n" },
  { name: "slide showing the patient's MRI", pack: "imi", text: "![Slide from my grand rounds talk showing the patient's MRI](https://i.imgur.com/Sl1.jpg)\n" },
  { name: "French: operative field remote", pack: "quebec-postgraduate", text: "![Le champ opératoire, triangle de Calot bien disséqué](https://scontent.cdninstagram.com/v/t51/x.jpg)\n" },
  { name: "French: wound on day 5 after a graft", pack: "quebec-postgraduate", text: "![La plaie au jour 5 après la greffe](img/plaie-j5.jpg)\n" },
  { name: "French: X-ray of my patient's wrist", pack: "quebec-postgraduate", text: "![Radiographie du poignet de ma patiente](https://i.imgur.com/Rx2.jpg)\n" },
  { name: "French: peroperative view", pack: "quebec-postgraduate", text: "![Vue peropératoire de la vésicule biliaire](https://scontent.cdninstagram.com/v/t51/y.jpg)\n" },
  { name: "English operative field remote", pack: "imi", text: "![The operative field once the gallbladder was out](https://scontent.cdninstagram.com/v/t51/z.jpg)\n" },
  { name: "surgical field remote", pack: "umn-health-sciences", text: "![Surgical field during a right hemicolectomy](https://i.imgur.com/Hc3.jpg)\n" },
  { name: "extraction socket a week later", pack: "imu-staff", text: "![Extraction socket a week after the wisdom tooth came out](https://i.imgur.com/Xs1.jpg)\n" },
  { name: "panoramic radiograph of an impacted molar", pack: "imu-students", text: "![Panoramic radiograph showing the impacted third molar](https://i.imgur.com/Op1.jpg)\n" },
  { name: "empty bed after a named patient died", pack: "imu-students", text: "![Empty bed 4 after Mr. Tan passed away](img/bed4.jpg)\n" },
  { name: "before-and-after burns remote", pack: "imu-students", text: "![Before-and-after: her burns at week 1 and week 6](https://i.redd.it/b4af.jpg)\n" },
];

const imageNegatives: Case[] = [
  { name: "diagram of Calot's triangle", pack: "imu-students", text: "![Diagram of Calot's triangle](https://upload.wikimedia.org/wikipedia/commons/calot.png)\n" },
  { name: "French: schéma", pack: "quebec-postgraduate", text: "![Schéma du triangle de Calot](https://example.org/schema-calot.png)\n" },
  { name: "credited textbook figure of an odontoma", pack: "imu-staff", text: "![Figure 15-3: a compound odontoma](https://i.imgur.com/Tb1.jpg)\n\n*Source: Neville et al., Oral and Maxillofacial Pathology, 4th ed.*\n" },
  { name: "anatomy model of the mandible", pack: "imu-students", text: "![Anatomy model of the mandible showing the molars](https://i.imgur.com/Md1.jpg)\n" },
  { name: "my own chest X-ray", pack: "imu-students", text: "![My own chest X-ray after I broke a rib skiing](https://i.imgur.com/Me1.jpg)\n" },
  { name: "a new intraoral scanner", pack: "imu-staff", text: "![Our new intraoral scanner in the dental clinic](https://i.imgur.com/Sc1.jpg)\n" },
  { name: "empty operating theatre", pack: "imu-students", text: "![The empty operating theatre at the end of the list](https://i.imgur.com/Em1.jpg)\n" },
  { name: "hospital entrance", pack: "imu-students", text: "![The front entrance of the hospital on my first day](https://i.imgur.com/Ex1.jpg)\n" },
  { name: "infographic", pack: "imu-students", text: "![Infographic: five signs of sepsis](https://cdn.example.com/sepsis.png)\n" },
  { name: "poster on hand hygiene", pack: "imu-students", text: "![Our poster on hand-hygiene compliance across four wards](https://media.licdn.com/dms/image/y/poster.jpg)\n" },
  { name: "poster with a flowchart", pack: "umn-health-sciences", text: "![My poster with the sepsis pathway flowchart](https://pbs.twimg.com/media/F2.jpg)\n" },
  { name: "French: empty operating room", pack: "quebec-postgraduate", text: "![La salle d'opération vide avant la journée](https://i.imgur.com/Sv1.jpg)\n" },
  { name: "French: anatomy model", pack: "quebec-postgraduate", text: "![Modèle anatomique du foie et de la vésicule](https://i.imgur.com/Mo1.jpg)\n" },
  { name: "me and my supervisor at the café (French)", pack: "quebec-postgraduate", text: "![Moi et mon patron au café après le cas](https://scontent.cdninstagram.com/v/t51/cafe.jpg)\n" },
  { name: "her hands at the hospital fundraiser", pack: "imu-students", text: "![My daughter at the hospital fundraiser, her hands covered in paint](img/fundraiser.jpg)\n" },
  { name: "my bosses at the party", pack: "imu-students", text: "![My bosses at the Christmas party](img/party.jpg)\n" },
  { name: "French: the hospital exterior", pack: "quebec-postgraduate", text: "![L'entrée de l'hôpital au lever du soleil](https://i.imgur.com/Ho1.jpg)\n" },
  { name: "French: my own knee X-ray", pack: "quebec-postgraduate", text: "![Ma radiographie du genou après ma chute](https://i.imgur.com/Mr1.jpg)\n" },
  { name: "French: my own pregnancy ultrasound", pack: "quebec-postgraduate", text: "![Mon échographie à 20 semaines](https://i.imgur.com/Me2.jpg)\n" },
  { name: "my own extraction socket", pack: "imu-students", text: "![My own wisdom tooth extraction socket, day 3](https://i.imgur.com/Ow1.jpg)\n" },
  { name: "before and after a kitchen renovation", pack: "imu-students", text: "![Before and after my kitchen renovation](https://i.imgur.com/Kr1.jpg)\n" },
  { name: "before-and-after haircut", pack: "imu-students", text: "![Her before-and-after haircut photos](https://i.imgur.com/Hc1.jpg)\n" },
  { name: "crown preps on a typodont", pack: "imu-staff", text: "![Practising crown preps on plastic teeth in the sim lab](https://i.imgur.com/Ty1.jpg)\n" },
  { name: "dental chair and equipment", pack: "imu-staff", text: "![The new dental chairs in our teaching polyclinic](https://i.imgur.com/Ch1.jpg)\n" },
];

describe("patient media 3: contact", () => {
  for (const c of contactPositives) it(c.name, async () => expect((await findings(c.text, c.pack, CONTACT)).length).toBeGreaterThan(0));
  for (const c of contactNegatives) it(`negative: ${c.name}`, async () => expect((await findings(c.text, c.pack, CONTACT)).map((f) => f.text)).toEqual([]));
});

describe("patient media 3: image", () => {
  for (const c of imagePositives) it(c.name, async () => expect((await findings(c.text, c.pack, IMAGE)).length).toBeGreaterThan(0));
  for (const c of imageNegatives) it(`negative: ${c.name}`, async () => expect((await findings(c.text, c.pack, IMAGE)).map((f) => f.text)).toEqual([]));
});

describe("patient.contact after a patient story (pronouns, private updates)", () => {
  const story = "Three weeks ago I looked after a nine-year-old girl on the paediatric ward, admitted with her first DKA. Her mother sat by the bed every night with a notebook.\n\n";
  it("a request from 'she' right after the story, accepted in the next sentence", async () => {
    const text = story + "Last night she sent me a friend request on Facebook. I accepted.\n";
    expect((await findingsOf(text, "patient.contact", "quebec-postgraduate")).length).toBeGreaterThan(0);
  });
  it("private photo updates sent to the author", async () => {
    const text = story + "Since then she's been sending me photos of the glucose logs so I can check them.\n";
    expect((await findingsOf(text, "patient.contact", "quebec-postgraduate")).length).toBeGreaterThan(0);
  });
  it("stays clean when the pronoun is a colleague or the updates come through the clinic", async () => {
    expect(await findingsOf(story + "My co-resident said she sent me the handover notes.\n", "patient.contact", "quebec-postgraduate")).toEqual([]);
    expect(await findingsOf("My sister sends me photos of her garden every week.\n", "patient.contact", "quebec-postgraduate")).toEqual([]);
    expect(await findingsOf(story + "The ward sent me the discharge summary for the chart.\n", "patient.contact", "quebec-postgraduate")).toEqual([]);
  });
});

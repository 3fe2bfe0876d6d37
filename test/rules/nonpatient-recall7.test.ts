/**
 * Recall set 7 for the non-patient rules: classes a sixth blind corpus showed we missed or
 * over-read, rewritten for other professions and countries, each class paired with near-miss
 * negatives.
 *
 * - affiliation.endorsement: the institution as the author's credential ("As an IMU lecturer, …")
 *   for a personal product pick ("the best brush on the market", "the shoe I recommend to every
 *   student", an affiliate link in the next sentence); the author lending the institution's name
 *   ("put my name — and my university's — behind");
 * - advice.individual: bad advice quoted in order to take it apart (a quoted influencer post with
 *   conspiracy framing, a sentence in quotation marks followed by commentary);
 * - clinical.setting: posting from the ward pantry or staff room on a break, "live from OR 7",
 *   "posting between checks";
 * - privacy.others: a named colleague drunk or passed out in a night-out story, a group photo
 *   caption that starts "The whole R2 crew", naming the classmate who reported the cohort;
 * - privacy.personal: combined contact labels ("Phone / WhatsApp:"), a postal address after "Post:"
 *   or "Snail mail:", unit numbers like "12-3A";
 * - affiliation.logo: an untitled image whose file is "university-crest.png" in a post naming the institution;
 * - affiliation.disclaimer: an institution hashtag ("#IMUdental") ties the author.
 *
 * `hit` lists rules that must report (overlapping `at` when given); `clean` lists rules that must not.
 */
import { describe, it, expect } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

type Case = RuleCase;

const SETTING = "clinical.setting", ADVICE = "advice.individual";
const OTHERS = "privacy.others", PERSONAL = "privacy.personal", ENDORSE = "affiliation.endorsement", LOGO = "affiliation.logo", DISCLAIMER = "affiliation.disclaimer";
const Q = "quebec-postgraduate", U = "umn-health-sciences", I = "imi", S = "imu-students", T = "imu-staff";

const CASES: Case[] = [
  // ================= affiliation.endorsement: the institution as a credential for a product pick =================
  { name: "as an IMU lecturer, the best brush on the market", policy: T, hit: [ENDORSE],
    text: "As an IMU lecturer, I genuinely think this is the best brush on the Malaysian market right now.\n" },
  { name: "as a senior lecturer at IMU, best stethoscope you can buy", policy: T, hit: [ENDORSE],
    text: "As a senior lecturer at IMU I honestly believe the Clarion S2 is the best stethoscope you can buy.\n" },
  { name: "as an IMU dietetics lecturer, the bar I tell every student to buy", policy: T, hit: [ENDORSE],
    text: "As an IMU dietetics lecturer, this is the only protein bar I tell every student to buy.\n" },
  { name: "credential, then the recommendation and link in the next sentence", policy: T, hit: [ENDORSE], at: "it's the one I recommend",
    text: "As an IMU pharmacy lecturer I get asked about pill organisers all the time. I've used the **DoseMate Pro** for a year and it's the one I recommend to every student and colleague: [get 10% off with my link](https://dosemate.example/?ref=imu-pharm).\n" },
  { name: "put my name and my university's behind", policy: T, hit: [ENDORSE],
    text: "After ten years of teaching hand hygiene I finally found a sanitiser I'm happy to put my name — and my university's — behind.\n" },
  { name: "put my name and IMU's behind this serum", policy: T, hit: [ENDORSE],
    text: "Proud to put my name and IMU's behind the new KlearSkin serum.\n" },
  { name: "as someone who teaches nutrition at IMU, the best protein you can buy", policy: T, hit: [ENDORSE],
    text: "As someone who teaches nutrition at IMU, I can tell you NutriMax Whey is the best protein you can buy.\n" },
  { name: "as an IMU pharmacist, the only vitamin C I'd buy", policy: T, hit: [ENDORSE],
    text: "Speaking as an IMU pharmacist, this is the only vitamin C I'd buy, and code SITI10 gets you 10% off.\n" },
  { name: "affiliate link whose code carries the acronym", policy: T, hit: [ENDORSE], at: "ref=imu-nursing",
    text: "Grab the band here if you want one: https://fitband.example/?ref=imu-nursing-lecturer\n" },
  { name: "markdown affiliate link, /r/ path with the acronym", policy: T, hit: [ENDORSE], at: "IMUPHARM",
    text: "My favourite pill organiser: [DoseMate](https://dosemate.example/r/IMUPHARM20).\n" },
  { name: "as a proud IMU graduate, I recommend GlowBerry", policy: T, hit: [ENDORSE],
    text: "As a proud IMU graduate and now a lecturer, I recommend GlowBerry Collagen+ to everyone who asks.\n" },
  { name: "I'm an IMU lecturer and I swear by the ZenBrush", policy: T, hit: [ENDORSE],
    text: "I'm an IMU lecturer and I swear by the ZenBrush Pro for my own teeth.\n" },
  // near misses
  { name: "I'm an IMU lecturer and I support the new curriculum", policy: T, clean: [ENDORSE],
    text: "I'm an IMU lecturer and I support the new curriculum, whatever the forums say.\n" },
  { name: "as a proud IMU graduate, I recommend the programme's mentoring", policy: T, clean: [ENDORSE],
    text: "As a proud IMU graduate, I recommend every new student find a mentor in second year.\n" },
  { name: "the institution's own site with a ref parameter", policy: T, clean: [ENDORSE],
    text: "Course details are at https://www.imu.edu.my/courses?ref=imu-homepage for anyone asking.\n" },
  { name: "a ref code that merely contains the letters", policy: T, clean: [ENDORSE],
    text: "My immune-support tea, if you're curious: https://tea.example/?ref=immunity-boost\n" },
  { name: "as an IMU lecturer, the library is the best place", policy: T, clean: [ENDORSE],
    text: "As an IMU lecturer, I think the library is the best place on campus to study.\n" },
  { name: "as an IMU lecturer, the best advice I give", policy: T, clean: [ENDORSE],
    text: "As an IMU lecturer, this is the best advice I give every student: sleep before the exam.\n" },
  { name: "as an IMU lecturer, the best thing students can do", policy: T, clean: [ENDORSE],
    text: "As an IMU lecturer, I genuinely think the best thing students can do before exams is sleep.\n" },
  { name: "credential, then general advice in the next sentence", policy: T, clean: [ENDORSE],
    text: "As an IMU physio lecturer I get asked about running shoes constantly. I tell everyone the same thing: get your gait assessed and buy what feels comfortable.\n" },
  { name: "as an IMU lecturer, I recommend the Cochrane summary", policy: T, clean: [ENDORSE],
    text: "As an IMU lecturer, I recommend every student read the Cochrane summary before the tutorial.\n" },
  { name: "as an IMU lecturer, the one habit I tell every student to build", policy: T, clean: [ENDORSE],
    text: "As an IMU lecturer, this is the one habit I tell every student to build: sleep before the exam.\n" },
  { name: "as an IMU lecturer, the best module I teach", policy: T, clean: [ENDORSE],
    text: "As an IMU lecturer, I think this is the best module I teach, and the students agree.\n" },
  { name: "put my name on the sign-up sheet", policy: T, clean: [ENDORSE],
    text: "I put my name on the sign-up sheet for the IMU fun run this year.\n" },
  { name: "best shoe, no institution", policy: T, clean: [ENDORSE],
    text: "I've run in the Stridewell Apex 3 for two years and it's the shoe I recommend to every runner I know.\n" },
  { name: "credential then a product two paragraphs later", policy: T, clean: [ENDORSE],
    text: "As an IMU lecturer I teach musculoskeletal assessment.\n\nMy favourite running shoe is the Stridewell Apex 3.\n" },

  // ================= advice.individual: quoting bad advice to take it apart =================
  { name: "quoted influencer post with conspiracy framing", policy: T, clean: [ADVICE],
    text: "> Ladies, listen up! You don't need your thyroxine forever. Stop your levothyroxine for a month and drink celery juice instead. Big Pharma doesn't want you to know this. DM me your TSH and I'll build your plan.\n" },
  { name: "quoted post: what doctors won't tell you", policy: U, clean: [ADVICE],
    text: "> What your doctor won't tell you: stop the statin and double your fish oil. DM me your cholesterol readings for a free plan.\n" },
  { name: "a quoted line then commentary", policy: T, clean: [ADVICE],
    text: "**\"Stop your metformin for 30 days.\"** This is individual medical advice aimed at thousands of strangers.\n" },
  { name: "a quoted DM offer then commentary", policy: U, clean: [ADVICE],
    text: "**\"DM me your HbA1c.\"** This is the line that worries me most.\n" },
  { name: "a quoted instruction inside a sentence", policy: S, clean: [ADVICE],
    text: "The line “double your insulin if you feel shaky” is exactly the kind of thing nobody should post.\n" },
  { name: "a viral post telling people to stop", policy: U, clean: [ADVICE],
    text: "A viral post going around right now tells people to stop your blood pressure tablets in summer.\n" },
  { name: "myth line", policy: S, clean: [ADVICE],
    text: "Myth: you should stop your metformin once your sugar is normal. Fact: that decision belongs with your doctor.\n" },
  { name: "emoji and a quoted instruction", policy: U, clean: [ADVICE],
    text: "❌ \"Double your vitamin D dose every winter.\" Please don't take dosing tips from a caption.\n" },
  // positives kept
  { name: "own reply in a quote block still advice", policy: U, hit: [ADVICE],
    text: "> @jo_runs honestly just stop your metformin for a week and see how you feel.\n" },
  { name: "own paragraph with conspiracy framing is still advice", policy: U, hit: [ADVICE],
    text: "Big Pharma doesn't want you to know this: stop your statin and double your fish oil for a month.\n" },
  { name: "own post, no quotation", policy: T, hit: [ADVICE],
    text: "Diabetics, listen up! Stop your metformin for 30 days and drink bitter gourd juice every morning. DM me your HbA1c and I'll build your plan.\n" },

  // ================= advice.individual: a diagnosis handed to the reader, then the regimen =================
  { name: "for your gums: almost definitely gingivitis, then a rinse regimen", policy: U, hit: [ADVICE], at: "Switch to a soft brush",
    text: "For your gums: that's almost definitely gingivitis from plaque buildup. Switch to a soft brush, floss every night, and rinse with 0.12% chlorhexidine twice a day for two weeks — it should clear up.\n" },
  { name: "for your knee: almost certainly patellar tendinitis", policy: U, hit: [ADVICE],
    text: "Re your knee: from the way it hurts on stairs, that's almost certainly patellar tendinitis. Ice it for 20 minutes three times a day.\n" },
  { name: "sounds like classic plantar fasciitis", policy: T, hit: [ADVICE],
    text: "@Farah that sounds like classic plantar fasciitis to me, nothing to worry about.\n" },
  // near misses
  { name: "my physio told me it's tendinitis", policy: U, clean: [ADVICE],
    text: "My physio told me it's almost certainly patellar tendinitis, so you'll see fewer running posts from me for a while.\n" },
  { name: "case discussion, nobody addressed", policy: U, clean: [ADVICE],
    text: "In the case we discussed on Friday, it's classic appendicitis: the pain moves to the right iliac fossa.\n" },
  { name: "if you get a sore throat, probably tonsillitis, see your GP", policy: U, clean: [ADVICE],
    text: "If you get a sore throat with a fever, it's probably tonsillitis, and your GP can check it.\n" },
  { name: "this is definitely a sprain? — see your physio", policy: T, clean: [ADVICE],
    text: "Your ankle might feel like it's definitely a sprain, but please see a physio to get it checked.\n" },

  // ================= clinical.setting: break rooms on shift, OR numbers, between checks =================
  { name: "typing this in the pantry on my break, don't tell my CI", policy: S, hit: [SETTING],
    text: "(typing this in the pantry on my break, don't tell my CI 🙈)\n" },
  { name: "posting from the staff room on my night shift break", policy: U, hit: [SETTING],
    text: "Posting this from the staff room on my night shift break, the ward is finally quiet.\n" },
  { name: "writing this in the residents' lounge on call", policy: I, hit: [SETTING],
    text: "Writing this in the residents' lounge while on call, pager on the table.\n" },
  { name: "live from OR 7", policy: U, hit: [SETTING],
    text: "🫀 **live from OR 7, first case as primary on the pump** 🫀\n" },
  { name: "live from theatre 4", policy: I, hit: [SETTING],
    text: "Live from theatre 4, first time photographing a cleft repair.\n" },
  { name: "posting between checks", policy: U, hit: [SETTING],
    text: "(thread, posting between checks)\n" },
  { name: "tweeting between sets of obs", policy: S, hit: [SETTING],
    text: "Tweeting between sets of obs tonight, wish me luck.\n" },
  { name: "posting from the locker room before handover", policy: U, hit: [SETTING],
    text: "Posting this from the locker room ten minutes before handover, send coffee.\n" },
  { name: "live from bay 4 on nights", policy: S, hit: [SETTING],
    text: "Live from bay 4 on my first night shift, everyone is finally asleep.\n" },
  // near misses
  { name: "live from bay 4 of the car park", policy: S, clean: [SETTING],
    text: "Live from bay 4 of the multi-storey, waiting for the tow truck.\n" },
  { name: "pantry at home", policy: S, clean: [SETTING],
    text: "Typing this in the pantry at home because the wifi is better there.\n" },
  { name: "staff room at school, no clinical cue", policy: U, clean: [SETTING],
    text: "Writing this in the staff room on my lunch break before the afternoon seminar prep.\n" },
  { name: "posting between cities", policy: U, clean: [SETTING],
    text: "Posting between flights today, so replies will be slow.\n" },
  { name: "live from my couch", policy: U, clean: [SETTING],
    text: "Live from my couch, or at least from what is left of me after twelve hours.\n" },

  // ================= privacy.others: named colleagues drunk, group-photo captions, the one who reported =================
  { name: "named friend blackout drunk in a night-out story", policy: Q, hit: [OTHERS], at: "Tomás",
    text: "Six of us, one table, far too many pitchers. Tomás was blackout drunk by midnight.\n" },
  { name: "named friend did shots", policy: U, hit: [OTHERS], at: "Leah",
    text: "We went out after the OSCE. Leah did four sambuca shots in a row and cried about pharmacology.\n" },
  { name: "named friend passed out", policy: U, hit: [OTHERS], at: "Callum",
    text: "Best night of the year with our lot. Callum passed out on the bus home before we even left town.\n" },
  { name: "photo caption: the whole R2 crew", policy: Q, hit: [OTHERS],
    text: "![The whole R2 anesthesia crew at 1am — Jonas passed out on Priya's shoulder](img/crew.jpg)\n" },
  { name: "photo caption: our PGY-1 gang", policy: U, hit: [OTHERS],
    text: "![Our PGY-1 gang at the pub after orientation](img/gang.jpg)\n" },
  { name: "we know it was Kayla", policy: U, hit: [OTHERS], at: "Kayla",
    text: "Reminder that somebody in our cohort reported the last party to the associate dean. We know it was Kayla.\n" },
  { name: "everyone knows it was Bronwyn", policy: S, hit: [OTHERS], at: "Bronwyn",
    text: "Someone in our batch complained to the dean about the group chat. Everyone knows it was Bronwyn.\n" },
  { name: "French: named co-resident complètement saoul", policy: Q, hit: [OTHERS], at: "Jérémie",
    text: "On était six R2 au bar après l'examen. Jérémie était complètement saoul avant minuit.\n" },
  { name: "French: named friend a calé trois shooters", policy: Q, hit: [OTHERS], at: "Noémie",
    text: "Soirée de fin de stage avec notre gang. Noémie a calé trois shooters de tequila d'affilée.\n" },
  { name: "French: on sait que c'est Kayla qui a dénoncé", policy: Q, hit: [OTHERS], at: "Sophie",
    text: "Quelqu'un de notre cohorte nous a dénoncés au directeur de programme. On sait tous que c'est Sophie.\n" },
  // near misses
  { name: "French: mon père était saoul", policy: Q, clean: [OTHERS],
    text: "On a ri toute la soirée. Il était complètement saoul au mariage.\n" },
  { name: "French: c'est Montréal", policy: Q, clean: [OTHERS],
    text: "Quelqu'un de notre cohorte a porté plainte. On sait que c'était mardi, pas plus.\n" },
  { name: "Dad was drunk at the wedding", policy: U, clean: [OTHERS],
    text: "We laughed all night. Dad was blackout drunk by the speeches.\n" },
  { name: "nobody was drunk", policy: U, clean: [OTHERS],
    text: "We went out after the exam. Nobody was drunk, we were all asleep by ten.\n" },
  { name: "a patient brought in drunk", policy: U, clean: [OTHERS],
    text: "We had a quiet night until Mr Lopez was brought in blackout drunk after a fall.\n" },
  { name: "it was Tuesday", policy: U, clean: [OTHERS],
    text: "Somebody in our cohort found the results first. It was Tuesday when we heard.\n" },
  { name: "it was Kayla's idea", policy: U, clean: [OTHERS],
    text: "Our cohort went bowling after finals. It was Kayla's idea and it was brilliant.\n" },
  { name: "a famous writer drunk", policy: U, clean: [OTHERS],
    text: "Hemingway was famously drunk when he wrote half of it, or so we were told.\n" },
  { name: "photo of the sunset over the ward", policy: U, clean: [OTHERS],
    text: "![The whole sky on fire over the car park after night shift](img/sky.jpg)\n" },

  // ================= privacy.personal: contact labels and postal addresses =================
  { name: "Phone / WhatsApp label", policy: T, hit: [PERSONAL], at: "+60 12-448 9031",
    text: "## Get in touch\n\n- Email: me@example.com\n- Phone / WhatsApp: +60 12-448 9031\n" },
  { name: "Tel & WhatsApp label", policy: S, hit: [PERSONAL], at: "012 555 0199",
    text: "- Tel & WhatsApp: 012 555 0199\n" },
  { name: "Post label with an aside, unit 12-3A", policy: T, hit: [PERSONAL], at: "Residensi Vista Kiara",
    text: "- Post (for the postcard swap!): 12-3A, Residensi Vista Kiara, Jalan Kiara 3, Mont Kiara, 50480 Kuala Lumpur\n" },
  { name: "Snail mail label", policy: S, hit: [PERSONAL], at: "Jalan SS2/24",
    text: "Snail mail: 4B-2, Jalan SS2/24, 47300 Petaling Jaya\n" },
  { name: "Mailing address with an aside", policy: S, hit: [PERSONAL], at: "Jalan Bunga Raya",
    text: "- Mailing address (for the swap): No. 7, Jalan Bunga Raya 2, Taman Melati, 53100 Kuala Lumpur\n" },
  { name: "Mobile (WhatsApp only) label", policy: T, hit: [PERSONAL], at: "019-882 4410",
    text: "- Mobile (WhatsApp only): 019-882 4410\n" },
  // near misses
  { name: "Home: not an address", policy: S, clean: [PERSONAL],
    text: "- Home: 3 kids, 2 cats and a very patient husband\n" },
  { name: "clinic phone / WhatsApp", policy: T, clean: [PERSONAL],
    text: "- Clinic phone / WhatsApp: +60 3-2731 7000\n" },
  { name: "Post: not an address", policy: S, clean: [PERSONAL],
    text: "- Post (for the postcard swap!): anything from your home town, 2 stamps max\n" },
  { name: "Post 3 heading with a number", policy: S, clean: [PERSONAL],
    text: "Post 3: 12 Things I Learned In Oral Surgery\n" },

  // ================= accuracy.unsourced: "10× more", "usually means the pulp is inflamed" =================
  { name: "10× more plaque", policy: T, hit: ["accuracy.unsourced"],
    text: "- removes **10× more plaque** than a manual brush\n" },
  { name: "throbbing usually means the pulp is inflamed", policy: U, hit: ["accuracy.unsourced"],
    text: "For the molar, throbbing that's worse at night usually means the pulp is inflamed.\n" },
  { name: "green phlegm usually means a bacterial infection", policy: T, hit: ["accuracy.unsourced"],
    text: "Green phlegm usually means a bacterial infection, whatever your aunt says.\n" },
  // near misses
  { name: "a red light usually means a paper jam", policy: T, clean: ["accuracy.unsourced"],
    text: "On the old printer a red light usually means the tray is empty.\n" },
  { name: "usually means, with a citation", policy: U, clean: ["accuracy.unsourced"],
    text: "Pain on biting usually means the tooth is cracked or infected (Smith et al., 2019).\n" },

  // ================= affiliation.logo and affiliation.disclaimer =================
  { name: "untitled university-crest.png on a lecturer's page", policy: T, hit: [LOGO],
    text: "![](img/university-crest.png)\n\nI'm a lecturer in physiotherapy at the International Medical University.\n" },
  { name: "untitled crest with no institution named", policy: T, clean: [LOGO],
    text: "![](img/university-crest.png)\n\nA drawing exercise from my heraldry night class.\n" },
  { name: "someone else's quoted question names the university", policy: U, clean: [DISCLAIMER],
    text: "> Cheapest dental care in the metro? Is the U of M dental school clinic actually cheaper?\n\nYes, usually about half of private prices, but the waitlist is long.\n" },
  { name: "a quoted reply that names the university still ties the author", policy: T, hit: [DISCLAIMER],
    text: "> **Reply:** IMU's counselling unit runs drop-in sessions on Tuesdays, and I'm happy to walk you over.\n" },
  { name: "institution hashtag on a dental caption", policy: S, hit: [DISCLAIMER],
    text: "Floss like it's a sword fight. Every. Single. Night.\n\n#oralhealth #dentalstudent #IMUdental\n" },
  { name: "immunity hashtag is not the institution", policy: S, clean: [DISCLAIMER],
    text: "Sourdough day! #IMMUNITY #bread\n" },
];

describe("recall set 7: non-patient rules", () => {
  it("has negatives for every class", () => {
    expect(CASES.filter((c) => !c.hit?.length).length).toBeGreaterThanOrEqual(20);
  });
  checkRuleCases(CASES);
});

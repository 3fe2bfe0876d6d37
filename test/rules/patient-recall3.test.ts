/**
 * Recall batch 3 for patient.identifier and patient.encounter, written from classes of misses on
 * unseen documents (not from their strings): case-report style narratives ("The patient, a
 * 34-year-old … first came to …"), research participants with an age and a town, French ages and
 * clinical actions ("une patiente de 52 ans", "le patron m'a laissé faire"), patients seen
 * regularly by name, veterinary owners named as a family, names in Irish, Vietnamese, Arabic and
 * Malaysian orthography, towns after an aged person, tables whose rows are patients, and a
 * patient's story shared "with her blessing". Each class has near-miss negatives (the author's own
 * age or hometown, textbook and general statements, a manager or colleague as "he", the family's
 * own relatives, non-patient tables).
 */
import { describe, it, expect } from "vitest";
import { ID, findings, patientCases, type PatientCase } from "../helpers/patient-cases.js";

type Case = PatientCase;



const positives: Case[] = [
  // case-report style narratives
  { name: "case report poster: the patient, age, village, first visit date", pack: "imu-students", text: "Our case report was accepted as a poster at the regional conference!\n\nThe patient, a 61-year-old fisherman from Kuala Besut, first came to the district clinic on 3 March 2024 with a painless ulcer on his lip. We followed him for six months.\n", id: ["61-year-old", "Kuala Besut", "3 March 2024"], enc: ["The patient, a 61-year-old"] },
  { name: "case report: referred to our clinic, with a month and year", pack: "umn-health-sciences", text: "Our poster on an unusual sarcoidosis presentation won second prize.\n\nThe patient, a 45-year-old bus driver from Duluth, was referred to our clinic in May 2023 after two years of cough.\n", id: ["45-year-old", "Duluth", "May 2023"], enc: ["The patient, a 45-year-old"] },
  { name: "published case the author managed", pack: "imi", text: "Delighted that our case report is finally published.\n\nThe patient, a 28-year-old from Dundalk, first presented to our department on 4 June 2023 with a blistering rash. I photographed every stage of her treatment.\n", id: ["28-year-old", "Dundalk", "4 June 2023"], enc: ["The patient, a 28-year-old"] },
  // research participants
  { name: "one participant with an exact age and a town", pack: "umn-health-sciences", text: "One participant, an 88-year-old retired teacher from Thunder Bay, walked to every testing session with her own notebook.\n", id: ["88-year-old", "Thunder Bay"], enc: ["One participant"] },
  { name: "an interviewee with an age and a town, and a study visit", pack: "imu-students", text: "My favourite interviewee, a 72-year-old rubber tapper from Jerantut, brought durian to our study visit.\n", id: ["72-year-old", "Jerantut"], enc: ["interviewee"] },
  // French
  { name: "French: une patiente de 52 ans, then the author's action", pack: "quebec-postgraduate", text: "Une patiente de 52 ans avec une cholécystite aiguë et des adhérences partout. Le patron m'a laissé faire la dissection pendant vingt minutes.\n", id: ["52 ans"], enc: ["Une patiente de 52 ans"] },
  { name: "French: un patient de 67 ans, j'ai fait la fermeture", pack: "quebec-postgraduate", text: "Un patient de 67 ans avec une hernie étranglée. J'ai fait la fermeture pendant que le patron regardait.\n", id: ["67 ans"], enc: ["Un patient de 67 ans"] },
  { name: "French: Mme X, 84 ans, de <ville>", pack: "quebec-postgraduate", text: "Mme Bouchard, 84 ans, de Rimouski, m'a raconté sa jeunesse pendant que je faisais son pansement.\n", id: ["Mme Bouchard", "84 ans", "Rimouski"], enc: ["Mme Bouchard"] },
  { name: "French: notre patiente de 89 ans, de <ville>", pack: "quebec-postgraduate", text: "Notre patiente de 89 ans, de Trois-Rivières, a été transférée hier soir.\n", id: ["89 ans", "Trois-Rivières"], enc: ["Notre patiente"] },
  // patients seen regularly, by name
  { name: "every second Thursday I see Mrs. X", pack: "quebec-postgraduate", text: "Every second Thursday I see Mrs. Kowalski, who has Parkinson's disease and lives alone. Last week she showed me her tomato plants.\n", id: ["Mrs. Kowalski"], enc: ["Mrs. Kowalski"] },
  { name: "once a month we visit Pakcik X at home", pack: "imu-students", text: "Once a month we visit Pakcik Ramli at home to change his catheter. He always insists on making us coffee.\n", id: ["Pakcik Ramli"], enc: ["Pakcik Ramli"] },
  // veterinary owners and towns
  { name: "vet: owned by the X family in <town>", pack: "umn-health-sciences", text: "A senior tabby cat owned by the Lindqvist family in Moorhead came in at 2 am after eating lilies.\n", id: ["Lindqvist", "Moorhead"], enc: ["A senior tabby cat"] },
  { name: "vet: belonging to the X family from <town>, brought in last night", pack: "imi", text: "An elderly border collie belonging to the Murphy family from Tralee was brought in with a twisted stomach last night.\n", id: ["Murphy", "Tralee"], enc: ["An elderly border collie"] },
  // names in other orthographies
  { name: "Irish name with a fada, possessive", pack: "imi", text: "This morning I photographed Seán Ó Briain's leg ulcer for the tissue viability team.\n", id: ["Seán Ó Briain"], enc: ["This morning"] },
  { name: "Vietnamese name after a clinical verb", pack: "umn-health-sciences", text: "Today I clerked Nguyễn Thị Lan, who came in with dengue and a falling platelet count.\n", id: ["Nguyễn Thị Lan"], enc: ["Today I clerked"] },
  { name: "Mrs. O'Sullivan with a bare age", pack: "imi", text: "Mrs. O'Sullivan, 79, told me about her garden while I dressed her wound on the ward.\n", id: ["Mrs. O'Sullivan", "79"], enc: ["Mrs. O'Sullivan"] },
  { name: "Malay name with bin after a title", pack: "imu-students", text: "Last night we admitted Encik Faizal bin Rahman with a STEMI.\n", id: ["Encik Faizal bin Rahman"], enc: ["Last night"] },
  { name: "Malaysian Indian name with a/l in a bed", pack: "imu-students", text: "This morning I examined Mr. Rajan a/l Subramaniam in bed 4.\n", id: ["Mr. Rajan a/l Subramaniam", "bed 4"], enc: ["This morning"] },
  { name: "d/o name after Madam", pack: "imu-students", text: "Today I clerked Madam Kavitha d/o Ramasamy, who came in with a diabetic foot ulcer.\n", id: ["Madam Kavitha d/o Ramasamy"], enc: ["Today I clerked"] },
  { name: "Arabic name with al- before an age", pack: "umn-health-sciences", text: "Last night we admitted Ahmed al-Rashid, a 40-year-old taxi driver, with crushing chest pain.\n", id: ["Ahmed al-Rashid", "40-year-old"], enc: ["Last night"] },
  { name: "Irish name with Mac and a bare age", pack: "imi", text: "Siobhán Mac Giolla, 54, came in with a hip fracture and asked me to photograph her bruises for the police.\n", id: ["Siobhán Mac Giolla", "54"], enc: ["Siobhán Mac Giolla"] },
  // towns after an aged person
  { name: "a 23-year-old from <town>", pack: "imi", text: "Last month I photographed a 23-year-old from Carrickfergus every week after her burns.\n", id: ["23-year-old", "Carrickfergus"], enc: ["Last month"] },
  { name: "a named hawker from <town>", pack: "imu-students", text: "Mr. Lim, a 66-year-old hawker from Kampar, was referred to us with a jaw swelling.\n", id: ["Mr. Lim", "66-year-old", "Kampar"], enc: ["Mr. Lim"] },
  // tables whose rows are patients
  { name: "a photography list with hospital numbers", pack: "imi", text: "| Time | Hospital no. | Request |\n|---|---|---|\n| 09:30 | K771 2044 | burns dressing, day 5 |\n| 10:15 | — | staff headshots |\n", id: ["K771 2044"], enc: ["| 09:30 | K771 2044 |"] },
  { name: "a pharmacy interventions table with Patient A", pack: "imu-students", text: "| Patient | Location | Problem found | Outcome |\n|---|---|---|---|\n| Patient A | bed 4 | warfarin with new fluconazole | accepted |\n", id: ["bed 4"], enc: ["| Patient A |"] },
  { name: "an aged patient in a cubicle: the cubicle is no town", pack: "imi", text: "Last night I photographed a 40-year-old man in Cubicle 4 after a dog bite.\n", id: ["40-year-old", "Cubicle 4"], allow: [], enc: ["Last night"] },
  { name: "a ward table: an empty bed's row is no patient", pack: "imu-students", text: "| Bed | Patient | Diagnosis |\n|---|---|---|\n| 4 | Patient C | CAP |\n| 5 | — | empty |\n", id: ["| 4 |"], enc: ["| 4 | Patient C"] },
  // a patient's story told "with her blessing"
  { name: "she's been through operations and asked me to share", pack: "imi", text: "She's been through nine operations since the fire, and she asked me to share her photos so other burns survivors know what's possible.\n", enc: ["She's been through"] },
  { name: "he has had surgeries and asked us to post his story", pack: "umn-health-sciences", text: "He has had four surgeries since the accident, and he asked us to post his story so other patients feel less alone.\n", enc: ["He has had"] },
];

const negatives: Case[] = [
  // case reports and vignettes that are not the author's patient
  { name: "a cited textbook case", pack: "imu-students", text: "In the case described by Tan et al. (2019), a 34-year-old woman from a rural village presented with fever and a neck lump.\n" },
  { name: "an exam vignette with a town", pack: "umn-health-sciences", text: "A 45-year-old farmer from Ames presents with fever and a rash after a tick bite.\n" },
  { name: "a leaflet update date", pack: "imu-staff", text: "The patient information leaflet was updated on 12 August 2024 and is available at reception.\n" },
  // the author's own age, hometown and history
  { name: "the author's own age and hometown", pack: "imu-students", text: "I'm a 22-year-old student from Kampar, and today was my first day on the wards.\n" },
  { name: "French: the author's own age", pack: "quebec-postgraduate", text: "J'ai 52 ans et je commence ma résidence en médecine familiale ce matin.\n" },
  { name: "French: a general statement with ans", pack: "quebec-postgraduate", text: "La cholécystite touche surtout les femmes de plus de 40 ans.\n" },
  { name: "French: depuis N ans", pack: "quebec-postgraduate", text: "Depuis 10 ans, le CHU offre ce programme aux résidents.\n" },
  // research talk without a participant
  { name: "participants in general", pack: "umn-health-sciences", text: "Participants in our study were aged 70 to 95 and came from across northern Minnesota.\n" },
  // family and friends
  { name: "the author's sister's operations", pack: "imi", text: "My sister has been through three operations since her crash, and she asked me to share her story.\n" },
  { name: "seeing the author's grandmother every Thursday", pack: "imu-students", text: "Every Thursday I see my grandmother for lunch. Last week she taught me to make rendang.\n" },
  { name: "a music lesson with a named teacher", pack: "general", text: "Every Thursday I see Mrs. Lee, my piano teacher, for a lesson.\n" },
  // colleagues and managers
  { name: "a manager who told me to stop", pack: "imi", text: "Our manager, Tunde, knows about the broken cameras and has done nothing. I raised it with him twice. The second time he told me to stop complaining.\n" },
  { name: "a supervisor who asked me", pack: "umn-health-sciences", text: "My supervisor ignored my email for a week. Then she asked me why the report was late.\n" },
  { name: "meeting a named professor", pack: "imi", text: "Today I met Professor Seán Ó Briain, who taught us anatomy twenty years ago.\n" },
  { name: "photographing a celebrity", pack: "general", text: "Last night I photographed Taylor Swift at her Dublin concert from the third row.\n" },
  // vet near-misses
  { name: "a neighbour family's new puppy", pack: "umn-health-sciences", text: "The Halvorsen family down our street adopted a golden retriever puppy last week.\n" },
  { name: "breed advice in general", pack: "umn-health-sciences", text: "Golden retrievers owned by families with young children need more exercise than most owners expect.\n" },
  // other plurals
  { name: "many patients have been through operations", pack: "imi", text: "Many patients have been through multiple operations and want their stories told.\n" },
  // names and families that are not patients
  { name: "a canteen lady named, then lunch on a ward day", pack: "imu-students", text: "Ward week 2 notes.\n\nPuan Aminah runs the hospital canteen. This morning we had her nasi lemak before rounds.\n" },
  { name: "an eponymous disease after a clinical verb", pack: "umn-health-sciences", text: "In clinic I reviewed Graves Disease and Hashimoto Thyroiditis for the exam.\n" },
  { name: "the royal family at a hospital opening", pack: "imi", text: "The Royal family opened the new children's wing at the hospital today.\n" },
  { name: "a town in the author's own age sentence", pack: "umn-health-sciences", text: "I am 24 and from Stillwater, and I started my surgery rotation this morning.\n" },
  // tables that are not patients
  { name: "a studio booking table of staff", pack: "imi", text: "| Time | Booking | Notes |\n|---|---|---|\n| 09:30 | team photo | intranet |\n| 11:00 | headshots | HR |\n" },
  { name: "a drug interactions table", pack: "imu-students", text: "| Drug A | Drug B | Problem | Action |\n|---|---|---|---|\n| clarithromycin | simvastatin | myopathy | hold the statin |\n" },
];

patientCases("patient recall 3", positives, negatives);

describe("patient recall 3: redaction of a named family", () => {
  it("generalises 'the X family' to 'a family'", async () => {
    const text = "A senior tabby cat owned by the Lindqvist family in Moorhead came in at 2 am after eating lilies.\n";
    const f = (await findings(text, "umn-health-sciences", ID)).find((x) => x.text === "Lindqvist");
    expect(f).toBeDefined();
    const g = f!.fixes.find((x) => x.id === "generalise")!;
    expect(g.edits[0]!.insert).toBe("a");
    expect(text.slice(g.edits[0]!.start, g.edits[0]!.end)).toBe("the Lindqvist");
  });
});

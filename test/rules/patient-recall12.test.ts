/**
 * Recall set 12 for the patient rules, from classes of misses on an unseen corpus: a village or town after a
 * titled name and age ("Pak Seman, 81, in Kampung …"), a town a parent drove from in French ("avait conduit
 * depuis Saint-Félicien"), the month of a stroke or fall ("who had a stroke in January"), a child's first
 * name after an endearment and the author's clinical verb ("I photographed little Alfie"), a friend request
 * from "la mère" / "the mum" of a child in the story, accepted; a photo filed under the patient's name
 * ("farah-before-after.jpg"), footprints on a delivery record with a room number in the file name, the author
 * in the middle of an operative step ("pendant qu'on faisait l'anastomose").
 * Near misses: a relative's death month, the ward of a group of patients in a complaint about a colleague,
 * the author's own fall, an endearment before a place or a pet, a classmate's mother, a file named after
 * nobody in the story, a hotel room, a milestone post without a story, an everyday "as I was closing".
 */
import { describe } from "vitest";
import { checkRuleCases, type RuleCase } from "../helpers/rule-cases.js";

const ID = "patient.identifier", ENC = "patient.encounter", CON = "patient.contact", IMG = "patient.image";
const S = "imu-students", ST = "imu-staff", U = "umn-health-sciences", Q = "quebec-postgraduate", I = "imi";

const CASES: RuleCase[] = [
  // a place after a titled name with an age
  { name: "Pak, age, in Kampung", policy: S, hit: [ID], at: "Kampung Sungai Serai",
    text: "On Wednesday we visited Pak Seman, 81, in Kampung Sungai Serai, who had a left MCA stroke in January.\n" },
  { name: "Mrs, age, in a town", policy: U, hit: [ID], at: "Brainerd",
    text: "We admitted Mrs. Olson, 88, in Brainerd after her fall, and she went home on day 5.\n" },
  { name: "Mme, âge, à une ville", policy: Q, hit: [ID], at: "Roberval",
    text: "J'ai vu Mme Roy, 88 ans, à Roberval pour une plaie au talon qui ne guérissait pas.\n" },
  { name: "titled name, age, in a bed: the bed", policy: U, hit: [ID], at: "Bed 4",
    text: "We saw Mr. Olson, 88, in Bed 4 after his fall.\n" },
  // a French parent who drove from a town
  { name: "mère conduit depuis", policy: Q, hit: [ID], at: "Saint-Félicien",
    text: "La petite Léa, 4 ans, est arrivée en détresse respiratoire. Sa mère avait conduit depuis Saint-Félicien sans s'arrêter.\n" },
  { name: "arrivé en ambulance depuis", policy: Q, hit: [ID], at: "Dolbeau",
    text: "Le patient, 72 ans, est arrivé en ambulance depuis Dolbeau avec une douleur thoracique.\n" },
  { name: "near miss: the author drove from a city", policy: Q, clean: [ID],
    text: "Je suis partie depuis Montréal à 5 h pour ma garde à Chicoutimi.\n" },
  // the month of a stroke or fall
  { name: "had a stroke in a month", policy: U, hit: [ID], at: "February",
    text: "Our patient Mr. Berg, who had a massive stroke in February, walked out of rehab today.\n" },
  { name: "near miss: the author's own fall", policy: U, clean: [ID],
    text: "I had a bad fall in March and spent a week on crutches.\n" },
  { name: "near miss: a relative's death month", policy: U, clean: [ID],
    text: "One participant came to his baseline visit in a pressed flannel shirt. Halfway through the cognitive screen he told me his wife had died in March.\n" },
  // a child's first name after an endearment
  { name: "photographed little X", policy: I, hit: [ID], at: "Alfie",
    text: "I photographed little Alfie for the cleft team's records the week after he was born.\n" },
  { name: "admitted wee X", policy: U, hit: [ID], at: "Callum",
    text: "Last night we admitted wee Callum with bronchiolitis and he was on high flow by midnight.\n" },
  { name: "intubé la petite X", policy: Q, hit: [ID], at: "Emma",
    text: "Cette nuit j'ai intubé la petite Emma, 2 ans, pour une bronchiolite sévère.\n" },
  { name: "near miss: a puppy", policy: I, clean: [ID],
    text: "At the weekend I met little Alfie, my neighbour's new puppy, and he is adorable.\n" },
  { name: "near miss: a place", policy: I, clean: [ID],
    text: "We visited Little Rock last summer and I photographed little Venice on the way.\n" },
  // the ward of a group of patients, in a complaint about a colleague
  { name: "near miss: bed-blockers on a ward", policy: I, clean: [ID, ENC],
    text: "Our lead consultant has been photographing patients on his own phone.\n\nHe has time to moan about the bed-blockers on Ward 3 every single morning, so he has time to fill in a consent form.\n" },
  { name: "a named patient on a ward", policy: I, hit: [ID], at: "Ward 3",
    text: "Mr. Haddad on Ward 3 told me he wanted to go home.\n" },
  // a friend request from the child's mother, accepted
  { name: "la mère, demande d'amitié acceptée", policy: Q, hit: [CON], at: "demande d'amitié",
    text: "1/ La petite Léa Tremblay, 4 ans, est arrivée en détresse respiratoire, chambre 12.\n\n2/ La mère m'a envoyé une demande d'amitié sur Facebook le lendemain et je l'ai acceptée.\n" },
  { name: "the mum, friend request accepted", policy: U, hit: [CON], at: "friend request",
    text: "We admitted a 6-year-old with DKA in room 9 last night. The mum sent me a friend request the next day and I accepted it.\n" },
  { name: "near miss: a classmate's mother", policy: Q, clean: [CON],
    text: "Première garde en pédiatrie. Un petit de 3 ans avec une bronchiolite, chambre 8. La mère de ma coloc m'a envoyé une demande d'amitié et je l'ai acceptée.\n" },
  { name: "near miss: my own mother", policy: Q, clean: [CON],
    text: "Ma mère m'a envoyé une demande d'amitié sur Facebook et je l'ai acceptée.\n" },
  // a photo filed under the patient's name; footprints and a room number
  { name: "file named after the client", policy: ST, hit: [IMG], at: "farah-before-after",
    text: "Meet my client Farah, 34, from Puchong, who has lost 12 kg in 16 weeks on my protocol.\n\n![Before and after, front view](img/farah-before-after.jpg)\n" },
  { name: "near miss: file named after no one in the story", policy: ST, clean: [IMG],
    text: "Meet my client Farah, 34, from Puchong, who has lost 12 kg in 16 weeks on my protocol.\n\n![Our new kitchen, front view](img/kitchen-front.jpg)\n" },
  { name: "footprints on a delivery record, room in the file name", policy: U, hit: [IMG], at: "footprints",
    text: "Caught my first baby tonight!\n\n![tiny footprints on the delivery record](img/footprints-room412.jpg)\n" },
  { name: "near miss: a hotel room", policy: U, clean: [IMG],
    text: "Conference week!\n\n![view from hotel room 412](img/hotel-room412.jpg)\n" },
  { name: "near miss: footprints in the sand", policy: U, clean: [IMG],
    text: "Beach day after exams.\n\n![my footprints in the sand](img/beach-footprints.jpg)\n" },
  // the author in the middle of an operative step
  { name: "pendant qu'on faisait l'anastomose", policy: Q, hit: [ENC], at: "anastomose",
    text: "Neuf heures debout, mais ça valait la peine. Photo prise par l'infirmière circulante pendant qu'on faisait l'anastomose.\n" },
  { name: "while we were closing the fascia", policy: U, hit: [ENC], at: "fascia",
    text: "Snapped this while we were closing the fascia on a 9-hour Whipple.\n" },
  { name: "near miss: closing a laptop", policy: U, clean: [ENC],
    text: "As I was closing my laptop, the fire alarm went off.\n" },
  { name: "near miss: a milestone alone", policy: I, clean: [ENC],
    text: "Live from theatre 4 📸 scrubbed in for my first Whipple today!! Can't believe I get to do this #surgery #medstudent\n" },
];

describe("patient recall 12", () => checkRuleCases(CASES));

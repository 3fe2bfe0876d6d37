// Deterministic benchmark documents: clinical-journal style Markdown of a given word count.
// Same seed → same text, so runs compare. Sentences are templates with filled slots, so paragraphs
// almost never repeat: a benchmark of a few repeated sentences would measure the block caches,
// not the rules (real notes do not repeat themselves).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const TEMPLATES = [
  "This {time} we clerked a patient with {symptom} on the {ward} ward.",
  "The {senior} asked me to present the case at the bedside and I forgot half of the {history}.",
  "{condition} is managed with {count} pillars of medication, as the guideline explains.",
  "I spent the {time} revising {subject} in the library and made flashcards for {drug}.",
  "Our tutor reminded us that confidentiality applies online as much as on the ward, and that {lesson}.",
  "The lecture on {subject} finally made {concept} make sense to me.",
  "I am a {year} student at the International Medical University and this is my reflective journal.",
  "Email me at {handle}@example.com if you want the notes from the {block} block.",
  "{title} {surname}, a {age}-year-old in bed {bed}, was admitted on {day} {month} with {diagnosis}.",
  "We practised {skill} on the simulation arms until everyone could do it without shaking.",
  "Exams are {when} and I am trying to sleep {hours} hours, which is harder than it sounds.",
  "Patients taught me more this week than any textbook, mostly about {virtue}.",
  "The consultant said that {condition} is more common than most people think, which I need to look up.",
  "I walked home by the {scenery} and listened to a podcast about the history of {subject}.",
  "Some days this course feels impossible and then a small kindness from a {helper} fixes everything.",
  "Remember that guidelines change; check the local {resource} rather than an old slide deck.",
  "My study group met at {hour} to go through {count} past papers on {subject}.",
  "I finally understood why {drug} needs monitoring after drawing the pathway on the {surface}.",
  "The {ward} nurses showed me how they organise the drug round, and it was {adjective}.",
  "A reading on {concept} made me rethink how I explain {subject} to my younger {relative}.",
];
const SLOTS = {
  time: ["morning", "afternoon", "evening", "weekend", "night shift"],
  symptom: ["worsening leg swelling", "orthopnoea", "a productive cough", "chest tightness", "new confusion", "abdominal pain", "a painful swollen knee", "palpitations"],
  ward: ["medical", "surgical", "geriatric", "respiratory", "cardiology", "renal", "orthopaedic"],
  senior: ["registrar", "consultant", "medical officer", "house officer", "charge nurse"],
  history: ["social history", "drug history", "family history", "systems review"],
  condition: ["Heart failure with reduced ejection fraction", "Sepsis", "Chronic kidney disease", "Atrial fibrillation", "Type 2 diabetes", "Asthma", "COPD"],
  count: ["two", "three", "four", "five", "six"],
  subject: ["pharmacology", "renal physiology", "anaesthesia", "microbiology", "neuroanatomy", "biochemistry", "immunology", "haematology"],
  drug: ["beta blockers", "ACE inhibitors", "warfarin", "lithium", "digoxin", "insulin", "statins", "aminoglycosides", "SGLT2 inhibitors"],
  lesson: ["screenshots travel further than we think", "a story can identify someone without a name", "we should ask before taking photos", "our posts outlive our placements"],
  concept: ["the countercurrent multiplier", "the coagulation cascade", "the Frank-Starling law", "acid-base compensation", "the renin-angiotensin system", "pharmacokinetics"],
  year: ["first-year medical", "second-year nursing", "third-year pharmacy", "final-year medical", "fourth-year dental"],
  handle: ["notes", "study.group", "ward.notes", "flashcards", "revision"],
  block: ["respiratory", "cardiovascular", "renal", "neurology", "endocrine", "gastro"],
  title: ["Mrs.", "Mr.", "Encik", "Puan", "Madam", "Mdm."],
  surname: ["Tan", "Lim", "Rahim", "Kumar", "Wong", "Lee", "Aziz", "Chong", "Nair", "Ismail", "Ong", "Raj"],
  age: ["54", "61", "67", "72", "74", "79", "83", "88"],
  bed: ["3", "7", "12", "14", "18", "21", "25"],
  day: ["2", "3", "9", "14", "17", "21", "28"],
  month: ["January", "March", "April", "June", "August", "October", "December"],
  diagnosis: ["cellulitis of the left leg", "community-acquired pneumonia", "a urinary tract infection", "a fractured neck of femur", "diabetic ketoacidosis", "an exacerbation of COPD"],
  skill: ["cannulation", "venepuncture", "catheterisation", "suturing", "blood cultures", "ECG placement"],
  when: ["coming", "three weeks away", "next month", "closer than I would like"],
  hours: ["six", "seven", "eight"],
  virtue: ["listening before talking", "patience", "explaining things simply", "asking what matters to them"],
  scenery: ["lake", "river", "park", "old market", "seafront"],
  helper: ["nurse", "porter", "classmate", "pharmacist", "tutor", "cleaner"],
  resource: ["antibiogram", "formulary", "protocol", "guideline summary"],
  hour: ["7 am", "8 am", "noon", "6 pm", "9 pm"],
  surface: ["whiteboard", "back of a napkin", "tablet", "window with a marker"],
  adjective: ["impressively calm", "more complicated than it looks", "a lesson in teamwork", "faster than I expected"],
  relative: ["brother", "sister", "cousin", "neighbour"],
};
const HEADINGS = ["Morning", "On the ward", "What I learned", "Teaching", "Reading", "Reflection", "Next week", "Skills lab", "Study notes"];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function generateDocument(words, seed = 1) {
  const rand = rng(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const sentence = () => pick(TEMPLATES).replace(/\{(\w+)\}/g, (_, slot) => pick(SLOTS[slot]));
  const out = ["---", `title: Journal ${seed}`, "tags: [journal]", "---", "", `# Journal entry ${seed}`, ""];
  let count = 0;
  while (count < words) {
    if (rand() < 0.15) { out.push(`## ${pick(HEADINGS)}`, ""); }
    const para = [];
    const n = 2 + Math.floor(rand() * 4);
    for (let i = 0; i < n && count < words; i++) {
      const s = sentence();
      para.push(s);
      count += s.split(/\s+/).length;
    }
    if (rand() < 0.1) out.push("- " + para.join("\n- "), "");
    else out.push(para.join(" "), "");
  }
  return out.join("\n");
}

/**
 * About 50,000 words of the hand-written test posts (test/corpus/blind*), front matter dropped, in a
 * fixed order: a long document with images, links, tables and institution mentions, which the
 * generated journal lacks.
 */
export function corpusDocument() {
  const root = join(import.meta.dirname, "../../test/corpus");
  let text = "";
  for (const dir of readdirSync(root).filter((d) => d.startsWith("blind")).sort()) {
    for (const f of readdirSync(join(root, dir)).filter((f) => f.endsWith(".md") && f !== "README.md").sort()) {
      text += readFileSync(join(root, dir, f), "utf8").replace(/^---[\s\S]*?\n---\n/, "") + "\n\n";
    }
  }
  const word = /\S+/g;
  for (let n = 0; n < 50000; n++) if (!word.exec(text)) return text;
  return text.slice(0, word.lastIndex);
}

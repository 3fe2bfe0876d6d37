// Deterministic benchmark documents: clinical-journal style Markdown of a given word count.
// Same seed → same text, so runs compare.
const SENTENCES = [
  "This morning we clerked a patient with worsening leg swelling and orthopnoea on the medical ward.",
  "The registrar asked me to present the case at the bedside and I forgot half of the social history.",
  "Heart failure with reduced ejection fraction is managed with four pillars of medication, as the guideline explains.",
  "I spent the afternoon revising pharmacology in the library and made flashcards for beta blockers.",
  "Our tutor reminded us that confidentiality applies online as much as on the ward.",
  "The lecture on renal physiology finally made the countercurrent multiplier make sense to me.",
  "I am a medical student at the International Medical University and this is my reflective journal.",
  "Email me at someone@example.com if you want the notes from the respiratory block.",
  "Mrs. Tan, a 74-year-old in bed 12, was admitted on 3 March with cellulitis of the left leg.",
  "We practised cannulation on the simulation arms until everyone could do it without shaking.",
  "Exams are coming and I am trying to sleep seven hours, which is harder than it sounds.",
  "Patients taught me more this week than any textbook, mostly about listening before talking.",
  "The consultant said that sepsis kills more people than most cancers, which I need to look up.",
  "I walked home by the lake and listened to a podcast about the history of anaesthesia.",
  "Some days this course feels impossible and then a small kindness from a nurse fixes everything.",
  "Remember that guidelines change; check the local antibiogram rather than an old slide deck.",
];
const HEADINGS = ["Morning", "On the ward", "What I learned", "Teaching", "Reading", "Reflection", "Next week"];

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export function generateDocument(words, seed = 1) {
  const rand = rng(seed);
  const out = ["---", `title: Journal ${seed}`, "tags: [journal]", "---", "", `# Journal entry ${seed}`, ""];
  let count = 0;
  while (count < words) {
    if (rand() < 0.15) { out.push(`## ${HEADINGS[Math.floor(rand() * HEADINGS.length)]}`, ""); }
    const para = [];
    const n = 2 + Math.floor(rand() * 4);
    for (let i = 0; i < n && count < words; i++) {
      const s = SENTENCES[Math.floor(rand() * SENTENCES.length)];
      para.push(s);
      count += s.split(/\s+/).length;
    }
    if (rand() < 0.1) out.push("- " + para.join("\n- "), "");
    else out.push(para.join(" "), "");
  }
  return out.join("\n");
}

/** Shared word lists and matchers for rules. Data, compiled once per process. */
import { allMatches, escapeRegExp } from "../shared/src/text.js";
import type { Pack } from "../shared/src/pack.js";

/** Words that make a post health- or medicine-oriented (imu-students disclaimer trigger). */
export const HEALTH_TERMS = [
  "patient", "patients", "clinical", "clinic", "ward", "wards", "hospital", "medicine", "medical", "doctor", "doctors",
  "nurse", "nursing", "diagnosis", "diagnosed", "symptom", "symptoms", "disease", "treatment", "therapy", "surgery",
  "surgical", "drug", "drugs", "medication", "dose", "pharmacology", "pharmacy", "anatomy", "physiology", "pathology",
  "posting", "clerking", "clerked", "rounds", "on-call", "oncall", "consultant", "registrar", "houseman", "MBBS",
  "health", "healthcare", "infection", "fever", "cancer", "diabetes", "blood", "x-ray", "xray", "ecg", "ct", "mri",
  "paediatrics", "pediatrics", "obstetrics", "cardiology", "dermatology", "radiology", "emergency", "ed", "icu",
  "antibiotics", "vaccine", "vaccines", "pain", "chronic", "acute", "biopsy", "lesion", "rash", "wound", "exam", "osce",
  "kidney", "renal", "heart", "cardiac", "lung", "liver", "hypertension", "oedema", "edema", "inflammation", "syndrome",
  "tumour", "tumor", "virus", "bacteria", "asthma", "stroke", "dengue", "covid", "pregnancy", "mental health", "depression",
  "psychiatry", "nephrology", "neurology", "oncology", "histology", "microbiology", "biochemistry", "medstudent", "med school",
  "medical school", "pharmacist", "dental", "dentistry", "physiotherapy", "immunisation", "immunization", "vaccination", "glucose",
  "insulin", "cholesterol", "anaemia", "anemia", "fracture", "sepsis", "antibiotic", "prescription", "prescribed", "clinician",
];

const healthRe = new RegExp(`\\b(?:${HEALTH_TERMS.map(escapeRegExp).join("|")})\\b`, "gi");

/** Number of distinct health terms in a text. */
export function countHealthTerms(text: string): number {
  const seen = new Set<string>();
  for (const m of allMatches(healthRe, text)) seen.add(m[0].toLowerCase());
  return seen.size;
}

const institutionCache = new WeakMap<Pack, RegExp[]>();
/** The pack's institution names (any case) and acronyms (exact case), as whole words. */
function institutionPatterns(pack: Pack): RegExp[] {
  let res = institutionCache.get(pack);
  if (!res) {
    const inst = pack.institution;
    const words = (list: string[] | undefined, flags: string) =>
      list?.length ? [new RegExp(`(?<![\\w@./-])(?:${list.map((n) => escapeRegExp(n).replace(/\\? /g, "\\s+")).join("|")})(?![\\w@-])`, flags)] : [];
    res = [...words(inst?.names, "gi"), ...words(inst?.acronyms, "g")];
    institutionCache.set(pack, res);
  }
  return res;
}

/** Every mention of the pack's institution in text, in order. */
export function findInstitutionMentions(pack: Pack, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const re of institutionPatterns(pack)) for (const m of allMatches(re, text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** E-mail addresses in text. */
export const EMAIL = /(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;

export function isInstitutionalEmail(address: string, pack: Pack): boolean {
  const domain = address.split("@")[1]?.toLowerCase() ?? "";
  return (pack.institution?.emailDomains ?? []).some((d) => domain === d || domain.endsWith("." + d));
}

/** True when the offset lies in code, front matter or a comment (not published prose or links). */
export function inNonProseRegion(doc: { code: { start: number; end: number }[]; comments: { start: number; end: number }[]; bodyStart: number }, offset: number): boolean {
  if (offset < doc.bodyStart) return true;
  return doc.code.some((c) => offset >= c.start && offset < c.end) || doc.comments.some((c) => offset >= c.start && offset < c.end);
}

/**
 * Section labels of an official policy or procedure document ("Policy Statement", "Effective
 * Date", "Definitions", "Responsible University Officer"…). Three or more distinct ones mean the
 * text is the institution's own official document, not personal content, so the personal-content
 * affiliation rules (disclaimer, disclosure, e-mail) do not apply to it.
 */
// each optional part must start with a non-space, so a long run of spaces is scanned once, not quadratically
const OFFICIAL_MARKERS = /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*[ \t]*)?(policy (?:statement|contents|owner|contact)|responsible (?:university )?officer|effective date|last (?:updated|revised)|definitions?|procedures?|purpose|overview (?:&|and) rationale|references|related policies|resources\/related policies|frequently asked questions|scope of (?:the )?policy|policy)(?=[ \t]*(?:\*\*)?[ \t]*(?::|\n|$))/gim;
/** Labels only official documents carry (a personal note may have "Purpose" and "References"). */
const STRONG_OFFICIAL = /^(?:policy (?:statement|contents|owner|contact)|responsible|effective date|last (?:updated|revised)|related policies|resources\/related policies|overview|scope of)/;
/** The official-document section labels a text carries (lower case). */
export function officialLabels(text: string): string[] {
  const seen = new Set<string>();
  OFFICIAL_MARKERS.lastIndex = 0;
  for (let m = OFFICIAL_MARKERS.exec(text); m; m = OFFICIAL_MARKERS.exec(text)) seen.add(m[1]!.toLowerCase());
  return [...seen];
}

export function isOfficialLabelSet(labels: ReadonlySet<string>): boolean {
  return labels.size >= 3 && [...labels].some((k) => STRONG_OFFICIAL.test(k));
}

/**
 * Words that on their own mark a text as clinical or medical (weight 2 in `healthScore`); the
 * general `HEALTH_TERMS` (pain, heart, exam…) weigh 1, so a marathon post with "heart" and "pain"
 * stays below the bar while a one-line wound caption ("skin graft after six weeks") reaches it.
 */
export const STRONG_HEALTH_TERMS = [
  "patient", "patients", "clinical", "ward", "wards", "diagnosis", "diagnosed", "symptoms", "surgery", "surgical", "pathology",
  "anatomy", "pharmacology", "physiology", "clerking", "clerked", "MBBS", "medstudent", "medstudents", "med student", "med students",
  "medical student", "medical students", "medschool", "med school", "medical school", "medicalschool", "medtwitter", "meded",
  "futuredoctor", "studentnurse", "nursingstudent", "houseman", "housemanship", "graft", "grafts", "granulation", "wound", "wounds",
  "suture", "sutures", "sutured", "stitches", "dressing change", "debridement", "incision", "lesion", "lesions", "biopsy", "dermatome",
  "histology", "stethoscope", "cadaver", "dissection", "osce", "ecg", "x-ray", "xray", "radiograph", "mri", "fracture", "tumour", "tumor",
  "sepsis", "antibiotic", "antibiotics", "prescription", "prescribed", "post-op", "postop", "pre-op", "clinician", "consultant", "registrar",
  "rash", "syndrome", "ulcer", "abscess", "cannula", "cannulation", "intubation", "laparoscopic", "appendicectomy", "appendectomy",
  "split-thickness", "full-thickness", "skin graft", "flap", "scar tissue", "healing wound", "paediatrics", "pediatrics", "obstetrics",
  "dermatology", "radiology", "cardiology", "icu", "on-call", "oncall", "medication", "diabetes", "hypertension", "infection",
  // allied health: audiology, orthoptics and optometry, sonography, radiography, therapies
  "audiology", "audiologist", "audiometry", "audiogram", "audiograms", "tympanometry", "otoscopy", "hearing loss", "hearing aid", "hearing aids",
  "orthoptics", "orthoptist", "optometry", "optometrist", "visual acuity", "amblyopia", "strabismus", "sonography", "sonographer", "ultrasound",
  "radiography", "radiographer", "midwifery", "dietetics", "occupational therapy", "speech therapy", "speech-language", "chiropractic", "paramedic",
];
const STRONG_SET = new Set(STRONG_HEALTH_TERMS.map((t) => t.toLowerCase()));
const EXTRA_GENERAL = ["skin", "healing", "heals", "healed", "bone", "bones", "scar", "bruise", "hurt", "injury", "injuries", "vitamin", "supplement", "immune", "sleep", "stitches",
  // common conditions, everyday medicines and nutrition care: a reel answering followers about IBS and omeprazole is a health post
  "ibs", "eczema", "psoriasis", "migraine", "migraines", "arthritis", "reflux", "gerd", "constipation", "probiotic", "probiotics", "fodmap", "low-fodmap",
  "dietitian", "dietician", "dietitians", "nutritionist", "omeprazole", "paracetamol", "acetaminophen", "ibuprofen", "metformin", "antihistamine", "antihistamines", "statin", "statins"];
const healthScoreRe = new RegExp(`(?<![\\w-])(?:${[...new Set([...STRONG_HEALTH_TERMS, ...HEALTH_TERMS, ...EXTRA_GENERAL])].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\w-])`, "gi");

/** How health/medicine-oriented a text is: distinct terms, clinical ones counting double. */
export function healthScore(text: string): number {
  return scoreHealthTerms(new Set(healthTerms(text)));
}

/** The distinct health terms in a text (lower case). */
export function healthTerms(text: string): string[] {
  const seen = new Set<string>();
  healthScoreRe.lastIndex = 0;
  for (let m = healthScoreRe.exec(text); m; m = healthScoreRe.exec(text)) seen.add(m[0].toLowerCase());
  return [...seen];
}

export function scoreHealthTerms(terms: ReadonlySet<string>): number {
  let score = 0;
  for (const k of terms) score += STRONG_SET.has(k) ? 2 : 1;
  return score;
}

/** Obfuscated addresses: "jsmit123 [at] umn [dot] edu", "name (at) imu.edu.my". Group 1 = user, 2 = domain. */
export const OBFUSCATED_EMAIL = /(?<![\w.+-])([A-Za-z0-9._%+-]+)\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|\s+at\s+(?=[A-Za-z0-9-]+\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\s+dot\s+)))\s*([A-Za-z0-9-]+(?:\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|\s+dot\s+|\.)\s*[A-Za-z0-9-]+)+)/gi;
const MAYBE_OBFUSCATED = /[[({]\s*at\s*[\])}]|\sat\s+[A-Za-z0-9-]+\s*(?:[[({]\s*)?dot\b/i;
const DOT_WORD = /\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\}|\s+dot\s+|\.)\s*/gi;

/** Every e-mail address in the text, plain or obfuscated, with the domain normalised. */
export function findEmails(text: string): { start: number; end: number; address: string }[] {
  const out: { start: number; end: number; address: string }[] = [];
  for (const m of allMatches(EMAIL, text)) out.push({ start: m.index, end: m.index + m[0].length, address: m[0] });
  if (MAYBE_OBFUSCATED.test(text)) {
    for (const m of allMatches(OBFUSCATED_EMAIL, text)) {
      const domain = m[2]!.replace(DOT_WORD, ".").toLowerCase();
      if (!/\.[a-z]{2,}$/.test(domain)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, address: `${m[1]}@${domain}` });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

const OWN_FIRST_PERSON = /\b(?:I|I'm|I'll|me|my|mine|myself)\b/;
const OWN_CONTACT_LABEL = /^\s*(?:[-*]\s*)?(?:\*\*)?(?:e-?mail|contact(?: me)?|reach me|write to me)(?:\*\*)?\s*:/i;
/** The address at [start, end) is given as the author's own contact (first person around it, or a contact line). */
export function isOwnContactEmail(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start) + 1;
  let lineEnd = text.indexOf("\n", start);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(Math.max(lineStart, start - 160), start);
  const after = text.slice(end, Math.min(lineEnd, end + 80));
  const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("? ")) + 1) + " " + after.split(/[.!?](?:\s|$)/)[0];
  return OWN_FIRST_PERSON.test(sentence) || OWN_CONTACT_LABEL.test(text.slice(lineStart, lineEnd));
}

/**
 * Per-block memo for document rules: facts computed from one block's text, cached by the block's
 * key (and whatever else `scope` names, such as the pack id), so a keystroke recomputes only
 * the block it changed.
 */
const blockMemos = new Map<string, Map<string, Map<string, unknown>>>();
const BLOCK_MEMO_LIMIT = 20000;
export function memoByBlock<T>(name: string, scope: string, block: { key: string }, compute: () => T): T {
  // nested maps, no key string built per call: a document pass calls this once per block per keystroke
  let byScope = blockMemos.get(name);
  if (!byScope) blockMemos.set(name, (byScope = new Map()));
  let memo = byScope.get(scope);
  if (!memo) byScope.set(scope, (memo = new Map()));
  const key = block.key;
  let value = memo.get(key) as T | undefined;
  if (value === undefined && !memo.has(key)) {
    value = compute();
    if (memo.size >= BLOCK_MEMO_LIMIT) memo.delete(memo.keys().next().value!);
    memo.set(key, value);
  }
  return value as T;
}

/** The institution's own official document (policy pages), from per-block section labels cached by block text: document rules run on every keystroke. */
export function isOfficialDocumentByBlocks(doc: { blocks: readonly { key: string; text: string }[] }): boolean {
  const labels = new Set<string>();
  for (const b of doc.blocks) for (const l of memoByBlock("officialLabels", "", b, () => officialLabels(b.text))) labels.add(l);
  return isOfficialLabelSet(labels);
}

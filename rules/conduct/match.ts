/**
 * Small helpers shared by the conduct, advice and tone rules: phrase-list regexes compiled once,
 * and sentence spans of a block relative to the block's text. No Node or DOM APIs.
 */
import type { Block } from "../../shared/src/document.js";
import { escapeRegExp, allMatches } from "../../shared/src/text.js";

export interface RelSpan { start: number; end: number }

/**
 * A case-insensitive whole-word regex for a list of phrases (spaces match any whitespace or a
 * hyphen). Longest phrases first so "frequent flyers" wins over "frequent flyer". Call once at
 * module load, never per check.
 */
export function phraseRegex(phrases: readonly string[], flags = "gi"): RegExp {
  const body = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/\\?[ -]+/g, "[\\s\\u00a0-]+"))
    .join("|");
  return new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F'’-])(?:${body})(?![A-Za-z0-9\\u00C0-\\u024F]|['’-][A-Za-z\\u00C0-\\u024F])`, flags);
}

/**
 * French function words; a passage with several of them is French, where short English
 * profanity and slurs are ordinary words ("plus tard", "en retard", "dix heures", "il teste").
 */
const FRENCH_WORD = /(?<![\p{L}'’])(?:(?:le|la|les|des|du|une|à|de|et|que|qui|dans|avec|pas|très|sur|mais|je|il|elle|nous|vous|aux|cette|ses|mon|était|sont|ou|tôt)(?![\p{L}])|[ldjqn]['’](?=\p{L}))/giu;
/** French words that English word lists rate as profanity or slurs (normalised, lower case). */
export const FRENCH_HOMOGRAPHS = new Set(["tard", "tards", "retard", "retards", "dix", "teste", "testes", "slave", "slaves", "taff", "orga", "abo", "abos", "lez"]);
/** Letters that occur in French but (almost) never in English prose. */
const FRENCH_LETTER = /[àâçèêëîïôûùœ]/i;
/** True when at least three French function words occur within 200 characters either side of `at`. */
export function frenchAround(text: string, at: number): boolean {
  const from = Math.max(0, at - 200);
  const window = text.slice(from, at + 200);
  let n = 0;
  FRENCH_WORD.lastIndex = 0;
  while (FRENCH_WORD.exec(window)) if (++n >= 3) return true;
  // a short French line: two function words and a French-only letter ("Une visite à domicile vaut dix questionnaires.")
  return n >= 2 && FRENCH_LETTER.test(window);
}

/** A French word that only French puts before these homographs: "plus tard", "trop tard", "en retard", "un retard", "tôt ou tard". */
const FRENCH_LEFT = /(?<![\p{L}'’])(?:plus|trop|très|tôt ou|si|en|au|du|un|le|bien|assez|aussi|sans|avec)\s+$/iu;
/** True when the homograph at `at` (one of FRENCH_HOMOGRAPHS) is the French word: French around it, or a French word right before it. */
export function frenchHomographAt(text: string, at: number): boolean {
  return FRENCH_LEFT.test(text.slice(Math.max(0, at - 8), at)) || frenchAround(text, at);
}

/** Sentence spans of a block, relative to `block.text`. */
export function blockSentences(block: Block): RelSpan[] {
  const out: RelSpan[] = [];
  for (const s of block.sentences) out.push({ start: s.start - block.start, end: s.end - block.start });
  if (out.length === 0 && block.text.trim()) out.push({ start: 0, end: block.text.length });
  return out;
}

/** The sentence (relative span) containing `at`, or the whole block. */
export function sentenceAt(sentences: readonly RelSpan[], at: number, blockLength: number): RelSpan {
  for (const s of sentences) if (at >= s.start && at < s.end) return s;
  return { start: 0, end: blockLength };
}

/** Options helpers (rule options come from untrusted configuration). */
export function stringListOption(options: Record<string, unknown>, key: string): string[] {
  const v = options[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x.trim().length > 0) : [];
}

/** Normalises a word or phrase the way retext's search does: lower case, no apostrophes or hyphens, single spaces. */
export function normalizePhrase(s: string): string {
  return s.toLowerCase().replace(/[’'-]/g, "").replace(/\s+/g, " ").trim();
}

/** Merges overlapping or touching spans (sorted output). */
export function mergeSpans(spans: RelSpan[]): RelSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: RelSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Quoted passages: straight or curly double quotes, French guillemets, curly single quotes (not apostrophes). */
const QUOTED = /"[^"\n]{3,}?"|“[^”\n]{3,}?”|«[^»\n]{3,}?»|(?<![\p{L}\d])‘[^’\n]{3,}?’(?![\p{L}\d])/gu;
/**
 * Framing that makes a quoted passage an example under discussion ("→ a complaint about a
 * colleague", "posts like …", "e.g.", "would you post that?", "par exemple") rather than the
 * author's own words ("My status tonight: '…'").
 */
const EXAMPLE_FRAME = /→|⇒|=>|\be\.g\.|\bi\.e\.|\bfor (?:example|instance)\b|\bsuch as\b|\b(?:posts?|tweets?|captions?|comments?|status(?:es)?|updates?|messages?|things|lines?|phrases?|statements?|sentences?|replies|stories|rants?) like\b|\bexamples?\b|\bsample (?:posts?|captions?|tweets?)\b|\bmade[- ]up\b|\binvented\b|\bfictional\b|\bfictitious\b|\bhypothetical\b|\bimaginary\b|\b(?:don(?:'|’)?t|do not|never|avoid|think twice before|before you) (?:ever )?(?:post|write|tweet|say|share|publish|put)\w*\b|\bwould you (?:ever )?(?:post|write|tweet|share|say|publish)\b|\bwhat(?:'s|’s| is) wrong with\b|\bslides?\b|\bpar exemple\b|\bce (?:genre|type) de\b|\bexemples?\b|\bdu genre\b/iu;

/**
 * True when [start, end) of `text` lies inside a quoted passage and the text outside the quotes
 * frames it as an example (a mention, as in training notes or a talk), not the author's own words.
 */
export function inExampleQuote(text: string, start: number, end: number): boolean {
  if (!/["“«‘]/.test(text)) return false;
  let inside = false;
  let outside = "";
  let last = 0;
  for (const m of allMatches(QUOTED, text)) {
    if (m.index <= start && end <= m.index + m[0].length + 1) inside = true;
    outside += text.slice(last, m.index) + " ";
    last = m.index + m[0].length;
  }
  outside += text.slice(last);
  return inside && EXAMPLE_FRAME.test(outside);
}

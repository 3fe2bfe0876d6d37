/**
 * conduct.profanity: profane or vulgar wording.
 *
 * This is retext-profanities made synchronous and fast. It uses the same data (`cuss`, the
 * word list retext-profanities is built on, with its sureness ratings 0–2) and the same
 * matching semantics: phrases are matched word by word, case-insensitively, with apostrophes
 * and hyphens inside a word ignored (nlcst-normalize), singular and plural forms of each entry
 * included, and a finding is kept when the entry's sureness is at least the configured
 * threshold. retext-profanities itself rebuilds its ~1,700-phrase index on every run and runs
 * through an async unified pipeline (~17 ms per 2,000 words), far over the budget of a rule
 * that runs on every keystroke; here the index is one Map built once per process and a check is
 * a single pass over the block's words.
 *
 * Health writing needs two adjustments that retext-profanities leaves to its `ignore` option:
 * clinical and everyday vocabulary that cuss rates as profane (rectum, penis, vomit, suicide,
 * "Dick test", "spastic diplegia", welfare, guinea pig…) is never flagged (rules/data/clinical-allow.json,
 * extendable by the rule option `allow` and a pack list `profanity-allow`), and mild words
 * (damn, crap, stupid…) are re-rated to sureness 0 (rules/data/profanity-mild.json), so the
 * default threshold, 1, flags clear profanity only. Option `sureness`: 0 flags everything,
 * 2 only what cuss rates as certainly profane. Slurs are left to conduct.discrimination.
 */
import { cuss } from "cuss";
import { defineRule } from "../../shared/src/rule.js";
import allowData from "../data/clinical-allow.json" with { type: "json" };
import mildData from "../data/profanity-mild.json" with { type: "json" };
import { normalizePhrase, phraseRegex, stringListOption, type RelSpan, FRENCH_HOMOGRAPHS, frenchHomographAt } from "./match.js";
import { findSlurs } from "./discrimination.js";
import { allMatches } from "../../shared/src/text.js";

interface Entry { words: string[]; sureness: number; phrase: string }

/** Simple English inflection, standing in for `pluralize` in retext-profanities: plural and singular of one word. */
function inflections(word: string): string[] {
  const out: string[] = [];
  if (/[^aeiou]y$/.test(word)) out.push(word.slice(0, -1) + "ies");
  else if (/(?:s|sh|ch|x|z)$/.test(word)) out.push(word + "es");
  else out.push(word + "s");
  if (/ies$/.test(word) && word.length > 4) out.push(word.slice(0, -3) + "y");
  else if (/(?:sses|shes|ches|xes|zes)$/.test(word)) out.push(word.slice(0, -2));
  else if (/[^sui]s$/.test(word) && word.length > 3) out.push(word.slice(0, -1));
  return out;
}

const allow = allowData as { clinical: string[]; everyday: string[] };
const BUILTIN_ALLOW = [...allow.clinical, ...allow.everyday];
/** Text-speak abbreviations of the strongest words. */
const ABBREVIATIONS = ["fkn", "fking", "fkin", "fcking", "fckin", "fcking", "fcuk", "fcuking", "stfu", "gtfo", "mofo", "mfer", "mofos"];
const MILD = new Set((mildData as { words: string[] }).words.map(normalizePhrase));

/** Single-word allow entries with their inflections, normalised. */
function allowWordSet(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of list) {
    const n = normalizePhrase(p);
    if (!n || n.includes(" ")) continue;
    out.add(n);
    for (const f of inflections(n)) out.add(f);
  }
  return out;
}
const BUILTIN_ALLOW_WORDS = allowWordSet(BUILTIN_ALLOW);
/** Multi-word allow phrases ("Dick test", "cotton balls"): a profanity inside one is not reported. */
const BUILTIN_ALLOW_PHRASES = phraseRegex(BUILTIN_ALLOW.filter((p) => p.trim().includes(" ")));

/** The cuss index: first normalised word → entries starting with it (longest first). Built once. */
const INDEX = new Map<string, Entry[]>();
function addEntry(phrase: string, sureness: number) {
  const words = phrase.split(" ");
  const first = words[0]!;
  const list = INDEX.get(first) ?? INDEX.set(first, []).get(first)!;
  if (list.some((e) => e.phrase === phrase)) return;
  list.push({ words, sureness, phrase });
  list.sort((a, b) => b.words.length - a.words.length);
}
for (const [raw, rating] of Object.entries(cuss as Record<string, number>)) {
  const phrase = normalizePhrase(raw);
  if (!phrase) continue;
  const sureness = MILD.has(phrase) ? 0 : rating;
  addEntry(phrase, sureness);
  if (!phrase.includes(" ")) for (const f of inflections(phrase)) if (!(cuss as Record<string, number>)[f]) addEntry(f, MILD.has(f) ? 0 : sureness);
}
for (const a of ABBREVIATIONS) addEntry(a, 2);
// Inflected and compound forms of the strongest words that the list lacks ("shitshow", "fuckwit").
const STRONG_STEM = /^(?:(?:mother|mutha|motha)?f+u+c+k|bullshit|shit(?!tim|tah|ake)|cunt|twat|wank|arsehole|asshole|dickhead|bellend|bollock)/;

const SENTENCE_START = /(?:^|[.!?:;"“(]\s*|\n\s*)$/;
/** True when a word preceded by `before` starts a sentence (an initial, "K. Dick", does not end one). */
function atSentenceStart(before: string): boolean {
  return SENTENCE_START.test(before) && !/(?:^|[^A-Za-z])[A-Z]\.\s*$/.test(before);
}
/** Self-censored profanity ("f*ck", "sh*t", "f***ing"): at least one symbol standing in for letters. */
const CENSORED = /(?<![A-Za-z*$])(?:f(?:[*#@%]+|u[*#@%]+|[*#@%!]+c)k?(?:ing|in|ed|er|ers|s)?|sh[*#@!1%]+t(?:ty|s|show)?|\$h[i1!*]t(?:ty|s|show)?|s[*#@$]{2,}t|b[*#@!1]+tch(?:es|y)?|c[*#@]+nt|a[*#@$]{2,}hole|a\$\$|ass[*#@]+hole|bulls[*#@!1]+t)(?![A-Za-z*])/gi;
/** Letters spelled out with separators: "f u c k", "f.u.c.k", "s-h-i-t". */
const SPACED = /(?<![A-Za-z])(?:f([ .*_-]+)u\1c\1k|s([ .*_-]+)h\2i\2t)(?![A-Za-z])/gi;
/** Compounds the list lacks: "clusterfuck", "batshit", "apeshit" ("mishit" is a golf word). */
const COMPOUND = /^(?!mis)[a-z]{2,}(?:fuck(?:s|ed|er|ers|ing|wit|wits)?|shit(?:s|ty|ter|show)?)$/;
/**
 * Québécois sacres (church words used as swearing) and their spellings. The unambiguous forms
 * are always profane; the ones that are also ordinary words (le calvaire = an ordeal, l'hostie =
 * the host, le calice = a chalice or a renal calyx, crisser = to screech, the sacrament of the
 * sick) count only when used as an oath: an interjection ("Calvaire!", "Ostie que…"), an
 * intensifier ("long en calvaire"), or "X de …" without an article ("mon hostie de char").
 */
const SACRE = /(?<![\p{L}\p{N}'’-])(?:tabarn[ao]k|tabarnac|tabarnaque|tabarnack|tab[ae]rnak|tabernac|tabernaque|c[âa]liss(?:e|es|er|ez|é|ée|ées|és)?|c[âa]lis|câlice|ostie|osti|hostie|estie|esti|astie|crisse|criss|crisser|calvaire|ciboire|sacrament|sacrement|viarge|(?:dé|contre)c[âa]liss(?:e|er|é)|(?:dé|contre)crisse[rz]?|saint-ciboire|saint-sacrament|calice)(?![\p{L}\p{N}]|['’-]\p{L})/giu;
/** Sacres that are also ordinary French or English words, and the contexts that make them oaths. */
const SACRE_AMBIGUOUS = new Set(["hostie", "crisse", "calvaire", "ciboire", "sacrament", "sacrement", "calice"]);
/** The start of a sentence or line, after a thread number ("3/ Crisse que…", "2) Calvaire que…") too. */
const OATH_START = /(?:^|[.!?:;…"“«(]\s*|\n[\s>*_-]*|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]\s*)(?:\d{1,3}\s*(?:\/\d{0,3}|[.)])\s*)?$/u;
const OATH_AFTER = /^\s*(?:!|\?!|,|…|\.{3}|que\b|qu['’]|de\s|d['’])/i;
const OATH_DE_AFTER = /^\s*(?:de\s(?!la\b|l['’]|les?\b)|d['’])/i;
const ARTICLE_BEFORE = /(?:\b(?:le|la|les|du|au|aux|un|une|des|of|the|a|this|that)|\bl['’]|\bd['’])\s*$/i;
const INTENSIFIER_BEFORE = /\ben\s+$/i;
const CLITIC_BEFORE = /(?:\b(?:me|te|se|nous|vous|lui|leur|en|y)\s+|\b[mtsl]['’](?:a\s+|en\s+|as\s+|ont\s+)?)$/i;
const CRISSER_AFTER = /^\s*(?:une?\b|des\b|dehors\b|le camp\b|là\b|ça\b|pas\b|complètement\b|royalement\b|ben\b|[.!,]|$)/i;
/** Whether the ambiguous sacre at `start` in `text` is used as an oath. */
function sacreIsOath(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 6);
  if (INTENSIFIER_BEFORE.test(before) && !/^\s*(?:de|d['’])/i.test(after)) return true;
  // the verb "crisser" (to throw, to give, not to care) after a clitic pronoun: "me crisse une engueulade", "s'en crisse", "l'a crissé dehors"
  if (CLITIC_BEFORE.test(before) && /^cri/i.test(text.slice(start, start + 3)) && CRISSER_AFTER.test(text.slice(end, end + 12))) return true;
  if (ARTICLE_BEFORE.test(before)) return false;
  if (OATH_START.test(before)) return OATH_AFTER.test(after) || /^\s*$/.test(after);
  // "mon hostie de char", "ce crisse de pager", "une nuit de calvaire", "tabarnak!" mid-sentence
  return OATH_DE_AFTER.test(after) || /^\s*!/.test(after) || (/\bde\s+$/i.test(before) && /^\s*(?:[,.!?;:…]|$)/.test(after));
}
const SACRE_NAME_AFTER = /^\s+[A-Z]/;

/**
 * Mention, not use: a word quoted or italicised as vocabulary under discussion ("the sacre
 * *tabarnak* (tabernacle)", « s'en câlisser » (s'en ficher), the word "fuck"). The quotes or
 * italics must enclose a short passage, and the block must talk about words (a metalinguistic cue)
 * or gloss at least two quoted words in parentheses; quoted profanity without either ("My status
 * tonight: « Tabarnak de garde »") is still the author's own words.
 */
const MENTION_DELIMITED = /«[^»\n]{1,60}»|"[^"\n]{1,60}"|“[^”\n]{1,60}”|(?<![*\p{L}\d])\*(?!\*)[^*\n]{1,60}\*(?!\*)|(?<![_\p{L}\d])_(?!_)[^_\n]{1,60}_(?![_\p{L}\d])/gu;
const MENTION_HINT = /[«"“*_]/;
const METALINGUISTIC = /(?<![\p{L}])(?:(?:les|des|un|le|ces|nos|vos|leurs|aux|du|mes|ses|quelques)\s+(?:\p{L}+\s+)?sacres?|jurons?|gros mots|swear[- ]?words?|curse[- ]?words?|cuss[- ]?words?|profanit(?:y|ies)|expletives?|obscenit(?:y|ies)|vulgarit(?:y|ies|é|és)|(?:the|a|this|that)\s+(?:\p{L}+\s+)?(?:words?|terms?|phrases?|expressions?)|(?:le|ce|les|ces|un)\s+(?:\p{L}+\s+)?(?:mots?|termes?|expressions?)|vocabula(?:ry|ire)|linguisti\p{L}*|linguists?|linguistes?|etymolog\p{L}*|étymolog\p{L}*|slang|argot|(?:is|are) (?:québécois|quebec|french|canadian) for|literally means|veut dire|signifie)(?![\p{L}])/iu;
const GLOSS_AFTER = /^[*_]?\s*\((?!\s)[^()\n]{1,40}\)/;
/** The quoted or italicised passages of a block's source text (offsets match block.text). */
function mentionSpans(raw: string): { spans: RelSpan[]; glossed: number } {
  const spans: RelSpan[] = [];
  let glossed = 0;
  for (const m of allMatches(MENTION_DELIMITED, raw)) {
    const end = m.index + m[0].length;
    spans.push({ start: m.index, end });
    if (GLOSS_AFTER.test(raw.slice(end, end + 44))) glossed++;
  }
  return { spans, glossed };
}

const WORD = /[A-Za-z0-9\u00C0-\u024F]+(?:['’-][A-Za-z0-9\u00C0-\u024F]+)*/g;

interface Token { start: number; end: number; norm: string; gapBefore: boolean }

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  for (const m of allMatches(WORD, text)) {
    const gap = prevEnd >= 0 ? text.slice(prevEnd, m.index) : "";
    out.push({ start: m.index, end: m.index + m[0].length, norm: normalizePhrase(m[0]), gapBefore: prevEnd < 0 || !/^[ \t\u00a0]+$/.test(gap) });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

const configCache = new Map<string, { words: Set<string>; phrases?: RegExp }>();
function configuredAllow(extra: string[]): { words: Set<string>; phrases?: RegExp } {
  const key = extra.join("\u0000");
  let hit = configCache.get(key);
  if (!hit) {
    const multi = extra.filter((p) => p.trim().includes(" "));
    hit = { words: allowWordSet(extra), phrases: multi.length ? phraseRegex(multi) : undefined };
    if (configCache.size > 32) configCache.clear();
    configCache.set(key, hit);
  }
  return hit;
}

function readSureness(options: Record<string, unknown>): number {
  const v = options.sureness;
  return typeof v === "number" && v >= 0 && v <= 2 ? Math.floor(v) : 1;
}

export default defineRule({
  id: "conduct.profanity",
  title: "Profane or vulgar wording",
  description:
    "Flags profanity and vulgar wording, using the cuss word list behind retext-profanities and its sureness ratings (0 = maybe, 2 = certainly profane). Health-science policies ask you to avoid profanity in anything tied to your professional identity. Québécois sacres (tabarnak, câlisse, ostie…) are flagged too, but not the religious or anatomical senses of the same words (l'hostie, le calice rénal, the sacrament of the sick). Clinical and everyday words that the list rates as profane (penis, rectum, vomit, suicide, the Dick test, spastic diplegia…) are never flagged; extend that allow list with the rule option `allow`. By default only clear profanity is flagged; set the option `sureness` to 0 to include mild words such as \"damn\" or \"crap\", or to 2 for the strongest words only.",
  severity: "warning",
  sources: ["quebec-postgraduate:I.3", "umn-health-sciences:policy-2"],
  fixes: [],
  scope: "block",
  examples: [
    { bad: "Whoever designed the biostats section can go fuck themselves, honestly.", good: "The biostats section was much harder than I expected." },
    { bad: "Honestly, this scheduling bullshit is why half of my cohort is burnt out.", good: "Lymphatic drainage of the penis and scrotum goes to the superficial inguinal nodes; the Dick test checked susceptibility to scarlet fever." },
  ],
  check(ctx) {
    const block = ctx.block!;
    const text = block.text;
    const threshold = readSureness(ctx.options);
    const extra = [...stringListOption(ctx.options, "allow"), ...(ctx.pack.lists?.["profanity-allow"] ?? []), ...(ctx.pack.lists?.clinicalAllow ?? [])];
    const configured = extra.length ? configuredAllow(extra) : undefined;
    const tokens = tokenize(text);
    if (tokens.length === 0) return;

    let excluded: RelSpan[] | undefined;
    const isExcluded = (s: RelSpan) => {
      if (!excluded) {
        excluded = findSlurs(text);
        for (const re of [BUILTIN_ALLOW_PHRASES, configured?.phrases]) if (re) for (const m of allMatches(re, text)) excluded.push({ start: m.index, end: m.index + m[0].length });
      }
      return excluded.some((e) => s.start >= e.start && s.end <= e.end);
    };
    const allowed = (w: string) => BUILTIN_ALLOW_WORDS.has(w) || (configured?.words.has(w) ?? false);

    const raw = ctx.doc.text.slice(block.start, block.end);
    // quoted or italicised words under discussion are mentioned, not used
    let mentions: RelSpan[] | null | undefined;
    const isMention = (start: number, end: number): boolean => {
      if (mentions === undefined) {
        mentions = null;
        if (MENTION_HINT.test(raw)) {
          const found = mentionSpans(raw);
          if (found.spans.length && (found.glossed >= 2 || METALINGUISTIC.test(text))) mentions = found.spans;
        }
      }
      return !!mentions && mentions.some((q) => q.start < start && end < q.end);
    };
    // Markdown may read the symbols of "f*ck this sh*t" as emphasis and blank them in the prose, so
    // read the source text of the block, keeping only matches whose letters are prose.
    for (const m of allMatches(SPACED, text)) {
      if (threshold > 2) break;
      ctx.report({ start: block.start + m.index, end: block.start + m.index + m[0].length, message: `"${m[0]}" is profanity even spelled out; reword the sentence.` });
    }
    if (/[*#@$!%1]/.test(raw)) {
      for (const m of allMatches(CENSORED, raw)) {
        if (text[m.index] !== raw[m.index] || text[m.index + m[0].length - 1] !== raw[m.index + m[0].length - 1]) continue;
        const sureness = /^s|^b/i.test(m[0]) ? 1 : 2;
        if (sureness < threshold || m[0].length < 3) continue;
        ctx.report({ start: block.start + m.index, end: block.start + m.index + m[0].length, message: `"${m[0]}" is profanity even with symbols in it; reword the sentence.` });
      }
    }
    if (threshold <= 2) {
      for (const m of allMatches(SACRE, text)) {
        const word = m[0];
        const key = word.toLowerCase();
        const end = m.index + word.length;
        if (SACRE_AMBIGUOUS.has(key) ? !sacreIsOath(text, m.index, end) : key === "criss" && SACRE_NAME_AFTER.test(text.slice(end, end + 3))) continue;
        if (allowed(normalizePhrase(word)) || isMention(m.index, end)) continue;
        ctx.report({ start: block.start + m.index, end: block.start + end, message: `"${word}" is a profane oath (a sacre); remove it or reword the sentence.` });
      }
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      let found: { end: number; sureness: number; last: number } | undefined;
      for (const e of INDEX.get(t.norm) ?? []) {
        if (e.words.length === 1) {
          if (!allowed(e.phrase)) found = { end: t.end, sureness: e.sureness, last: i };
          break;
        }
        let ok = i + e.words.length <= tokens.length;
        for (let k = 1; ok && k < e.words.length; k++) ok = tokens[i + k]!.norm === e.words[k] && !tokens[i + k]!.gapBefore;
        if (ok && !allowed(e.phrase)) {
          found = { end: tokens[i + e.words.length - 1]!.end, sureness: e.sureness, last: i + e.words.length - 1 };
          break;
        }
      }
      if (!found && !allowed(t.norm)) {
        // hyphenated compounds ("shit-show") and forms the list lacks ("fuckwits")
        const raw = text.slice(t.start, t.end).toLowerCase();
        const parts = raw.includes("-") ? raw.split("-").map(normalizePhrase) : [];
        if (STRONG_STEM.test(t.norm) || COMPOUND.test(t.norm) || parts.some((p) => STRONG_STEM.test(p))) found = { end: t.end, sureness: 2, last: i };
        else if (parts.length > 1) {
          for (const p of parts) {
            const e = INDEX.get(p)?.find((x) => x.words.length === 1);
            if (e && !allowed(p) && e.sureness >= 2) { found = { end: t.end, sureness: e.sureness, last: i }; break; }
          }
        }
      }
      if (!found || found.sureness < threshold) continue;
      // "plus tard", "dix heures", "il teste": French words, not English profanity
      if (found.last === i && FRENCH_HOMOGRAPHS.has(t.norm) && frenchHomographAt(text, t.start)) continue;
      // a capitalised "maybe" word in mid-sentence is a name ("Philip K. Dick", "Uncle Dick")
      if (found.sureness < 2 && found.last === i && /^[A-Z][a-z]+$/.test(text.slice(t.start, t.end)) && !atSentenceStart(text.slice(Math.max(0, t.start - 6), t.start))) continue;
      const span = { start: t.start, end: found.end };
      if (isExcluded(span)) continue;
      if (isMention(span.start, span.end)) { i = found.last; continue; }
      const word = text.slice(span.start, span.end);
      ctx.report({
        start: block.start + span.start,
        end: block.start + span.end,
        message: found.sureness >= 2
          ? `"${word}" is profane; remove it or reword the sentence.`
          : `"${word}" may read as profane; reword it before posting.`,
      });
      i = found.last;
    }
  },
});

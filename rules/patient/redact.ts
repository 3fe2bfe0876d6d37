/**
 * Readable redaction of patient identifiers: generalise a detail so the sentence still reads
 * ("a 74-year-old retired lorry driver" → "a retired lorry driver in their 70s"), or replace it
 * with a category placeholder ("[age]"). One plan per document keeps replacements consistent:
 * the same patient gets the same words everywhere.
 */
import type { DocumentModel } from "../../shared/src/document.js";
import type { Edit } from "../../shared/src/finding.js";
import type { Block } from "../../shared/src/document.js";
import type { Identifier } from "./document-pass.js";
import { FRENCH_WORDS } from "./lexicon.js";

export interface Redaction { generalise: Edit; placeholder: Edit }

const ANIMAL = /\b(?:dog|cat|puppy|kitten|horse|mare|stallion|gelding|foal|pony|cow|calf|heifer|bull|steer|goat|sheep|ewe|lamb|pig|sow|rabbit|parrot|bird|ferret|guinea pig|hamster|retriever|labrador|terrier|spaniel|collie|shepherd|poodle|beagle|bulldog|dachshund|husky|boxer|greyhound|tabby|siamese|persian|chihuahua|pug)s?\b/i;
const NP_STOP = /^(?:in|on|at|of|with|who|whom|whose|that|which|from|for|to|and|or|but|was|is|had|has|presenting|presented|admitted|came|brought|owned|after|before|when|while|under|by|into|seen|now)$/i;
const DET = /(?:^|[^\p{L}])(an?)\s+$/u;

const memo = new WeakMap<DocumentModel, { ids: readonly Identifier[]; plan: RedactionPlan }>();

const ENGLISH_WORDS = /\b(?:the|and|of|to|with|was|is|her|his|he|she|in|on|at|for|that|it|my|we|I)\b/gi;
// by block text (not by Block object): a block moved by an edit above it is a new object with the same text
const frenchBlocks = new Map<string, boolean>();
const FRENCH_CACHE_LIMIT = 20000;
/** Whether a block is written in French (replacements then use French wording). */
function isFrench(block: Block): boolean {
  let v = frenchBlocks.get(block.text);
  if (v === undefined) {
    const fr = block.text.match(FRENCH_WORDS)?.length ?? 0;
    const en = block.text.match(ENGLISH_WORDS)?.length ?? 0;
    v = fr >= 3 && fr > en;
    if (frenchBlocks.size >= FRENCH_CACHE_LIMIT) frenchBlocks.delete(frenchBlocks.keys().next().value!);
    frenchBlocks.set(block.text, v);
  }
  return v;
}
const FEMININE_TITLE = /^(?:Mme|Mlle|Madame|Mademoiselle|Mrs|Ms|Miss|Mdm|Madam|Puan|Cik|Mak\s?[Cc]ik|Makcik|Datin|Hajjah|Hajah|Nenek|Auntie|Aunty|Señora|Sra|Frau)\b/;

/**
 * Whether a block or one of its sentences starts at `at` (blocks are sorted and do not overlap, and
 * a block's sentences lie inside it): a binary search instead of a set of every start, per keystroke.
 */
function isSentenceStart(blocks: readonly Block[], at: number): boolean {
  let lo = 0, hi = blocks.length - 1, k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= at) { k = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (k < 0) return false;
  const b = blocks[k]!;
  if (b.start === at) return true;
  for (const s of b.sentences) if (s.start === at) return true;
  return false;
}

/** Replacements for the identifiers of a document, consistent across it. */
export interface RedactionPlan {
  /** The replacements for one identifier of the list (worked out on first use). */
  get(id: Identifier): Redaction;
  /**
   * What the replacements for `id` take from the rest of the document (for a name: its patient's
   * letter and role, whether this is the first mention): with an equal key and an unchanged
   * neighbourhood (200 characters either side), the replacements are equal.
   */
  key(id: Identifier): string;
}

/** Replacements for every identifier of a document, consistent across it. */
export function planRedactions(doc: DocumentModel, ids: readonly Identifier[]): RedactionPlan {
  const hit = memo.get(doc);
  if (hit && hit.ids === ids) return hit.plan;
  const done = new Map<Identifier, Redaction>();
  const text = doc.text;
  const atSentenceStart = (at: number) => isSentenceStart(doc.blocks, at) || /(?:^|[.!?:]\s+|\n\s*(?:[-*+]|\d+[.)])?\s*)$/.test(text.slice(Math.max(0, at - 6), at));
  const cap = (s: string, at: number) => (atSentenceStart(at) ? s[0]!.toUpperCase() + s.slice(1) : s);

  // name entities in order of first appearance; a key joins the first entity it shares a word with
  const entityOrder: string[] = [];
  const entityIndex = new Map<string, number>();
  const entityRole = new Map<string, string>();
  const canonical = new Map<string, string>();
  // the first entity that is the key, has the key as a word, or is a word of the key, found through
  // indexes (scanning the entities for every name made a long document's plan quadratic)
  const entityAsWord = new Map<string, number>();
  const entityWords = new Map<string, number>();
  const entityOf = (id: Identifier) => {
    const key = id.entity ?? id.text.toLowerCase();
    let k = canonical.get(key);
    if (k === undefined) {
      let best = Math.min(entityAsWord.get(key) ?? Infinity, entityWords.get(key) ?? Infinity);
      for (const w of key.split(" ")) best = Math.min(best, entityAsWord.get(w) ?? Infinity);
      k = best === Infinity ? key : entityOrder[best]!;
      canonical.set(key, k);
    }
    return k;
  };
  const first = new Set<Identifier>();
  for (const id of ids) {
    if (id.kind !== "name") continue;
    const k = entityOf(id);
    if (!entityIndex.has(k)) {
      entityIndex.set(k, entityOrder.length);
      if (!entityAsWord.has(k)) entityAsWord.set(k, entityOrder.length);
      for (const w of k.split(" ")) if (!entityWords.has(w)) entityWords.set(w, entityOrder.length);
      entityOrder.push(k);
      first.add(id);
      const before = text.slice(Math.max(0, id.start - 20), id.start);
      entityRole.set(k, /\b(?:owned by|owner|client|brought in by)\s*,?\s*$/i.test(before) ? "client" : "patient");
    }
  }
  const many = entityOrder.length > 1;

  const redactOne = (id: Identifier): Redaction => {
    const before = text.slice(Math.max(0, id.start - 40), id.start);
    let g: Edit = { start: id.start, end: id.end, insert: "" };
    let p: Edit = { start: id.start, end: id.end, insert: "" };
    switch (id.kind) {
      case "name": {
        const k = entityOf(id);
        const role = entityRole.get(k) ?? "patient";
        const letter = String.fromCharCode(65 + (entityIndex.get(k) ?? 0) % 26);
        const isFirst = first.has(id);
        p = { start: id.start, end: id.end, insert: many ? `[name ${letter}]` : "[name]" };
        const fr = isFrench(id.block);
        if (fr) {
          const fem = FEMININE_TITLE.test(id.text) || /\b(?:elle|née|arrivée|admise|âgée|transférée)\b/u.test(text.slice(id.end, id.end + 80));
          const prevWord = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase();
          const article = prevWord === "la" || prevWord === "le" || prevWord === "une" || prevWord === "un" || prevWord === "ma" || prevWord === "mon" || prevWord === "notre" || prevWord === "cette";
          const noun = fem ? "patiente" : "patient";
          const ins = many ? `${fem ? "Patiente" : "Patient"} ${letter}` : article ? noun : `${isFirst ? (fem ? "une" : "un") : fem ? "la" : "le"} ${noun}`;
          g = { start: id.start, end: id.end, insert: many ? ins : cap(ins, id.start) };
        } else if (/\bname\s+(?:is|was)\s+$/i.test(before)) g = { start: id.start, end: id.end, insert: "withheld" };
        else if (/\s(?:named|called)\s+$/i.test(before)) {
          const m = /\s(?:named|called)\s+$/i.exec(before)!;
          g = { start: id.start - (before.length - m.index), end: id.end, insert: "" };
        } else if (/^\s+family\b/.test(text.slice(id.end, id.end + 8)) && /\b[Tt]he\s+$/.test(before)) {
          // "owned by the Halvorsen family" → "owned by a family"
          const the = /[Tt]he\s+$/.exec(before)!;
          const at = id.start - (before.length - the.index);
          g = { start: at, end: id.end, insert: cap(isFirst ? "a" : "the", at) };
        } else if (many) g = { start: id.start, end: id.end, insert: `${role === "client" ? "Client" : "Patient"} ${letter}` };
        else {
          const prevWord = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase();
          const article = prevWord === "the" || prevWord === "a" || prevWord === "an" || prevWord === "our" || prevWord === "my" || prevWord === "this";
          g = { start: id.start, end: id.end, insert: article ? role : cap(`${isFirst ? "a" : "the"} ${role}`, id.start) };
        }
        break;
      }
      case "age": g = generaliseAge(text, id, cap); p = { start: id.start, end: id.end, insert: "[age]" }; break;
      case "date": {
        if (id.labelStart !== undefined) { g = removal(text, id, cap); p = { start: id.start, end: id.end, insert: "[date]" }; break; }
        if (isFrench(id.block)) {
          const frPrep = /(?:^|\s)(le|du|au|en)\s+$/i.exec(before);
          g = frPrep ? { start: id.start - (before.length - frPrep.index - (frPrep[0].startsWith(" ") ? 1 : 0)), end: id.end, insert: "récemment" } : { start: id.start, end: id.end, insert: cap("récemment", id.start) };
          p = { start: id.start, end: id.end, insert: "[date]" };
          break;
        }
        const prep = /(?:^|\s)(on(?: the)?|in|at|during)\s+$/i.exec(before);
        if (prep) g = { start: id.start - (before.length - prep.index - (prep[0].startsWith(" ") ? 1 : 0)), end: id.end, insert: "recently" };
        else if (/\b(?:since|from|until|till|by|before|after)\s+$/i.test(before)) g = { start: id.start, end: id.end, insert: "a recent date" };
        else g = { start: id.start, end: id.end, insert: cap("recently", id.start) };
        p = { start: id.start, end: id.end, insert: "[date]" };
        break;
      }
      case "location": {
        const word = /^\p{L}+/u.exec(id.text)?.[0].toLowerCase() ?? "bed";
        if (/^(?:lit|chambre|salle|unité|civière)$/.test(word)) {
          // "la chambre 12" → "la chambre"; ", lit 4," → removed with its commas
          const num = /^\p{L}+\s*(?:n[°oº]\.?\s*)?/u.exec(id.text)![0];
          const art = /(?:^|[^\p{L}])(?:la|le|l['’]|du|au|de\s+la|à\s+la|sa|son)\s*$/iu.test(before);
          if (art) {
            let s0 = id.start + num.length;
            while (s0 > id.start && text[s0 - 1] === " ") s0--;
            g = { start: s0, end: id.end, insert: "" };
          } else g = removal(text, id, cap);
          p = { start: id.start, end: id.end, insert: "[lieu]" };
          break;
        }
        const noun = word === "rm" ? "room" : word;
        const prep = / (?:in|on|at|from) $/i.exec(text.slice(id.start - 6, id.start));
        if (noun !== "ward" && noun !== "unit" && prep) {
          // "the man in bed 4 was" → "the man was"; "in bed 12 of Ward 6B" → "on Ward 6B"
          const ofNext = /^ of (?=[Ww]ard|[Uu]nit)/.exec(text.slice(id.end, id.end + 10));
          g = ofNext ? { start: id.start - prep[0].length + 1, end: id.end + ofNext[0].length, insert: "on " } : { start: id.start - prep[0].length, end: id.end, insert: "" };
        } else g = { start: id.start, end: id.end, insert: cap(noun === "ward" || noun === "unit" ? `the ${noun}` : `a ${noun}`, id.start) };
        p = { start: id.start, end: id.end, insert: "[place]" };
        break;
      }
      case "hospital": {
        const the = /(?:^|[^\p{L}])([Tt]he)\s+$/u.exec(before);
        const s = the ? id.start - (before.length - before.lastIndexOf(the[1]!)) : id.start;
        g = { start: s, end: id.end, insert: cap("a hospital", s) };
        p = { start: id.start, end: id.end, insert: "[place]" };
        break;
      }
      case "town": {
        p = { start: id.start, end: id.end, insert: "[place]" };
        if (isFrench(id.block)) {
          // "à Rimouski" → "dans une ville voisine", "de Chicoutimi" → "d'une ville voisine"
          const prep = /(?:^|\s)(à|au|de|d['’]|près\s+de|près\s+d['’])\s*$/iu.exec(before);
          if (prep) {
            const ps = id.start - (before.length - prep.index - (prep[0].startsWith(" ") ? 1 : 0));
            const w = prep[1]!.toLowerCase();
            const ins = w === "à" || w === "au" ? "dans une ville voisine" : w.startsWith("près") ? "près d'une petite ville" : "d'une ville voisine";
            g = { start: ps, end: id.end, insert: ins };
          } else g = { start: id.start, end: id.end, insert: cap("une ville voisine", id.start) };
          p = { start: id.start, end: id.end, insert: "[lieu]" };
          break;
        }
        if (id.facility) {
          // "the Maple Grove nursing home" → "a local nursing home"
          const the = /(?:^|[^\p{L}])([Tt]he|[Aa])\s+$/u.exec(before);
          const s0 = the ? id.start - (before.length - before.lastIndexOf(the[1]!)) : id.start;
          g = { start: s0, end: id.end, insert: cap("a local", s0) };
          break;
        }
        const near = /\b(?:near|nearby|around)\s+$/i.test(before);
        g = { start: id.start, end: id.end, insert: cap(near ? "a small town" : "a nearby town", id.start) };
        break;
      }
      case "address": {
        if (/\b(?:at|to|from|outside|near)\s+$/i.test(before)) g = { start: id.start, end: id.end, insert: "their home" };
        else if (/\baddress(?:\s+(?:is|was))?:?\s+$/i.test(before)) g = { start: id.start, end: id.end, insert: "withheld" };
        else g = { start: id.start, end: id.end, insert: cap("a local address", id.start) };
        p = { start: id.start, end: id.end, insert: "[place]" };
        break;
      }
      case "url": {
        const link = doc.links.find((l) => l.start === id.start && l.end === id.end);
        if (link && link.kind === "markdown" && link.label && !/^https?:/i.test(link.label)) g = { start: id.start, end: id.end, insert: link.label };
        else g = removal(text, id, cap);
        p = { start: id.start, end: id.end, insert: "[link]" };
        break;
      }
      default: {
        g = removal(text, id, cap);
        const ph = id.kind === "phone" ? "[phone]" : id.kind === "email" ? "[email]" : "[id]";
        p = { start: id.start, end: id.end, insert: ph };
      }
    }
    return { generalise: g, placeholder: p };
  };
  const plan: RedactionPlan = {
    get(id) {
      let r = done.get(id);
      if (!r) { r = redactOne(id); done.set(id, r); }
      return r;
    },
    key(id) {
      if (id.kind !== "name") return "";
      const k = entityOf(id);
      return `${entityIndex.get(k)}|${entityRole.get(k)}|${first.has(id) ? 1 : 0}|${many ? 1 : 0}`;
    },
  };
  memo.set(doc, { ids, plan });
  return plan;
}

/** Removes an id number with its label and the punctuation that framed it. */
function removal(text: string, id: Identifier, cap: (s: string, at: number) => string): Edit {
  const ls = id.labelStart ?? id.start;
  const e = id.end;
  if (id.kind === "device" && id.labelStart !== undefined) {
    const between = text.slice(id.labelStart, id.start);
    // "the serial number on the generator: 7HX-42218." → "the serial number on the generator."
    const colon = /\s*[:=#]\s*$/.exec(between);
    if (colon && colon.index > 0 && /^[.!?;,)]|^\s*$/.test(text.slice(e, e + 1))) return { start: id.labelStart + colon.index, end: e, insert: "" };
    // "the pacemaker serial on our donor read PM4471902" → "… read (number removed)"
    if (/\b(?:read|reads|said|says)\s*$/i.test(between)) return { start: id.start, end: e, insert: "(number removed)" };
  }
  // "(880412-14-5566)", "(MRN 123)"
  if (text.slice(0, id.start).trimEnd().endsWith("(") && text.slice(e).trimStart().startsWith(")")) {
    let s = text.lastIndexOf("(", id.start);
    const close = text.indexOf(")", e) + 1;
    while (s > 0 && text[s - 1] === " ") s--;
    return { start: s, end: close, insert: "" };
  }
  const before = text.slice(Math.max(0, ls - 30), ls);
  // ", MRN 0049-2217" inside a list of details
  const comma = /,\s*$/.exec(before);
  if (comma) return { start: ls - (before.length - comma.index), end: e, insert: "" };
  // "his cell is 612-555-0148" → "his cell is withheld"
  if (/\b(?:is|was|are|were)\s+$|:\s*$/i.test(text.slice(Math.max(0, id.start - 6), id.start))) return { start: id.start, end: id.end, insert: "withheld" };
  // "MRN 123, fever" at the start of a sentence or list item
  if (/^,\s/.test(text.slice(e, e + 2)) && /(?:^|[.!?:]\s*|\n\s*(?:[-*+]\s*)?)$/.test(before)) return { start: ls, end: e + 2, insert: "" };
  // a label with its value mid-sentence: keep the label, drop the value ("the NHS number written on …")
  if (id.labelStart !== undefined) {
    let vs = id.start;
    while (vs > 0 && text[vs - 1] === " ") vs--;
    return { start: vs, end: id.end, insert: "" };
  }
  // "at https://…", "on 012-345 6789"
  const prep = /\s(?:at|on|via)\s*$/i.exec(before);
  if (prep) return { start: ls - (before.length - prep.index), end: e, insert: "" };
  return { start: ls, end: e, insert: cap("[removed]", ls) };
}

function generaliseAge(text: string, id: Identifier, cap: (s: string, at: number) => string): Edit {
  const age = id.age ?? 0;
  const sentence = text.slice(Math.max(0, id.start - 120), Math.min(text.length, id.end + 120));
  const titled = /(?:^|[^\p{L}])(?:(Mr|Mister|Monsieur|M|Encik|Pak\s?[Cc]ik|Pakcik|Tuan|Herr|Señor|Sr|Datuk|Dato|Haji|Atuk|Uncle)|(Mrs|Ms|Miss|Mme|Mlle|Madame|Mdm|Madam|Puan|Mak\s?[Cc]ik|Makcik|Cik|Datin|Hajjah|Hajah|Nenek|Auntie|Aunty|Señora|Sra|Frau))\.?\s+[\p{L}'’. -]{1,40}?\s*[,(]\s*$/u.exec(text.slice(Math.max(0, id.start - 50), id.start));
  const pron = id.sex === "F" || titled?.[2] ? "her" : id.sex === "M" || titled?.[1] ? "his" : /\b(?:she|her)\b/i.test(sentence) && !/\b(?:he|his|him)\b/i.test(sentence) ? "her" : /\b(?:he|his|him)\b/i.test(sentence) && !/\b(?:she|her)\b/i.test(sentence) ? "his" : "their";
  const band = age >= 90 ? "over 90" : age >= 20 ? `in ${pron} ${Math.floor(age / 10) * 10}s` : age >= 13 ? `in ${pron} teens` : "";
  if (id.sex) {
    const noun = age < 18 ? (id.sex === "M" ? "boy" : "girl") : id.sex === "M" ? "man" : "woman";
    const ins = age < 13 ? `a young ${noun}` : age < 18 ? `a teenage ${noun}` : `a ${noun} ${band}`;
    return { start: id.start, end: id.end, insert: cap(ins, id.start) };
  }
  if (/(?:year|yr|month|mo|week|wk|day)s?[-\s]old$/i.test(id.text) && !/years\s+old$/i.test(id.text)) {
    // attributive: "a 74-year-old retired lorry driver"
    const before = text.slice(Math.max(0, id.start - 4), id.start);
    const det = DET.exec(before);
    const start = det ? id.start - (before.length - before.lastIndexOf(det[1]!)) : id.start;
    // the noun phrase that follows (up to four words, stopping at a preposition or punctuation)
    const rest = text.slice(id.end);
    const words = /^((?:\s+[\p{L}'’-]+){1,4})/u.exec(rest)?.[1] ?? "";
    const parts = words.trim().split(/\s+/).filter(Boolean);
    const np: string[] = [];
    for (const w of parts) { if (NP_STOP.test(w)) break; np.push(w); }
    const npText = np.join(" ");
    const npEnd = id.end + (npText ? rest.indexOf(npText) + npText.length : 0);
    const animal = ANIMAL.test(npText);
    let ins: string;
    if (age < 1) ins = npText ? `a young ${npText}` : "a baby";
    else if (age < 13) ins = npText ? (animal ? `a ${npText}` : `a young ${npText}`) : "a young child";
    else if (age < 18) ins = npText ? (animal ? `a ${npText}` : `a teenage ${npText}`) : "a teenager";
    else if (animal) ins = `${/^[aeiou]/i.test(npText) ? "an" : "a"} ${npText}`;
    else ins = npText ? `${/^[aeiou]/i.test(npText) ? "an" : "a"} ${npText} ${band}` : age >= 90 ? "someone over 90" : `someone ${band.replace(/their|his|her/, "their")}`;
    if (!det) ins = ins.replace(/^(?:an?|someone)\s+/, "");
    return { start, end: npEnd, insert: cap(ins || "someone", start) };
  }
  if (/\s(?:ans|mois|semaines)$/.test(id.text)) {
    const fr = ["", "", "vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "soixante-dizaine", "quatre-vingtaine", "quatre-vingt-dizaine"];
    const before = text.slice(Math.max(0, id.start - 30), id.start);
    // "âgée de 84 ans" → "dans la quatre-vingtaine"; "une patiente de 92 ans" → "une patiente de plus de 90 ans"
    const agedDe = /(?:^|[^\p{L}])([ÂâAa]gée?s?\s+de\s+)$/u.exec(before);
    const de = /(?:^|[^\p{L}])(de\s+)$/u.exec(before);
    const start = agedDe ? id.start - agedDe[1]!.length : id.start;
    if (age >= 90) return { start: id.start, end: id.end, insert: "plus de 90 ans" };
    if (age >= 20) return { start: de && !agedDe ? id.start - de[1]!.length : start, end: id.end, insert: `dans la ${fr[Math.floor(age / 10)]}` };
    // a child: "un bébé de 3 semaines" → "un bébé"; "Léa, 6 ans," → "jeune"
    if (de || agedDe) {
      let s0 = agedDe ? start : id.start - de![1]!.length;
      while (s0 > 0 && text[s0 - 1] === " ") s0--;
      return { start: s0, end: id.end, insert: "" };
    }
    return { start: id.start, end: id.end, insert: age >= 13 ? "adolescent" : "jeune" };
  }
  // predicative: "aged 91", "is 58 years old", "58 yo"
  const ins = age >= 13 ? band : age >= 5 ? "in childhood" : age >= 1 ? "in early childhood" : "in infancy";
  return { start: id.start, end: id.end, insert: cap(ins, id.start) };
}

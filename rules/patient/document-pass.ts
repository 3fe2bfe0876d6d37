/**
 * The document pass of the patient analysis: which blocks are patient context (quotes with their
 * citation, stories that go on into the next paragraph, tables and lists of patients), the
 * identifiers kept in them, later mentions of a patient's name, and the encounter narratives.
 * It walks the per-block analyses of ./analysis.ts (cached by block text) and is memoised per
 * parsed document, so patient.identifier, patient.encounter, patient.contact and patient.image share it.
 */
import type { Block, DocumentDiff, DocumentModel, LinkRef } from "../../shared/src/document.js";
import type { Pack } from "../../shared/src/pack.js";
import { analyseBlock, altCandidates, besideNarrative, entityKey, ownClause, ALT_WORD, BLOCK_CACHE_LIMIT, OWN_BEFORE, type BlockAnalysis, type Candidate, type SentenceInfo } from "./analysis.js";
import { allMatches } from "../../shared/src/text.js";
import { FAMOUS_RE, NOT_NAMES, PATIENT_LINK_HOSTS, PICK_ONE, TITLE_BEFORE, TITLE_NAME, TITLE_PREFIX } from "./lexicon.js";
import { scoreClinical, isClinical } from "../image/clinical.js";

/* ------------------------------------------------------------ document pass */

export interface Identifier extends Candidate {
  block: Block;
  text: string;
}

export interface Narrative { start: number; end: number; identifiers: Identifier[] }

/** Every field of a Candidate, present (a field added to Candidate must be copied in toIdentifier: the compiler checks). */
type AllFields<T> = { [K in keyof Required<T>]: unknown };
function toIdentifier(c: Candidate, b: Block, text: string): Identifier {
  const start = b.start + c.start, end = b.start + c.end;
  const id: AllFields<Candidate> & { block: Block; text: string } = {
    kind: c.kind, start, end, labelStart: c.labelStart !== undefined ? b.start + c.labelStart : undefined, intrinsic: c.intrinsic, entity: c.entity,
    age: c.age, sex: c.sex, own: c.own, sentence: c.sentence, bare: c.bare, idName: c.idName, facility: c.facility, block: b, text: text.slice(start, end),
  };
  return id as unknown as Identifier;
}

export interface DocumentAnalysis {
  identifiers: Identifier[];
  narratives: Narrative[];
  /** Per block (same indices as doc.blocks): whether the block is in patient context. */
  context: boolean[];
}

const docCache = new WeakMap<DocumentModel, PassState>();

/* ------------------------------------------- the pack's own identifier formats */

interface PackMatcher { patterns: { name: string; re: RegExp; label: RegExp }[]; blocks: Map<string, Candidate[]> }
const packMatchers = new WeakMap<Pack, PackMatcher | null>();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The active pack's `identifierPatterns`, compiled once per pack (the loader has checked them with safe-regex). */
function packMatcher(pack: Pack | undefined): PackMatcher | null {
  if (!pack?.identifierPatterns?.length) return null;
  const hit = packMatchers.get(pack);
  if (hit !== undefined) return hit;
  const patterns: PackMatcher["patterns"] = [];
  for (const p of pack.identifierPatterns) {
    try {
      const flags = [...new Set(("g" + (p.flags ?? "")).replace(/[y]/g, ""))].join("");
      const words = p.name.trim().split(/\s+/);
      const alts = [p.name.trim(), words.slice(-2).join(" "), words[0]!, "MRN", "ID", "number", "no\\.?", "#"].map((a, i) => (i < 3 ? escapeRe(a) : a)).join("|");
      const label = new RegExp(`(?:^|[^\\p{L}])((?:${alts.replace(/ /g, "\\s+")})(?:\\s*(?:number|no\\.?|#|id|:|is|was)){0,2}\\s*)$`, "iu");
      patterns.push({ name: p.name, re: new RegExp(p.pattern, flags), label });
    } catch { /* an invalid pattern is reported by the pack loader; skip it here */ }
  }
  const m = patterns.length ? { patterns, blocks: new Map<string, Candidate[]>() } : null;
  packMatchers.set(pack, m);
  return m;
}

/** Candidates for the pack's identifier formats in one block (cached per pack and block). */
function packCandidates(pm: PackMatcher, block: Block, a: BlockAnalysis): Candidate[] {
  const hit = pm.blocks.get(block.key);
  if (hit) return hit;
  const text = block.text;
  const out: Candidate[] = [];
  for (const p of pm.patterns) {
    p.re.lastIndex = 0;
    for (const m of allMatches(p.re, text)) {
      if (!m[0]) continue;
      const s = m.index, e = s + m[0].length;
      if (out.some((o) => s < o.end && o.start < e)) continue;
      const before = text.slice(Math.max(0, s - 60), s);
      const label = p.label.exec(before);
      const labelStart = label ? s - label[1]!.length : undefined;
      const sentence = Math.max(0, a.sentences.findIndex((x) => s < x.end));
      out.push({ kind: "id", start: s, end: e, labelStart, sentence, idName: p.name, own: OWN_BEFORE.test(before) });
    }
  }
  if (pm.blocks.size >= BLOCK_CACHE_LIMIT) pm.blocks.delete(pm.blocks.keys().next().value!);
  pm.blocks.set(block.key, out);
  return out;
}

/** A block's candidates that count as identifiers (relative offsets), and the name tokens they add. */
interface KeptCandidates { candidates: Candidate[]; tokens: string[] }
/**
 * The candidates of a (not cited) block that are identifiers: a function of the block's analysis
 * (its text), the pack's candidates for it and whether the block is in patient context, so it is
 * cached on the analysis (the same object for the same block text) and a keystroke filters only
 * the edited block.
 */
const keptCache = new WeakMap<BlockAnalysis, { extra: Candidate[] | undefined; context: boolean; kept: KeptCandidates }[]>();
function keptCandidates(b: Block, a: BlockAnalysis, pm: PackMatcher | null, context: boolean): KeptCandidates {
  const extra = pm ? packCandidates(pm, b, a) : undefined;
  let entries = keptCache.get(a);
  if (entries) for (const en of entries) if (en.extra === extra && en.context === context) return en.kept;
  const pmList = extra ?? [];
  const cands = pmList.length ? [...pmList, ...a.candidates.filter((c) => !pmList.some((x) => c.start < x.end && x.start < c.end))].sort((x, y) => x.start - y.start) : a.candidates;
  const kept: KeptCandidates = { candidates: [], tokens: [] };
  for (const c of cands) {
    if (c.own) continue;
    const s = a.sentences[c.sentence];
    if (s?.own) continue;
    if (!context && !c.intrinsic) continue;
    if (c.kind === "name" && /^\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?$/u.test(b.text.slice(c.start, c.end)) && !s?.narrative) continue;
    kept.candidates.push(c);
    if (c.kind === "name" && c.entity) for (const tok of c.entity.split(" ")) if (tok.length >= 3) kept.tokens.push(tok);
  }
  if (!entries) keptCache.set(a, (entries = []));
  if (entries.length >= 8) entries.shift();
  entries.push({ extra, context, kept });
  return kept;
}

/** Patient identifiers and encounter narratives for a document (memoised per parsed document and pack). */
export function analyseDocument(doc: DocumentModel, pack?: Pack, previous?: PreviousDocument, late?: () => boolean): DocumentAnalysis {
  const hit = docCache.get(doc);
  if (hit && hit.pack === pack) return hit.result;
  const before = previous && docCache.get(previous.doc);
  const state = (before && before.pack === pack && afterEdit(doc, previous!, before)) || fullPass(doc, pack, late);
  // a pass cut short by the lint's deadline is used once, never kept or carried to the next lint
  if (!state.partial) docCache.set(doc, state);
  return state.result;
}

/** What a block that was not analysed (the lint ran out of time) contributes: nothing. */
const NOT_ANALYSED: BlockAnalysis = { candidates: [], sentences: [], citationLine: false, cited: false, vignette: false, famous: false, clinical: false, family: false, notOurs: false, fiction: false };

/** The analysis already made for `doc` with `pack`, if any (never computes one). */
export function cachedAnalysis(doc: DocumentModel, pack?: Pack): DocumentAnalysis | undefined {
  const hit = docCache.get(doc);
  return hit && hit.pack === pack ? hit.result : undefined;
}

/** The previous model of an edited document and how its blocks map (the engine's `ctx.previous`). */
export interface PreviousDocument { doc: DocumentModel; diff: DocumentDiff }

/** The stretch of the previous model's text an edit re-parsed, [lo, hiOld), and how far the text after it moved. */
export function editedStretch(previous: PreviousDocument): { lo: number; hiOld: number; delta: number } {
  const { diff, doc } = previous;
  const old = doc.blocks;
  const lo = diff.prefixBlocks > 0 ? old[diff.prefixBlocks - 1]!.end : 0;
  const hiOld = diff.suffixBlocks > 0 ? old[old.length - diff.suffixBlocks]!.start : doc.text.length;
  return { lo, hiOld, delta: diff.delta };
}

/**
 * What a pass leaves for the next keystroke: the cross-block flags and each block's identifiers,
 * so that an edit which changes no block's signature re-derives only the edited blocks.
 */
interface PassState {
  pack: Pack | undefined;
  /** Cut short by the deadline: some blocks were not analysed. */
  partial?: boolean;
  result: DocumentAnalysis;
  analyses: BlockAnalysis[];
  cited: boolean[];
  scene: boolean[];
  /** List items whose list is about patients (their leading name and age are identifiers). */
  itemRole: boolean[];
  /** Per block: its own identifiers (kept candidates, scene hospitals, table and list cells). */
  blockOwn: Identifier[][];
  /** Per block: its own identifiers and later mentions of a patient's name in it. */
  blockIds: Identifier[][];
  /** Per block: the patient-name tokens it adds. */
  blockTokens: string[][];
  entities: Set<string>;
}

function fullPass(doc: DocumentModel, pack: Pack | undefined, late?: () => boolean): PassState {
  const blocks = doc.blocks;
  // on a huge document the block analysis stops at the lint's deadline (checked every 64 blocks)
  let partial = false;
  const analyses = blocks.map((b, i) => {
    if (!partial && late && (i & 63) === 63 && late()) partial = true;
    return partial ? NOT_ANALYSED : analyseBlock(b);
  });
  const pm = packMatcher(pack);
  const n = blocks.length;

  // Cited material: a quote run followed by a citation line; famous/historical sections.
  const cited = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!, a = analyses[i]!;
    if (a.famous || a.notOurs || (a.cited && !a.sentences.some((s) => s.narrative && /\b(?:I|we|my|our)\b/i.test(b.text.slice(s.start, s.end))))) cited[i] = true;
    if (a.citationLine) {
      cited[i] = true;
      // the quote (or the paragraph) just before the citation line is cited material
      for (let j = i - 1; j >= 0; j--) {
        const p = blocks[j]!;
        if (p.kind === "heading") break;
        if (b.inQuote && !p.inQuote) break;
        cited[j] = true;
        if (!p.inQuote) break;
      }
    }
  }
  // a heading naming a famous case or a historical year marks its section as historical
  let historical = false;
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!;
    if (b.kind === "heading") historical = analyses[i]!.famous || /\((?:1[5-9]\d{2}|19[0-8]\d)\)/.test(b.text) || /\b(?:history|historical|famous|textbook) (?:cases?|patients?)\b/i.test(b.text);
    else if (historical) cited[i] = true;
  }
  // quoted blocks with a vignette question or policy text are never the author's encounter
  for (let i = 0; i < n; i++) if (blocks[i]!.inQuote && (analyses[i]!.vignette || !analyses[i]!.sentences.some((s) => s.narrative))) cited[i] = cited[i] || analyses[i]!.vignette;
  // a text that says it is fiction ("Every character, place and event is invented") tells of no real patient
  if (analyses.some((a) => a.fiction)) cited.fill(true);

  // Patient context per block: its own narrative sentences, or a continuation of the previous narrative.
  const context = new Array<boolean>(n).fill(false);
  /** Blocks where a patient story starts or goes on by itself (not only by continuation). */
  const storyStart = new Array<boolean>(n).fill(false);
  const narratives: Narrative[] = [];
  let open: Narrative | undefined;
  let prevNarrative = -2;
  let headingClinical = false;
  for (let i = 0; i < n; i++) {
    const b = blocks[i]!, a = analyses[i]!;
    if (cited[i]) { open = undefined; continue; }
    if (b.kind === "heading") headingClinical = a.clinical;
    // a weak narrative ("a man" + a time cue) needs clinical words nearby; "She was admitted" right
    // after a paragraph about the author's grandmother is family news
    const clinicalNear = a.clinical || headingClinical || (i > 0 && analyses[i - 1]!.clinical);
    const familyBefore = i > 0 && analyses[i - 1]!.family && blocks[i - 1]!.kind !== "heading";
    const isNarrative = (s: SentenceInfo, k: number) => s.narrative && !(s.weak && !clinicalNear) && !(s.pronounOnly && familyBefore && !a.sentences.slice(0, k).some((x) => x.narrative));
    const first = a.sentences.findIndex(isNarrative);
    // the story goes on in the next paragraph, or past one short block (an image, "[Scene 3: close-up]")
    const adjacent = prevNarrative === i - 1 || (prevNarrative >= 0 && prevNarrative === i - 2 && minorBlock(blocks[i - 1]!, analyses[i - 1]!));
    const continues = open !== undefined && adjacent && b.kind === "paragraph" && !b.inList
      && a.sentences.some((s) => s.pronoun) && !a.sentences.some((s) => s.own);
    if (first >= 0) {
      context[i] = true;
      storyStart[i] = true;
      const start = b.start + a.sentences[first]!.start;
      if (open && prevNarrative === i - 1 && b.kind === "paragraph" && !b.inList) open.end = b.end;
      else { open = { start, end: b.end, identifiers: [] }; narratives.push(open); }
      prevNarrative = i;
    } else if (continues) {
      context[i] = true;
      open!.end = b.end;
      prevNarrative = i;
    } else if (b.kind === "heading") {
      open = undefined;
    }
  }

  // Tables and lists whose rows or items are patients are one unit of patient context.
  const rows: { start: number; end: number }[] = [];
  const itemRole = new Array<boolean>(n).fill(false);
  const extra = groupContext(doc, blocks, analyses, context, cited, rows, itemRole);
  // "The enoxaparin one scared me a bit" right after a table of patients: a story about one of its rows
  for (let i = 1; i < n; i++) {
    const b = blocks[i]!;
    if (context[i] || cited[i] || b.kind !== "paragraph" || b.inList || blocks[i - 1]!.kind !== "tableCell" || !context[i - 1]) continue;
    if (!PICK_ONE.test(b.text)) continue;
    context[i] = true;
    narratives.push({ start: b.start + (b.text.length - b.text.trimStart().length), end: b.end, identifiers: [] });
    narratives.sort((x, y) => x.start - y.start);
  }
  if (rows.length) {
    for (const r of rows) {
      // one narrative per row: the row absorbs the cell sentences already read as stories
      const merged: Narrative = { start: r.start, end: r.end, identifiers: [] };
      for (let k = narratives.length - 1; k >= 0; k--) {
        const nr = narratives[k]!;
        if (nr.start < r.end && r.start < nr.end) {
          merged.start = Math.min(merged.start, nr.start); merged.end = Math.max(merged.end, nr.end);
          narratives.splice(k, 1);
        }
      }
      narratives.push(merged);
    }
    narratives.sort((x, y) => x.start - y.start);
  }
  // The block that sets the scene of a story ("First clinical day at Hospital Ampang!" before the
  // story): the hospital it names is where the patient was.
  const scene = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    if (context[i] || cited[i] || blocks[i]!.inList || analyses[i]!.family) continue;
    let j = i + 1;
    if (j < n && !context[j] && minorBlock(blocks[j]!, analyses[j]!)) j++;
    if (j < n && storyStart[j] && blocks[j]!.kind === "paragraph" && !blocks[j]!.inList) scene[i] = true;
  }

  // Identifiers: candidates in patient context (or intrinsically about a patient), not the author's own.
  const blockOwn: Identifier[][] = new Array(n);
  const blockTokens: string[][] = new Array(n);
  const entities = new Set<string>();
  for (let i = 0; i < n; i++) {
    const [ids, tokens] = blockIdentifiers(doc, i, analyses[i]!, pm, context[i]!, cited[i]!, scene[i]!, extra.get(i));
    blockOwn[i] = ids;
    blockTokens[i] = tokens;
    for (const t of tokens) entities.add(t);
  }
  let blockIds = blockOwn;
  if (entities.size) {
    const scan = entityScan([...entities].sort().join("|"));
    blockIds = blockOwn.map((own, i) => (cited[i] ? own : withMentions(doc, blocks[i]!, own, scan)));
  }
  const state: PassState = { pack, partial, result: { identifiers: [], narratives, context }, analyses, cited, scene, itemRole, blockOwn, blockIds, blockTokens, entities };
  finish(doc, state);
  return state;
}

/**
 * The pass after an edit, from the previous one, when the edit changed no block's signature (the
 * flags the cross-block logic reads), nor the block count, nor the patient names: then every
 * cross-block flag is what it was, and only the edited blocks' identifiers are derived again (and
 * the next block's, whose name mentions look back past its start). Undefined when it does not apply.
 */
function afterEdit(doc: DocumentModel, previous: PreviousDocument, before: PassState): PassState | undefined {
  const { diff } = previous;
  const blocks = doc.blocks, old = previous.doc.blocks;
  const n = blocks.length;
  if (diff.previousBlocks !== old.length || old.length !== n || before.analyses.length !== n) return undefined;
  const from = diff.prefixBlocks, to = n - diff.suffixBlocks;
  if (from > to) return undefined;
  const analyses = before.analyses.slice();
  for (let i = from; i < to; i++) {
    const b = blocks[i]!, ob = old[i]!;
    if (b.kind === "tableCell" || ob.kind === "tableCell") return undefined;
    const a = analyseBlock(b);
    if (signature(b, a) !== signature(ob, before.analyses[i]!)) return undefined;
    analyses[i] = a;
  }
  const { context, narratives: oldNarratives } = before.result;
  const { cited, scene, itemRole } = before;
  const pm = packMatcher(before.pack);
  const blockOwn = before.blockOwn.slice(), blockIds = before.blockIds.slice(), blockTokens = before.blockTokens.slice();
  for (let i = from; i < to; i++) {
    const [ids, tokens] = blockIdentifiers(doc, i, analyses[i]!, pm, context[i]!, cited[i]!, scene[i]!, itemRole[i] ? nonEmpty(groupCandidates(blocks[i]!, "item")) : undefined);
    if (!sameTokens(tokens, before.blockTokens[i]!)) return undefined;
    blockOwn[i] = ids;
    blockTokens[i] = tokens;
  }
  // blocks after the edit keep their identifiers, moved with them
  const delta = diff.delta;
  const move = (ids: Identifier[], b: Block) => (ids.length ? ids.map((id) => moveIdentifier(id, delta, b)) : ids);
  for (let i = to; i < n; i++) {
    const b = blocks[i]!;
    if (delta === 0 && b === old[i]) continue;
    blockOwn[i] = move(before.blockOwn[i]!, b);
    blockIds[i] = before.blockIds[i] === before.blockOwn[i] ? blockOwn[i]! : move(before.blockIds[i]!, b);
  }
  // name mentions in the edited blocks and the next one (whose check for "Dr" looks back past its start)
  const redo = Math.min(n, to + 1);
  const entities = before.entities;
  const scan = entities.size ? entityScan([...entities].sort().join("|")) : undefined;
  for (let i = from; i < redo; i++) blockIds[i] = scan && !cited[i] ? withMentions(doc, blocks[i]!, blockOwn[i]!, scan) : blockOwn[i]!;
  // narratives: the same spans, moved; an end inside an edited block is found again by its sentence
  const oldStart = from > 0 ? old[from - 1]!.end : 0, oldEnd = to < n ? old[to]!.start : previous.doc.text.length;
  const map = (x: number): number | undefined => {
    if (x <= oldStart) return x;
    if (x >= oldEnd) return x + delta;
    for (let i = from; i < to; i++) {
      const ob = old[i]!, b = blocks[i]!;
      if (x < ob.start || x > ob.end) continue;
      if (x === ob.end) return b.end;
      if (x === ob.start + leadingSpace(ob.text)) return b.start + leadingSpace(b.text);
      const k = before.analyses[i]!.sentences.findIndex((sn) => ob.start + sn.start === x);
      if (k >= 0) return b.start + analyses[i]!.sentences[k]!.start;
    }
    return undefined;
  };
  const narratives: Narrative[] = [];
  for (const nr of oldNarratives) {
    const s = map(nr.start), e = map(nr.end);
    if (s === undefined || e === undefined) return undefined;
    narratives.push({ start: s, end: e, identifiers: [] });
  }
  const state: PassState = { pack: before.pack, result: { identifiers: [], narratives, context }, analyses, cited, scene, itemRole, blockOwn, blockIds, blockTokens, entities };
  finish(doc, state);
  return state;
}

/** Images and links (re-read every pass: they are few), the sorted identifier list, and each narrative's identifiers. */
function finish(doc: DocumentModel, state: PassState): void {
  const { blockIds, entities, cited, result } = state;
  const { context, narratives } = result;
  const blocks = doc.blocks;
  const identifiers: Identifier[] = [];
  for (const ids of blockIds) for (const id of ids) identifiers.push(id);
  // a patient's name again in an image's alt text ("![Uncle Tan practising sit-to-stand](…)")
  if (entities.size && doc.images.length) {
    for (const im of doc.images) {
      if (!im.alt || !/\p{Lu}/u.test(im.alt)) continue;
      const at = doc.text.indexOf(im.alt, im.start);
      if (at < 0 || at + im.alt.length > im.end) continue;
      for (const m of allMatches(ALT_WORD, im.alt)) {
        if (!entities.has(m[0].toLowerCase())) continue;
        let s = at + m.index;
        const e = s + m[0].length;
        if (/\b(?:Dr|Prof|Professor|Doctor|Nurse|Sister)\.?\s*$/.test(im.alt.slice(Math.max(0, m.index - 12), m.index))) continue;
        const title = TITLE_BEFORE.exec(im.alt.slice(Math.max(0, m.index - 14), m.index));
        if (title) s -= title[0].length;
        const bi = Math.max(0, blockAt(blocks, im.start, im.end));
        if (!blocks[bi]) continue;
        identifiers.push({ kind: "name", start: s, end: e, entity: m[0].toLowerCase(), sentence: 0, block: blocks[bi]!, text: doc.text.slice(s, e) });
      }
    }
  }
  // a titled name in the alt text of a clinical image ("![Fundus photo, right eye, Uncle Raju from the Thursday clinic](…)"):
  // the patient in the photo, even when the text never names them
  if (doc.images.length) {
    for (const im of doc.images) {
      if (!im.alt || !/\p{Lu}\p{Ll}*\.?\s+\p{Lu}/u.test(im.alt)) continue;
      const at = doc.text.indexOf(im.alt, im.start);
      if (at < 0 || at + im.alt.length > im.end) continue;
      let clinical: boolean | undefined;
      for (const m of allMatches(TITLE_NAME, im.alt)) {
        const tp = TITLE_PREFIX.exec(m[0]);
        const namePart = tp ? m[0].slice(tp[0].length) : m[0];
        if (!namePart || namePart.length < 2 || NOT_NAMES.has(namePart.split(/\s+/)[0]!.replace(/\.$/, "")) || FAMOUS_RE.test(namePart)) continue;
        const s = at + m.index, e = s + m[0].length;
        if (identifiers.some((x) => s < x.end && x.start < e)) continue;
        clinical ??= isClinical(scoreClinical(im.alt));
        if (!clinical) break;
        const bi = Math.max(0, blockAt(blocks, im.start, im.end));
        if (!blocks[bi] || cited[bi]) continue;
        identifiers.push({ kind: "name", start: s, end: e, entity: entityKey(namePart), sentence: 0, block: blocks[bi]!, text: doc.text.slice(s, e) });
      }
    }
  }
  // bed numbers, ages, dates and ids in the alt text of an image beside a patient's story ("Radiographie du bassin, lit 14")
  if (narratives.length && doc.images.length) {
    for (const im of doc.images) {
      if (!im.alt || !/\d/.test(im.alt)) continue;
      const cands = altCandidates(im.alt);
      if (!cands.length) continue;
      const at = doc.text.indexOf(im.alt, im.start);
      if (at < 0 || at + im.alt.length > im.end) continue;
      const nr = besideNarrative(doc.text, im.start, im.end, narratives);
      if (!nr) continue;
      const bi = blockAt(blocks, nr.start, nr.start + 1);
      if (bi < 0 || cited[bi]) continue;
      const b = blocks[bi]!, shift = at - b.start;
      for (const c of cands) {
        const s = at + c.start, e = at + c.end;
        if (identifiers.some((x) => s < x.end && x.start < e)) continue;
        identifiers.push(toIdentifier({ ...c, start: c.start + shift, end: c.end + shift, labelStart: c.labelStart !== undefined ? c.labelStart + shift : undefined }, b, doc.text));
      }
    }
  }
  // links, URLs and linked e-mail addresses inside patient context
  for (const l of doc.links) {
    if (l.kind === "definition" || l.kind === "wikilink") continue;
    const bi = blockAt(blocks, l.start, l.end);
    if (bi < 0 || !context[bi] || cited[bi]) continue;
    if (/^mailto:/i.test(l.url) || /^[^\s@/:]+@[^\s@/]+\.[a-z]{2,}$/i.test(l.url)) {
      const b = blocks[bi]!;
      const rel = l.start - b.start;
      if (!OWN_BEFORE.test(b.text.slice(Math.max(0, rel - 60), Math.max(0, rel)))) identifiers.push({ kind: "email", start: l.start, end: l.end, sentence: 0, block: b, text: doc.text.slice(l.start, l.end) });
      continue;
    }
    if (!isPatientLink(l, entities)) continue;
    identifiers.push({ kind: "url", start: l.start, end: l.end, sentence: 0, block: blocks[bi]!, text: doc.text.slice(l.start, l.end) });
  }
  identifiers.sort((x, y) => x.start - y.start);
  // narratives and identifiers are both sorted by start: one forward walk
  let k = 0;
  for (const nr of narratives) {
    while (k < identifiers.length && identifiers[k]!.start < nr.start) k++;
    const list: Identifier[] = [];
    for (let j = k; j < identifiers.length && identifiers[j]!.start < nr.end; j++) if (identifiers[j]!.end <= nr.end) list.push(identifiers[j]!);
    nr.identifiers = list;
  }
  result.identifiers = identifiers;
}

/** One block's identifiers (kept candidates, the scene's hospital, table and list cells) and the name tokens they add. */
function blockIdentifiers(doc: DocumentModel, i: number, a: BlockAnalysis, pm: PackMatcher | null, context: boolean, cited: boolean, scene: boolean, more: Candidate[] | undefined): [Identifier[], string[]] {
  if (cited) return [[], []];
  const b = doc.blocks[i]!;
  const ids: Identifier[] = [];
  const kept = keptCandidates(b, a, pm, context);
  for (const c of kept.candidates) ids.push(toIdentifier(c, b, doc.text));
  let tokens = kept.tokens;
  if (scene) {
    for (const c of a.candidates) {
      const si = a.sentences[c.sentence];
      // the scene's hospital, a local facility's town, a room or theatre number ("live from OR 7"), a month in a heading ("One afternoon in July")
      if ((c.kind !== "hospital" && !(c.kind === "town" && c.facility) && c.kind !== "location" && !(c.kind === "date" && b.kind === "heading")) || c.own || si?.own) continue;
      // "my first night as a sub-intern at X Medical Center": the author's own workplace, not the story's
      if (ownClause(b.text, c.start, si?.start ?? 0, si?.end ?? b.text.length, c.end)) continue;
      if (kept.candidates.some((k) => k.start < c.end && c.start < k.end)) continue;
      ids.push(toIdentifier(c, b, doc.text));
    }
  }
  if (more) {
    for (const c of more) {
      if (kept.candidates.some((k) => k.start < c.end && c.start < k.end)) continue;
      ids.push(toIdentifier(c, b, doc.text));
      if (c.kind === "name" && c.entity) {
        if (tokens === kept.tokens) tokens = tokens.slice();
        for (const tok of c.entity.split(" ")) if (tok.length >= 3) tokens.push(tok);
      }
    }
  }
  return [ids, tokens];
}

/** A block's identifiers plus later bare mentions of a patient's name in it. */
function withMentions(doc: DocumentModel, b: Block, own: Identifier[], scan: (b: Block) => [number, string][]): Identifier[] {
  const found = scan(b);
  if (!found.length) return own;
  const out = own.slice();
  for (const [ms, word] of found) {
    let s = b.start + ms;
    const e = s + word.length;
    if (own.some((id) => s < id.end && id.start < e)) continue;
    // the block's text is the prose from its start (and s lies in the block): no slice of the whole prose
    const title = TITLE_BEFORE.exec(b.text.slice(Math.max(0, ms - 14), ms));
    if (title) s -= title[0].length;
    if (/\b(?:Dr|Prof|Professor|Doctor|Nurse|Sister)\.?\s*$/.test(doc.prose.slice(Math.max(0, s - 12), s))) continue;
    out.push({ kind: "name", start: s, end: e, entity: word.toLowerCase(), sentence: 0, block: b, text: doc.text.slice(s, e) });
  }
  return out;
}

/** An identifier moved with its block (a literal with every field: much faster than a spread, and this runs for every identifier after an edit). */
function moveIdentifier(id: Identifier, by: number, block: Block): Identifier {
  const moved: AllFields<Candidate> & { block: Block; text: string } = {
    kind: id.kind, start: id.start + by, end: id.end + by, labelStart: id.labelStart !== undefined ? id.labelStart + by : undefined, intrinsic: id.intrinsic, entity: id.entity,
    age: id.age, sex: id.sex, own: id.own, sentence: id.sentence, bare: id.bare, idName: id.idName, facility: id.facility, block, text: id.text,
  };
  return moved as unknown as Identifier;
}

const nonEmpty = <T>(xs: T[]): T[] | undefined => (xs.length ? xs : undefined);
const leadingSpace = (t: string) => t.length - t.trimStart().length;
function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const signatures = new WeakMap<BlockAnalysis, string>();
/**
 * Everything the cross-block logic reads from a block, as a string: its kind and nesting, the
 * analysis flags, each sentence's story flags, and the text tests made on it (a citation by the
 * author, a historical heading, a lead-in to a patient list, "the X one" after a table, a short
 * interlude). Two blocks with the same signature play the same part in the document pass.
 */
function signature(b: Block, a: BlockAnalysis): string {
  let sig = signatures.get(a);
  if (sig === undefined) {
    const t = b.text;
    const tests = [
      a.cited && !a.sentences.some((sn) => sn.narrative && /\b(?:I|we|my|our)\b/i.test(t.slice(sn.start, sn.end))),
      b.kind === "heading" && (/\((?:1[5-9]\d{2}|19[0-8]\d)\)/.test(t) || /\b(?:history|historical|famous|textbook) (?:cases?|patients?)\b/i.test(t)),
      b.kind === "paragraph" && GROUP_INTRO.test(t.trimEnd()),
      b.kind === "paragraph" && PICK_ONE.test(t),
      minorBlock(b, a),
      a.candidates.length > 0, a.citationLine, a.cited, a.vignette, a.famous, a.clinical, a.family, a.notOurs, a.fiction,
    ];
    sig = tests.map((x) => (x ? 1 : 0)).join("");
    for (const sn of a.sentences) sig += `|${sn.narrative ? 1 : 0}${sn.own ? 1 : 0}${sn.pronoun ? 1 : 0}${sn.weak ? 1 : 0}${sn.pronounOnly ? 1 : 0}`;
    signatures.set(a, sig);
  }
  return `${b.kind}${b.inQuote ? "q" : ""}${b.inList ? "l" : ""}${b.callout ?? ""}|${sig}`;
}

/** A short block inside a story: an image, a stage direction ("[Scene 3: close-up]"), a divider. */
function minorBlock(b: Block, a: BlockAnalysis): boolean {
  if (b.kind !== "paragraph" || a.candidates.length > 0 || a.sentences.some((s) => s.own || s.narrative)) return false;
  const t = b.text.trim();
  return t.length < 60 && !/[.!?]\s+\p{Lu}/u.test(t);
}

/* --------------------------------------------- tables and lists of patients */

/** Header cells of a table whose rows are patients. */
const COL_NAME = /^(?:(?:the\s+)?patient(?:['’]s)?(?:\s+name)?|(?:full\s+|first\s+)?names?|pt|initials|client(?:\s+name)?|owner(?:\s*\/\s*client)?|client\s*\/\s*owner|resident|child|baby|mother|mum|mom|animal(?:\s+name)?|pet(?:\s+name)?|patiente?|nom|nom du patient)$/i;
const COL_AGE = /^(?:age|age\s*\/\s*(?:sex|gender)|(?:sex|gender)\s*\/\s*age|a\s*\/\s*s|yrs|years|dob|date of birth|âge|âge\s*\/\s*sexe|ddn)$/i;
const COL_BED = /^(?:bed(?:\s*(?:no\.?|number|#))?|room|rm|bay|ward|bed\s*\/\s*ward|ward\s*\/\s*bed|cubicle|kennel|stall|cage|lit|chambre|location)$/i;
const COL_DX = /^(?:(?:working\s+|admitting\s+|main\s+)?diagnos[ie]s|dx|problems?|presenting\s+(?:complaint|problem)|(?:chief\s+)?complaint|condition|reason(?:\s+for\s+(?:admission|visit))?|issues?|impression|procedure|operation|surgery|diagnostic|motif)$/i;
const COL_ID = /^(?:mrn|hospital\s+(?:no\.?|number)|ic|nric|record(?:\s+no\.?)?|chart(?:\s+no\.?)?|urn?|nhs(?:\s+(?:no\.?|number))?|dossier|ramq)$/i;
/** Row labels of a two-column key/value table about one patient ("| Who | Puan Rosmah |", "| Age | 67 |", "| Clinic file | CF-2291-07 |"). */
const ROW_NAME = /^(?:who|name|patient(?:\s+name)?|client(?:\s+name)?|resident|nom|patiente?)$/i;
const ROW_AGE = /^(?:age|age\s*\/\s*(?:sex|gender)|dob|date of birth|âge|ddn)$/i;
const ROW_PLACE = /^(?:lives|lives in|home|address|town|city|suburb|neighbou?rhood|area|from|hometown|residence|adresse|ville|domicile)$/i;
const ROW_ID = /^(?:(?:clinic\s+|case\s+|patient\s+|hospital\s+)?(?:file|record|chart)(?:\s+(?:no\.?|number|#))?|mrn|ic|nric|id|hospital\s+(?:no\.?|number)|ramq|dossier|nhs(?:\s+(?:no\.?|number))?)$/i;
const ROW_CLINICAL = /^(?:(?:chief\s+|presenting\s+)?complaint|c\/o|diagnos[ie]s|dx|problem|history|hx|presentation|plan|treatment|findings|impression|motif|admitted|bed|ward|room)$/i;
/** A registration-number column ("RN", "Reg. No."): ambiguous, so it needs long numbers in its cells. */
const COL_REG = /^(?:rn|r\/n|reg(?:istration)?\.?(?:\s*(?:no\.?|number|#))?)$/i;
/** Whether a body cell of column `c` of the table in blocks [i, j) matches `re`. */
function columnHas(doc: DocumentModel, blocks: readonly Block[], i: number, j: number, c: number, re: RegExp): boolean {
  let line = -2, row = -1, k2 = 0;
  for (let k = i; k < j; k++) {
    const ln = doc.text.lastIndexOf("\n", blocks[k]!.start);
    if (ln !== line) { line = ln; row++; k2 = 0; } else k2++;
    if (row > 0 && k2 === c && re.test(blocks[k]!.text)) return true;
  }
  return false;
}
/** A bed code in a table's patient column ("B14", "Bed 4", "Bay 2"): where the patient lies stands for them. */
const CELL_BED = /^(?:B|Bed|Bay|Rm|Room|Cubicle|Cot|Lit)\s?\d{1,3}[A-Z]?(?![\p{L}\d])/u;
const COL_DATE = /^(?:admitted|admission(?:\s+date)?|date\s+(?:of\s+)?admi(?:tted|ssion)|doa|dod|discharged?|date d['’]admission)$/i;
/** A lead-in to a list or table of patients: "My patients on the ward this week:", "Today's ward list:". */
const GROUP_INTRO = /\b(?:(?:my|our)\s+(?:[\p{L}-]+\s+){0,2}?patients\s+(?:today|tonight|this\s+(?:week|morning|shift)|on\s+(?:the\s+)?(?:ward|call|nights?|rounds)|in\s+(?:clinic|bay|ICU|resus)|from\s+(?:today|last\s+night))|(?:my|our|today['’]s|tonight['’]s|this\s+morning['’]s)\s+(?:[\p{L}-]+\s+)?(?:ward|patient|handover|clinic|theatre|census)\s+list|(?:the\s+)?(?:patients|cases)\s+(?:I|we)\s+(?:saw|clerked|admitted|looked after|treated|scrubbed in on))\b[^.!?]{0,60}:\s*$/iu;
const CELL_NAME = /^(?:(?:Mrs|Mr|Ms|Mx|Miss|Mme|Mlle|M|Mdm|Puan|Encik|Cik|Pakcik|Makcik|Uncle|Auntie|Tuan|Datuk|Sr|Sra)\.?\s+)?(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:(?:bin|binti|bte|a\/l|a\/p|de|du|van|von|al|el)\s+)?(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){0,4}|^\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?/u;
const CELL_AGE = /^\d{1,3}(?:\s*(?:y|yo|yrs?|years?|mo|mos|months?|wk|wks|weeks?|d|days?|ans|mois))?(?:\s*[\/,]?\s*[MF](?![\p{L}]))?(?![\p{L}\d])/u;
const CELL_DIGIT = /^[A-Z]{0,3}\s?\d{1,4}[A-Z]?(?![\p{L}\d])/u;
/** A list item that starts with a name and an age: "Rahim, 74, CAP", "Bed 4: Siti, 31 — PPH". */
const ITEM_NAME_AGE = /^\s*(?:(?:Bed|Bay|Room|Cubicle)\s*\d{1,4}[A-Z]?\s*[:—–-]\s*)?(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3}),\s*(\d{1,3})(?:\s*[MF])?(?=\s*(?:[,;:—–]|-\s|\(|$))/u;

const groupCache = new Map<string, Candidate[]>();
/** Candidates a table cell or list item has because its column or list is about patients (cached by text and role). */
function groupCandidates(b: Block, role: string): Candidate[] {
  const key = role + "\u0000" + b.key;
  const hit = groupCache.get(key);
  if (hit) return hit;
  const out: Candidate[] = [];
  const lead = b.text.length - b.text.trimStart().length;
  const t = b.text.trim();
  if (role === "name") {
    const bed = CELL_BED.exec(t);
    const m = bed ? null : CELL_NAME.exec(t);
    if (bed) out.push({ kind: "location", start: lead, end: lead + bed[0].length, sentence: 0 });
    if (m && !NOT_NAMES.has(m[0].split(/\s+/)[0]!.replace(/\.$/, "")) && !FAMOUS_RE.test(m[0])) {
      const tp = TITLE_PREFIX.exec(m[0]);
      out.push({ kind: "name", start: lead, end: lead + m[0].length, entity: entityKey(tp ? m[0].slice(tp[0].length) : m[0]), sentence: 0 });
    }
  } else if (role === "age") {
    const m = CELL_AGE.exec(t);
    if (m) {
      const sex = /([MF])$/.exec(m[0])?.[1] as "M" | "F" | undefined;
      out.push({ kind: "age", start: lead, end: lead + m[0].length, age: Number(/\d+/.exec(m[0])![0]), sex, sentence: 0, bare: sex === undefined });
    }
  } else if (role === "bed" || role === "id") {
    const m = role === "bed" ? CELL_DIGIT.exec(t) : /^[A-Z0-9][A-Z0-9\/-]{2,20}(?:\s\d[\d\/-]{1,10})*(?![\p{L}\d])/u.exec(t);
    if (m && /\d/.test(m[0])) out.push({ kind: role === "bed" ? "location" : "id", start: lead, end: lead + m[0].length, sentence: 0 });
  } else if (role === "place") {
    // "Taman Tun Dr Ismail, walks to the market daily": the leading capitalised words
    const m = /^(?:\d{1,5}[A-Za-z]?,?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\d{1,4}|de|du|des|la|le|bin|binti))*/u.exec(t);
    if (m && !NOT_NAMES.has(m[0].split(/\s+/)[0]!)) out.push({ kind: /\d/.test(m[0]) ? "address" : "town", start: lead, end: lead + m[0].trimEnd().length, sentence: 0 });
  } else if (role === "item") {
    const m = ITEM_NAME_AGE.exec(b.text);
    if (m && !NOT_NAMES.has(m[1]!.split(/\s+/)[0]!) && !FAMOUS_RE.test(m[1]!)) {
      const nameAt = b.text.indexOf(m[1]!, m.index);
      const ageAt = b.text.indexOf(m[2]!, nameAt + m[1]!.length);
      out.push({ kind: "name", start: nameAt, end: nameAt + m[1]!.length, entity: entityKey(m[1]!), sentence: 0 });
      out.push({ kind: "age", start: ageAt, end: ageAt + m[2]!.length, age: Number(m[2]), sentence: 0, bare: true });
    }
  }
  if (groupCache.size >= BLOCK_CACHE_LIMIT) groupCache.delete(groupCache.keys().next().value!);
  groupCache.set(key, out);
  return out;
}

/**
 * Tables and lists as one unit of patient context. A table is about patients when its header has a
 * name (or record number) column and a clinical column (bed, diagnosis, admission date, record
 * number), or when it follows a lead-in such as "My ward list for today:"; then its cells are in
 * patient context and the name, age, bed and id columns give identifiers even without a sentence
 * around them. A list is about patients when its lead-in is, or when one of its items is a patient
 * story. Marks `context` and returns the extra candidates per block index.
 */
function groupContext(doc: DocumentModel, blocks: readonly Block[], analyses: BlockAnalysis[], context: boolean[], cited: boolean[], rows: { start: number; end: number }[], itemRole: boolean[]): Map<number, Candidate[]> {
  const extra = new Map<number, Candidate[]>();
  const n = blocks.length;
  const introBefore = (i: number) => {
    const p = i > 0 ? blocks[i - 1]! : undefined;
    return p !== undefined && p.kind === "paragraph" && !p.inList && !cited[i - 1] && GROUP_INTRO.test(p.text.trimEnd());
  };
  for (let i = 0; i < n; ) {
    const b = blocks[i]!;
    if (b.kind === "tableCell") {
      let j = i;
      while (j < n && blocks[j]!.kind === "tableCell") j++;
      // rows by line: the first row is the header
      const headerLine = doc.text.lastIndexOf("\n", b.start);
      const header: string[] = [];
      for (let k = i; k < j && doc.text.lastIndexOf("\n", blocks[k]!.start) === headerLine; k++) header.push(blocks[k]!.text.replace(/[*_`]/g, "").trim());
      const col = (re: RegExp) => header.findIndex((h) => re.test(h));
      const name = col(COL_NAME), age = col(COL_AGE), bed = col(COL_BED), dx = col(COL_DX), date = col(COL_DATE);
      let id = col(COL_ID);
      // "RN" or "Reg. no." (a registration number, or a registered nurse): a record-number column only when its cells hold long numbers
      let regId = false;
      if (id < 0) { const rn = col(COL_REG); if (rn >= 0 && columnHas(doc, blocks, i, j, rn, /\d{5,}/)) { id = rn; regId = true; } }
      const anyContext = (() => { for (let k = i; k < j; k++) if (context[k]) return true; return false; })();
      // a bare "Name" column (a list of diseases, staff or students) needs an age column too
      const patientName = name >= 0 && !/^(?:(?:full\s+|first\s+)?names?|nom)$/i.test(header[name]!);
      const clinicalCol = bed >= 0 || dx >= 0 || id >= 0 || date >= 0;
      const patientTable = ((patientName || id >= 0) && clinicalCol) || (name >= 0 && age >= 0 && clinicalCol) || (name >= 0 && (introBefore(i) || anyContext));
      // a two-column key/value table about one patient: a "Who/Name" row and a clinical row ("Complaint", "Clinic file")
      if (!patientTable && header.length === 2) {
        const labels: [number, string][] = [];
        let line = -2;
        for (let k = i; k < j; k++) {
          const ln = doc.text.lastIndexOf("\n", blocks[k]!.start);
          if (ln !== line) { line = ln; labels.push([k, blocks[k]!.text.replace(/[*_`:]/g, "").trim()]); }
        }
        if (labels.some(([, l]) => ROW_NAME.test(l)) && labels.some(([, l]) => ROW_CLINICAL.test(l) || ROW_ID.test(l) || ROW_AGE.test(l))) {
          for (const [k, l] of labels) {
            const v = k + 1;
            if (v >= j || cited[v]) continue;
            context[k] = context[v] = true;
            const role = ROW_NAME.test(l) ? "name" : ROW_AGE.test(l) ? "age" : ROW_ID.test(l) ? "id" : ROW_PLACE.test(l) ? "place" : undefined;
            if (!role) continue;
            const cands = groupCandidates(blocks[v]!, role);
            if (cands.length) extra.set(v, cands);
          }
        }
        i = j;
        continue;
      }
      if (patientTable) {
        const roles: (string | undefined)[] = header.map((_, c) => c === name ? "name" : c === age ? "age" : c === bed ? "bed" : c === id ? "id" : undefined);
        let row = -1, line = -2, c = 0;
        /** The current row: its span, and whether its name or record-number cell holds something (a patient, not "—"). */
        let cur: { start: number; end: number; who: boolean; coded?: boolean; cands: [number, Candidate[]][] } | undefined;
        // a row with no one in its name or record-number cell ("| 11:00 | — | team photo |") is no patient
        const closeRow = () => {
          if (cur?.who || cur?.coded) {
            if (cur.who) rows.push({ start: cur.start, end: cur.end });
            for (const [k, cs] of cur.cands) extra.set(k, cs);
          }
          cur = undefined;
        };
        for (let k = i; k < j; k++) {
          if (cited[k]) continue;
          const ln = doc.text.lastIndexOf("\n", blocks[k]!.start);
          if (ln !== line) { closeRow(); line = ln; row++; c = 0; } else c++;
          if (row === 0) continue;
          context[k] = true;
          // each row of a table of patients is one patient's encounter
          if (!cur) cur = { start: blocks[k]!.start, end: blocks[k]!.end, who: false, cands: [] };
          cur.end = blocks[k]!.end;
          // a bed code in the patient column or a number in an "RN" column gives identifiers, not a story of its own
          if ((c === name || c === id) && /[\p{L}\d]/u.test(blocks[k]!.text)) {
            if ((c === name && CELL_BED.test(blocks[k]!.text.trim())) || (c === id && regId)) cur.coded = true;
            else cur.who = true;
          }
          const role = roles[c];
          if (!role) continue;
          const cands = groupCandidates(blocks[k]!, role);
          if (cands.length) cur.cands.push([k, cands]);
        }
        closeRow();
      }
      i = j;
      continue;
    }
    if (b.inList && b.kind === "paragraph") {
      let j = i;
      while (j < n && blocks[j]!.inList && blocks[j]!.kind === "paragraph") j++;
      let patientList = introBefore(i);
      for (let k = i; k < j && !patientList; k++) if (context[k] && analyses[k]!.sentences.some((s) => s.narrative)) patientList = true;
      if (patientList) {
        for (let k = i; k < j; k++) {
          if (cited[k] || analyses[k]!.sentences.some((s) => s.own)) continue;
          context[k] = true;
          itemRole[k] = true;
          const cands = groupCandidates(blocks[k]!, "item");
          if (cands.length) extra.set(k, cands);
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  return extra;
}

const entityScans = new Map<string, (b: Block) => [number, string][]>();
/**
 * One matcher per set of patient names, kept across keystrokes, with its capitalised matches cached
 * per block text: a keystroke re-scans only the edited block.
 */
function entityScan(key: string): (b: Block) => [number, string][] {
  let scan = entityScans.get(key);
  if (!scan) {
    const tokens = key.split("|");
    let re: RegExp | undefined;
    // a few names (the usual case) by indexOf; many names by one regex (indexOf per name per block would be quadratic)
    const ascii = tokens.length <= 32 && ASCII.test(key);
    const cache = new Map<string, [number, string][]>();
    scan = (b: Block) => {
      let hit = cache.get(b.key);
      if (!hit) {
        if (ascii && ASCII.test(b.text)) hit = asciiMentions(b.text, tokens);
        else {
          hit = [];
          re ??= new RegExp(`(?<![\\p{L}.'’])(?:${tokens.map((t) => t.replace(/[.*+?^${}()[\]\\]/g, "\\$&")).join("|")})(?![\\p{L}])`, "giu");
          for (const m of allMatches(re, b.text)) if (/^\p{Lu}/u.test(m[0])) hit.push([m.index, m[0]]);
        }
        if (cache.size >= BLOCK_CACHE_LIMIT) cache.delete(cache.keys().next().value!);
        cache.set(b.key, hit);
      }
      return hit;
    };
    if (entityScans.size > 50) entityScans.delete(entityScans.keys().next().value!);
    entityScans.set(key, scan);
  }
  return scan;
}

const ASCII = /^[\x00-\x7f]*$/;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * What the names regex of entityScan finds in an ASCII text, without building one regex per set of
 * names (each note of a vault has its own set, and compiling it cost more than the search): at the
 * leftmost place where a name stands as a whole word (not after a letter, "." or "'"), the first
 * name in the list that fits, then on after it; kept when it starts with a capital.
 */
export function asciiMentions(text: string, tokens: readonly string[]): [number, string][] {
  const lower = text.toLowerCase();
  const found: [number, number][] = [];
  tokens.forEach((t, k) => {
    const token = t.toLowerCase();
    for (let i = lower.indexOf(token); i >= 0; i = lower.indexOf(token, i + 1)) {
      const before = text.charCodeAt(i - 1), after = text.charCodeAt(i + token.length);
      if (i > 0 && (isAsciiLetter(before) || before === 46 || before === 39)) continue;
      if (isAsciiLetter(after)) continue;
      found.push([i, k]);
    }
  });
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, string][] = [];
  let next = 0;
  for (const [i, k] of found) {
    if (i < next) continue;
    const word = text.slice(i, i + tokens[k]!.length);
    next = i + word.length;
    const c = word.charCodeAt(0);
    if (c >= 65 && c <= 90) out.push([i, word]);
  }
  return out;
}

/** Index of the block holding [start, end), by binary search (blocks are in document order). */
function blockAt(blocks: readonly Block[], start: number, end: number): number {
  let lo = 0, hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (b.end <= start) lo = mid + 1;
    else if (b.start > start) hi = mid - 1;
    else return mid;
  }
  // a link that starts between blocks but reaches into one
  return lo < blocks.length && blocks[lo]!.start < end ? lo : -1;
}

function isPatientLink(l: LinkRef, entities: Set<string>): boolean {
  const u = /^(?:https?:)?\/\/([^/?#\s]+)([^?#\s]*)/i.exec(l.url);
  if (!u) return false;
  const host = u[1]!.toLowerCase();
  let path = u[2]!.toLowerCase();
  try { path = decodeURIComponent(path); } catch { /* keep it encoded */ }
  if (PATIENT_LINK_HOSTS.test(host) || /fundrais|donat|obituar|memorial|help-|support-/i.test(path)) return true;
  for (const e of entities) if (path.includes(e)) return true;
  return false;
}

/**
 * The engine: picks the pack, runs its rules over the parsed document, isolates a failing rule,
 * applies suppressions, and turns reports into findings. Block rules are cached by block text,
 * so a keystroke re-runs them only on the block it changed.
 */
import { parseDocument, updateDocument, documentDiff, type DocumentDiff, type DocumentModel, type ImageRef, type TextChange } from "./document.js";
import { docsUrlFor, type Edit, type Finding, type Fix, type Severity, type Source } from "./finding.js";
import type { Pack } from "./pack.js";
import type { ImageInfo, Report, Rule, RuleContext } from "./rule.js";
import { checkConfig, mergeConfigs, type DecorumConfig, type RuleSetting } from "./config.js";
import { readSuppressions } from "./suppression.js";
import type { Host } from "./host.js";
import { applyAccepted, type AcceptedEntry } from "./accepted.js";

export const DEFAULT_PACK = "general";
export const CONFIG_RULE = "config.invalid";

export interface LintRequest {
  /** Merged settings from editor/CLI and config files (front matter is read here). */
  config?: DecorumConfig;
  host?: Host;
  /** Path or URI of the document, for resolving images. */
  documentPath?: string;
  /** Findings accepted with a reason outside the text (`.decorum/accepted.yaml`), for this document. */
  accepted?: readonly AcceptedEntry[];
  /** Custom packs visible to this lint (they win over shipped packs of the same id). */
  packs?: readonly Pack[];
  /** Checked between rules; when it returns true the lint stops early with what it has. */
  isCancelled?: () => boolean;
  /**
   * A time budget (a `Date.now()` time). Chunks parsed after it are read plainly, and rules stop
   * (between rules, and every 256 blocks of a block rule) once it has passed: the result then says
   * `incomplete: "deadline"` and holds the findings found so far.
   */
  deadline?: number;
  /**
   * The result of linting an earlier version of the same document (from this linter): the model is
   * updated from it (only the chunks around the edit are parsed again) and block findings of the
   * blocks the edit did not touch are reused. The findings are the same as without it.
   */
  previous?: LintResult;
  /** The edits from `previous.doc.text` to this text, in order (LSP content changes as offsets); found by comparing texts when absent. */
  changes?: readonly TextChange[];
  /** Adds the time each rule took (and `(parse)` for the model) to `spent`, in `now()` units (`npm run bench:rules`). */
  timings?: { now: () => number; spent: Map<string, number> };
}

export interface LintResult {
  findings: Finding[];
  pack: Pack;
  doc: DocumentModel;
  /** Rules that threw, by id (the other rules still reported). */
  failedRules: string[];
  /** Effective config after front matter. */
  config: DecorumConfig;
  /** Findings hidden because they were accepted outside the text. */
  accepted: Finding[];
  /** Set when the lint stopped early (`deadline` passed or `isCancelled` said so): the findings are partial. */
  incomplete?: "deadline" | "cancelled";
}

export class UnknownPackError extends Error {
  constructor(readonly packId: string, readonly known: string[]) {
    super(`Unknown policy pack "${packId}". Known packs: ${known.join(", ")}.`);
  }
}

/** A rule the linter loads only when a lint turns it on (the language server loads few of them this way). */
export interface LazyRule {
  readonly id: string;
  load(): Promise<Rule>;
}

export interface Linter {
  /** The rules loaded so far (all of them unless the linter was given lazy rules). */
  readonly rules: readonly Rule[];
  readonly packs: ReadonlyMap<string, Pack>;
  lint(text: string, request?: LintRequest): Promise<LintResult>;
  /** Synchronous lint with image facts given up front (or none). */
  lintSync(text: string, request?: LintRequest, images?: Map<ImageRef, ImageInfo>): LintResult;
  resolvePack(config: DecorumConfig, extra?: readonly Pack[]): Pack;
  /** Loads the lazy rules `config` (under its pack) turns on; lint() does this itself, lintSync() needs it done. */
  prepare(config?: DecorumConfig, packs?: readonly Pack[]): Promise<void>;
}

interface CachedReport extends Report { }
const NO_BOUNDS = new Int32Array(0);
const BLOCK_CACHE_LIMIT = 20000;

/** A rule's findings (before suppressions); for a block rule in block order, with where each block's start: bounds[i] for block i, bounds[blocks] = length. */
interface BlockRuleState { findings: Finding[]; bounds: Int32Array }

export function createLinter(options: { rules: readonly (Rule | LazyRule)[]; packs: Iterable<Pack> }): Linter {
  // in registry order; a lazy rule is replaced by the rule once loaded
  const slots: (Rule | LazyRule)[] = [...options.rules];
  const isLoaded = (r: Rule | LazyRule): r is Rule => "check" in r;
  let rules: readonly Rule[] = slots.filter(isLoaded);
  const loading = new Map<string, Promise<void>>();
  const packs = new Map<string, Pack>();
  for (const p of options.packs) packs.set(p.id, p);
  // block text → (rule + pack + options) → reports relative to the block start
  const blockCache = new Map<string, Map<string, CachedReport[]>>();
  // per result: each block rule's findings (keyed by rule, pack, options, severity and sources), for the next lint of that document
  const resultStates = new WeakMap<LintResult, Map<string, BlockRuleState>>();

  function resolvePack(config: DecorumConfig, extra?: readonly Pack[]): Pack {
    const id = config.policy ?? DEFAULT_PACK;
    const pack = extra?.find((p) => p.id === id) ?? packs.get(id);
    if (!pack) throw new UnknownPackError(id, [...new Set([...packs.keys(), ...(extra ?? []).map((p) => p.id)])]);
    return pack;
  }

  function ruleSeverity(rule: Pick<Rule, "id" | "severity">, pack: Pack, settings: Record<string, RuleSetting> | undefined): Severity | undefined {
    const setting = settings?.[rule.id];
    const configured = typeof setting === "object" && setting !== null ? setting.severity : setting;
    if (configured === "off") return undefined;
    if (configured) return configured;
    if (setting !== undefined && pack.rules[rule.id] === undefined) return rule.severity; // options given: turn it on
    return pack.rules[rule.id];
  }

  /** Whether a rule is on, known without loading it (its own default severity only matters once it is on). */
  const ruleIsOn = (id: string, pack: Pack, settings: Record<string, RuleSetting> | undefined) => ruleSeverity({ id, severity: "hint" }, pack, settings) !== undefined;

  /** Loads the lazy rules that `config` turns on under `pack` (each once; a rule that fails to load is retried next time). */
  async function loadFor(config: DecorumConfig, pack: Pack): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const slot of slots) {
      if (isLoaded(slot) || !ruleIsOn(slot.id, pack, config.rules)) continue;
      let wait = loading.get(slot.id);
      if (!wait) {
        wait = slot.load().then((rule) => {
          if (rule.id !== slot.id) throw new Error(`rule module for ${slot.id} exports ${rule.id}`);
          slots[slots.indexOf(slot)] = rule;
          rules = slots.filter(isLoaded);
        }).finally(() => loading.delete(slot.id));
        loading.set(slot.id, wait);
      }
      waits.push(wait);
    }
    await Promise.all(waits);
  }

  /** What a rule's lint under a pack needs that depends on nothing else, worked out once (notes of a vault are short, so this was a cost). */
  const setups = new WeakMap<Pack, Map<Rule, { declared: Map<string, Rule["fixes"][number]>; sources: Source[]; sourcesKey: string; docsUrl: string }>>();
  function setupFor(rule: Rule, pack: Pack) {
    let byRule = setups.get(pack);
    if (!byRule) setups.set(pack, (byRule = new Map()));
    let setup = byRule.get(rule);
    if (!setup) {
      const sources = sourcesFor(rule, pack);
      setup = { declared: new Map(rule.fixes.map((f) => [f.id, f])), sources, sourcesKey: sources.map((s) => s.clause + "\u0001" + s.quote).join("\u0002"), docsUrl: docsUrlFor(rule.id) };
      byRule.set(rule, setup);
    }
    return setup;
  }

  function sourcesFor(rule: Rule, pack: Pack): Source[] {
    const declared = pack.sources?.[rule.id];
    if (declared?.length) return declared.map((c) => ({ clause: `${pack.id}:${c}`, quote: pack.clauses[c] ?? "" }));
    let chosen = rule.sources;
    for (const id of [pack.id, ...(pack.basedOn ?? [])]) {
      const own = rule.sources.filter((s) => s.startsWith(id + ":"));
      if (own.length) { chosen = own; break; }
    }
    return chosen.map((clause) => {
      const [packId, ...rest] = clause.split(":");
      const clauseId = rest.join(":");
      const quote = packs.get(packId!)?.clauses[clauseId] ?? pack.clauses[clauseId] ?? "";
      return { clause, quote };
    });
  }

  function lintSync(text: string, request: LintRequest = {}, images = new Map<ImageRef, ImageInfo>()): LintResult {
    return lintDocument(modelOf(text, request), request, images);
  }

  function modelOf(text: string, request: LintRequest): DocumentModel {
    const t0 = request.timings?.now();
    const doc = request.previous ? updateDocument(request.previous.doc, text, request.changes) : parseDocument(text, { deadline: request.deadline });
    if (t0 !== undefined) addTime(request.timings!, "(parse)", t0);
    return doc;
  }

  /** How `doc` relates to the previous result's model, when block findings can be carried over. */
  function diffFrom(doc: DocumentModel, previous: LintResult | undefined): DocumentDiff | undefined {
    if (!previous || !resultStates.has(previous)) return undefined;
    const n = previous.doc.blocks.length;
    if (doc === previous.doc) return { previousBlocks: n, prefixBlocks: n, suffixBlocks: 0, delta: 0 };
    const diff = documentDiff(doc);
    return diff && diff.previousBlocks === n && diff.prefixBlocks + diff.suffixBlocks <= Math.min(n, doc.blocks.length) ? diff : undefined;
  }

  /** The request's config with the note's front matter over it, and its pack; problems with either become findings in `problems`. */
  function effectiveConfig(doc: DocumentModel, request: LintRequest, problems: Finding[]): { config: DecorumConfig; pack: Pack } {
    let config = request.config ?? {};
    const fm = doc.frontMatter;
    if (fm?.error) {
      problems.push(configFinding(doc, fm.errorOffset ?? fm.start, `The front matter is not valid YAML (${fm.error}); Decorum ignored it.`));
    } else if (fm?.data && fm.data.decorum !== undefined) {
      const checked = checkConfig(fm.data.decorum);
      if (typeof checked === "string") {
        const at = doc.text.indexOf("decorum", fm.start);
        problems.push(configFinding(doc, at >= 0 ? at : fm.start, `Front matter \`decorum\`: ${checked}.`));
      } else config = mergeConfigs(config, checked);
    }
    let pack: Pack;
    try {
      pack = resolvePack(config, request.packs);
    } catch (e) {
      if (!(e instanceof UnknownPackError) || !fm?.data?.decorum) throw e;
      // an unknown pack named in front matter is the note's problem, not a crash
      problems.push(configFinding(doc, doc.text.indexOf("policy", fm.start), e.message));
      config = { ...config, policy: request.config?.policy };
      pack = resolvePack(config, request.packs);
    }
    return { config, pack };
  }

  function lintDocument(doc: DocumentModel, request: LintRequest, images: Map<ImageRef, ImageInfo>): LintResult {
    const findings: Finding[] = [];
    const diff = diffFrom(doc, request.previous);
    const previousStates = diff ? resultStates.get(request.previous!) : undefined;
    const states = new Map<string, BlockRuleState>();
    const failedRules: string[] = [];
    const { config, pack } = effectiveConfig(doc, request, findings);
    const suppressions = readSuppressions(doc);

    let incomplete: LintResult["incomplete"];
    const late = () => request.deadline !== undefined && Date.now() > request.deadline;
    for (const rule of slots) {
      if (!isLoaded(rule)) {
        if (ruleIsOn(rule.id, pack, config.rules)) throw new Error(`rule ${rule.id} is not loaded yet (lint() loads it)`);
        continue;
      }
      if (request.isCancelled?.()) { incomplete = "cancelled"; break; }
      if (late()) { incomplete = "deadline"; break; }
      const severity = ruleSeverity(rule, pack, config.rules);
      if (!severity) continue;
      const setting = config.rules?.[rule.id];
      const ruleOptions = typeof setting === "object" && setting !== null ? (setting as Record<string, unknown>) : {};
      const optionsKey = Object.keys(ruleOptions).length ? JSON.stringify(ruleOptions) : "";
      const { declared, sources, sourcesKey, docsUrl } = setupFor(rule, pack);
      const build = (r: Report): Finding => {
        const start = codeUnitBoundary(doc.text, r.start, -1);
        const end = Math.max(start, codeUnitBoundary(doc.text, r.end, 1));
        return {
          rule: rule.id, severity: r.severity ?? severity, message: r.message, start, end,
          text: doc.text.slice(start, end), sources, docsUrl,
          fixes: (r.fixes ?? []).flatMap((f) => {
            const decl = declared.get(f.id);
            if (!decl) return []; // undeclared fixes are dropped (the metadata test catches them)
            const length = doc.text.length;
            if (Object.getOwnPropertyDescriptor(f, "edits")?.get) {
              // built on first read; a fix that cannot apply then has no edits (hosts offer no empty fix)
              let fit: Edit[] | undefined;
              return [{ id: f.id, title: f.title, kind: decl.kind, preferred: f.preferred, get edits() { return (fit ??= editsFit(f.edits, length) ? f.edits : []); }, ...(f.command ? { command: f.command } : {}) }];
            }
            if (!editsFit(f.edits, length)) return []; // a fix that cannot apply is never offered
            return [{ id: f.id, title: f.title, kind: decl.kind, preferred: f.preferred, edits: f.edits, ...(f.command ? { command: f.command } : {}) }];
          }),
        };
      };
      const ruleFindings: Finding[] = [];
      const ruleKey = `${rule.id}\u0000${pack.id}\u0000${optionsKey}`;
      const stateKey = `${ruleKey}\u0000${severity}\u0000${sourcesKey}`;
      const t0 = request.timings?.now();
      try {
        if (rule.scope === "block") {
          const blocks = doc.blocks;
          const bounds = new Int32Array(blocks.length + 1);
          const before = previousStates?.get(stateKey);
          // blocks [from, to) are checked (through the block cache); those before and after are carried over
          let from = 0, to = blocks.length;
          if (before && diff) {
            from = diff.prefixBlocks;
            to = blocks.length - diff.suffixBlocks;
            const cut = before.bounds[from]!;
            for (let k = 0; k < cut; k++) ruleFindings.push(before.findings[k]!);
            bounds.set(before.bounds.subarray(0, from));
          }
          let stopped = false;
          for (let bi = from; bi < to; bi++) {
            if ((bi & 255) === 255 && late()) { stopped = true; incomplete = "deadline"; break; }
            const block = blocks[bi]!;
            bounds[bi] = ruleFindings.length;
            let perBlock = blockCache.get(block.key);
            if (!perBlock) {
              if (blockCache.size >= BLOCK_CACHE_LIMIT) blockCache.delete(blockCache.keys().next().value!);
              perBlock = new Map();
              blockCache.set(block.key, perBlock);
            }
            let cached = perBlock.get(ruleKey);
            if (!cached) {
              const rel: CachedReport[] = [];
              const ctx = makeContext(doc, pack, config, ruleOptions, images, (r) => rel.push(shift(r, -block.start)));
              ctx.block = block;
              rule.check(ctx);
              cached = rel;
              perBlock.set(ruleKey, cached);
            }
            for (const r of cached) ruleFindings.push(build(shift(r, block.start)));
          }
          if (stopped) {
            // partial: keep what was found, but never carry this rule's state to the next lint
          } else if (before && diff) {
            const firstKept = diff.previousBlocks - diff.suffixBlocks;
            const at = before.bounds[firstKept]!;
            const base = ruleFindings.length - at;
            for (let bi = to; bi < blocks.length; bi++) bounds[bi] = before.bounds[bi - to + firstKept]! + base;
            const old = before.findings;
            for (let k = at; k < old.length; k++) ruleFindings.push(diff.delta ? moveFinding(old[k]!, diff.delta) : old[k]!);
          }
          bounds[blocks.length] = ruleFindings.length;
          if (!stopped) states.set(stateKey, { findings: ruleFindings, bounds });
        } else {
          const ctx = makeContext(doc, pack, config, ruleOptions, images, (r) => ruleFindings.push(build(r)));
          if (request.deadline !== undefined) ctx.late = late;
          const before = previousStates?.get(stateKey);
          if (diff && request.previous) {
            ctx.previous = { doc: request.previous.doc, diff };
            if (before) {
              ctx.previous.findings = before.findings;
              ctx.previous.carry = (f, by) => { ruleFindings.push(by ? moveFinding(f, by) : f); };
            }
          }
          rule.check(ctx);
          // a document rule may have stopped at the deadline: the result says so, and its findings are not carried
          if (late()) incomplete = "deadline";
          else states.set(stateKey, { findings: ruleFindings, bounds: NO_BOUNDS });
        }
      } catch (e) {
        failedRules.push(rule.id);
        request.host?.log?.("error", `rule ${rule.id} failed: ${(e as Error)?.name ?? "Error"}`);
      }
      for (const f of ruleFindings) if (!suppressions.isSuppressed(rule.id, f.start, f.end)) findings.push(f);
      if (t0 !== undefined) addTime(request.timings!, rule.id, t0);
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    const split = applyAccepted(doc.text, findings, request.accepted ?? []);
    const result: LintResult = { findings: split.findings, accepted: split.accepted, pack, doc, failedRules, config, ...(incomplete ? { incomplete } : {}) };
    resultStates.set(result, states);
    return result;
  }

  function configFinding(doc: DocumentModel, at: number, message: string): Finding {
    const start = Math.max(0, at);
    const lineEnd = doc.text.indexOf("\n", start);
    const end = lineEnd < 0 ? doc.text.length : lineEnd;
    return { rule: CONFIG_RULE, severity: "warning", message, start, end, text: doc.text.slice(start, end), sources: [], fixes: [], docsUrl: docsUrlFor(CONFIG_RULE) };
  }

  async function lint(text: string, request: LintRequest = {}): Promise<LintResult> {
    const doc = modelOf(text, request);
    if (rules.length < slots.length) {
      const { config, pack } = effectiveConfig(doc, request, []);
      await loadFor(config, pack);
    }
    const images = new Map<ImageRef, ImageInfo>();
    const inspect = request.host?.inspectImage;
    if (inspect && doc.images.length) {
      await Promise.all(doc.images.map(async (im) => {
        try {
          const info = await inspect(im.src, request.documentPath);
          if (info) images.set(im, info);
        } catch { /* the host reports unreadable images through ImageInfo.error */ }
      }));
    }
    return lintDocument(doc, request, images);
  }

  async function prepare(config: DecorumConfig = {}, extra?: readonly Pack[]): Promise<void> {
    if (rules.length < slots.length) await loadFor(config, resolvePack(config, extra));
  }

  return { get rules() { return rules; }, packs, lint, lintSync, resolvePack, prepare };
}

/** `offset` clamped into the text and moved off the middle of a surrogate pair (`dir` -1: back, 1: forward). */
function codeUnitBoundary(text: string, offset: number, dir: -1 | 1): number {
  let o = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, text.length));
  if (o > 0 && o < text.length) {
    const hi = text.charCodeAt(o - 1), lo = text.charCodeAt(o);
    if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) o += dir;
  }
  return o;
}

/** Edits a fix can apply: integer offsets in the text, non-overlapping. */
function editsFit(edits: readonly { start: number; end: number; insert: string }[], length: number): boolean {
  if (!Array.isArray(edits)) return false;
  // edits usually come in order (a document-wide fix has hundreds): then the sorted copy is the list itself
  let ordered = true;
  for (let i = 1; i < edits.length; i++) {
    const a = edits[i - 1]!, b = edits[i]!;
    if (!((a.start - b.start || a.end - b.end) <= 0)) { ordered = false; break; }
  }
  const sorted = ordered ? edits : [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let at = 0;
  for (const e of sorted) {
    if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || typeof e.insert !== "string") return false;
    if (e.start < at || e.end < e.start || e.end > length) return false;
    at = e.end;
  }
  return true;
}

function shift(r: Report, by: number): Report {
  return {
    ...r, start: r.start + by, end: r.end + by,
    fixes: r.fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}

/** A carried-over block finding, moved by `by` (its text moved with its block). */
/** A finding `by` characters later (literals with every field: much faster than spreads, and a keystroke moves every finding after it). */
function moveFinding(f: Finding, by: number): Finding {
  return {
    rule: f.rule, severity: f.severity, message: f.message, start: f.start + by, end: f.end + by, text: f.text, sources: f.sources, docsUrl: f.docsUrl,
    fixes: f.fixes.map((x) => {
      const edits = x.edits.map((e) => ({ start: e.start + by, end: e.end + by, insert: e.insert }));
      return x.command ? { id: x.id, title: x.title, kind: x.kind, preferred: x.preferred, edits, command: x.command } : { id: x.id, title: x.title, kind: x.kind, preferred: x.preferred, edits };
    }),
  };
}

/** Every field of a Finding and a Fix, so that a field added later cannot be dropped by moveFinding unnoticed. */
const MOVED_FIELDS: [Record<keyof Finding, true>, Record<keyof Fix, true>] = [
  { rule: true, severity: true, message: true, start: true, end: true, text: true, sources: true, fixes: true, docsUrl: true },
  { id: true, title: true, kind: true, preferred: true, edits: true, command: true },
];
void MOVED_FIELDS;

function makeContext(doc: DocumentModel, pack: Pack, config: DecorumConfig, options: Record<string, unknown>, images: Map<ImageRef, ImageInfo>, report: (r: Report) => void): RuleContext {
  return { doc, pack, config, options, imageInfo: (im) => images.get(im), report };
}

function addTime(timings: NonNullable<LintRequest["timings"]>, key: string, since: number): void {
  timings.spent.set(key, (timings.spent.get(key) ?? 0) + timings.now() - since);
}

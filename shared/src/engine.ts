/**
 * The engine: picks the pack, runs its rules over the parsed document, isolates a failing rule,
 * applies suppressions, and turns reports into findings. Block rules are cached by block text,
 * so a keystroke re-runs them only on the block it changed.
 */
import { parseDocument, type DocumentModel, type ImageRef } from "./document.js";
import { docsUrlFor, type Finding, type Severity, type Source } from "./finding.js";
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
}

export class UnknownPackError extends Error {
  constructor(readonly packId: string, readonly known: string[]) {
    super(`Unknown policy pack "${packId}". Known packs: ${known.join(", ")}.`);
  }
}

export interface Linter {
  readonly rules: readonly Rule[];
  readonly packs: ReadonlyMap<string, Pack>;
  lint(text: string, request?: LintRequest): Promise<LintResult>;
  /** Synchronous lint with image facts given up front (or none). */
  lintSync(text: string, request?: LintRequest, images?: Map<ImageRef, ImageInfo>): LintResult;
  resolvePack(config: DecorumConfig, extra?: readonly Pack[]): Pack;
}

interface CachedReport extends Report { }
const BLOCK_CACHE_LIMIT = 20000;

export function createLinter(options: { rules: readonly Rule[]; packs: Iterable<Pack> }): Linter {
  const rules = options.rules;
  const packs = new Map<string, Pack>();
  for (const p of options.packs) packs.set(p.id, p);
  // block text → (rule + pack + options) → reports relative to the block start
  const blockCache = new Map<string, Map<string, CachedReport[]>>();

  function resolvePack(config: DecorumConfig, extra?: readonly Pack[]): Pack {
    const id = config.policy ?? DEFAULT_PACK;
    const pack = extra?.find((p) => p.id === id) ?? packs.get(id);
    if (!pack) throw new UnknownPackError(id, [...new Set([...packs.keys(), ...(extra ?? []).map((p) => p.id)])]);
    return pack;
  }

  function ruleSeverity(rule: Rule, pack: Pack, settings: Record<string, RuleSetting> | undefined): Severity | undefined {
    const setting = settings?.[rule.id];
    const configured = typeof setting === "object" && setting !== null ? setting.severity : setting;
    if (configured === "off") return undefined;
    if (configured) return configured;
    if (setting !== undefined && pack.rules[rule.id] === undefined) return rule.severity; // options given: turn it on
    return pack.rules[rule.id];
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
    const doc = parseDocument(text);
    return lintDocument(doc, request, images);
  }

  function lintDocument(doc: DocumentModel, request: LintRequest, images: Map<ImageRef, ImageInfo>): LintResult {
    const findings: Finding[] = [];
    const failedRules: string[] = [];
    let config = request.config ?? {};
    const fm = doc.frontMatter;
    if (fm?.error) {
      findings.push(configFinding(doc, fm.errorOffset ?? fm.start, `The front matter is not valid YAML (${fm.error}); Decorum ignored it.`));
    } else if (fm?.data && fm.data.decorum !== undefined) {
      const checked = checkConfig(fm.data.decorum);
      if (typeof checked === "string") {
        const at = doc.text.indexOf("decorum", fm.start);
        findings.push(configFinding(doc, at >= 0 ? at : fm.start, `Front matter \`decorum\`: ${checked}.`));
      } else config = mergeConfigs(config, checked);
    }
    let pack: Pack;
    try {
      pack = resolvePack(config, request.packs);
    } catch (e) {
      if (!(e instanceof UnknownPackError) || !fm?.data?.decorum) throw e;
      // an unknown pack named in front matter is the note's problem, not a crash
      findings.push(configFinding(doc, doc.text.indexOf("policy", fm.start), e.message));
      config = { ...config, policy: request.config?.policy };
      pack = resolvePack(config, request.packs);
    }
    const suppressions = readSuppressions(doc);

    for (const rule of rules) {
      if (request.isCancelled?.()) break;
      const severity = ruleSeverity(rule, pack, config.rules);
      if (!severity) continue;
      const setting = config.rules?.[rule.id];
      const ruleOptions = typeof setting === "object" && setting !== null ? (setting as Record<string, unknown>) : {};
      const optionsKey = Object.keys(ruleOptions).length ? JSON.stringify(ruleOptions) : "";
      const declared = new Map(rule.fixes.map((f) => [f.id, f]));
      const sources = sourcesFor(rule, pack);
      const emit = (r: Report) => {
        const start = Math.max(0, Math.min(r.start, doc.text.length));
        const end = Math.max(start, Math.min(r.end, doc.text.length));
        if (suppressions.isSuppressed(rule.id, start, end)) return;
        findings.push({
          rule: rule.id, severity: r.severity ?? severity, message: r.message, start, end,
          text: doc.text.slice(start, end), sources, docsUrl: docsUrlFor(rule.id),
          fixes: (r.fixes ?? []).flatMap((f) => {
            const decl = declared.get(f.id);
            if (!decl) return []; // undeclared fixes are dropped (the metadata test catches them)
            return [{ id: f.id, title: f.title, kind: decl.kind, preferred: f.preferred, edits: f.edits, ...(f.command ? { command: f.command } : {}) }];
          }),
        });
      };
      try {
        if (rule.scope === "block") {
          const ruleKey = `${rule.id}\u0000${pack.id}\u0000${optionsKey}`;
          for (const block of doc.blocks) {
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
            for (const r of cached) emit(shift(r, block.start));
          }
        } else {
          rule.check(makeContext(doc, pack, config, ruleOptions, images, emit));
        }
      } catch (e) {
        failedRules.push(rule.id);
        request.host?.log?.("error", `rule ${rule.id} failed: ${(e as Error)?.name ?? "Error"}`);
      }
    }
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
    const split = applyAccepted(doc.text, findings, request.accepted ?? []);
    return { findings: split.findings, accepted: split.accepted, pack, doc, failedRules, config };
  }

  function configFinding(doc: DocumentModel, at: number, message: string): Finding {
    const start = Math.max(0, at);
    const lineEnd = doc.text.indexOf("\n", start);
    const end = lineEnd < 0 ? doc.text.length : lineEnd;
    return { rule: CONFIG_RULE, severity: "warning", message, start, end, text: doc.text.slice(start, end), sources: [], fixes: [], docsUrl: docsUrlFor(CONFIG_RULE) };
  }

  async function lint(text: string, request: LintRequest = {}): Promise<LintResult> {
    const doc = parseDocument(text);
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

  return { rules, packs, lint, lintSync, resolvePack };
}

function shift(r: Report, by: number): Report {
  return {
    ...r, start: r.start + by, end: r.end + by,
    fixes: r.fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) })),
  };
}

function makeContext(doc: DocumentModel, pack: Pack, config: DecorumConfig, options: Record<string, unknown>, images: Map<ImageRef, ImageInfo>, report: (r: Report) => void): RuleContext {
  return { doc, pack, config, options, imageInfo: (im) => images.get(im), report };
}

/** Lints files on disk: used by the CLI's main thread and by its worker threads alike. */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { createHash } from "node:crypto";
import { createLinter, mergeConfigs, UnknownPackError, type Finding, type Fix, type Range, type DecorumConfig, type LintResult } from "../../../shared/src/index.js";
import { rules, builtinPacks } from "../../../rules/index.js";
import { ConfigFiles } from "../../../server/src/node/config-files.js";
import { createNodeHost } from "../../../server/src/node/host.js";
import { PackFiles, resolveConfigPackPaths } from "../../../server/src/node/packs.js";
import { AcceptedFiles } from "../../../server/src/node/accepted.js";
import { readyStatus, type ReadyStatus, type AcceptedEntry } from "../../../shared/src/index.js";
import type { Pack } from "../../../shared/src/index.js";

/**
 * A finding as `check` reports and caches it: with its range, and its fixes named but without their
 * edits (no output shows them, and a document-wide fix holds hundreds, built only if read; `fix`
 * lints again and applies the full result).
 */
export type RangedFinding = Omit<Finding, "fixes"> & { range: Range; fixes: Omit<Fix, "edits">[] };

export interface FileOutcome {
  path: string;
  findings: RangedFinding[];
  /** Messages for stderr (unreadable file, broken config). */
  problems: string[];
  /** The file could not be checked at all (exit code 2). */
  fatal: boolean;
  /** Content + effective config hash; results are cached under it. */
  cacheKey?: string;
  /** Results depend on other files (linked images), so they are not cached. */
  uncacheable?: boolean;
  /** "Ready to post" (no error, disclaimer present, every accepted finding has a reason). */
  ready?: ReadyStatus;
}

const decoder = new TextDecoder("utf-8", { fatal: false });

/** Decodes bytes as UTF-8 (invalid sequences become U+FFFD), without a BOM, as editors show it. */
export function decodeText(raw: Uint8Array): string {
  const text = decoder.decode(raw);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function createFileLinter(options: { policy?: string; cwd: string; packFiles?: string[] }) {
  const linter = createLinter({ rules, packs: builtinPacks });
  const configs = new ConfigFiles(true);
  const packFiles = new PackFiles(builtinPacks);
  const acceptedFiles = new AcceptedFiles([options.cwd], true);
  const packsByFolder = new Map<string, { packs: Pack[]; problems: string[] }>();

  /** Custom packs visible from a folder: --pack files, the config's `packs:`, `.decorum/packs/` upward. */
  function packsFor(folder: string, configFile: string | undefined, configPacks: string[] | undefined): { packs: Pack[]; problems: string[] } {
    const key = folder + "\u0000" + (configFile ?? "");
    let hit = packsByFolder.get(key);
    if (!hit) {
      const problems: string[] = [];
      const fromConfig = configFile && configPacks?.length ? resolveConfigPackPaths(configFile, configPacks) : { files: [], refused: [] };
      for (const r of fromConfig.refused) problems.push(`${relative(options.cwd, configFile!) || configFile}: pack path "${r}" leaves the configuration's folder; not loaded`);
      const files = [...(options.packFiles ?? []), ...fromConfig.files, ...packFiles.discover(folder)];
      const loaded = packFiles.loadAll(files);
      problems.push(...loaded.problems.map((p) => `${relative(options.cwd, p.file) || p.file}:${p.line + 1}:${p.character + 1} ${p.message}`));
      hit = { packs: loaded.packs, problems };
      packsByFolder.set(key, hit);
    }
    return hit;
  }
  const host = createNodeHost({ roots: [options.cwd] });
  const base: DecorumConfig | undefined = options.policy ? { policy: options.policy } : undefined;

  /** Reads one file and its config; the lint itself is separate so callers can consult a cache first. */
  function prepare(file: string): { text?: string; raw?: Buffer; config?: DecorumConfig; packs?: Pack[]; accepted?: AcceptedEntry[]; outcome: FileOutcome } {
    const outcome: FileOutcome = { path: file, findings: [], problems: [], fatal: false };
    let raw: Buffer;
    try { raw = readFileSync(file); } catch (e) {
      outcome.problems.push(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
      outcome.fatal = true;
      return { outcome };
    }
    const loaded = configs.forDocument(resolve(file));
    if (loaded.problem) {
      const pr = loaded.problem;
      outcome.problems.push(`${relative(options.cwd, pr.file) || pr.file}:${pr.line + 1}:${pr.character + 1} ${pr.message}`);
    }
    const config = mergeConfigs(base, loaded.config);
    const visible = packsFor(dirname(resolve(file)), loaded.file, loaded.config?.packs);
    outcome.problems.push(...visible.problems);
    const accepted = acceptedFiles.forDocument(file);
    outcome.cacheKey = createHash("sha1").update(raw).update("\u0000").update(JSON.stringify(config)).update(JSON.stringify(visible.packs)).update(JSON.stringify(accepted)).digest("hex");
    return { text: decodeText(raw), raw, config, packs: visible.packs, accepted, outcome };
  }

  async function lint(file: string, text: string, config: DecorumConfig, outcome: FileOutcome, packs?: Pack[], accepted?: AcceptedEntry[]): Promise<LintResult | undefined> {
    try {
      const result = await linter.lint(text, { config, host, documentPath: resolve(file), packs, accepted });
      outcome.findings = result.findings.map((f) => ({
        rule: f.rule, severity: f.severity, message: f.message, start: f.start, end: f.end, text: f.text, sources: f.sources, docsUrl: f.docsUrl,
        range: result.doc.lines.toRange(f.start, f.end),
        fixes: f.fixes.map(({ id, title, kind, preferred, command }) => ({ id, title, kind, preferred, ...(command ? { command } : {}) })),
      }));
      outcome.ready = readyStatus(result.findings, accepted ?? [], result.accepted);
      outcome.uncacheable = result.doc.images.length > 0;
      return result;
    } catch (e) {
      if (!(e instanceof UnknownPackError)) throw e;
      outcome.problems.push(`${configs.forDocument(resolve(file)).file ?? file}: ${e.message}`);
      outcome.fatal = true;
      return undefined;
    }
  }

  return { linter, prepare, lint, packsFor, acceptedFiles };
}

/**
 * `decorum check [--policy PACK] [--format text|json|sarif] [--explain] PATH...`
 * `decorum fix [--dry-run] [--policy PACK] PATH...`
 * Exit codes: 0 nothing at error severity, 1 an error-severity finding, 2 bad usage or unreadable input.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, renameSync, chmodSync, unlinkSync } from "node:fs";
import { join, relative, dirname, basename, resolve, isAbsolute } from "node:path";
import { createLinter, applyEdits, collectSafeEdits, UnknownPackError, LineIndex, mergeConfigs, type DecorumConfig, type Finding } from "../../../shared/src/index.js";
import { rules, builtinPacks } from "../../../rules/index.js";
import { ConfigFiles } from "../../../server/src/node/config-files.js";
import { createNodeHost } from "../../../server/src/node/host.js";
import { formatJson, formatSarif, formatText, summary, type FileReport } from "./format.js";
import { VERSION } from "../../../server/src/version.js";

const EXTENSIONS = /\.(md|markdown|txt)$/i;
const USAGE = `Usage:
  decorum check [--policy PACK] [--format text|json|sarif] [--explain] PATH...
  decorum fix [--dry-run] [--policy PACK] PATH...
  decorum packs
Folders are searched for .md, .markdown and .txt files.
Packs: ${builtinPacks.map((p) => p.id).join(", ")}`;

class UsageError extends Error {}

interface Options { command: string; policy?: string; format: "text" | "json" | "sarif"; explain: boolean; dryRun: boolean; paths: string[] }

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") throw new UsageError("");
  if (command === "--version" || command === "-v") return { command: "version", format: "text", explain: false, dryRun: false, paths: [] };
  if (!["check", "fix", "packs"].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  const o: Options = { command, format: "text", explain: false, dryRun: false, paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : rest[++i];
      if (v === undefined || v === "") throw new UsageError(`${a.split("=")[0]} needs a value.`);
      return v;
    };
    if (a === "--policy" || a.startsWith("--policy=")) o.policy = value();
    else if (a === "--format" || a.startsWith("--format=")) {
      const f = value();
      if (f !== "text" && f !== "json" && f !== "sarif") throw new UsageError(`Unknown format "${f}" (text, json or sarif).`);
      o.format = f;
    } else if (a === "--explain") o.explain = true;
    else if (a === "--dry-run") o.dryRun = true;
    else if (a === "--") o.paths.push(...rest.slice(i + 1)), i = rest.length;
    else if (a.startsWith("-")) throw new UsageError(`Unknown option "${a}".`);
    else o.paths.push(a);
  }
  if ((command === "check" || command === "fix") && o.paths.length === 0) throw new UsageError("Give at least one file or folder.");
  return o;
}

/** Expands folders (recursively, skipping hidden folders and node_modules) into files. */
function collectFiles(paths: string[], problems: string[]): string[] {
  const files: string[] = [];
  const visit = (p: string, top: boolean) => {
    let st;
    try { st = statSync(p); } catch (e) { problems.push(`${p}: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`); return; }
    if (st.isDirectory()) {
      let entries: string[];
      try { entries = readdirSync(p).sort(); } catch (e) { problems.push(`${p}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? "error"})`); return; }
      for (const name of entries) {
        if (name.startsWith(".") || name === "node_modules") continue;
        const child = join(p, name);
        let cst;
        try { cst = statSync(child); } catch { continue; }
        if (cst.isDirectory() || EXTENSIONS.test(name)) visit(child, false);
      }
    } else if (st.isFile()) {
      if (top || EXTENSIONS.test(p)) files.push(p);
    } else problems.push(`${p}: not a regular file`);
  };
  for (const p of paths) visit(p, true);
  return files;
}

const decoder = new TextDecoder("utf-8", { fatal: false });
function readText(path: string): { text: string; raw: Buffer } {
  const raw = readFileSync(path);
  let text = decoder.decode(raw);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // editors hide the BOM too
  return { text, raw };
}

export async function main(argv: string[], io = { out: (s: string) => process.stdout.write(s + "\n"), err: (s: string) => process.stderr.write(s + "\n") }): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) io.err(`decorum: ${e.message}`);
      io.err(USAGE);
      return e.message ? 2 : 0;
    }
    throw e;
  }
  if (opts.command === "version") { io.out(VERSION); return 0; }
  const linter = createLinter({ rules, packs: builtinPacks });
  if (opts.command === "packs") {
    for (const p of builtinPacks) io.out(`${p.id.padEnd(22)} ${p.name} (built in)`);
    return 0;
  }
  if (opts.policy && !linter.packs.has(opts.policy)) {
    io.err(`decorum: ${new UnknownPackError(opts.policy, [...linter.packs.keys()]).message}`);
    return 2;
  }
  const problems: string[] = [];
  const files = collectFiles(opts.paths, problems);
  const configs = new ConfigFiles();
  const host = createNodeHost({ roots: [process.cwd()] });
  const reports: FileReport[] = [];
  let fatal = problems.length > 0;
  let changedFiles = 0;
  for (const file of files) {
    let text: string, raw: Buffer;
    try { ({ text, raw } = readText(file)); } catch (e) {
      problems.push(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`);
      fatal = true;
      continue;
    }
    const loaded = configs.forDocument(resolve(file));
    if (loaded.problem) {
      const pr = loaded.problem;
      problems.push(`${relative(process.cwd(), pr.file) || pr.file}:${pr.line + 1}:${pr.character + 1} ${pr.message}`);
    }
    const config: DecorumConfig = mergeConfigs(opts.policy ? { policy: opts.policy } : undefined, loaded.config);
    let result;
    try {
      result = await linter.lint(text, { config, host, documentPath: resolve(file) });
    } catch (e) {
      if (e instanceof UnknownPackError) { problems.push(`${loaded.file ?? file}: ${e.message}`); fatal = true; continue; }
      throw e;
    }
    if (opts.command === "fix") {
      const edits = collectSafeEdits(result.findings.filter((f) => f.fixes.every((x) => !x.command)));
      if (edits.length === 0) continue;
      const fixed = applyEdits(text, edits);
      const what = describeFixes(result.findings, edits.length);
      if (opts.dryRun) { io.out(`${file}: would apply ${what}`); changedFiles++; continue; }
      const written = writeIfUnchanged(file, raw, fixed, raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf);
      if (written) { io.out(`${file}: applied ${what}`); changedFiles++; }
      else { problems.push(`${file}: changed on disk since it was read; not fixed`); fatal = true; }
      continue;
    }
    reports.push({ path: file, findings: result.findings, lines: new LineIndex(text) });
  }
  for (const p of problems) io.err(`decorum: ${p}`);
  if (opts.command === "fix") {
    if (changedFiles === 0 && !fatal) io.err("decorum: nothing to fix.");
    return fatal ? 2 : 0;
  }
  if (opts.format === "json") io.out(formatJson(reports));
  else if (opts.format === "sarif") io.out(formatSarif(reports, rules, opts.policy ? linter.packs.get(opts.policy) : undefined, VERSION));
  else {
    const text = formatText(reports, opts.explain);
    if (text) io.out(text);
    io.err(summary(reports));
  }
  if (fatal) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

function describeFixes(findings: Finding[], edits: number): string {
  const byRule = new Map<string, number>();
  for (const f of findings) if (f.fixes.some((x) => x.kind === "safe")) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  return `${edits} edit(s) (${[...byRule].map(([r, n]) => `${r} ×${n}`).join(", ")})`;
}

/** Writes atomically (temp file + rename), keeping the mode and BOM, only if the file is still what was read. */
function writeIfUnchanged(file: string, original: Buffer, fixed: string, hadBom: boolean): boolean {
  const now = readFileSync(file);
  if (!now.equals(original)) return false;
  const mode = statSync(file).mode;
  const tmp = join(dirname(file), `.${basename(file)}.decorum-${process.pid}.tmp`);
  try {
    writeFileSync(tmp, (hadBom ? "\uFEFF" : "") + fixed);
    chmodSync(tmp, mode & 0o7777);
    renameSync(tmp, file);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
  return true;
}


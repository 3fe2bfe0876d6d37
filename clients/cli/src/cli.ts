/**
 * `decorum check [--policy PACK] [--format text|json|sarif] [--explain] PATH...`
 * `decorum fix [--dry-run] [--policy PACK] PATH...`
 * Exit codes: 0 nothing at error severity, 1 an error-severity finding, 2 bad usage or unreadable input.
 */
import { readFileSync, readdirSync, statSync, writeFileSync, renameSync, chmodSync, unlinkSync, existsSync, type Dirent } from "node:fs";
import { join, dirname, basename, resolve, relative } from "node:path";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { applyEdits, collectSafeEdits, UnknownPackError, exportClean, type Finding } from "../../../shared/src/index.js";
import { rules, builtinPacks } from "../../../rules/index.js";
import { createFileLinter, type FileOutcome } from "./lint-files.js";
import { CheckCache } from "./cache.js";
import { ruleDoc } from "../../../rules/docs.js";

const relativeTo = (p: string) => relative(process.cwd(), p) || p;
import { formatJson, formatSarif, formatText, summary, type FileReport } from "./format.js";
import { VERSION } from "../../../server/src/version.js";

const EXTENSIONS = /\.(md|markdown|txt)$/i;
const USAGE = `Usage:
  decorum check [--policy PACK] [--pack FILE]... [--format text|json|sarif] [--explain] [--no-cache] PATH...
  decorum fix [--dry-run] [--policy PACK] [--pack FILE]... PATH...
  decorum check --ready PATH...           exit 0 only when every file is ready to post
  decorum check --list-accepted PATH...   findings accepted outside the text, with their reasons
  decorum export FILE                     the post without front matter and comments, safe fixes applied
  decorum packs [--pack FILE]...          list packs and where each came from
  decorum explain RULE [--policy PACK]    a rule's documentation for the active pack
Folders are searched for .md, .markdown and .txt files.
Packs: ${builtinPacks.map((p) => p.id).join(", ")}`;

class UsageError extends Error {}

interface Options { command: string; policy?: string; format: "text" | "json" | "sarif"; explain: boolean; dryRun: boolean; paths: string[]; cache: boolean; cacheLocation?: string; packFiles: string[]; ready: boolean; listAccepted: boolean }

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") throw new UsageError("");
  if (command === "--version" || command === "-v") return { command: "version", format: "text", explain: false, dryRun: false, paths: [], cache: false, packFiles: [], ready: false, listAccepted: false };
  if (!["check", "fix", "packs", "explain", "export"].includes(command)) throw new UsageError(`Unknown command "${command}".`);
  const o: Options = { command, format: "text", explain: false, dryRun: false, paths: [], cache: true, packFiles: [], ready: false, listAccepted: false };
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
    else if (a === "--no-cache") o.cache = false;
    else if (a === "--ready") o.ready = true;
    else if (a === "--list-accepted") o.listAccepted = true;
    else if (a === "--pack" || a.startsWith("--pack=")) o.packFiles.push(resolve(value()));
    else if (a === "--cache-location" || a.startsWith("--cache-location=")) o.cacheLocation = value();
    else if (a === "--") o.paths.push(...rest.slice(i + 1)), i = rest.length;
    else if (a.startsWith("-")) throw new UsageError(`Unknown option "${a}".`);
    else o.paths.push(a);
  }
  if ((command === "check" || command === "fix") && o.paths.length === 0) throw new UsageError("Give at least one file or folder.");
  if (command === "export" && o.paths.length !== 1) throw new UsageError("Give one file to export.");
  if (command === "explain" && o.paths.length !== 1) throw new UsageError("Name one rule, e.g. decorum explain patient.identifier.");
  return o;
}

/** Expands folders (recursively, skipping hidden folders and node_modules) into files. */
function collectFiles(paths: string[], problems: string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    let entries: Dirent[];
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch (e) { problems.push(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? "error"})`); return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const child = join(dir, entry.name);
      // directory entries carry their type; only symbolic links need a stat
      let isDir = entry.isDirectory(), isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try { const st = statSync(child); isDir = st.isDirectory(); isFile = st.isFile(); } catch { continue; }
      }
      if (isDir) walk(child);
      else if (isFile && EXTENSIONS.test(entry.name)) files.push(child);
    }
  };
  for (const p of paths) {
    let st;
    try { st = statSync(p); } catch (e) { problems.push(`${p}: cannot read (${(e as NodeJS.ErrnoException).code ?? "error"})`); continue; }
    if (st.isDirectory()) walk(p);
    else if (st.isFile()) files.push(p);
    else problems.push(`${p}: not a regular file`);
  }
  return files;
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
  const fileLinter = createFileLinter({ policy: opts.policy, cwd: process.cwd(), packFiles: opts.packFiles });
  const visible = fileLinter.packsFor(process.cwd(), undefined, undefined);
  const allPacks = [...visible.packs, ...builtinPacks.filter((b) => !visible.packs.some((p) => p.id === b.id))];
  if (opts.command === "packs") {
    for (const p of allPacks) io.out(`${p.id.padEnd(22)} ${p.name} (${p.origin ? relativeTo(p.origin) : "built in"}${p.basedOn?.length ? `, extends ${p.basedOn[0]}` : ""})`);
    for (const pr of visible.problems) io.err(`decorum: ${pr}`);
    return visible.problems.length ? 2 : 0;
  }
  if (opts.command === "explain") {
    const rule = rules.find((r) => r.id === opts.paths[0]);
    if (!rule) { io.err(`decorum: no rule "${opts.paths[0]}". Rules: ${rules.map((r) => r.id).join(", ")}`); return 2; }
    const pack = allPacks.find((p) => p.id === (opts.policy ?? "general"));
    if (!pack) { io.err(`decorum: ${new UnknownPackError(opts.policy!, allPacks.map((p) => p.id)).message}`); return 2; }
    io.out(ruleDoc(rule, pack).replace(/^<!--.*-->\n/, ""));
    return 0;
  }
  const knownFromPaths = () => opts.paths.some((p) => {
    const folder = existsSync(p) && statSync(p).isDirectory() ? p : dirname(p);
    return fileLinter.packsFor(resolve(folder), undefined, undefined).packs.some((x) => x.id === opts.policy);
  });
  if (opts.policy && !allPacks.some((p) => p.id === opts.policy) && !knownFromPaths()) {
    io.err(`decorum: ${new UnknownPackError(opts.policy, allPacks.map((p) => p.id)).message}`);
    for (const pr of visible.problems) io.err(`decorum: ${pr}`);
    return 2;
  }
  const problems: string[] = [];
  const files = collectFiles(opts.paths, problems);
  let fatal = problems.length > 0;

  if (opts.command === "export") {
    const file = files[0];
    if (!file) { for (const p of problems) io.err(`decorum: ${p}`); return 2; }
    const { text, config, packs, accepted, outcome } = fileLinter.prepare(file);
    for (const p of outcome.problems) io.err(`decorum: ${p}`);
    if (text === undefined || !config) return 2;
    const result = await fileLinter.lint(file, text, config, outcome, packs, accepted);
    if (!result) { for (const p of outcome.problems) io.err(`decorum: ${p}`); return 2; }
    process.stdout.write(exportClean(result.doc, result.findings));
    return 0;
  }
  if (opts.listAccepted) {
    const seen = new Set<string>();
    let count = 0;
    for (const file of files) {
      const where = fileLinter.acceptedFiles.locate(file);
      if (seen.has(where)) continue;
      seen.add(where);
      for (const e of fileLinter.acceptedFiles.read(where)) {
        count++;
        io.out(`${e.document}: ${e.rule} accepted${e.by ? ` by ${e.by}` : ""}${e.at ? ` on ${e.at.slice(0, 10)}` : ""}: ${e.reason.trim() ? e.reason : "(NO REASON GIVEN)"}`);
      }
    }
    io.err(`${count} accepted finding(s).`);
    return 0;
  }

  if (opts.command === "fix") {
    let changedFiles = 0;
    for (const file of files) {
      const { text, raw, config, packs, accepted, outcome } = fileLinter.prepare(file);
      problems.push(...outcome.problems);
      fatal ||= outcome.fatal;
      if (text === undefined || !raw || !config) continue;
      const hadBom = raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf;
      if (!Buffer.from((hadBom ? "\uFEFF" : "") + text, "utf8").equals(raw)) {
        // rewriting would turn every invalid byte into U+FFFD, changing text outside the fixes
        problems.push(`${file}: contains bytes that are not valid UTF-8; not fixed`);
        fatal = true;
        continue;
      }
      const known = outcome.problems.length;
      const result = await fileLinter.lint(file, text, config, outcome, packs, accepted);
      if (!result) { problems.push(...outcome.problems.slice(known)); fatal = true; continue; }
      const edits = collectSafeEdits(result.findings.filter((f) => f.fixes.every((x) => !x.command)));
      if (edits.length === 0) continue;
      const fixed = applyEdits(text, edits);
      const what = describeFixes(result.findings, edits.length);
      if (opts.dryRun) { io.out(`${file}: would apply ${what}`); changedFiles++; continue; }
      if (writeIfUnchanged(file, raw, fixed, hadBom)) { io.out(`${file}: applied ${what}`); changedFiles++; }
      else { problems.push(`${file}: changed on disk since it was read; not fixed`); fatal = true; }
    }
    for (const p of problems) io.err(`decorum: ${p}`);
    if (changedFiles === 0 && !fatal) io.err("decorum: nothing to fix.");
    return fatal ? 2 : 0;
  }

  const cache = opts.cache ? CheckCache.open(opts.cacheLocation) : undefined;
  const outcomes = await checkFiles(files, fileLinter, opts, cache);
  cache?.save();
  const reports: FileReport[] = [];
  for (const o of outcomes) {
    problems.push(...o.problems);
    fatal ||= o.fatal;
    if (!o.fatal) reports.push({ path: o.path, findings: o.findings });
  }
  for (const p of problems) io.err(`decorum: ${p}`);
  if (opts.ready) {
    let allReady = !fatal;
    for (const o of outcomes) {
      if (o.fatal) continue;
      const status = o.ready ?? { ready: false, reasons: ["not checked"] };
      allReady &&= status.ready;
      io.out(`${o.path}: ${status.ready ? "ready to post" : `not ready: ${status.reasons.join("; ")}`}`);
    }
    return fatal ? 2 : allReady ? 0 : 1;
  }
  if (opts.format === "json") io.out(formatJson(reports));
  else if (opts.format === "sarif") io.out(formatSarif(reports, rules, builtinPacks.find((p) => p.id === opts.policy), VERSION));
  else {
    const text = formatText(reports, opts.explain);
    if (text) io.out(text);
    io.err(summary(reports));
  }
  if (fatal) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

/** Worker threads pay off past this many uncached files. */
const PARALLEL_THRESHOLD = 200;

async function checkFiles(files: string[], fileLinter: ReturnType<typeof createFileLinter>, opts: Options, cache: CheckCache | undefined): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(files.length);
  const progress = createProgress(files.length);
  const misses: number[] = [];
  const prepared = new Map<number, ReturnType<typeof fileLinter.prepare>>();
  const workers = Math.min(availableParallelism(), 4);
  // Once enough files miss the cache, worker threads start on them while the rest are still being
  // read and looked up here (reading and hashing a large vault takes a while of its own).
  let pool: ReturnType<typeof startWorkers> | undefined;
  for (let i = 0; i < files.length; i++) {
    const p = fileLinter.prepare(files[i]!);
    const hit = p.outcome.cacheKey ? cache?.get(resolve(files[i]!), p.outcome.cacheKey) : undefined;
    if (hit) { outcomes[i] = { ...p.outcome, findings: hit.findings, problems: [...p.outcome.problems, ...hit.problems], ready: hit.ready }; progress.tick(); }
    else if (p.text === undefined) { outcomes[i] = p.outcome; progress.tick(); }
    else {
      misses.push(i);
      if (pool) pool.add([files[i]!]);
      else if (misses.length >= PARALLEL_THRESHOLD && workers > 1) {
        prepared.clear(); // workers read the files again; keep memory flat
        pool = startWorkers(opts, workers, () => progress.tick());
        pool.add(misses.map((k) => files[k]!));
      } else prepared.set(i, p);
    }
    // let the workers take their next batches while this thread reads on
    if (pool && i % 64 === 63) await new Promise((r) => setImmediate(r));
  }
  if (pool) {
    const results = await pool.finish();
    misses.forEach((i) => { outcomes[i] = results.get(files[i]!) ?? { path: files[i]!, findings: [], problems: [`${files[i]}: not checked (worker stopped)`], fatal: true }; });
  } else {
    for (const i of misses) {
      const { text, config, packs, accepted, outcome } = prepared.get(i)!;
      await fileLinter.lint(files[i]!, text!, config!, outcome, packs, accepted);
      outcomes[i] = outcome;
      progress.tick();
    }
  }
  for (const i of misses) {
    const o = outcomes[i]!;
    if (cache && o.cacheKey && !o.fatal && !o.uncacheable) cache.set(resolve(o.path), o.cacheKey, { findings: o.findings, problems: o.problems, ready: o.ready });
  }
  progress.done();
  return outcomes;
}

/** Worker threads fed batches of files as they are added; `finish` says no more will come and waits for the outcomes. */
function startWorkers(opts: Options, count: number, onFile: () => void) {
  const workerUrl = new URL("./cli-worker.js", import.meta.url);
  const byPath = new Map<string, FileOutcome>();
  const batchSize = 25;
  const queue: string[] = [];
  const idle: Worker[] = [];
  let closed = false, active = count;
  let settle!: (outcomes: Map<string, FileOutcome>) => void, fail!: (e: unknown) => void;
  const finished = new Promise<Map<string, FileOutcome>>((res, rej) => { settle = res; fail = rej; });
  const feed = (worker: Worker) => {
    if (queue.length) worker.postMessage(queue.splice(0, batchSize));
    else if (closed) worker.postMessage(null);
    else idle.push(worker);
  };
  for (let w = 0; w < count; w++) {
    const worker = new Worker(workerUrl, { workerData: { policy: opts.policy, cwd: process.cwd(), packFiles: opts.packFiles } });
    worker.on("message", (m: FileOutcome | { done: true }) => {
      if ("done" in m) feed(worker);
      else { byPath.set(m.path, m); onFile(); }
    });
    worker.on("error", fail);
    worker.on("exit", () => { if (--active === 0) settle(byPath); });
    idle.push(worker);
  }
  const wake = () => { while (idle.length && (queue.length || closed)) feed(idle.shift()!); };
  return {
    add(paths: string[]) { queue.push(...paths); if (queue.length >= batchSize) wake(); },
    finish() { closed = true; wake(); return finished; },
  };
}

function createProgress(total: number) {
  const tty = process.stderr.isTTY && total > 20;
  let n = 0, last = 0;
  return {
    tick() {
      n++;
      const now = Date.now();
      if (tty && (now - last > 80 || n === total)) { last = now; process.stderr.write(`\rdecorum: checked ${n}/${total} files`); }
    },
    done() { if (tty) process.stderr.write("\r\u001b[K"); },
  };
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


// `npm run bench [-- --json] [-- --quick] [-- --only full|memory|keystrokes|startup|vault]`: Decorum against its peers in one run, on documents generated
// deterministically (scripts/bench/generate.mjs). Decorum runs under its own V8 flags in child processes (full-lint.mjs); keystroke figures go through the real server over
// stdio. Every lint being timed runs in a process of its own (full-lint.mjs, peer-lint.mjs), so this process
// stays small and idle while it measures the server. Prints each figure with its ratio to each peer. Never a timed unit test.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, statSync, existsSync, rmSync } from "node:fs";
import { tmpdir, availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { aliases } from "../build-aliases.mjs";
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver-protocol/node";
import { generateDocument, corpusDocument } from "./generate.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const asJson = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
const onlyAt = process.argv.indexOf("--only");
/** Whether a section runs (`--only` picks one, for quick iterations). */
const want = (section) => onlyAt < 0 || process.argv[onlyAt + 1] === section;
const POLICY = "imu-students";
const results = [];
const log = (...a) => { if (!asJson) console.error(...a); };

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
const ms = (t) => Number(t.toFixed(2));

function record(name, value, unit, target, peers = {}) {
  results.push({ name, value: ms(value), unit, target, peers: Object.fromEntries(Object.entries(peers).map(([k, v]) => [k, ms(v)])) });
  if (!asJson) {
    const ratios = Object.entries(peers).map(([k, v]) => `${k} ${ms(v)} ${unit} (×${(v / value).toFixed(1)})`).join(", ");
    console.log(`${name.padEnd(46)} ${String(ms(value)).padStart(9)} ${unit.padEnd(3)} target ${target.padEnd(10)} ${ratios}`);
  }
}

// --- in-process engine and peers -------------------------------------------------------------
const engineFile = join(ROOT, "node_modules/.cache/decorum-bench-engine.mjs");
// The engine runs in child processes under the product's V8 flags (the bundle sets them first, as the
// server and CLI do); the peers run in child processes with V8's defaults.
await build({ stdin: { contents: `import "./server/src/node/v8-flags.ts"; export { createLinter, clearDocumentCache } from "./shared/src/index.ts"; export { rules, builtinPacks } from "./rules/index.ts";`, resolveDir: ROOT, loader: "ts" },
  bundle: true, alias: aliases, platform: "node", format: "esm", outfile: engineFile, logLevel: "error", banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
/** Times from a child process of its own (a fresh heap: the bench process must stay small while it measures the server). */
function childTimes(script, args) {
  const child = spawnSync(process.execPath, [join(import.meta.dirname, script), ...args.map(String)], { encoding: "utf8", maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`${script} failed: ${child.stderr}`);
  return JSON.parse(child.stdout);
}

const sizes = !want("full") ? [] : quick ? [500, 2000] : [500, 2000, 50000];
for (const words of sizes) {
  const runs = words > 10000 ? 5 : 20;
  const decorum = childTimes("full-lint.mjs", [engineFile, POLICY, words, runs]);
  const plain = childTimes("peer-lint.mjs", ["plain", words, runs]);
  const alexT = childTimes("peer-lint.mjs", ["alex", words, words > 10000 ? 3 : runs]);
  record(`full lint, ${words} words (median)`, median(decorum), "ms", words === 50000 ? "≤ 250 ms" : "", { "unified+retext-profanities": median(plain), alex: median(alexT) });
}

// peak memory of a full 50,000-word lint, in a fresh process
if (!quick && want("memory")) {
  const docFile = join(mkdtempSync(join(tmpdir(), "decorum-bench-")), "big.md");
  writeFileSync(docFile, generateDocument(50000, 7));
  const r = spawnSync(process.execPath, ["-e", `import(${JSON.stringify(pathToFileURL(engineFile).href)}).then(async (e) => { const l = e.createLinter({ rules: e.rules, packs: e.builtinPacks }); await l.lint(require("fs").readFileSync(${JSON.stringify(docFile)}, "utf8"), { config: { policy: "${POLICY}" } }); console.log(process.resourceUsage().maxRSS); })`], { encoding: "utf8" });
  record("peak RSS, full lint of 50,000 words", Number(r.stdout.trim()) / 1024, "MB", "≤ 200 MB");
}

// --- the real server over stdio --------------------------------------------------------------
function startServer() {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [join(ROOT, "dist/server.js"), "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = new Map(), statusWaiters = new Map();
  const published = { count: 0 };
  conn.onNotification("textDocument/publishDiagnostics", (p) => {
    published.count++;
    const w = waiters.get(`${p.uri}@${p.version}`);
    if (w) { waiters.delete(`${p.uri}@${p.version}`); w(performance.now()); }
  });
  // sent after every lint, after the diagnostics when they changed (unchanged ones are not re-sent)
  conn.onNotification("decorum/status", (p) => {
    const w = statusWaiters.get(`${p.uri}@${p.version}`);
    if (w) { statusWaiters.delete(`${p.uri}@${p.version}`); w(performance.now()); }
  });
  conn.onRequest("workspace/configuration", (p) => p.items.map(() => ({ policy: POLICY })));
  conn.onRequest("client/registerCapability", () => null);
  conn.listen();
  const waitFor = (uri, version) => new Promise((r) => waiters.set(`${uri}@${version}`, r));
  const waitForLint = (uri, version) => new Promise((r) => statusWaiters.set(`${uri}@${version}`, r));
  return { proc, conn, t0, waitFor, waitForLint, published };
}

async function keystrokes(words, count, document = generateDocument(words, 11)) {
  const s = startServer();
  await s.conn.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { debounceMs: 0 } });
  void s.conn.sendNotification("initialized", {});
  const uri = `file:///bench/${words}.md`;
  let text = document;
  const opened = s.waitFor(uri, 1);
  void s.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text } });
  await opened;
  const lines = text.split("\n");
  const prose = lines.map((l, i) => [l, i]).filter(([l]) => l.length > 40 && !l.startsWith("#") && !l.startsWith("-"));
  const times = [], resent = [];
  let version = 1;
  let seed = 3;
  for (let k = 0; k < count; k++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const [line, lineNo] = prose[seed % prose.length];
    const character = seed % line.length;
    version++;
    // done when the client holds the diagnostics for this version: re-published, or unchanged
    const done = s.waitForLint(uri, version);
    const t = performance.now();
    void s.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: lineNo, character }, end: { line: lineNo, character } }, text: "e" }] });
    const sentBefore = s.published.count;
    times.push((await done) - t);
    if (s.published.count > sentBefore) resent.push(times[times.length - 1]);
  }
  const rss = readRss(s.proc.pid);
  s.proc.kill();
  return { times, rss, resent };
}

function readRss(pid) {
  try {
    const status = spawnSync("cat", [`/proc/${pid}/status`], { encoding: "utf8" }).stdout;
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch { return 0; }
}

if (want("keystrokes")) {
const k2 = await keystrokes(2000, quick ? 100 : 300);
record("keystroke re-lint, 2,000 words, p50 (server)", median(k2.times), "ms", "≤ 2 ms");
record("keystroke re-lint, 2,000 words, p99 (server)", pct(k2.times, 0.99), "ms", "≤ 10 ms");
log(`  (2,000 words: diagnostics re-sent after ${k2.resent.length} of ${k2.times.length} keystrokes, p50 of those ${ms(median(k2.resent) ?? 0)} ms; the others changed none)`);
if (!quick) {
  const k50 = await keystrokes(50000, 100);
  record("keystroke re-lint, 50,000 words, p50 (server)", median(k50.times), "ms", "≤ 5 ms");
  record("keystroke re-lint, 50,000 words, p99 (server)", pct(k50.times, 0.99), "ms", "");
  log(`  (50,000 words: diagnostics re-sent after ${k50.resent.length} of ${k50.times.length} keystrokes, p50 of those ${ms(median(k50.resent) ?? 0)} ms; the others changed none)`);
  // the same size made of the hand-written test posts: images, links, tables, institution mentions
  const kc = await keystrokes(50000, 100, corpusDocument());
  record("keystroke re-lint, 50,000 words of test posts, p50", median(kc.times), "ms", "≤ 5 ms");
  record("keystroke re-lint, 50,000 words of test posts, p99", pct(kc.times, 0.99), "ms", "");
}
}

// spawn → initialize answered → first diagnostics; idle memory
if (want("startup")) {
  const spawnTimes = [], firstDiag = [], rss = [];
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    const s = startServer();
    await s.conn.sendRequest("initialize", { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0, settings: { policy: POLICY } } });
    spawnTimes.push(performance.now() - s.t0);
    void s.conn.sendNotification("initialized", {});
    const uri = "file:///bench/first.md";
    const got = s.waitFor(uri, 1);
    void s.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version: 1, text: generateDocument(2000, 5) } });
    firstDiag.push((await got) - s.t0);
    await new Promise((r) => setTimeout(r, 300));
    rss.push(readRss(s.proc.pid));
    s.proc.kill();
  }
  // peers, from a cold process to their first result on the same note: the plain stack bundled (as the
  // issue measured it), and alex's CLI
  const dir = mkdtempSync(join(tmpdir(), "decorum-cold-"));
  const note = join(dir, "note.md");
  writeFileSync(note, generateDocument(2000, 5));
  const plainEntry = join(dir, "plain.mjs");
  await build({ stdin: { contents: `import { readFileSync } from "node:fs"; import { unified } from "unified"; import remarkParse from "remark-parse"; import remarkRetext from "remark-retext"; import retextEnglish from "retext-english"; import retextProfanities from "retext-profanities";
const text = readFileSync(process.argv[2], "utf8"); const stack = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(retextProfanities));
const file = { value: text, messages: [] }; await stack.run(stack.parse(text), file); process.stdout.write("done\\n");`, resolveDir: ROOT, loader: "js" },
    bundle: true, minify: true, platform: "node", format: "esm", outfile: plainEntry, logLevel: "error" });
  const coldRun = (args) => new Promise((done) => {
    const t0 = performance.now();
    const proc = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "ignore"] });
    let seen = false;
    proc.stdout.on("data", () => { if (!seen) { seen = true; done(performance.now() - t0); } });
    proc.on("exit", () => { if (!seen) { seen = true; done(performance.now() - t0); } });
  });
  const plainCold = [], alexCold = [];
  const alexCli = join(ROOT, "node_modules/alex/cli.js");
  for (let i = 0; i < (quick ? 3 : 7); i++) {
    plainCold.push(await coldRun([plainEntry, note]));
    if (existsSync(alexCli)) alexCold.push(await coldRun([alexCli, note]));
  }
  rmSync(dir, { recursive: true, force: true });
  const coldPeers = { "unified+retext-profanities (bundled, cold start to first result)": median(plainCold), ...(alexCold.length ? { "alex CLI (cold)": median(alexCold) } : {}) };
  record("server spawn → initialize answered (median)", median(spawnTimes), "ms", "≤ 150 ms");
  record("server spawn → first diagnostics (median)", median(firstDiag), "ms", "≤ 250 ms", coldPeers);
  record("idle server memory (RSS, one 2,000-word note)", median(rss), "MB", "≤ 100 MB");
}

// --- a vault through the CLI ------------------------------------------------------------------
if (want("vault")) {
  const notes = quick ? 500 : 5000;
  const vault = mkdtempSync(join(tmpdir(), "decorum-vault-"));
  for (let i = 0; i < notes; i++) {
    mkdirSync(join(vault, `folder-${i % 25}`), { recursive: true });
    writeFileSync(join(vault, `folder-${i % 25}`, `note-${i}.md`), generateDocument(150 + (i * 37) % 450, 1000 + i));
  }
  const cache = join(vault, "..", `${vault.split("/").pop()}-cache.json`);
  rmSync(cache, { force: true });
  const cli = (extra) => { const t = performance.now(); spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "check", "--policy", POLICY, "--format", "json", "--cache-location", cache, ...extra, vault], { stdio: ["ignore", "ignore", "ignore"] }); return performance.now() - t; };
  const cold = cli([]);
  const warm = median([cli([]), cli([]), cli([])]);
  const alexCli = join(ROOT, "node_modules/alex/cli.js");
  let alexVault;
  if (!quick && existsSync(alexCli)) { const t = performance.now(); spawnSync(process.execPath, [alexCli, vault], { stdio: "ignore" }); alexVault = performance.now() - t; }
  record(`${notes}-note vault, decorum check, cold (${availableParallelism()} cores)`, cold, "ms", "≤ 10 s", alexVault ? { "alex CLI": alexVault } : {});
  record(`${notes}-note vault, decorum check, nothing changed`, warm, "ms", "≤ 1 s");
  rmSync(vault, { recursive: true, force: true });
  rmSync(cache, { force: true });
}

const obsidian = join(ROOT, "dist/obsidian/main.js");
if (existsSync(obsidian)) record("Obsidian main.js (worker included)", statSync(obsidian).size / 1024 / 1024, "MB", "≤ 2 MB");

if (asJson) console.log(JSON.stringify({ node: process.version, cores: availableParallelism(), results }, null, 2));

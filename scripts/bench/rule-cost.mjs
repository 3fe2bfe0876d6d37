// `npm run bench:rules [-- --policy PACK] [-- --words N]`: where a full lint's time goes, per rule,
// on new text (no block cache can help): generated documents plus every corpus document in the
// repository and ../shared/corpus; then where a keystroke's re-lint goes (incremental lint of a
// one-character edit, in process). For finding the rule to optimise; the figures in notes come
// from `npm run bench`.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { aliases } from "../build-aliases.mjs";
import { generateDocument } from "./generate.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : fallback; };
const POLICY = arg("--policy", "imu-students");
const WORDS = Number(arg("--words", "50000"));

const engineFile = join(ROOT, "node_modules/.cache/decorum-rule-cost-engine.mjs");
await build({ stdin: { contents: `export { createLinter, clearDocumentCache } from "./shared/src/index.ts"; export { rules, builtinPacks } from "./rules/index.ts";`, resolveDir: ROOT, loader: "ts" },
  bundle: true, alias: aliases, platform: "node", format: "esm", outfile: engineFile, logLevel: "error", banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
const engine = await import(pathToFileURL(engineFile).href);

function markdownUnder(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) markdownUnder(join(dir, e.name), out);
    else if (e.name.endsWith(".md") && e.name !== "README.md") out.push(join(dir, e.name));
  }
  return out;
}
const corpus = [...markdownUnder(join(ROOT, "test/corpus")), ...markdownUnder(resolve(ROOT, "../shared/corpus/dev"))].map((f) => readFileSync(f, "utf8"));

const linter = engine.createLinter({ rules: engine.rules, packs: engine.builtinPacks });
for (let i = 0; i < 3; i++) await linter.lint(generateDocument(5000, 900 + i), { config: { policy: POLICY } }); // JIT warm-up

// CPU time of this process (single-threaded), so other load on the machine does not inflate the figures
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

async function measure(label, texts) {
  const spent = new Map();
  let total = 0, words = 0;
  for (const text of texts) {
    engine.clearDocumentCache();
    const fresh = engine.createLinter({ rules: engine.rules, packs: engine.builtinPacks });
    const t = cpuNow();
    await fresh.lint(text, { config: { policy: POLICY }, timings: { now: cpuNow, spent } });
    total += cpuNow() - t;
    words += text.split(/\s+/).length;
  }
  const per = (ms) => (ms / texts.length).toFixed(2).padStart(8);
  console.log(`\n${label}: ${texts.length} text(s), ${words} words, ${POLICY}; CPU ms per text (total ${per(total)})`);
  for (const [k, v] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`${per(v)}  ${k}`);
}

await measure(`generated ${WORDS}-word documents`, [1, 2, 3].map((i) => generateDocument(WORDS, 4000 + i)));
await measure("corpus documents, each linted once", corpus);

// keystrokes: one-character insertions at pseudo-random places, each an incremental lint of the last
{
  const spent = new Map();
  const fresh = engine.createLinter({ rules: engine.rules, packs: engine.builtinPacks });
  let text = generateDocument(WORDS, 11);
  let previous = await fresh.lint(text, { config: { policy: POLICY } });
  let seed = 3, total = 0;
  const each = [];
  const count = 100;
  for (let k = 0; k < count; k++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const at = seed % text.length;
    const next = text.slice(0, at) + "e" + text.slice(at);
    const t = cpuNow();
    previous = await fresh.lint(next, { config: { policy: POLICY }, previous, changes: [{ start: at, end: at, text: "e" }], timings: { now: cpuNow, spent } });
    const spentNow = cpuNow() - t;
    total += spentNow;
    each.push(spentNow);
    text = next;
  }
  const per = (ms) => (ms / count).toFixed(2).padStart(8);
  each.sort((a, b) => a - b);
  console.log(`\nkeystrokes on a ${WORDS}-word document (incremental, in process), ${POLICY}; CPU ms per keystroke (mean ${per(total)}, p50 ${each[count >> 1].toFixed(2)}, p90 ${each[Math.floor(count * 0.9)].toFixed(2)})`);
  for (const [k, v] of [...spent].sort((a, b) => b[1] - a[1])) console.log(`${per(v)}  ${k}`);
}

// Regenerates rules/docs/<id>.md and the README's rule table from rule metadata.
// `node scripts/gen-docs.mjs --check` exits 1 when a generated file is out of date.
import { build } from "esbuild";
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

const out = "node_modules/.cache/decorum-docs.mjs";
await build({ entryPoints: ["rules/docs.ts"], bundle: true, platform: "node", format: "esm", outfile: out, logLevel: "error",
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } });
const { rules, ruleDoc, readmeRuleTable } = await import(pathToFileURL(out).href + `?t=${Date.now()}`);
const check = process.argv.includes("--check");
const stale = [];
const write = (path, text) => {
  const old = existsSync(path) ? readFileSync(path, "utf8") : undefined;
  if (old === text) return;
  stale.push(path);
  if (!check) writeFileSync(path, text);
};
mkdirSync("rules/docs", { recursive: true });
for (const rule of rules) write(`rules/docs/${rule.id}.md`, ruleDoc(rule));
if (existsSync("README.md")) {
  const readme = readFileSync("README.md", "utf8");
  const next = readme.replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/, `$1${readmeRuleTable()}\n$2`);
  write("README.md", next);
}
if (check && stale.length) { console.error(`out of date (run npm run docs): ${stale.join(", ")}`); process.exit(1); }
if (!check) console.log(stale.length ? `wrote ${stale.join(", ")}` : "docs up to date");

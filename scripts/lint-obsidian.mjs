// `npm run lint:obsidian`: Obsidian's plugin guideline linter (eslint-plugin-obsidianmd) on clients/obsidian.
// Its type-aware rules need TypeScript's JS API, which TypeScript 7 (this repo's compiler) no longer
// ships; the plugin brings TypeScript 5 with it, so every `require("typescript")` made while linting
// is pointed at that copy. Run from clients/obsidian because the plugin reads ./manifest.json.
import Module, { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const pluginDir = dirname(require.resolve("eslint-plugin-obsidianmd/package.json"));
const ts5 = createRequire(resolve(pluginDir, "package.json")).resolve("typescript");
const original = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === "typescript" ? ts5 : original.call(this, request, ...rest);
};

process.chdir(resolve(root, "clients/obsidian"));
const { ESLint } = await import("eslint");
const eslint = new ESLint({ cwd: process.cwd() });
const results = await eslint.lintFiles(["."]);
const formatter = await eslint.loadFormatter("stylish");
const text = await formatter.format(results);
if (text) console.log(text);
const errors = results.reduce((n, r) => n + r.errorCount, 0);
const warnings = results.reduce((n, r) => n + r.warningCount, 0);
console.log(`eslint-plugin-obsidianmd: ${results.length} files, ${errors} errors, ${warnings} warnings`);
process.exit(errors || warnings ? 1 : 0);

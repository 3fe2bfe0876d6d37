// Child of bench.mjs: times Decorum's full lint in a process of its own, so the engine runs under
// the V8 flags the product's Node entries set (its bundle imports server/src/node/v8-flags.ts first)
// while the peers keep V8's defaults in the parent.
// `node full-lint.mjs <engine.mjs> <policy> <words> <runs>` prints the times in ms as JSON.
import { pathToFileURL } from "node:url";
import { generateDocument } from "./generate.mjs";

const [engineFile, policy, words, runs] = process.argv.slice(2);
const engine = await import(pathToFileURL(engineFile).href);
// warm the JIT on other text first: a running server or CLI worker has compiled its code already
const warm = engine.createLinter({ rules: engine.rules, packs: engine.builtinPacks });
for (let i = 0; i < 3; i++) await warm.lint(generateDocument(5000, 900 + i), { config: { policy } });
// a new text each run (no block cache can help), fresh linter and parse cache, as on opening a file
const docs = Array.from({ length: Number(runs) }, (_, i) => generateDocument(Number(words), 7 + i * 101));
const times = [];
for (const doc of docs) {
  engine.clearDocumentCache();
  const linter = engine.createLinter({ rules: engine.rules, packs: engine.builtinPacks });
  const t = performance.now();
  await linter.lint(doc, { config: { policy } });
  times.push(performance.now() - t);
}
console.log(JSON.stringify(times));

// Build pieces for the Obsidian plugin, shared by esbuild.config.mjs and the browser tests.
import * as esbuild from "esbuild";
import { builtinModules } from "node:module";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const catalogEntry = resolve(root, "clients/obsidian/src/catalog.ts");

/** Rule titles and pack names, computed at build time by running the registry once in a Node child process. */
export async function computeCatalog() {
  // ESM (the registry loads its rules with a top-level await), printed as JSON by a child process
  const out = await esbuild.build({
    stdin: { contents: `import { RULES, PACKS } from ${JSON.stringify(catalogEntry)}; process.stdout.write(JSON.stringify({ RULES, PACKS }));`, resolveDir: root, loader: "js" },
    bundle: true, platform: "node", format: "esm", write: false, logLevel: "error",
    banner: { js: "import { createRequire as __decorumRequire } from 'node:module'; const require = __decorumRequire(import.meta.url);" },
  });
  const dir = resolve(root, "node_modules/.cache/decorum");
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `catalog-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, out.outputFiles[0].text);
  try {
    const run = spawnSync(process.execPath, [file], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`computing the rule catalog failed: ${run.stderr}`);
    return JSON.parse(run.stdout);
  } finally {
    rmSync(file, { force: true });
  }
}

/** esbuild plugin: replace catalog.ts with its computed value. */
export function catalogPlugin() {
  return {
    name: "decorum-catalog",
    setup(build) {
      build.onLoad({ filter: /[\\/]clients[\\/]obsidian[\\/]src[\\/]catalog\.ts$/ }, async () => {
        const { RULES, PACKS } = await computeCatalog();
        return { loader: "ts", contents: `export const RULES = ${JSON.stringify(RULES)};\nexport const PACKS = ${JSON.stringify(PACKS)};\n` };
      });
    },
  };
}

/** Reads the worker build; it must exist (the worker target builds first). */
export function workerSource(file = resolve(root, "dist/server.worker.js")) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new Error(`${file} is missing: build the server-worker target before the Obsidian plugin.`);
  }
}

export const obsidianExternals = ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

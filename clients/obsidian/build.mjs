// Build pieces for the Obsidian plugin, shared by esbuild.config.mjs and the browser tests.
import * as esbuild from "esbuild";
import { builtinModules } from "node:module";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const catalogEntry = resolve(root, "clients/obsidian/src/catalog.ts");

/** Rule titles and pack names, computed at build time by running the registry once in Node. */
export async function computeCatalog() {
  // ESM: the registry loads its rules with a top-level await
  const out = await esbuild.build({
    entryPoints: [catalogEntry], bundle: true, platform: "node", format: "esm", write: false, logLevel: "error",
    banner: { js: "import { createRequire as __decorumRequire } from 'node:module'; const require = __decorumRequire(import.meta.url);" },
  });
  const dir = resolve(root, "node_modules/.cache/decorum");
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `catalog-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, out.outputFiles[0].text);
  try {
    const { RULES, PACKS } = await import(pathToFileURL(file).href);
    return { RULES, PACKS };
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

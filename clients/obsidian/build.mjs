// Build pieces for the Obsidian plugin, shared by esbuild.config.mjs and the browser tests.
import * as esbuild from "esbuild";
import { builtinModules, createRequire } from "node:module";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const catalogEntry = resolve(root, "clients/obsidian/src/catalog.ts");

/** Rule titles and pack names, computed at build time by running the registry once in Node. */
export async function computeCatalog() {
  const out = await esbuild.build({
    entryPoints: [catalogEntry], bundle: true, platform: "node", format: "cjs", write: false, logLevel: "error",
  });
  const dir = resolve(root, "node_modules/.cache/decorum");
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `catalog-${process.pid}-${Date.now()}.cjs`);
  writeFileSync(file, out.outputFiles[0].text);
  const { RULES, PACKS } = createRequire(import.meta.url)(file);
  rmSync(file, { force: true });
  return { RULES, PACKS };
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

// One build table. `node esbuild.config.mjs [--watch] [target...]` builds every target (or the named ones).
import * as esbuild from "esbuild";
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { catalogPlugin, obsidianExternals, workerSource } from "./clients/obsidian/build.mjs";
import { aliases } from "./scripts/build-aliases.mjs";

const nodeBanner = { js: "import { createRequire as __decorumRequire } from 'node:module'; const require = __decorumRequire(import.meta.url);" };

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

function resolveOptions(platform) {
  return {
    define: { __DECORUM_VERSION__: JSON.stringify(version), ...(platform === "browser" ? { "process.env.NODE_ENV": '"production"' } : {}) },
    bundle: true,
    alias: aliases,
    platform,
    target: platform === "node" ? "node20" : "es2020",
    sourcemap: false,
    // minified everywhere: a smaller bundle parses faster, and editors start the server often
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    logOverride: { "import-is-undefined": "error" },
  };
}

/**
 * The protocol library requires crypto and child_process at load for transports the server never uses over
 * stdio (named pipes, sockets, finding a global npm): loading them cost ~4 ms of every start. There they
 * load on first use instead.
 */
function lazyBuiltinsPlugin() {
  return {
    name: "lazy-builtins",
    setup(build) {
      build.onResolve({ filter: /^(?:node:)?(?:crypto|child_process)$/ }, (args) =>
        /[\\/]vscode-(?:jsonrpc|languageserver)[\\/]/.test(args.importer) ? { path: args.path.replace(/^node:/, ""), namespace: "lazy-builtin" } : undefined);
      build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, (args) => ({
        contents: `let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require("node:${args.path}"))[key] });`,
        loader: "js",
      }));
    },
  };
}

export const targets = [
  // The Node server is split: `initialize` is answered after loading the protocol library only; the rules
  // (a dynamic import) load next, from server-chunks/. Splitting needs an outdir: entryNames names the entry.
  { name: "server-node", entryPoints: ["server/src/node/main.ts"], outdir: "dist", entryNames: "server", chunkNames: "server-chunks/[name]-[hash]", splitting: true, clean: "dist/server-chunks", ...resolveOptions("node"), format: "esm", banner: { js: "#!/usr/bin/env node\n" + nodeBanner.js }, executable: "dist/server.js", plugins: [lazyBuiltinsPlugin()] },
  // Worker targets build with the "worker" condition: some packages' "browser" builds use `document` (decode-named-character-reference).
  { name: "server-worker", entryPoints: ["server/src/browser/main.ts"], outfile: "dist/server.worker.js", ...resolveOptions("browser"), format: "iife", conditions: ["worker"] },
  { name: "cli", entryPoints: ["clients/cli/src/main.ts"], outfile: "dist/cli.js", ...resolveOptions("node"), format: "esm", banner: { js: "#!/usr/bin/env node\n" + nodeBanner.js }, executable: true },
  // VS Code extension: clients/vscode is its own package (the one vsce packs); its bundles and a copy of each server build live in clients/vscode/dist.
  { name: "vscode-node", entryPoints: ["clients/vscode/src/node/extension.ts"], outfile: "clients/vscode/dist/extension.js", ...resolveOptions("node"), format: "cjs", external: ["vscode"], minify: true },
  { name: "vscode-web", entryPoints: ["clients/vscode/src/browser/extension.ts"], outfile: "clients/vscode/dist/web/extension.js", ...resolveOptions("browser"), format: "cjs", external: ["vscode"] },
  { name: "vscode-server", entryPoints: ["server/src/node/main.ts"], outdir: "clients/vscode/dist", entryNames: "server", chunkNames: "server-chunks/[name]-[hash]", outExtension: { ".js": ".mjs" }, splitting: true, clean: "clients/vscode/dist/server-chunks", ...resolveOptions("node"), format: "esm", banner: nodeBanner, minify: true, plugins: [lazyBuiltinsPlugin()] },
  { name: "vscode-server-worker", entryPoints: ["server/src/browser/main.ts"], outfile: "clients/vscode/dist/server.worker.js", ...resolveOptions("browser"), format: "iife", conditions: ["worker"] },
  { name: "cli-worker", entryPoints: ["clients/cli/src/worker.ts"], outfile: "dist/cli-worker.js", ...resolveOptions("node"), format: "esm", banner: nodeBanner },
  // Obsidian plugin: cjs for Obsidian's loader; the worker build is inlined as a string (so it is built first) and
  // started from a Blob URL; the rule catalog for the settings tab is computed at build time.
  {
    name: "obsidian", after: ["server-worker"], entryPoints: ["clients/obsidian/src/main.ts"], outfile: "dist/obsidian/main.js",
    ...resolveOptions("browser"), format: "cjs", target: "es2018", external: obsidianExternals, plugins: [catalogPlugin()],
    prepare: (o) => ({ ...o, define: { ...o.define, __DECORUM_WORKER_SOURCE__: JSON.stringify(workerSource()) } }),
    copy: [["clients/obsidian/manifest.json", "dist/obsidian/manifest.json"], ["clients/obsidian/styles.css", "dist/obsidian/styles.css"]],
  },
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const names = new Set(targets.filter((t) => wanted.length === 0 || wanted.includes(t.name)).map((t) => t.name));
for (const t of targets) if (names.has(t.name)) for (const dep of t.after ?? []) names.add(dep);
const chosen = targets.filter((t) => names.has(t.name));
mkdirSync("dist", { recursive: true });
const { existsSync } = await import("node:fs");
// Targets with `after` wait for those builds (the Obsidian plugin embeds the worker build).
const done = new Map();
const buildTarget = ({ name, executable, optional, after, prepare, copy, clean, ...options }) => {
  if (!done.has(name)) done.set(name, (async () => {
    await Promise.all((after ?? []).map((dep) => done.get(dep)));
    if (optional && !options.entryPoints.every((e) => existsSync(e))) return;
    if (clean) rmSync(clean, { recursive: true, force: true }); // chunk names carry hashes: drop the old ones
    await esbuild.build(prepare ? prepare(options) : options);
    if (executable) chmodSync(typeof executable === "string" ? executable : options.outfile, 0o755);
    for (const [from, to] of copy ?? []) copyFileSync(from, to);
  })());
  return done.get(name);
};
for (const t of chosen) if (!t.after) buildTarget(t);
for (const t of chosen) buildTarget(t);
await Promise.all(done.values());

/**
 * Vitest globalSetup: the tests spawn the built artefacts (dist/server.js, dist/cli.js), so build
 * them once per run when they are missing or older than any source file.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const OUTPUTS = ["dist/server.js", "dist/server.worker.js", "dist/cli.js"];
const SOURCES = ["server", "shared", "rules", "clients/cli", "esbuild.config.mjs", "package.json"];

function newestMtime(path: string): number {
  let st;
  try { st = statSync(path); } catch { return 0; }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export default function setup(): void {
  const outputs = OUTPUTS.map((o) => join(ROOT, o));
  const oldestOutput = outputs.every(existsSync) ? Math.min(...outputs.map((o) => statSync(o).mtimeMs)) : 0;
  const newestSource = Math.max(...SOURCES.map((s) => newestMtime(join(ROOT, s))));
  if (oldestOutput > newestSource) return;
  const r = spawnSync(process.execPath, ["esbuild.config.mjs"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  if (r.status !== 0) throw new Error(`node esbuild.config.mjs failed (exit ${r.status ?? r.signal}):\n${r.stderr}${r.stdout}`);
}

/**
 * Shared plumbing for the real-editor tests (Neovim, Emacs): find the editor, make a throwaway
 * workspace with a `.decorum.yaml`, run the editor headless with a bounded timeout and read the
 * JSON result its check script writes. The scripts never record document text.
 */
import { it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const SERVER_JS = join(ROOT, "dist/server.js");
export const EXAMPLE_POST = join(ROOT, "examples/blog/open-day-recap.md");
export const IMU_STAFF_DISCLAIMER = "The views expressed on this blog are mine alone and do not necessarily reflect the views of International Medical University.";

export interface CheckResult {
  ok: boolean;
  reason?: string;
  ms: number;
  steps: { name: string; ms: number }[];
  codes_before?: string[];
  actions?: string[];
  quickfix_title?: string;
  quickfix_applied?: boolean;
  codes_after_quickfix?: string[];
  command_result?: { applied: boolean; reason?: string };
  command_applied?: boolean;
  codes_after_command?: string[];
  command_again?: { applied: boolean; reason?: string };
  [key: string]: unknown;
}

export function hasBinary(bin: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;
}

/**
 * `it` when the editor is there; when it is missing, a test that FAILS in CI (naming the apt
 * packages) and a skip with a console note locally. Never a silent skip.
 */
export type EditorTest = (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;

export function editorIt(available: boolean, what: string, aptPackages: string[]): EditorTest {
  if (available) return (name, fn, timeoutMs) => it(name, fn, timeoutMs);
  const message = `${what} is not installed: install the Debian package${aptPackages.length > 1 ? "s" : ""} ${aptPackages.join(" ")} (sudo apt-get install -y ${aptPackages.join(" ")})`;
  if (process.env.CI) {
    return (name) => it(name, () => { throw new Error(`${message}. The real-editor tests must run in CI.`); });
  }
  console.warn(`[decorum] skipping a real-editor test: ${message}`);
  return (name, fn, timeoutMs) => it.skip(name, fn, timeoutMs);
}

export interface Workspace { dir: string; first: string; second: string; result: string; env: NodeJS.ProcessEnv; cleanup(): void }

/** Two copies of the example post under a `.decorum.yaml` that picks the pack; a private HOME/XDG. */
export function makeWorkspace(prefix: string, pack = "imu-staff"): Workspace {
  if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: the vitest globalSetup should have built it (npm run build)`);
  const dir = mkdtempSync(join(tmpdir(), `decorum-${prefix}-`));
  writeFileSync(join(dir, ".decorum.yaml"), `policy: ${pack}\n`);
  const first = join(dir, "post.md");
  const second = join(dir, "post-2.md");
  copyFileSync(EXAMPLE_POST, first);
  copyFileSync(EXAMPLE_POST, second);
  const result = join(dir, "result.json");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dir,
    XDG_CONFIG_HOME: join(dir, ".config"),
    XDG_CACHE_HOME: join(dir, ".cache"),
    XDG_DATA_HOME: join(dir, ".local/share"),
    XDG_STATE_HOME: join(dir, ".local/state"),
    DECORUM_SERVER: SERVER_JS,
    DECORUM_FIRST: first,
    DECORUM_SECOND: second,
    DECORUM_RESULT: result,
    DECORUM_DISCLAIMER: IMU_STAFF_DISCLAIMER,
  };
  return { dir, first, second, result, env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface EditorRun { code: number | null; signal: NodeJS.Signals | null; timedOut: boolean; ms: number; stderr: string; result?: CheckResult }

/** Runs the editor, kills it (and the server it started) after timeoutMs, and reads the result JSON. */
export function runEditor(cmd: string, args: string[], ws: Workspace, timeoutMs = 30_000): Promise<EditorRun> {
  const start = Date.now();
  return new Promise((resolvePromise, reject) => {
    // detached: its own process group, so a hung editor is killed together with the node server
    const child = spawn(cmd, args, { cwd: ws.dir, env: ws.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", () => undefined);
    child.stderr.on("data", (b: Buffer) => { if (stderr.length < 20_000) stderr += b.toString(); });
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid!, "SIGKILL"); } catch { child.kill("SIGKILL"); }
    }, timeoutMs);
    child.on("error", (e) => { clearTimeout(timer); reject(e); });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      let result: CheckResult | undefined;
      try { result = JSON.parse(readFileSync(ws.result, "utf8")) as CheckResult; } catch { /* no result written */ }
      resolvePromise({ code, signal, timedOut, ms: Date.now() - start, stderr, result });
    });
  });
}

/** A failure message worth reading: the script's reason, or the exit and the editor's stderr. */
export function explain(run: EditorRun, logFile?: string): string {
  let log = "";
  if (logFile && existsSync(logFile)) log = `\n${logFile} (end):\n${readFileSync(logFile, "utf8").slice(-3000)}`;
  if (run.timedOut) return `the editor was killed after ${run.ms} ms; stderr:\n${run.stderr}${log}`;
  if (!run.result) return `no result JSON (exit ${run.code ?? run.signal}); stderr:\n${run.stderr}${log}`;
  if (typeof run.result.server_stderr === "string") log += `\nserver stderr (end):\n${run.result.server_stderr}`;
  return `exit ${run.code}: ${run.result.reason ?? "(no reason)"}; steps ${JSON.stringify(run.result.steps)}${run.result.ok ? "" : `\nstderr:\n${run.stderr.slice(-3000)}${log}`}`;
}

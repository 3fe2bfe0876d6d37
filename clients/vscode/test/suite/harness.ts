/** A tiny test harness for code that runs inside VS Code's extension host (Node or web worker). */
import * as vscode from "vscode";

export interface TestResult { name: string; ok: boolean; ms: number; error?: string; note?: string }
export interface Test { name: string; fn: (note: (text: string) => void) => Promise<void> }

export async function runTests(tests: Test[], log: (line: string) => void): Promise<TestResult[]> {
  const results: TestResult[] = [];
  for (const t of tests) {
    const started = Date.now();
    const notes: string[] = [];
    try {
      await t.fn((text) => notes.push(text));
      results.push({ name: t.name, ok: true, ms: Date.now() - started, ...(notes.length ? { note: notes.join("; ") } : {}) });
      log(`  ok   ${t.name} (${Date.now() - started} ms)${notes.length ? ` [${notes.join("; ")}]` : ""}`);
    } catch (e) {
      const error = e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : String(e);
      results.push({ name: t.name, ok: false, ms: Date.now() - started, error });
      log(`  FAIL ${t.name} (${Date.now() - started} ms): ${error}`);
    }
  }
  return results;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export async function waitFor<T>(label: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (e) {
      lastError = e;
    }
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${label}${lastError ? ` (last error: ${(lastError as Error).message})` : ""}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function decorumDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "decorum");
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === "object" && d.code ? String(d.code.value) : String(d.code);
}

/** The first executeCodeActionProvider call can come back Canceled while the server warms up: retry. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return waitFor("code actions", async () => {
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>("vscode.executeCodeActionProvider", uri, range, kind);
    const list = (actions ?? []).filter((a): a is vscode.CodeAction => "title" in a && !("command" in a && typeof a.command === "string"));
    return list.length ? list : undefined;
  }, 15_000);
}

/** Applies a code action as the light bulb would: its edit, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert(await vscode.workspace.applyEdit(action.edit), `applyEdit failed for "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

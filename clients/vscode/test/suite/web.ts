/**
 * Extension tests for the web extension, run in @vscode/test-web's web-worker extension host
 * (scripts/test-vscode.mjs). The server runs as dist/server.worker.js in a Worker. The exit
 * code reaches the runner through test-web's codeAutomationExit.
 */
import * as vscode from "vscode";
import type { DecorumApi } from "../../src/common/client.js";
import { runTests, assert, waitFor, decorumDiagnostics, codeOf, codeActions, applyCodeAction, type Test } from "./harness.js";

export async function run(): Promise<void> {
  const log = (line: string) => console.log(line);
  let api: DecorumApi | undefined;
  const folder = () => { const f = vscode.workspace.workspaceFolders?.[0]; assert(f, "no workspace folder"); return f.uri; };
  const tests: Test[] = [
    {
      name: "the web extension activates in the browser",
      fn: async (note) => {
        assert(vscode.env.uiKind === vscode.UIKind.Web, "not running in the web UI");
        const ext = vscode.extensions.getExtension<DecorumApi>("decorum.decorum");
        assert(ext, "extension decorum.decorum not found");
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), "post.md"));
        await vscode.window.showTextDocument(doc);
        // activate() surfaces an activation error instead of a time-out
        api = await Promise.race([ext.activate(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error("activation timed out after 30 s")), 30_000))]);
        assert(api?.client, "activate() returned no client");
        note(`scheme ${doc.uri.scheme}, VS Code ${vscode.version}`);
      },
    },
    {
      name: "a diagnostic from the worker server",
      fn: async (note) => {
        const uri = vscode.Uri.joinPath(folder(), "post.md");
        await waitFor("affiliation.disclaimer", () => decorumDiagnostics(uri).find((d) => codeOf(d) === "affiliation.disclaimer"), 30_000);
        const status = await waitFor("decorum/status", () => api!.statusOf(uri));
        assert(status.pack === "umn-health-sciences", `pack ${status.pack}, expected umn-health-sciences from the folder settings`);
        note(`${decorumDiagnostics(uri).map(codeOf).join(", ")}`);
      },
    },
    {
      name: "quick fix and Fix all in the browser",
      fn: async () => {
        const uri = vscode.Uri.joinPath(folder(), "post.md");
        const editor = await vscode.window.showTextDocument(uri);
        const d = await waitFor("affiliation.disclaimer", () => decorumDiagnostics(uri).find((x) => codeOf(x) === "affiliation.disclaimer"));
        const fix = (await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value)).find((a) => /disclaimer/i.test(a.title));
        assert(fix, "no disclaimer quick fix");
        await applyCodeAction(fix);
        await waitFor("the disclaimer in the text", () => editor.document.getText().includes("do not represent the University of Minnesota"));
        await vscode.commands.executeCommand("decorum.fixAll");
        await waitFor("the e-mail replaced", () => editor.document.getText().includes("[your personal e-mail]"));
        await waitFor("the affiliation diagnostics to clear", () => !decorumDiagnostics(uri).some((x) => codeOf(x).startsWith("affiliation.")));
      },
    },
  ];
  const results = await runTests(tests, log);
  const failed = results.filter((r) => !r.ok);
  console.log(`web: ${results.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length) throw new Error(`${failed.length} web extension tests failed: ${failed.map((f) => f.name).join("; ")}`);
}

/**
 * Extension tests for the Node extension, run inside a real VS Code server's extension host
 * (scripts/test-vscode.mjs: the installed .vsix, the extensionTestsPath route). The workspace is
 * a copy of clients/vscode/test/workspace. Results go to result.json next to this file, because
 * the extension host's exit code does not reach the test runner in this route.
 */
import * as vscode from "vscode";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DecorumApi, CheckWorkspaceSummary } from "../../src/common/client.js";
import type { PolicyResult } from "../../../../shared/src/protocol.js";
import { runTests, assert, waitFor, sleep, decorumDiagnostics, codeOf, codeActions, applyCodeAction, type Test } from "./harness.js";

const EXTENSION_ID = "decorum.decorum";
const lines: string[] = [];
const log = (line: string) => { lines.push(line); console.log(line); };

function ws(path: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert(folder, "no workspace folder is open");
  return vscode.Uri.joinPath(folder.uri, path);
}

async function open(path: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(ws(path));
  return vscode.window.showTextDocument(doc, { preview: false });
}

async function diagnosticsWith(uri: vscode.Uri, code: string, timeoutMs = 20_000): Promise<vscode.Diagnostic> {
  return waitFor(`a ${code} diagnostic in ${uri.path.split("/").pop()}`, () => decorumDiagnostics(uri).find((d) => codeOf(d) === code), timeoutMs);
}

function serverPids(extensionPath: string): number[] {
  const ps = execFileSync("ps", ["-eo", "pid=,args="], { encoding: "utf8" });
  return ps.split("\n").filter((l) => l.includes(join(extensionPath, "dist/server.mjs"))).map((l) => Number.parseInt(l.trim(), 10)).filter((n) => Number.isFinite(n));
}

export async function run(): Promise<void> {
  const started = Date.now();
  let api: DecorumApi | undefined;
  const extension = vscode.extensions.getExtension<DecorumApi>(EXTENSION_ID);

  const tests: Test[] = [
    {
      name: "the installed extension activates on a Markdown post",
      fn: async (note) => {
        assert(extension, `extension ${EXTENSION_ID} is not installed`);
        note(`from ${extension.extensionPath}`);
        await open("post.md");
        api = await waitFor("activation", async () => extension.isActive ? extension.exports : undefined, 30_000);
        assert(api?.client, "activate() returned no client");
      },
    },
    {
      name: "diagnostics from the server, with codes linking to the rule docs",
      fn: async (note) => {
        const uri = ws("post.md");
        const d = await diagnosticsWith(uri, "affiliation.disclaimer");
        await diagnosticsWith(uri, "affiliation.email");
        assert(typeof d.code === "object" && d.code.target instanceof vscode.Uri && /^https?$/.test(d.code.target.scheme), "the diagnostic code has no docs link");
        note(`${decorumDiagnostics(uri).length} diagnostics; docs ${(d.code as { target: vscode.Uri }).target.toString()}`);
      },
    },
    {
      name: "hover shows the policy clause",
      fn: async () => {
        const uri = ws("post.md");
        const d = await diagnosticsWith(uri, "affiliation.disclaimer");
        const hovers = await waitFor("a hover", async () => {
          const h = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, d.range.start.translate(0, 1));
          return h?.length ? h : undefined;
        });
        const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
        assert(text.includes("> ") && text.includes("affiliation.disclaimer"), "the hover has no quoted clause or rule link");
      },
    },
    {
      name: "status: settings pick the pack, counts match the diagnostics",
      fn: async (note) => {
        const uri = ws("post.md");
        const status = await waitFor("decorum/status", () => api!.statusOf(uri));
        assert(status.pack === "umn-health-sciences", `pack is ${status.pack}, expected umn-health-sciences from .vscode/settings.json`);
        const total = Object.values(status.counts).reduce((a, b) => a + b, 0);
        await waitFor("status count = diagnostics", () => total === decorumDiagnostics(uri).length || undefined, 5000);
        note(`${status.packName}: ${total}`);
      },
    },
    {
      name: "disclaimer quick fix applies and its diagnostic goes away",
      fn: async () => {
        const editor = await open("post.md");
        const uri = editor.document.uri;
        const d = await diagnosticsWith(uri, "affiliation.disclaimer");
        const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find((a) => /disclaimer/i.test(a.title));
        assert(fix, `no disclaimer quick fix among: ${actions.map((a) => a.title).join(", ")}`);
        await applyCodeAction(fix);
        await waitFor("the disclaimer in the text", () => editor.document.getText().includes("do not represent the University of Minnesota"));
        await waitFor("the disclaimer diagnostic to clear", () => !decorumDiagnostics(uri).some((d) => codeOf(d) === "affiliation.disclaimer"));
      },
    },
    {
      name: "Decorum: Fix all safe problems (palette command, no arguments)",
      fn: async () => {
        const editor = await open("post.md");
        const uri = editor.document.uri;
        await diagnosticsWith(uri, "affiliation.email");
        await vscode.commands.executeCommand("decorum.fixAll");
        await waitFor("the e-mail replaced", () => editor.document.getText().includes("[your personal e-mail]") && !editor.document.getText().includes("gold0042@umn.edu"));
        await waitFor("the affiliation diagnostics to clear", () => !decorumDiagnostics(uri).some((d) => codeOf(d).startsWith("affiliation.")));
        await editor.document.save();
      },
    },
    {
      name: "front matter wins over settings",
      fn: async () => {
        const editor = await open("front.md");
        const status = await waitFor("decorum/status for front.md", () => api!.statusOf(editor.document.uri));
        assert(status.pack === "imu-students", `pack is ${status.pack}, expected imu-students from front matter`);
        await diagnosticsWith(editor.document.uri, "affiliation.disclaimer");
      },
    },
    {
      name: "multi-root: each folder's settings apply to its files",
      fn: async () => {
        const second = vscode.workspace.workspaceFolders?.[1];
        assert(second, "the second workspace folder is missing");
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(second.uri, "staff-post.md"));
        await vscode.window.showTextDocument(doc, { preview: false });
        const status = await waitFor("decorum/status for staff-post.md", () => api!.statusOf(doc.uri));
        assert(status.pack === "imu-staff", `pack is ${status.pack}, expected imu-staff from the second folder's settings`);
        assert(api!.statusOf(ws("post.md"))?.pack === "umn-health-sciences", "the first folder's pack changed");
      },
    },
    {
      name: "Decorum: Insert disclaimer (palette command)",
      fn: async () => {
        const editor = await open("front.md");
        await vscode.commands.executeCommand("decorum.insertDisclaimer");
        await waitFor("the IMU student disclaimer", () => editor.document.getText().includes("do not necessarily represent the positions"));
        await waitFor("the disclaimer diagnostic to clear", () => !decorumDiagnostics(editor.document.uri).some((d) => codeOf(d) === "affiliation.disclaimer"));
      },
    },
    {
      name: "plain text is checked too",
      fn: async () => {
        const editor = await open("notes.txt");
        assert(editor.document.languageId === "plaintext", `notes.txt opened as ${editor.document.languageId}`);
        await diagnosticsWith(editor.document.uri, "affiliation.disclaimer");
      },
    },
    {
      name: "Decorum: Show policy for this file",
      fn: async () => {
        await open("front.md");
        const policy = await vscode.commands.executeCommand<PolicyResult | undefined>("decorum.showPolicy");
        assert(policy?.pack === "imu-students", `showPolicy returned ${JSON.stringify(policy)}`);
        await vscode.commands.executeCommand("workbench.action.closeQuickOpen");
      },
    },
    {
      name: "Decorum: Copy clean version puts the post to publish on the clipboard",
      fn: async () => {
        const editor = await open("front.md");
        await waitFor("decorum/status for front.md", () => api!.statusOf(editor.document.uri));
        const before = editor.document.getText();
        const text = await vscode.commands.executeCommand<string | undefined>("decorum.copyClean");
        const clip = await vscode.env.clipboard.readText();
        assert(typeof text === "string" && clip === text, "the clean text is on the clipboard");
        assert(!clip.startsWith("---") && !clip.includes("decorum:"), "front matter is stripped");
        assert(editor.document.getText() === before, "the file is unchanged");
      },
    },
    {
      name: "Decorum: Redact all patient details (palette command)",
      fn: async () => {
        const editor = await open("patient.md");
        await waitFor("decorum/status for patient.md", () => api!.statusOf(editor.document.uri));
        const result = await vscode.commands.executeCommand<{ applied?: boolean; reason?: string }>("decorum.redactAll");
        assert(result?.applied === true, `redactAll returned ${JSON.stringify(result)}`);
        await waitFor("the patient's name redacted", () => !editor.document.getText().includes("Mrs. Tan"));
      },
    },
    {
      name: "codeActionsOnSave with source.fixAll.decorum",
      fn: async () => {
        await vscode.workspace.getConfiguration("editor").update("codeActionsOnSave", { "source.fixAll.decorum": "explicit" }, vscode.ConfigurationTarget.Workspace);
        try {
          const editor = await open("save.md");
          await diagnosticsWith(editor.document.uri, "affiliation.email");
          await editor.edit((b) => b.insert(new vscode.Position(0, 0), "<!-- draft -->\n"));
          await vscode.commands.executeCommand("workbench.action.files.save");
          await waitFor("fixes applied on save", () => editor.document.getText().includes("[your personal e-mail]") && editor.document.getText().includes("do not represent the University of Minnesota"));
          await waitFor("the saved file", () => !editor.document.isDirty || (void vscode.commands.executeCommand("workbench.action.files.save"), false), 10_000);
        } finally {
          await vscode.workspace.getConfiguration("editor").update("codeActionsOnSave", undefined, vscode.ConfigurationTarget.Workspace);
        }
      },
    },
    {
      name: "Decorum: Check workspace puts closed files' problems in Problems (.decorum.yaml applies)",
      fn: async (note) => {
        const summary = await vscode.commands.executeCommand<CheckWorkspaceSummary>("decorum.checkWorkspace");
        assert(summary && summary.files >= 5, `checkWorkspace returned ${JSON.stringify(summary)}`);
        const closed = ws("staff/closed.md");
        const diags = decorumDiagnostics(closed);
        assert(diags.some((d) => codeOf(d) === "affiliation.disclaimer") && diags.some((d) => codeOf(d) === "affiliation.email"), `staff/closed.md has ${diags.map(codeOf).join(", ") || "no diagnostics"}`);
        assert(diags.some((d) => d.message.includes("International Medical University")), "the imu-staff pack from staff/.decorum.yaml did not apply");
        note(`${summary.problems} problems in ${summary.files} files`);
        // opening the file hands it to the live diagnostics, without duplicates
        const editor = await open("staff/closed.md");
        await waitFor("live diagnostics replace the workspace ones", () => {
          const live = decorumDiagnostics(editor.document.uri);
          return live.length === diags.length || undefined;
        });
      },
    },
    {
      name: "the client restarts the server when it dies",
      fn: async (note) => {
        assert(extension, "no extension");
        const before = await waitFor("the server process", () => { const p = serverPids(extension.extensionPath); return p.length ? p : undefined; });
        for (const pid of before) process.kill(pid, "SIGKILL");
        const after = await waitFor("a new server process", () => { const p = serverPids(extension.extensionPath).filter((x) => !before.includes(x)); return p.length ? p : undefined; }, 30_000);
        note(`pid ${before.join(",")} killed, restarted as ${after.join(",")}`);
        const editor = await open("notes.txt");
        await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount, 0), "\nQuestions? Email me at gold0042@umn.edu.\n"));
        await diagnosticsWith(editor.document.uri, "affiliation.email", 30_000);
      },
    },
    {
      name: "status bar item shows pack and count; clicking it opens Problems (checked in the DOM by the runner)",
      fn: async (note) => {
        const editor = await open("notes.txt");
        await waitFor("the e-mail diagnostic", () => decorumDiagnostics(editor.document.uri).some((d) => codeOf(d) === "affiliation.email"));
        const status = await waitFor("decorum/status for notes.txt", () => api!.statusOf(editor.document.uri));
        const total = Object.values(status.counts).reduce((a, b) => a + b, 0);
        const expect = `${status.pack}: ${total}`;
        // hand over to scripts/test-vscode.mjs, which reads the workbench's DOM and clicks the item
        const done = join(__dirname, "ui-done.json");
        writeFileSync(join(__dirname, "ui-ready.json"), JSON.stringify({ expect }));
        const answer = await waitFor("the runner's UI check", () => existsSync(done) && JSON.parse(readFileSync(done, "utf8")) as { ok: boolean; detail: string }, 30_000);
        assert(answer.ok, answer.detail);
        note(answer.detail);
      },
    },
  ];

  log(`decorum vscode extension tests (VS Code ${vscode.version}, ${vscode.env.appName}, ${vscode.env.uiKind === vscode.UIKind.Web ? "web" : "desktop"} UI)`);
  const results = await runTests(tests, log);
  await sleep(0);
  const failed = results.filter((r) => !r.ok).length;
  writeFileSync(join(__dirname, "result.json"), JSON.stringify({ vscode: vscode.version, ms: Date.now() - started, results, log: lines }, null, 2));
  if (failed) throw new Error(`${failed} of ${results.length} extension tests failed`);
}

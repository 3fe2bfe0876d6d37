/**
 * The part of the extension shared by the Node and the web entry: a thin client. Everything
 * rule-specific happens in the server; this file wires VS Code's UI (status bar, commands,
 * Problems) to the server's messages in `shared/src/protocol.ts`. Never logs document text.
 */
import * as vscode from "vscode";
import { State, type BaseLanguageClient, type DocumentSelector, type LanguageClientOptions } from "vscode-languageclient";
import {
  CHECK_WORKSPACE_REQUEST, COMMANDS, POLICY_REQUEST, STATUS_NOTIFICATION,
  type CheckWorkspaceParams, type CheckWorkspaceResult, type PolicyResult, type StatusParams,
} from "../../../../shared/src/protocol.js";

export const LANGUAGES = ["markdown", "plaintext", "mdx"] as const;
export const CHECK_WORKSPACE_COMMAND = "decorum.checkWorkspace";
export const COPY_CLEAN_COMMAND = "decorum.copyClean";
/** Commands that the server runs on a document: the palette calls them without arguments. */
const DOCUMENT_COMMANDS: readonly string[] = [COMMANDS.insertDisclaimer, COMMANDS.fixAll, COMMANDS.redactAll];
const WORKSPACE_GLOB = "**/*.{md,markdown,mdx}";
const WORKSPACE_EXCLUDE = "{**/node_modules/**,**/.git/**,**/dist/**}";
const BATCH = 20;
const START_TIMEOUT_MS = 20_000;

/** Document selector for the given URI schemes (never `output`, `git` etc.: logs and diffs are not posts). */
export function documentSelector(schemes: readonly string[]): DocumentSelector {
  return schemes.flatMap((scheme) => LANGUAGES.map((language) => ({ scheme, language })));
}

/** What `activate` returns: used by the extension tests, stable enough for other extensions. */
export interface DecorumApi {
  client: BaseLanguageClient;
  /** The last `decorum/status` the server sent for a document. */
  statusOf(uri: vscode.Uri): StatusParams | undefined;
  checkWorkspace(): Promise<CheckWorkspaceSummary>;
  showPolicy(uri?: vscode.Uri): Promise<PolicyResult | undefined>;
}

export interface CheckWorkspaceSummary { files: number; checked: number; problems: number; cancelled: boolean }

interface CommandResult { applied?: boolean; reason?: string }

export async function activateClient(
  context: vscode.ExtensionContext,
  selector: DocumentSelector,
  createClient: (options: LanguageClientOptions) => BaseLanguageClient,
): Promise<DecorumApi> {
  const output = vscode.window.createOutputChannel("Decorum", { log: true });
  const statuses = new Map<string, StatusParams>();
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection("decorum-workspace");
  const statusItem = vscode.window.createStatusBarItem("decorum.status", vscode.StatusBarAlignment.Right, 100);
  statusItem.name = "Decorum";
  statusItem.command = "workbench.actions.view.problems";
  context.subscriptions.push(output, workspaceDiagnostics, statusItem);

  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    outputChannel: output,
    middleware: {
      // Palette commands carry no arguments: the server needs the document, so pass the active one.
      executeCommand: async (command, args, next) => {
        let callArgs = args;
        // "Accept this finding…": the reason is asked here and stored outside the text by the server
        if (command === COMMANDS.acceptFinding && args.length < 5) {
          const reason = await vscode.window.showInputBox({
            title: "Decorum: accept this finding",
            prompt: "Why is this fine to post? The reason is saved in .decorum/accepted.yaml for review, never in the post.",
            placeHolder: "e.g. The patient gave written consent for this story (form ref. 2025-014).",
            ignoreFocusOut: true,
            validateInput: (v) => (v.trim().length < 5 ? "Give a short reason a supervisor would understand." : undefined),
          });
          if (reason === undefined) return { applied: false, reason: "Cancelled." };
          callArgs = [...args, reason];
        }
        if (DOCUMENT_COMMANDS.includes(command)) {
          const first: unknown = args[0];
          const uri = first instanceof vscode.Uri ? first.toString() : typeof first === "string" ? first : vscode.window.activeTextEditor?.document.uri.toString();
          if (!uri) {
            void vscode.window.showInformationMessage("Decorum: open a Markdown or plain-text post first.");
            return { applied: false, reason: "No document." };
          }
          callArgs = [uri, ...args.slice(1)];
        }
        const result = (await next(command, callArgs)) as CommandResult | undefined;
        if (result && result.applied === false && result.reason && DOCUMENT_COMMANDS.includes(command)) {
          void vscode.window.showInformationMessage(`Decorum: ${result.reason}`);
        }
        return result;
      },
      workspace: {
        // Unset settings arrive as null; drop them so the pack's defaults and `.decorum.yaml` apply.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          return Array.isArray(result) ? result.map(withoutEmpty) : result;
        },
      },
    },
  };

  const client = createClient(clientOptions);
  const updateStatusBar = () => renderStatus(statusItem, client, statuses);
  context.subscriptions.push(
    client.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      if (typeof params?.uri !== "string") return;
      statuses.set(params.uri, params);
      updateStatusBar();
    }),
    client.onDidChangeState(updateStatusBar),
    vscode.window.onDidChangeActiveTextEditor(updateStatusBar),
    vscode.workspace.onDidCloseTextDocument((doc) => { statuses.delete(doc.uri.toString()); updateStatusBar(); }),
    // An opened file gets live diagnostics from the server: drop its workspace-check result.
    vscode.workspace.onDidOpenTextDocument((doc) => workspaceDiagnostics.delete(doc.uri)),
  );
  // A workspace-check result is stale once its file changes on disk.
  const watcher = vscode.workspace.createFileSystemWatcher(WORKSPACE_GLOB, true, false, false);
  context.subscriptions.push(watcher, watcher.onDidChange((uri) => workspaceDiagnostics.delete(uri)), watcher.onDidDelete((uri) => workspaceDiagnostics.delete(uri)));

  async function showPolicy(uri = vscode.window.activeTextEditor?.document.uri): Promise<PolicyResult | undefined> {
    if (!uri) {
      void vscode.window.showInformationMessage("Decorum: open a Markdown or plain-text post first.");
      return undefined;
    }
    const policy = await client.sendRequest<PolicyResult | null>(POLICY_REQUEST, { uri: uri.toString() });
    if (!policy) {
      void vscode.window.showInformationMessage("Decorum does not check this file (only Markdown and plain text).");
      return undefined;
    }
    const items: vscode.QuickPickItem[] = Object.entries(policy.rules).map(([rule, setting]) => ({ label: rule, description: String(setting) }));
    void vscode.window.showQuickPick(items.length ? items : [{ label: "No rule overrides: every rule at its default severity." }], {
      title: `Decorum: ${policy.name} (${policy.pack})`,
      placeHolder: policy.policyTitle,
      canPickMany: false,
    });
    return policy;
  }

  async function checkWorkspace(): Promise<CheckWorkspaceSummary> {
    return vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: "Decorum: checking workspace", cancellable: true },
      async (progress, token) => {
        const found = await vscode.workspace.findFiles(WORKSPACE_GLOB, WORKSPACE_EXCLUDE, 10_000, token);
        const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
        const files = found.filter((u) => !open.has(u.toString()));
        const summary: CheckWorkspaceSummary = { files: found.length, checked: found.length - files.length, problems: 0, cancelled: false };
        for (const u of found) if (open.has(u.toString())) summary.problems += vscode.languages.getDiagnostics(u).filter((d) => d.source === "decorum").length;
        workspaceDiagnostics.clear();
        const decoder = new TextDecoder();
        for (let i = 0; i < files.length; i += BATCH) {
          if (token.isCancellationRequested) { summary.cancelled = true; break; }
          const batch = files.slice(i, i + BATCH);
          const params: CheckWorkspaceParams = { files: [] };
          for (const uri of batch) {
            try {
              params.files.push({ uri: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) });
            } catch {
              output.warn("Could not read a workspace file; skipped.");
            }
          }
          let result: CheckWorkspaceResult;
          try {
            result = await client.sendRequest<CheckWorkspaceResult>(CHECK_WORKSPACE_REQUEST, params, token);
          } catch (e) {
            if (token.isCancellationRequested) { summary.cancelled = true; break; }
            throw e;
          }
          for (const file of result?.files ?? []) {
            const uri = vscode.Uri.parse(file.uri);
            if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === file.uri)) continue;
            const diagnostics = await client.protocol2CodeConverter.asDiagnostics(file.diagnostics as Parameters<typeof client.protocol2CodeConverter.asDiagnostics>[0]);
            workspaceDiagnostics.set(uri, diagnostics);
            summary.problems += diagnostics.length;
            summary.checked++;
          }
          progress.report({ increment: (batch.length / files.length) * 100, message: `${Math.min(i + BATCH, files.length)} of ${files.length} files` });
        }
        const text = `Decorum: ${summary.problems} problem${summary.problems === 1 ? "" : "s"} in ${summary.files} file${summary.files === 1 ? "" : "s"}${summary.cancelled ? " (cancelled)" : ""}.`;
        void vscode.window.showInformationMessage(text, "Open Problems").then((pick) => {
          if (pick) void vscode.commands.executeCommand("workbench.actions.view.problems");
        });
        return summary;
      },
    );
  }

  context.subscriptions.push(
    vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, checkWorkspace),
    vscode.commands.registerCommand(COMMANDS.showPolicy, (uri?: vscode.Uri) => showPolicy(uri instanceof vscode.Uri ? uri : undefined)),
    vscode.commands.registerCommand(COPY_CLEAN_COMMAND, copyClean),
  );

  /** The post as it should be published (front matter and comments removed, safe fixes applied), to the clipboard. */
  async function copyClean(uri = vscode.window.activeTextEditor?.document.uri): Promise<string | undefined> {
    if (!uri) {
      void vscode.window.showInformationMessage("Decorum: open a Markdown or plain-text post first.");
      return undefined;
    }
    const result = (await client.sendRequest("workspace/executeCommand", { command: COMMANDS.exportClean, arguments: [uri.toString()] })) as { text?: string; reason?: string } | null;
    if (typeof result?.text !== "string") {
      void vscode.window.showInformationMessage(`Decorum: ${result?.reason ?? "nothing to copy."}`);
      return undefined;
    }
    await vscode.env.clipboard.writeText(result.text);
    void vscode.window.showInformationMessage("Decorum: a clean copy of this post is on the clipboard (the file is unchanged).");
    return result.text;
  }

  updateStatusBar();
  context.subscriptions.push({ dispose: () => void client.stop() });
  // Awaited so the server's commands (registered once it initialises) exist when the palette calls them,
  // but bounded: a server that never answers must not leave activation hanging.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const started = await Promise.race([
    client.start().then(() => true, (e: unknown) => { output.error(`The language server failed to start (${(e as Error)?.name ?? "Error"}).`); return false; }),
    new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), START_TIMEOUT_MS); }),
  ]);
  clearTimeout(timer);
  if (started) output.info("Language server started.");
  else { output.error("The language server did not start."); updateStatusBar(); }
  return { client, statusOf: (uri) => statuses.get(uri.toString()), checkWorkspace, showPolicy };
}

function renderStatus(item: vscode.StatusBarItem, client: BaseLanguageClient, statuses: Map<string, StatusParams>) {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || !(LANGUAGES as readonly string[]).includes(doc.languageId)) { item.hide(); return; }
  if (client.state === State.Stopped) {
    item.text = "$(error) Decorum";
    item.tooltip = "The Decorum language server stopped. See the Decorum output channel.";
  } else {
    const status = statuses.get(doc.uri.toString());
    if (!status) {
      item.text = "$(sync~spin) Decorum";
      item.tooltip = "Decorum is checking this file.";
    } else {
      const total = Object.values(status.counts).reduce((a, b) => a + b, 0);
      const detail = Object.entries(status.counts).filter(([, n]) => n > 0).map(([sev, n]) => `${n} ${sev}`).join(", ") || "no problems";
      item.text = `${status.ready ? "$(check)" : "$(law)"} ${status.pack}: ${total}${status.ready ? " · ready" : ""}`;
      item.tooltip = `Decorum · policy: ${status.packName} (${status.pack}) · ${detail}\n${status.ready ? "Ready to post." : `Not ready to post: ${(status.reasons ?? []).join("; ")}.`}\nClick to open Problems.`;
    }
  }
  item.show();
}

/** Removes null and empty-string values, recursively (a VS Code default of null means "unset"). */
function withoutEmpty(value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === null || v === "" || v === undefined) continue;
    const cleaned = withoutEmpty(v);
    if (cleaned && typeof cleaned === "object" && !Array.isArray(cleaned) && Object.keys(cleaned).length === 0 && k !== "rules") continue;
    out[k] = cleaned;
  }
  return out;
}

/** A small real LSP client over stdio for tests: spawns the built server and speaks the protocol. */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { resolve } from "node:path";
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type PublishDiagnosticsParams, type Diagnostic, type TextEdit, type WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";

export const SERVER_JS = resolve(import.meta.dirname, "../../dist/server.js");

export interface TestClient {
  proc: ChildProcessWithoutNullStreams;
  conn: ProtocolConnection;
  /** Latest published diagnostics per URI. */
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** Every server log message (window/logMessage). */
  logs: string[];
  stderr: string[];
  docs: Map<string, TextDocument>;
  settings: Record<string, unknown>;
  open(uri: string, text: string, languageId?: string): void;
  change(uri: string, edits: { range?: TextEdit["range"]; text: string }[]): void;
  applyWorkspaceEdit(edit: WorkspaceEdit): void;
  waitForDiagnostics(uri: string, predicate: (d: Diagnostic[]) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  stop(): Promise<void>;
}

export async function startClient(options: { capabilities?: Record<string, unknown>; initializationOptions?: unknown; settings?: Record<string, unknown>; rootUri?: string | null; env?: NodeJS.ProcessEnv } = {}): Promise<TestClient> {
  const proc = spawn(process.execPath, [SERVER_JS, "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...options.env } });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const linted = new Map<string, number>();
  const client: TestClient = {
    proc, conn, diagnostics: new Map(), logs: [], stderr: [], docs: new Map(), settings: options.settings ?? {},
    open(uri, text, languageId = "markdown") {
      const doc = TextDocument.create(uri, languageId, 1, text);
      client.docs.set(uri, doc);
      void conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
    },
    change(uri, edits) {
      const doc = client.docs.get(uri)!;
      const next = TextDocument.update(doc, edits as never, doc.version + 1);
      client.docs.set(uri, next);
      void conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: next.version }, contentChanges: edits });
    },
    applyWorkspaceEdit(edit) {
      for (const change of edit.documentChanges ?? []) {
        if (!("textDocument" in change)) continue;
        const doc = client.docs.get(change.textDocument.uri)!;
        if (change.textDocument.version !== null && change.textDocument.version !== doc.version) throw new Error("stale edit");
        const text = TextDocument.applyEdits(doc, change.edits as TextEdit[]);
        client.change(doc.uri, [{ text }]);
      }
      for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
        const doc = client.docs.get(uri)!;
        client.change(uri, [{ text: TextDocument.applyEdits(doc, edits) }]);
      }
    },
    async waitForDiagnostics(uri, predicate, timeoutMs = 10000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const p = client.diagnostics.get(uri);
        const doc = client.docs.get(uri);
        const current = p && (p.version === undefined || p.version === doc?.version || linted.get(uri) === doc?.version);
        if (p && current && predicate(p.diagnostics)) return p.diagnostics;
        if (Date.now() > deadline) throw new Error(`timed out waiting for diagnostics on ${uri}; last: ${JSON.stringify(p?.diagnostics.map((d) => d.code))}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      try {
        await Promise.race([conn.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
        void conn.sendNotification("exit");
      } catch { /* already gone */ }
      await new Promise((r) => { if (proc.exitCode !== null) r(null); else { proc.once("exit", r); setTimeout(() => { proc.kill(); r(null); }, 2000); } });
      conn.dispose();
    },
  };
  proc.stderr.on("data", (d: Buffer) => client.stderr.push(d.toString()));
  conn.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => { client.diagnostics.set(p.uri, p); });
  // the server does not re-send diagnostics a lint left unchanged; its status says which version it linted
  conn.onNotification("decorum/status", (p: { uri: string; version?: number }) => { if (p.version !== undefined) linted.set(p.uri, p.version); });
  conn.onNotification("window/logMessage", (p: { message: string }) => { client.logs.push(p.message); });
  conn.onRequest("workspace/configuration", (p: { items: { section?: string }[] }) => p.items.map(() => client.settings));
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("workspace/applyEdit", (p: { edit: WorkspaceEdit }): { applied: boolean; failureReason?: string } => {
    try { client.applyWorkspaceEdit(p.edit); return { applied: true }; } catch (e) { return { applied: false, failureReason: String(e) }; }
  });
  conn.listen();
  await conn.sendRequest("initialize", {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities: options.capabilities ?? { workspace: { configuration: true, applyEdit: true, didChangeConfiguration: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { debounceMs: 10, ...(options.initializationOptions as object) },
  });
  void conn.sendNotification("initialized", {});
  return client;
}

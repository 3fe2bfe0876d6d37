/**
 * A small LSP client for the worker build of the Decorum server. The worker source is bundled
 * into the plugin as a string and started from a Blob URL, so nothing is fetched and it runs on
 * Obsidian mobile too, where no process can be spawned.
 */
import {
  createProtocolConnection, BrowserMessageReader, BrowserMessageWriter,
  type ProtocolConnection, type Diagnostic, type PublishDiagnosticsParams, type TextDocumentContentChangeEvent,
  type ApplyWorkspaceEditParams, type ApplyWorkspaceEditResult, type ConfigurationParams, type CodeAction, type Command,
  type Range, type InitializeResult,
} from "vscode-languageserver-protocol/browser";
import {
  CHECK_WORKSPACE_REQUEST, STATUS_NOTIFICATION, WORKSPACE_DATA_REQUEST,
  type CheckWorkspaceResult, type StatusParams, type WorkspaceDataParams, type WorkspaceDataResult,
} from "../../../shared/src/protocol.js";
import type { LspDocuments } from "./codemirror.js";

export interface ClientHooks {
  /** The `decorum` settings section for a note (scopeUri), or the defaults when it is undefined. */
  configuration(scopeUri: string | undefined): unknown;
  applyEdit(params: ApplyWorkspaceEditParams): ApplyWorkspaceEditResult | Promise<ApplyWorkspaceEditResult>;
  status?(params: StatusParams): void;
  /** Server log lines (the server never puts note text in them). */
  log?(type: number, message: string): void;
}

export interface StartOptions {
  debounceMs?: number;
  /** Milliseconds to wait for `initialize`. */
  timeoutMs?: number;
}

/** A worker started from JavaScript source held in memory. */
export function createWorkerFromSource(source: string): { worker: Worker; dispose(): void } {
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const worker = new Worker(url, { name: "decorum-language-server" });
  return {
    worker,
    dispose() {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}

export class DecorumClient implements LspDocuments {
  private readonly listeners = new Map<string, Set<(version: number | undefined, d: Diagnostic[]) => void>>();
  private readonly opened = new Set<string>();
  private disposed = false;
  serverInfo: InitializeResult["serverInfo"];

  private constructor(private readonly connection: ProtocolConnection, private readonly stopWorker: () => void) {}

  /** Connects to a started worker, registers the client handlers and runs `initialize`. */
  static async start(worker: { worker: Worker; dispose(): void }, hooks: ClientHooks, options: StartOptions = {}): Promise<DecorumClient> {
    const connection = createProtocolConnection(new BrowserMessageReader(worker.worker), new BrowserMessageWriter(worker.worker));
    const client = new DecorumClient(connection, () => worker.dispose());
    connection.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
      for (const l of client.listeners.get(p.uri) ?? []) l(p.version, p.diagnostics);
    });
    connection.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => hooks.status?.(p));
    connection.onNotification("window/logMessage", (p: { type: number; message: string }) => hooks.log?.(p.type, p.message));
    connection.onNotification("window/showMessage", (p: { type: number; message: string }) => hooks.log?.(p.type, p.message));
    connection.onRequest("workspace/configuration", (p: ConfigurationParams) =>
      p.items.map((item) => (item.section === "decorum" || item.section === undefined ? hooks.configuration(item.scopeUri) : null)));
    connection.onRequest("client/registerCapability", () => null);
    connection.onRequest("client/unregisterCapability", () => null);
    connection.onRequest("workspace/applyEdit", (p: ApplyWorkspaceEditParams) => hooks.applyEdit(p));
    connection.listen();
    const init = connection.sendRequest<InitializeResult>("initialize", {
      processId: null,
      clientInfo: { name: "decorum-obsidian" },
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { didSave: false, dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { dataSupport: true, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } } },
        },
      },
      initializationOptions: { settings: hooks.configuration(undefined), debounceMs: options.debounceMs ?? 200, pullDiagnostics: false, diagnosticData: "full" },
    });
    const timeout = new Promise<never>((_, reject) => window.setTimeout(() => reject(new Error("The Decorum checker did not start in time.")), options.timeoutMs ?? 20000));
    try {
      const result = await Promise.race([init, timeout]);
      client.serverInfo = result.serverInfo;
      await connection.sendNotification("initialized", {});
    } catch (e) {
      client.dispose();
      throw e;
    }
    return client;
  }

  open(uri: string, text: string, version: number): void {
    if (this.disposed) return;
    this.opened.add(uri);
    void this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "markdown", version, text } });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void {
    if (this.disposed || !this.opened.has(uri)) return;
    void this.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    if (this.disposed || !this.opened.delete(uri)) return;
    void this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  onDiagnostics(uri: string, listener: (version: number | undefined, d: Diagnostic[]) => void): () => void {
    let set = this.listeners.get(uri);
    if (!set) this.listeners.set(uri, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(uri) === set) this.listeners.delete(uri);
    };
  }

  /** Lints notes that are not open (`decorum/checkWorkspace`): stateless, same settings per note. */
  async checkFiles(files: { uri: string; text: string }[]): Promise<{ uri: string; diagnostics: Diagnostic[] }[]> {
    if (this.disposed || files.length === 0) return [];
    const result = await this.connection.sendRequest<CheckWorkspaceResult | null>(CHECK_WORKSPACE_REQUEST, { files });
    return (result?.files ?? []).map((f) => ({ uri: f.uri, diagnostics: f.diagnostics as Diagnostic[] }));
  }

  codeActions(uri: string, range: Range, only?: string[], diagnostics: Diagnostic[] = []): Promise<(CodeAction | Command)[] | null> {
    return this.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  executeCommand<T = unknown>(command: string, args: unknown[]): Promise<T> {
    return this.connection.sendRequest("workspace/executeCommand", { command, arguments: args });
  }

  /** Sends the vault's pack files and accepted findings (`decorum/workspaceData`); the server re-lints open notes. */
  async workspaceData(params: WorkspaceDataParams): Promise<WorkspaceDataResult | undefined> {
    if (this.disposed) return undefined;
    return (await this.connection.sendRequest<WorkspaceDataResult | null>(WORKSPACE_DATA_REQUEST, params)) ?? undefined;
  }

  /** Settings changed: the server drops its cache, asks again per note and re-lints. */
  configurationChanged(): void {
    if (!this.disposed) void this.connection.sendNotification("workspace/didChangeConfiguration", { settings: null });
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.listeners.clear();
    this.opened.clear();
    this.connection.dispose();
    this.stopWorker();
  }
}

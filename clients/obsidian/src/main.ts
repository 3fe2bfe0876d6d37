/**
 * Decorum for Obsidian: a thin client. The language server runs in a Web Worker (the same
 * server the other editors use), the editor extension shows its findings as underlines with fix
 * buttons, and the commands ask the server for edits. Nothing rule-specific lives here.
 */
import { Notice, Plugin, editorInfoField, type Editor, type MarkdownFileInfo, type MarkdownView, type TAbstractFile, type TFile, type WorkspaceLeaf } from "obsidian";
import type { EditorState } from "@codemirror/state";
import type { EditorView } from "@codemirror/view";
import type { ApplyWorkspaceEditParams, ApplyWorkspaceEditResult, TextEdit } from "vscode-languageserver-protocol";
import { COMMANDS, type AcceptFindingResult, type DiagnosticData, type StatusParams } from "../../../shared/src/protocol.js";
import { decorumEditorExtension, type DecorumDiagnostic, type EditorHost, type EditorSession } from "./codemirror.js";
import { DecorumClient, createWorkerFromSource } from "./lsp-worker.js";
import { DEFAULT_SETTINGS, configurationFor, isSkipped, loadSettings, noteUri, pathOfUri, type DecorumSettings } from "./settings.js";
import { renderFinding } from "./tooltip.js";
import { PACKS } from "./catalog.js";
import { WORKER_SOURCE } from "./worker-source.js";
import { DecorumSettingTab } from "./settings-tab.js";
import { RESULTS_VIEW, ResultsView, type VaultCheck } from "./results-view.js";
import { ACCEPTED_FILE, concernsWorkspaceData, readWorkspaceData, workspaceSignature, writeAccepted } from "./workspace-files.js";
import { askReason } from "./accept-modal.js";

type CommandResult = { applied: boolean; reason?: string };

/** A problem with a custom pack file or the accepted file (shown in a notice and in the settings tab). */
export interface WorkspaceProblem { path: string; line: number; character: number; message: string }

/** How often the dot-folder files are looked at (Obsidian sends no vault events for `.decorum/`). */
const POLL_MS = 5000;

export default class DecorumPlugin extends Plugin {
  override settings: DecorumSettings = { ...DEFAULT_SETTINGS };
  client: DecorumClient | undefined;
  /** Open editor panes, each its own LSP document. */
  readonly sessions = new Set<EditorSession>();
  /** Latest `decorum/status` per document URI. */
  readonly statuses = new Map<string, StatusParams>();
  /** Last whole-vault check, shown by the results view. */
  lastCheck: VaultCheck | undefined;
  private statusEl: HTMLElement | undefined;
  private focused: EditorSession | undefined;
  private starting: Promise<DecorumClient | undefined> | undefined;
  /** Custom packs the server loaded from the vault, and the problems found in those files. */
  customPacks: { id: string; name: string; path: string }[] = [];
  workspaceProblems: WorkspaceProblem[] = [];
  private refreshing: Promise<void> = Promise.resolve();
  private refreshTimer: number | undefined;
  private signature = "";
  private sentPackFiles = "";
  private shownProblems = "";
  /** Asks for the reason of an accepted finding; replaced in tests only if needed. */
  askReason = (finding: { rule: string; message: string }): Promise<string | undefined> => askReason(this.app, finding);
  /** Where "copy a clean version" writes; replaced in tests. */
  writeClipboard = (text: string): Promise<void> => navigator.clipboard.writeText(text);

  override async onload(): Promise<void> {
    this.settings = loadSettings(await this.loadData());
    this.statusEl = this.addStatusBarItem();
    this.statusEl.addClass("decorum-status");
    this.renderStatus();

    this.starting = this.startClient();
    const client = await this.starting;
    if (!client) return;
    // custom packs and accepted findings before the first lint, so no note flashes under the wrong pack
    await this.refreshWorkspaceData().catch((e) => console.error("[decorum] reading .decorum files failed", e));

    this.registerEditorExtension(decorumEditorExtension(this.editorHost()));
    this.registerView(RESULTS_VIEW, (leaf: WorkspaceLeaf) => new ResultsView(leaf, this));
    this.addSettingTab(new DecorumSettingTab(this.app, this));
    this.addCommands();
    this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.renderStatus()));
    const onVaultChange = (file: TAbstractFile, oldPath?: string) => {
      if (concernsWorkspaceData(file.path, this.settings.packFiles) || (oldPath !== undefined && concernsWorkspaceData(oldPath, this.settings.packFiles))) this.scheduleRefresh();
    };
    this.registerEvent(this.app.vault.on("create", onVaultChange));
    this.registerEvent(this.app.vault.on("modify", onVaultChange));
    this.registerEvent(this.app.vault.on("delete", onVaultChange));
    this.registerEvent(this.app.vault.on("rename", onVaultChange));
    this.registerInterval(window.setInterval(() => { void this.pollWorkspaceFiles(); }, POLL_MS));
  }

  override onunload(): void {
    if (this.refreshTimer !== undefined) window.clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
    for (const s of [...this.sessions]) s.destroy();
    this.sessions.clear();
    // The worker holds nothing worth a graceful shutdown: terminate it now so nothing outlives the plugin.
    this.client?.dispose();
    this.client = undefined;
  }

  private async startClient(): Promise<DecorumClient | undefined> {
    if (!WORKER_SOURCE) {
      new Notice("Decorum: this build has no checker inside; reinstall the plugin.");
      return undefined;
    }
    try {
      this.client = await DecorumClient.start(createWorkerFromSource(WORKER_SOURCE), {
        configuration: (scopeUri) => configurationFor(scopeUri === undefined ? undefined : pathOfUri(scopeUri), this.settings),
        applyEdit: (p) => this.applyServerEdit(p),
        status: (p) => {
          this.statuses.set(p.uri, p);
          this.renderStatus();
        },
        log: (type, message) => { if (type === 1) console.error(`[decorum] ${message}`); },
      }, { debounceMs: Math.min(this.settings.debounceMs, 200) });
      return this.client;
    } catch (e) {
      console.error("[decorum] the checker did not start", e);
      new Notice("Decorum: the checker did not start. See the developer console.");
      return undefined;
    }
  }

  private editorHost(): EditorHost {
    const client = this.client!;
    return {
      documents: client,
      pathOf: (state: EditorState) => {
        const file = state.field(editorInfoField, false)?.file;
        if (!file || file.extension !== "md" || isSkipped(file.path, this.settings)) return undefined;
        return file.path;
      },
      uriOf: (path, pane) => noteUri(path, pane),
      debounceMs: () => this.settings.debounceMs,
      packName: (id) => this.customPacks.find((p) => p.id === id)?.name ?? PACKS.find((p) => p.id === id)?.name,
      render: renderFinding,
      accept: (view, d) => { void this.acceptFinding(view, d).catch((e) => this.fail(e)); },
      attach: (s) => { this.sessions.add(s); },
      detach: (s) => {
        this.sessions.delete(s);
        if (this.focused === s) this.focused = undefined;
        if (s.uri) this.statuses.delete(s.uri);
      },
      changed: (s) => {
        if (s.view.hasFocus) this.focused = s;
        this.renderStatus();
      },
    };
  }

  /** The session of the editor a command runs in: the pane whose view is that editor, else the last focused pane on the same note. */
  sessionFor(editor: Editor | undefined, file: TFile | null | undefined): EditorSession | undefined {
    const cm = (editor as unknown as { cm?: unknown } | undefined)?.cm;
    const all = [...this.sessions].filter((s) => s.uri);
    return all.find((s) => s.view === cm)
      ?? (this.focused && this.focused.uri && (!file || this.focused.path === file.path) ? this.focused : undefined)
      ?? all.find((s) => file && s.path === file.path)
      ?? all.find((s) => s.view.hasFocus);
  }

  private activeSession(): EditorSession | undefined {
    const s = [...this.sessions].find((x) => x.view.hasFocus);
    if (s) return s;
    const file = this.app.workspace.getActiveFile();
    return this.sessionFor(undefined, file);
  }

  private addCommands(): void {
    const inEditor = (run: (session: EditorSession) => Promise<unknown>) =>
      (checking: boolean, editor: Editor, ctx: MarkdownView | MarkdownFileInfo): boolean => {
        const session = this.sessionFor(editor, ctx.file);
        if (!session || !this.client) return false;
        if (!checking) void run(session).catch((e) => this.fail(e));
        return true;
      };
    this.addCommand({ id: "insert-disclaimer", name: "Insert disclaimer", editorCheckCallback: inEditor((s) => this.runServerCommand(s, COMMANDS.insertDisclaimer)) });
    this.addCommand({ id: "fix-all", name: "Fix all safe problems", editorCheckCallback: inEditor((s) => this.runServerCommand(s, COMMANDS.fixAll)) });
    this.addCommand({ id: "redact-all", name: "Redact all patient details in this note", editorCheckCallback: inEditor((s) => this.runServerCommand(s, COMMANDS.redactAll)) });
    this.addCommand({ id: "copy-clean", name: "Copy a clean version", editorCheckCallback: inEditor((s) => this.copyClean(s)) });
    this.addCommand({ id: "check-vault", name: "Check the whole vault", callback: () => { void this.checkVault().catch((e) => this.fail(e)); } });
  }

  private fail(e: unknown): void {
    console.error("[decorum]", e);
    new Notice(`Decorum: ${(e as Error)?.message ?? "something went wrong"}`);
  }

  /** Runs one of the server's commands on a pane's note; the server answers with `workspace/applyEdit`. */
  async runServerCommand(session: EditorSession, command: string): Promise<CommandResult> {
    const client = this.client;
    if (!client || !session.uri) return { applied: false, reason: "not checked" };
    session.flush();
    const result = (await client.executeCommand<CommandResult | null>(command, [session.uri])) ?? { applied: false };
    if (!result.applied) new Notice(`Decorum: ${result.reason ?? "nothing was changed."}`);
    return result;
  }

  /** `workspace/applyEdit` from the server: edits for one pane's document, applied as an editor transaction. */
  applyServerEdit(params: ApplyWorkspaceEditParams): ApplyWorkspaceEditResult {
    const changes: { uri: string; version: number | null | undefined; edits: TextEdit[] }[] = [];
    for (const dc of params.edit.documentChanges ?? []) {
      if ("textDocument" in dc) changes.push({ uri: dc.textDocument.uri, version: dc.textDocument.version, edits: dc.edits.filter((e): e is TextEdit => "newText" in e) });
      else return { applied: false, failureReason: "Decorum only edits note text." };
    }
    for (const [uri, edits] of Object.entries(params.edit.changes ?? {})) changes.push({ uri, version: undefined, edits });
    for (const c of changes) {
      const session = [...this.sessions].find((s) => s.uri === c.uri);
      if (!session) return { applied: false, failureReason: "The note is not open." };
      if (!session.applyServerEdits(c.version, c.edits)) return { applied: false, failureReason: "The note changed; try again." };
    }
    return { applied: true };
  }

  /** The note as it would be posted (the server's `decorum export`): safe fixes applied, front matter and comments removed. */
  async copyClean(session: EditorSession): Promise<string | undefined> {
    const client = this.client;
    if (!client || !session.uri) return undefined;
    session.flush();
    const result = await client.executeCommand<{ text?: string; reason?: string } | null>(COMMANDS.exportClean, [session.uri]);
    if (typeof result?.text !== "string") throw new Error(result?.reason ?? "could not make a clean version.");
    await this.writeClipboard(result.text);
    new Notice("Decorum: copied a clean version (front matter and comments removed, safe fixes applied).");
    return result.text;
  }

  /** Checks every note outside the skipped folders, then shows the results view. */
  async checkVault(): Promise<VaultCheck | undefined> {
    const client = this.client;
    if (!client) return undefined;
    const files = this.app.vault.getMarkdownFiles().filter((f) => !isSkipped(f.path, this.settings)).sort((a, b) => a.path.localeCompare(b.path));
    const notice = new Notice(`Decorum: checking ${files.length} notes…`, 0);
    const check: VaultCheck = { at: Date.now(), notes: [], checked: 0 };
    const BATCH = 8;
    try {
      for (let i = 0; i < files.length; i += BATCH) {
        const batch = files.slice(i, i + BATCH);
        const texts = await Promise.all(batch.map(async (f) => ({ uri: noteUri(f.path, "check"), text: await this.app.vault.cachedRead(f) })));
        for (const r of await client.checkFiles(texts)) {
          const path = pathOfUri(r.uri);
          if (path === undefined || !r.diagnostics.length) continue;
          check.notes.push({ path, findings: r.diagnostics.map((d) => ({ line: d.range.start.line, character: d.range.start.character, severity: d.severity ?? 2, rule: typeof d.code === "string" ? d.code : "", message: typeof d.message === "string" ? d.message : d.message.value })) });
        }
        check.checked += batch.length;
        notice.setMessage(`Decorum: checked ${check.checked} of ${files.length} notes…`);
      }
    } finally {
      notice.hide();
    }
    check.notes.sort((a, b) => a.path.localeCompare(b.path));
    this.lastCheck = check;
    const total = check.notes.reduce((n, x) => n + x.findings.length, 0);
    new Notice(`Decorum: ${total} finding${total === 1 ? "" : "s"} in ${check.notes.length} of ${files.length} notes.`);
    await this.showResults();
    return check;
  }

  async showResults(): Promise<void> {
    const { workspace } = this.app;
    let leaf = workspace.getLeavesOfType(RESULTS_VIEW)[0];
    if (!leaf) {
      leaf = workspace.getRightLeaf(false) ?? workspace.getLeaf(true);
      await leaf.setViewState({ type: RESULTS_VIEW, active: true });
    }
    for (const l of workspace.getLeavesOfType(RESULTS_VIEW)) if (l.view instanceof ResultsView) l.view.render();
    await workspace.revealLeaf(leaf);
  }

  /** Opens a note at a finding (from the results view). */
  async openFinding(path: string, line: number): Promise<void> {
    const file = this.app.vault.getFileByPath(path);
    if (!file) return;
    await this.app.workspace.getLeaf(false).openFile(file, { eState: { line }, active: true });
  }

  /**
   * Reads the custom pack files and `.decorum/accepted.yaml` from the vault and sends them to the
   * server, which re-lints the open notes. Runs one at a time, in order.
   */
  refreshWorkspaceData(): Promise<void> {
    const run = async () => {
      const client = this.client;
      if (!client || client.isDisposed) return;
      const adapter = this.app.vault.adapter;
      const packFiles = [...this.settings.packFiles];
      const read = await readWorkspaceData(adapter, packFiles);
      this.signature = await workspaceSignature(adapter, packFiles);
      this.sentPackFiles = JSON.stringify(packFiles);
      const result = await client.workspaceData(read.params);
      this.customPacks = (result?.packs ?? []).map((p) => ({ id: p.id, name: p.name, path: pathOfUri(p.origin) ?? p.origin }));
      const problems: WorkspaceProblem[] = (result?.problems ?? []).map((p) => ({ path: pathOfUri(p.origin) ?? p.origin, line: p.line, character: p.character, message: p.message }));
      if (read.acceptedProblem) problems.push({ path: ACCEPTED_FILE, line: 0, character: 0, message: read.acceptedProblem });
      for (const path of read.unreadable) problems.push({ path, line: 0, character: 0, message: "The file was not found or cannot be read." });
      this.workspaceProblems = problems;
      // one notice per new set of problems (missing files from settings are listed in the settings tab only)
      const shown = problems.filter((p) => !read.unreadable.includes(p.path));
      const key = JSON.stringify(shown);
      if (shown.length && key !== this.shownProblems) new Notice(`Decorum: ${shown.map((p) => `${p.path}, line ${p.line + 1}: ${p.message}`).join("\n")}`, 10000);
      this.shownProblems = key;
    };
    const next = this.refreshing.then(run, run);
    this.refreshing = next.catch((e) => { console.error("[decorum] reading .decorum files failed", e); });
    return next;
  }

  /** A vault file the server depends on changed: refresh soon (several events often come together). */
  scheduleRefresh(delayMs = 250): void {
    if (this.refreshTimer !== undefined) window.clearTimeout(this.refreshTimer);
    this.refreshTimer = window.setTimeout(() => {
      this.refreshTimer = undefined;
      void this.refreshWorkspaceData().catch(() => undefined);
    }, delayMs);
  }

  /** Notices changes to the files under `.decorum/`, which Obsidian's vault events do not report. */
  async pollWorkspaceFiles(): Promise<boolean> {
    if (!this.client) return false;
    const signature = await workspaceSignature(this.app.vault.adapter, this.settings.packFiles);
    if (signature === this.signature) return false;
    await this.refreshWorkspaceData();
    return true;
  }

  /**
   * "Accept this finding…" from the tooltip: asks for a reason, lets the server fingerprint the
   * flagged text, and records the entry in `.decorum/accepted.yaml` (never in the note or the settings).
   */
  async acceptFinding(view: EditorView, d: DecorumDiagnostic): Promise<AcceptFindingResult | undefined> {
    const session = [...this.sessions].find((s) => s.view === view);
    const client = this.client;
    if (!client || !session?.uri || session.path === undefined) return undefined;
    const version = (d.lsp.data as DiagnosticData | undefined)?.version;
    const reason = await this.askReason({ rule: d.rule, message: d.message });
    if (reason === undefined) return undefined;
    session.flush();
    if (version !== session.version || !session.uri) {
      new Notice("Decorum: the note changed since the finding was shown; open its tooltip again.");
      return { applied: false, reason: "changed" };
    }
    const result = (await client.executeCommand<AcceptFindingResult | null>(COMMANDS.acceptFinding, [session.uri, version, d.rule, d.lsp.range, reason])) ?? { applied: false };
    if (!result.applied || !result.entry) {
      new Notice(`Decorum: ${result.reason ?? "the finding was not accepted."}`);
      return result;
    }
    try {
      await writeAccepted(this.app.vault.adapter, { ...result.entry, document: session.path, ...(this.settings.acceptedBy ? { by: this.settings.acceptedBy } : {}) });
    } finally {
      // the server hid the finding already; the file decides from now on (back if it was not written)
      await this.refreshWorkspaceData();
    }
    new Notice(`Decorum: accepted (${d.rule}); the reason is kept in ${ACCEPTED_FILE}.`);
    return result;
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    if (JSON.stringify(this.settings.packFiles) !== this.sentPackFiles) this.scheduleRefresh();
    this.client?.configurationChanged();
    for (const s of this.sessions) s.reopen();
    this.renderStatus();
  }

  renderStatus(): void {
    const el = this.statusEl;
    if (!el) return;
    const session = this.activeSession();
    const status = session?.uri ? this.statuses.get(session.uri) : undefined;
    if (!session?.uri || !status) {
      el.setText(session && !session.uri ? "Decorum: not checked" : "");
      el.setAttr("aria-label", "");
      return;
    }
    const parts = (["error", "warning", "information", "hint"] as const)
      .filter((k) => status.counts[k])
      .map((k) => `${status.counts[k]} ${k === "information" ? "info" : k}${status.counts[k] === 1 || k === "information" ? "" : "s"}`);
    el.setText(`Decorum: ${parts.length ? parts.join(", ") : "no findings"} · ${status.ready ? "ready to post" : "not ready"}`);
    el.setAttr("aria-label", status.ready ? `${status.packName}: ready to post` : `${status.packName}: not ready to post: ${status.reasons.join("; ")}`);
    el.setAttr("data-tooltip-position", "top");
  }
}

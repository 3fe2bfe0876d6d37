/**
 * LSP ↔ CodeMirror 6. The pure half maps LSP diagnostics (with their `data.fixes`) to
 * `@codemirror/lint` diagnostics with one action per fix, and CodeMirror changes to LSP
 * content changes. The editor half (`decorumEditorExtension`) keeps one LSP document per
 * editor pane in sync, debounced, and drops diagnostics computed for an older text.
 * Nothing here imports Obsidian: the host is passed in.
 */
import { StateEffect, StateField, MapMode, type ChangeDesc, type ChangeSet, type EditorState, type Extension, type Text, type ChangeSpec } from "@codemirror/state";
import { ViewPlugin, type EditorView, type PluginValue, type ViewUpdate } from "@codemirror/view";
import { linter, setDiagnostics, type Action, type Diagnostic as CmDiagnostic } from "@codemirror/lint";
import type { Diagnostic, Position, Range, TextDocumentContentChangeEvent, TextEdit } from "vscode-languageserver-protocol";
import type { DiagnosticData, FixData } from "../../../shared/src/protocol.js";

// ---------------------------------------------------------------------------------------------
// Pure mapping

/** Offset in `doc` of an LSP position; lines and characters past the end are clamped. */
export function toOffset(doc: Text, pos: Position): number {
  if (pos.line >= doc.lines) return doc.length;
  const line = doc.line(Math.max(0, pos.line) + 1);
  return line.from + Math.min(Math.max(0, pos.character), line.length);
}

/** LSP position of an offset. CodeMirror and LSP both count UTF-16 code units. */
export function toPosition(doc: Text, offset: number): Position {
  const line = doc.lineAt(Math.min(Math.max(0, offset), doc.length));
  return { line: line.number - 1, character: offset - line.from };
}

export function toRange(doc: Text, from: number, to: number): Range {
  return { start: toPosition(doc, from), end: toPosition(doc, to) };
}

/**
 * Incremental LSP changes for `changes` applied to `oldDoc`. Emitted last-first, so each
 * change's range is still valid in the document the server holds when it applies it.
 */
export function toContentChanges(changes: ChangeSet, oldDoc: Text): TextDocumentContentChangeEvent[] {
  const out: TextDocumentContentChangeEvent[] = [];
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    out.push({ range: toRange(oldDoc, fromA, toA), text: inserted.toString() });
  });
  return out.reverse();
}

/** A fix's edits as offsets into the document the diagnostics were computed for. */
export interface OffsetEdit { from: number; to: number; insert: string }

export function toOffsetEdits(doc: Text, edits: readonly TextEdit[]): OffsetEdit[] {
  return edits.map((e) => ({ from: toOffset(doc, e.range.start), to: toOffset(doc, e.range.end), insert: e.newText }));
}

const SEVERITY: Record<number, CmDiagnostic["severity"]> = { 1: "error", 2: "warning", 3: "info", 4: "hint" };

export interface MappingOptions {
  /** Display name of a pack id (for the clause line), e.g. `imu-students` → "IMU students". */
  packName?(id: string): string | undefined;
  /** Renders the tooltip body (message, clauses, rule link); CodeMirror shows the message alone without it. */
  render?: (d: DecorumDiagnostic) => Node;
  /** "Accept this finding…": records a reason outside the text (the tooltip shows the button when given). */
  accept?: (view: EditorView, d: DecorumDiagnostic) => void;
}

export const ACCEPT_TITLE = "Accept this finding…";

export interface FixView {
  title: string;
  kind: "safe" | "suggestion";
  edits: OffsetEdit[];
}

/** What the tooltip shows: CodeMirror's own fields plus the parts we render ourselves. */
export interface DecorumDiagnostic extends CmDiagnostic {
  rule: string;
  clauses: { label: string; quote: string }[];
  docsUrl?: string;
  fixes: FixView[];
  /** The LSP diagnostic it was made from (range and version as the server computed them). */
  lsp: Diagnostic;
}

/** "imu-students:a.v" → "IMU student guidelines, a.v" (or the raw clause id). */
export function clauseLabel(clause: string, options: MappingOptions = {}): string {
  const i = clause.indexOf(":");
  if (i < 0) return clause;
  const pack = clause.slice(0, i);
  const name = options.packName?.(pack);
  return `${name ?? pack}, ${clause.slice(i + 1)}`;
}

/**
 * LSP diagnostics → CodeMirror diagnostics. Only Decorum's diagnostics are kept; fixes that
 * need a host command (files on disk) are not offered, since the worker cannot run them.
 * Safe fixes come first, the preferred one leading; suggestions say so in their label.
 */
export function toCmDiagnostics(diagnostics: readonly Diagnostic[], doc: Text, options: MappingOptions = {}): DecorumDiagnostic[] {
  const out: DecorumDiagnostic[] = [];
  for (const d of diagnostics) {
    if (d.source !== "decorum") continue;
    const data = d.data as DiagnosticData | undefined;
    const from = toOffset(doc, d.range.start);
    const to = Math.max(from, toOffset(doc, d.range.end));
    const fixes: FixView[] = (data?.fixes ?? [])
      .filter((f) => !f.command && f.edits.length > 0)
      .sort((a, b) => rank(a) - rank(b))
      .map((f) => ({ title: f.kind === "suggestion" ? `${f.title} (suggestion)` : f.title, kind: f.kind, edits: toOffsetEdits(doc, f.edits) }));
    const rule = typeof d.code === "string" ? d.code : String(d.code ?? "");
    const made: DecorumDiagnostic = {
      from, to,
      severity: SEVERITY[d.severity ?? 2] ?? "warning",
      message: typeof d.message === "string" ? d.message : d.message.value,
      source: "Decorum",
      markClass: "decorum-finding",
      rule,
      clauses: (data?.sources ?? []).map((s) => ({ label: clauseLabel(s.clause, options), quote: s.quote })),
      docsUrl: d.codeDescription?.href,
      fixes,
      lsp: d,
    };
    const actions = fixes.map((f): Action => ({ name: f.title, markClass: f.kind === "suggestion" ? "decorum-suggestion" : "decorum-safe", apply: (view) => { applyFix(view, f.edits); } }));
    const accept = options.accept;
    if (accept) actions.push({ name: ACCEPT_TITLE, markClass: "decorum-accept", apply: (view) => { accept(view, made); } });
    made.actions = actions;
    const render = options.render;
    if (render) made.renderMessage = () => render(made);
    out.push(made);
  }
  return out;
}

function rank(f: FixData): number {
  return (f.kind === "safe" ? 0 : 2) + (f.preferred ? 0 : 1);
}

// ---------------------------------------------------------------------------------------------
// Applying fixes as editor transactions

/** Marks a transaction that installs a fresh set of diagnostics. */
const lintInstalled = StateEffect.define<null>();

/** The changes made since the current diagnostics were installed, to map fix offsets forward. */
const sinceLint = StateField.define<ChangeDesc | null>({
  create: () => null,
  update(value, tr) {
    if (tr.effects.some((e) => e.is(lintInstalled))) return tr.changes.empty ? null : tr.changes.desc;
    if (!tr.docChanged) return value;
    return value ? value.composeDesc(tr.changes.desc) : tr.changes.desc;
  },
});

/** Maps `edits` (offsets at install time) to the current text; undefined when any was deleted. */
export function mapEdits(edits: readonly OffsetEdit[], changes: ChangeDesc | null): OffsetEdit[] | undefined {
  if (!changes) return [...edits];
  const out: OffsetEdit[] = [];
  for (const e of edits) {
    const from = changes.mapPos(e.from, 1, MapMode.TrackDel);
    const to = e.from === e.to ? from : changes.mapPos(e.to, -1, MapMode.TrackDel);
    if (from === null || to === null || to < from) return undefined;
    out.push({ from, to, insert: e.insert });
  }
  return out;
}

/** Applies a fix as one undoable transaction. Returns false when the text it targets is gone. */
export function applyFix(view: EditorView, edits: readonly OffsetEdit[]): boolean {
  const mapped = mapEdits(edits, view.state.field(sinceLint, false) ?? null);
  if (!mapped) return false;
  const changes: ChangeSpec[] = mapped.map((e) => ({ from: e.from, to: e.to, insert: e.insert }));
  view.dispatch({ changes, userEvent: "input.decorum", scrollIntoView: false });
  return true;
}

// ---------------------------------------------------------------------------------------------
// The editor extension

/** The LSP side as the editor sees it (implemented by `DecorumClient`). */
export interface LspDocuments {
  open(uri: string, text: string, version: number): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  /** Subscribes to `publishDiagnostics` for one URI; returns the unsubscribe function. */
  onDiagnostics(uri: string, listener: (version: number | undefined, diagnostics: Diagnostic[]) => void): () => void;
}

export interface EditorHost extends MappingOptions {
  documents: LspDocuments;
  /** The vault path of the note in this editor, or undefined when it is not to be checked. */
  pathOf(state: EditorState): string | undefined;
  uriOf(path: string, pane: string): string;
  debounceMs(): number;
  attach?(session: EditorSession): void;
  detach?(session: EditorSession): void;
  /** Called after each install of diagnostics (for the status bar and tests). */
  changed?(session: EditorSession): void;
}

let paneCounter = 0;

/** One editor pane's LSP document. */
export class EditorSession implements PluginValue {
  readonly pane = `pane-${++paneCounter}`;
  path: string | undefined;
  uri: string | undefined;
  /** Version the server holds (the last one sent). */
  version = 0;
  /** The text the server holds. */
  private synced: Text;
  /** Changes made in the editor since the last sync. */
  private pending: ChangeSet | null = null;
  private timer: number | undefined;
  private unsubscribe: (() => void) | undefined;
  readonly stats = { published: 0, installed: 0, dropped: 0 };
  /** The diagnostics currently shown (LSP form, for commands). */
  current: Diagnostic[] = [];

  constructor(readonly view: EditorView, private readonly host: EditorHost) {
    this.synced = view.state.doc;
    this.host.attach?.(this);
    this.reopen(view.state);
  }

  /** Opens (or re-opens, after a rename or a settings change) the LSP document for this pane. */
  reopen(state: EditorState = this.view.state): void {
    const path = this.host.pathOf(state);
    const uri = path === undefined ? undefined : this.host.uriOf(path, this.pane);
    if (uri === this.uri) return;
    this.closeDocument();
    this.path = path;
    this.uri = uri;
    if (!uri) {
      // Not checked any more (skipped folder): clear the underlines once this update is over.
      if (this.current.length) window.setTimeout(() => { if (!this.uri) this.install([]); }, 0);
      return;
    }
    this.synced = state.doc;
    this.pending = null;
    this.version = 1;
    this.unsubscribe = this.host.documents.onDiagnostics(uri, (v, d) => this.receive(v, d));
    this.host.documents.open(uri, state.doc.toString(), this.version);
  }

  update(u: ViewUpdate): void {
    if (this.host.pathOf(u.state) !== this.path) this.reopen(u.state);
    if (!u.docChanged || !this.uri) return;
    this.pending = this.pending ? this.pending.compose(u.changes) : u.changes;
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.flush(), this.host.debounceMs());
  }

  /** Sends the pending changes now (commands call this before asking the server anything). */
  flush(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending || !this.uri) return;
    const changes = toContentChanges(this.pending, this.synced);
    this.version++;
    this.synced = this.view.state.doc;
    this.pending = null;
    this.host.documents.change(this.uri, this.version, changes);
  }

  /** True when the editor shows exactly the text the server holds. */
  get inSync(): boolean {
    return this.pending === null;
  }

  /** Diagnostics for an older text are dropped; the lint of the newer text is on its way. */
  receive(version: number | undefined, diagnostics: Diagnostic[]): boolean {
    this.stats.published++;
    const v = version ?? (diagnostics[0]?.data as DiagnosticData | undefined)?.version;
    if ((v !== undefined && v !== this.version) || this.pending) {
      this.stats.dropped++;
      return false;
    }
    this.install(diagnostics);
    return true;
  }

  private install(diagnostics: Diagnostic[]): void {
    this.current = diagnostics;
    const spec = setDiagnostics(this.view.state, toCmDiagnostics(diagnostics, this.view.state.doc, this.host));
    this.view.dispatch(spec, { effects: lintInstalled.of(null) });
    this.stats.installed++;
    this.host.changed?.(this);
  }

  /**
   * Applies server edits (from `workspace/applyEdit`) computed for `version` of this pane's
   * document. Edits made since that version was sent are mapped through. Returns false when
   * the version is not the one the server holds.
   */
  applyServerEdits(version: number | null | undefined, edits: readonly TextEdit[]): boolean {
    if (version !== undefined && version !== null && version !== this.version) return false;
    const offsets = toOffsetEdits(this.synced, edits);
    const mapped = mapEdits(offsets, this.pending ? this.pending.desc : null);
    if (!mapped) return false;
    this.view.dispatch({ changes: mapped.map((e) => ({ from: e.from, to: e.to, insert: e.insert })), userEvent: "input.decorum", scrollIntoView: true });
    return true;
  }

  /** The text the server holds (for commands that compute on it). */
  get syncedText(): string {
    return this.synced.toString();
  }

  private closeDocument(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.uri) this.host.documents.close(this.uri);
    this.uri = undefined;
  }

  destroy(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.closeDocument();
    this.host.detach?.(this);
  }
}

/** The extension Obsidian registers: lint display, fix mapping, and one session per pane. */
export function decorumEditorExtension(host: EditorHost): Extension {
  return [
    linter(null),
    sinceLint,
    ViewPlugin.define((view) => new EditorSession(view, host)),
  ];
}

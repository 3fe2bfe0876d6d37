/**
 * startServer(connection, host): the language server's wiring. Transport-free: the Node entry
 * passes a stdio/IPC connection and the Node host; the worker entry a browser connection.
 * Handlers never throw on user input and never log document text.
 */
import {
  TextDocuments, TextDocumentSyncKind, CodeActionKind, DiagnosticSeverity, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  type Connection, type InitializeParams, type InitializeResult, type CodeAction, type Diagnostic,
  type Hover, type WorkspaceEdit, type TextEdit, type DocumentDiagnosticReport,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  createLinter, collectSafeEdits, LineIndex, mergeConfigs, UnknownPackError, COMMANDS, FIX_ALL_KIND,
  STATUS_NOTIFICATION, POLICY_REQUEST, checkConfig, fingerprintOf, readyStatus, exportClean,
  type DecorumConfig, type Finding, type Host, type Linter, type LintResult, type TextChange, type FixData, type StatusParams, type PolicyParams, type PolicyResult, type Pack, type AcceptedEntry,
} from "../../shared/src/index.js";
import { builtinPacks } from "../../rules/packs/index.js";
import { severityOf, toDiagnostic, toFixData, toTextEdits } from "./convert.js";
import { registerCheckWorkspace } from "./handlers/checkWorkspace.js";
import { withWorkspaceData } from "./handlers/workspace-data.js";
import { VERSION } from "./version.js";

export interface LoadedConfigLike {
  config?: DecorumConfig;
  file?: string;
  problem?: { file: string; line: number; character: number; message: string };
}

/** What the host lends the server: config files, image access, commands that touch files. */
export interface ServerHost {
  lintHost?: Host;
  /** Config from files for a document URI (`.decorum.yaml` upward). */
  configFor?(uri: string): LoadedConfigLike;
  /** Custom packs visible from a document (settings' `packs`, the config's `packs:`, `.decorum/packs/`), with their problems. */
  packsFor?(uri: string, settingsPacks: string[] | undefined, loaded: LoadedConfigLike): { packs: Pack[]; problems: { file: string; line: number; character: number; message: string }[] };
  /** Path of a file: URI, for image resolution. */
  pathOf?(uri: string): string | undefined;
  /** URI of a path (config problems are published on the config file). */
  uriOf?(path: string): string;
  /** Findings accepted outside the text for a document, and recording a new one (returns the file written). */
  acceptedFor?(uri: string): AcceptedEntry[];
  accept?(uri: string, entry: { rule: string; fingerprint: string; reason: string }): string;
  /** Host commands carried by fixes (e.g. decorum.stripImageMetadata). */
  runCommand?(id: string, args: unknown[]): Promise<void>;
  /** Workspace roots changed (for image resolution bounds). */
  setRoots?(paths: string[]): void;
}

interface DocState {
  result?: LintResult; version?: number; timer?: () => void; running?: Promise<void>; dirty?: boolean;
  /** The last finished lint of this document and the edits made since its text (undefined: not known, the texts are compared). */
  base?: LintResult; changes?: TextChange[]; generation?: number;
  /** What the client was last given (push: published; pull: answered with `resultId`). */
  shown?: { diagnostics: Diagnostic[]; resultId: string };
}

/** More edits than this between two lints: stop recording them (the texts are compared instead). */
const MAX_RECORDED_CHANGES = 500;
/** A lint never holds the server longer than this (huge documents get partial findings). */
const LINT_BUDGET_MS = 2000;
const CONFIG_RELINT_MS = 50;

export function startServer(connection: Connection, host: ServerHost = {}): void {
  // The rules load after `initialize` is answered, and only those a lint's pack and settings turn
  // on: an editor starting the server gets its answer before any rule code or data is evaluated.
  let linterLoading: Promise<Linter> | undefined;
  const loadLinter = () => (linterLoading ??= import("../../rules/load.js").then(({ lazyRules }) => createLinter({ rules: lazyRules, packs: builtinPacks })));
  const states = new Map<string, DocState>();
  const stateOf = (uri: string) => states.get(uri) ?? states.set(uri, {}).get(uri)!;
  // Records each content change as offsets (in the text it applied to) for the incremental lint.
  const documents = new TextDocuments<TextDocument>({
    create(uri, languageId, version, content) {
      const state = states.get(uri);
      if (state) state.changes = undefined;
      return TextDocument.create(uri, languageId, version, content);
    },
    update(document, changes, version) {
      const state = stateOf(document.uri);
      for (const change of changes) {
        if ("range" in change && state.changes && state.changes.length < MAX_RECORDED_CHANGES) {
          let { start, end } = change.range;
          if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
          state.changes.push({ start: document.offsetAt(start), end: document.offsetAt(end), text: change.text });
        } else state.changes = undefined;
        document = TextDocument.update(document, [change], version);
      }
      return document;
    },
  });
  const settingsCache = new Map<string, Promise<DecorumConfig>>();
  let initSettings: DecorumConfig = {};
  let hasConfigurationCapability = false;
  let canWatchFiles = false;
  let canRegisterConfigurationChange = false;
  let pullDiagnostics = false;
  let debounceMs = 200;
  let fullDiagnosticData = false;
  const publishedConfigProblems = new Set<string>();

  const log = (level: "error" | "warn" | "info" | "debug", message: string) => {
    try {
      if (level === "error") connection.console.error(message);
      else if (level === "warn") connection.console.warn(message);
      else if (level === "info") connection.console.info(message);
      else connection.console.log(message);
    } catch { /* the connection may be closing */ }
  };
  // a host without file access (the worker) gets packs and accepted findings from the client
  host = withWorkspaceData(connection, host, builtinPacks, relintAll, (m) => log("warn", m));
  const lintHost: Host = { ...host.lintHost, log };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    hasConfigurationCapability = !!caps.workspace?.configuration;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canRegisterConfigurationChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; debounceMs?: unknown; pullDiagnostics?: unknown; diagnosticData?: unknown };
    if (typeof init.debounceMs === "number" && init.debounceMs >= 0) debounceMs = init.debounceMs;
    fullDiagnosticData = init.diagnosticData === "full";
    if (typeof init.pullDiagnostics === "boolean") pullDiagnostics = pullDiagnostics && init.pullDiagnostics;
    initSettings = sanitizeSettings(init.settings);
    const roots = (params.workspaceFolders ?? []).map((f) => host.pathOf?.(f.uri)).filter((p): p is string => !!p);
    if (roots.length === 0 && params.rootUri) { const p = host.pathOf?.(params.rootUri); if (p) roots.push(p); }
    host.setRoots?.(roots);
    // the initial settings' rules, while the client is still sending the first document
    later(() => void loadLinter().then((linter) => linter.prepare(initSettings)).catch(() => {}), 0);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.SourceFixAll], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: [COMMANDS.insertDisclaimer, COMMANDS.fixAll, COMMANDS.redactAll, COMMANDS.applyFix, COMMANDS.acceptFinding, COMMANDS.exportClean] },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: "decorum", version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // only clients that announce dynamic registration get one (eglot warns otherwise)
    if (hasConfigurationCapability && canRegisterConfigurationChange) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: "decorum" }).catch(() => undefined);
    }
    if (canWatchFiles) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/.decorum.{yaml,yml,json}" }, { globPattern: "**/.decorum/packs/*.{yaml,yml,json}" }] }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    for (const state of states.values()) state.result = undefined;
    const s = (change.settings as { decorum?: unknown } | null)?.decorum;
    if (s !== undefined && !hasConfigurationCapability) initSettings = sanitizeSettings(s);
    // a storm of configuration changes coalesces into one re-lint per document
    for (const doc of documents.all()) schedule(doc.uri, CONFIG_RELINT_MS);
    if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
  });

  // a config file changed: every open document may now have another pack
  connection.onDidChangeWatchedFiles(() => relintAll());
  function relintAll() {
    for (const state of states.values()) state.result = undefined;
    for (const doc of documents.all()) schedule(doc.uri, CONFIG_RELINT_MS);
    if (pullDiagnostics) connection.languages.diagnostics.refresh().catch(() => undefined);
  }

  async function settingsFor(uri: string): Promise<DecorumConfig> {
    if (!hasConfigurationCapability) return initSettings;
    let p = settingsCache.get(uri);
    if (!p) {
      p = connection.workspace.getConfiguration({ scopeUri: uri, section: "decorum" })
        .then((s) => mergeConfigs(initSettings, sanitizeSettings(s)), () => initSettings);
      settingsCache.set(uri, p);
    }
    return p;
  }

  async function lintDocument(uri: string): Promise<LintResult | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    const state = states.get(uri) ?? {};
    states.set(uri, state);
    if (state.result && state.version === doc.version) return state.result;
    const version = doc.version;
    const editorSettings = await settingsFor(uri);
    const fromFiles = host.configFor?.(uri) ?? {};
    reportConfigProblem(fromFiles);
    const custom = host.packsFor?.(uri, editorSettings.packs, fromFiles);
    reportPackProblems(custom?.problems ?? []);
    let config = mergeConfigs(editorSettings, fromFiles.config);
    const linter = await loadLinter();
    const current = documents.get(uri);
    if (!current || current.version !== version) return undefined; // a newer edit will lint
    // incremental: the last finished lint and the edits since; from here edits are recorded against this text
    const text = current.getText();
    const previous = state.base, changes = state.changes;
    const generation = (state.generation ?? 0) + 1;
    state.generation = generation;
    state.base = undefined;
    state.changes = [];
    let result: LintResult;
    try {
      result = await linter.lint(text, { config, host: lintHost, documentPath: host.pathOf?.(uri), packs: custom?.packs, accepted: host.acceptedFor?.(uri), previous, changes, deadline: Date.now() + LINT_BUDGET_MS });
    } catch (e) {
      if (!(e instanceof UnknownPackError)) throw e;
      log("warn", `${e.message} Using the general pack.`);
      config = { ...config, policy: undefined };
      result = await linter.lint(text, { config, host: lintHost, documentPath: host.pathOf?.(uri), packs: custom?.packs, previous, changes, deadline: Date.now() + LINT_BUDGET_MS });
    }
    if (result.incomplete) log("warn", `a very large document could not be checked completely within ${LINT_BUDGET_MS} ms; findings are partial`);
    if (state.generation === generation && states.get(uri) === state) state.base = result;
    if (documents.get(uri)?.version !== version) return undefined;
    state.result = result;
    state.version = version;
    return result;
  }

  function reportConfigProblem(loaded: LoadedConfigLike) {
    const file = loaded.problem?.file ?? loaded.file;
    if (!file || !host.uriOf) return;
    const uri = host.uriOf(file);
    if (loaded.problem) {
      const p = loaded.problem;
      publishedConfigProblems.add(uri);
      connection.sendDiagnostics({ uri, diagnostics: [{ range: { start: { line: p.line, character: p.character }, end: { line: p.line, character: p.character + 1 } }, severity: DiagnosticSeverity.Error, source: "decorum", code: "config.invalid", message: p.message }] });
    } else if (publishedConfigProblems.delete(uri)) {
      connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  const publishedPackProblems = new Set<string>();
  function reportPackProblems(problems: { file: string; line: number; character: number; message: string }[]) {
    if (!host.uriOf) return;
    const byUri = new Map<string, Diagnostic[]>();
    for (const p of problems) {
      const uri = host.uriOf(p.file);
      const list = byUri.get(uri) ?? byUri.set(uri, []).get(uri)!;
      list.push({ range: { start: { line: p.line, character: p.character }, end: { line: p.line, character: p.character + 1 } }, severity: DiagnosticSeverity.Error, source: "decorum", code: "config.invalid", message: p.message });
    }
    for (const uri of publishedPackProblems) if (!byUri.has(uri)) { connection.sendDiagnostics({ uri, diagnostics: [] }); publishedPackProblems.delete(uri); }
    for (const [uri, diagnostics] of byUri) { publishedPackProblems.add(uri); connection.sendDiagnostics({ uri, diagnostics }); }
  }

  function diagnosticsOf(result: LintResult, version: number): Diagnostic[] {
    const lines = result.doc.lines;
    return result.findings.map((f) => toDiagnostic(f, lines, version, fullDiagnosticData));
  }

  let resultIds = 0;
  /**
   * Records the result's diagnostics as shown unless the client already shows exactly these (same
   * ranges, rules, severities, messages), and says whether they changed: most keystrokes on a long
   * document change no diagnostic, and re-sending hundreds of them is most of a keystroke's cost.
   * The comparison reads the findings directly, so an unchanged lint builds no diagnostics. Clients
   * given full data (fixes with positions) always get a fresh set.
   */
  function changedSinceShown(state: DocState, result: LintResult, version: number): boolean {
    if (!fullDiagnosticData && state.shown && sameAsShown(state.shown.diagnostics, result)) return false;
    state.shown = { diagnostics: diagnosticsOf(result, version), resultId: String(++resultIds) };
    return true;
  }

  function sendStatus(uri: string, result: LintResult, version?: number) {
    const counts: Record<string, number> = {};
    for (const f of result.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
    const ready = readyStatus(result.findings, host.acceptedFor?.(uri) ?? [], result.accepted);
    const params: StatusParams = { uri, version, pack: result.pack.id, packName: result.pack.name, counts, ready: ready.ready, reasons: ready.reasons };
    connection.sendNotification(STATUS_NOTIFICATION, params);
  }

  function schedule(uri: string, delay = debounceMs) {
    const state = states.get(uri) ?? {};
    states.set(uri, state);
    state.timer?.();
    state.timer = later(() => {
      state.timer = undefined;
      void run(uri);
    }, delay);
  }

  async function run(uri: string) {
    const state = states.get(uri);
    if (!state) return;
    if (state.running) { state.dirty = true; return; }
    state.running = (async () => {
      try {
        const doc = documents.get(uri);
        if (!doc) return;
        const result = await lintDocument(uri);
        if (!result || !documents.get(uri)) return;
        if (!pullDiagnostics) {
          if (changedSinceShown(state, result, state.version!)) connection.sendDiagnostics({ uri, version: state.version, diagnostics: state.shown!.diagnostics });
        }
        sendStatus(uri, result, state.version);
      } catch (e) {
        log("error", `lint failed (${(e as Error)?.name ?? "Error"})`);
      }
    })();
    await state.running;
    state.running = undefined;
    if (state.dirty) { state.dirty = false; schedule(uri, 0); }
  }

  // TextDocuments fires onDidChangeContent right after onDidOpen: that one must not debounce the first lint
  let justOpened: string | undefined;
  documents.onDidOpen((e) => { justOpened = e.document.uri; schedule(e.document.uri, 0); });
  documents.onDidChangeContent((e) => {
    if (justOpened === e.document.uri) { justOpened = undefined; return; }
    justOpened = undefined;
    const state = states.get(e.document.uri);
    if (state && state.version !== e.document.version) state.result = undefined;
    schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const state = states.get(e.document.uri);
    state?.timer?.();
    states.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    if (!pullDiagnostics) connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
    try {
      const doc = documents.get(params.textDocument.uri);
      const result = doc ? await lintDocument(doc.uri) : undefined;
      if (!doc || !result) return { kind: "full", items: [] };
      sendStatus(doc.uri, result, doc.version);
      const state = stateOf(doc.uri);
      const before = state.shown?.resultId;
      if (!changedSinceShown(state, result, doc.version) && params.previousResultId === before) return { kind: "unchanged", resultId: before! };
      return { kind: "full", resultId: state.shown!.resultId, items: state.shown!.diagnostics };
    } catch (e) {
      log("error", `diagnostic request failed (${(e as Error)?.name ?? "Error"})`);
      return { kind: "full", items: [] };
    }
  });

  function workspaceEdit(uri: string, version: number, edits: TextEdit[]): WorkspaceEdit {
    return { documentChanges: [{ textDocument: { uri, version }, edits }] };
  }

  function fixAllEdits(result: LintResult): TextEdit[] {
    const edits = collectSafeEdits(result.findings.filter((f) => f.fixes.every((x) => !x.command)));
    return edits.map((e) => ({ range: result.doc.lines.toRange(e.start, e.end), newText: e.insert }));
  }

  connection.onCodeAction(async (params) => {
    try {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + "."));
      const actions: CodeAction[] = [];
      // Fixes come from the server's lint of the current text, for the finding at the diagnostic's
      // range: a diagnostic published for an older version (unchanged ones are not re-sent) still
      // gets its fixes when the same finding is there now, and never another text's edits.
      const current = params.context.diagnostics.filter((d) => d.source === "decorum" && d.range?.start && d.range?.end);
      const result = wants(CodeActionKind.QuickFix) && current.length ? await lintDocument(doc.uri) : undefined;
      if (result && documents.get(doc.uri)?.version === doc.version) {
        const lines = result.doc.lines;
        for (const d of current) {
          const start = lines.toOffset(d.range.start), end = lines.toOffset(d.range.end);
          const finding = result.findings.find((f) => f.rule === d.code && f.start === start && f.end === end);
          for (const fix of finding?.fixes ?? []) {
            if (!fix.command && fix.edits.length === 0) continue; // a lazily built fix that could not apply
            const title = fix.kind === "suggestion" ? `${fix.title} (suggestion: review before posting)` : fix.title;
            if (fix.command) {
              actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.preferred, command: { title, command: COMMANDS.applyFix, arguments: [doc.uri, doc.version, toFixData(fix, lines)] } });
            } else {
              actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.kind === "safe" && fix.preferred, edit: workspaceEdit(doc.uri, doc.version, toTextEdits(fix, lines)) });
            }
          }
          if (host.accept && finding) {
            const title = `Accept this finding… (${String(d.code)}: record a reason outside the text)`;
            actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [d], command: { title, command: COMMANDS.acceptFinding, arguments: [doc.uri, doc.version, d.code, d.range] } });
          }
        }
        // document-wide fixes ("redact every patient detail") travel on one finding; offer them on its siblings too
        if (actions.length) {
          const offered = new Set(actions.map((a) => a.title));
          const rulesHere = new Set(current.map((d) => String(d.code)));
          for (const f of result.findings) {
            if (!rulesHere.has(f.rule)) continue;
            for (const fix of f.fixes) {
              if (!fix.id.endsWith("-all") || fix.kind !== "safe" || fix.command || offered.has(fix.title) || fix.edits.length === 0) continue;
              offered.add(fix.title);
              actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, edit: workspaceEdit(doc.uri, doc.version, toTextEdits(fix, lines)) });
            }
          }
        }
      }
      if (only && (wants(FIX_ALL_KIND) && only.some((k) => FIX_ALL_KIND.startsWith(k)))) {
        const result = await lintDocument(doc.uri);
        if (result) {
          const edits = fixAllEdits(result);
          if (edits.length) actions.push({ title: "Decorum: fix all safe problems", kind: FIX_ALL_KIND, edit: workspaceEdit(doc.uri, doc.version, edits) });
        }
      }
      return actions;
    } catch (e) {
      log("error", `code action failed (${(e as Error)?.name ?? "Error"})`);
      return [];
    }
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    try {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const result = await lintDocument(doc.uri);
      if (!result) return null;
      const offset = result.doc.lines.toOffset(params.position);
      const here = result.findings.filter((f) => f.start <= offset && offset <= f.end);
      if (!here.length) return null;
      return { contents: { kind: "markdown", value: here.map((f) => hoverText(f, result.pack)).join("\n\n---\n\n") } };
    } catch (e) {
      log("error", `hover failed (${(e as Error)?.name ?? "Error"})`);
      return null;
    }
  });

  connection.onRequest(POLICY_REQUEST, async (params: PolicyParams): Promise<PolicyResult | null> => {
    const uri = params?.uri;
    if (typeof uri !== "string" || !documents.get(uri)) return null;
    const result = await lintDocument(uri);
    if (!result) return null;
    return { pack: result.pack.id, name: result.pack.name, policyTitle: result.pack.policy.title, rules: { ...result.pack.rules } };
  });

  connection.onExecuteCommand(async (params) => {
    try {
      const [uri, version, fixArg] = (params.arguments ?? []) as [unknown, unknown, unknown];
      if (typeof uri !== "string") return { applied: false, reason: "The command needs a document URI." };
      const doc = documents.get(uri);
      if (!doc) return { applied: false, reason: "The document is not open." };
      const result = await lintDocument(uri);
      if (!result) return { applied: false, reason: "The document changed; try again." };
      if (params.command === COMMANDS.exportClean) return { applied: false, version: doc.version, text: exportClean(result.doc, result.findings) };
      let edits: TextEdit[] = [];
      if (params.command === COMMANDS.fixAll) edits = fixAllEdits(result);
      else if (params.command === COMMANDS.insertDisclaimer) {
        const f = result.findings.find((x) => x.rule === "affiliation.disclaimer");
        const fix = f?.fixes.find((x) => x.id === "insert-disclaimer");
        if (!fix) return { applied: false, reason: result.pack.disclaimer ? "The disclaimer is already there or not needed." : `The ${result.pack.id} pack has no disclaimer.` };
        edits = toTextEdits(fix, result.doc.lines);
      } else if (params.command === COMMANDS.redactAll) {
        // patient.identifier's document-wide fixes: generalise-all (preferred) or placeholder-all
        const all = result.findings.flatMap((x) => x.fixes);
        const fix = all.find((x) => x.id === "generalise-all") ?? all.find((x) => x.id.endsWith("-all") && x.kind === "safe");
        if (!fix) return { applied: false, reason: "No patient details to redact." };
        edits = toTextEdits(fix, result.doc.lines);
      } else if (params.command === COMMANDS.acceptFinding) {
        const [, , rule, range, reason] = (params.arguments ?? []) as [unknown, unknown, unknown, { start: { line: number; character: number }; end: { line: number; character: number } } | undefined, unknown];
        if (!host.accept) return { applied: false, reason: "This editor cannot record accepted findings." };
        if (version !== doc.version) return { applied: false, reason: "The document changed since the finding was shown." };
        const start = range ? result.doc.lines.toOffset(range.start) : -1;
        const end = range ? result.doc.lines.toOffset(range.end) : -1;
        const finding = result.findings.find((f) => f.rule === rule && f.start === start && f.end === end);
        if (!finding) return { applied: false, reason: "No such finding in the current text." };
        const why = typeof reason === "string" ? reason.trim() : "";
        const entry = { rule: finding.rule, fingerprint: fingerprintOf(result.doc.text, finding), reason: why };
        const file = host.accept(uri, entry);
        for (const st of states.values()) st.result = undefined;
        schedule(uri, 0);
        if (!why) void connection.window.showWarningMessage(`Decorum recorded the accepted ${finding.rule} finding without a reason; add one in ${file} (a post is not ready while a reason is missing).`);
        return { applied: true, file, entry };
      } else if (params.command === COMMANDS.applyFix) {
        const fix = fixArg as FixData | undefined;
        if (version !== doc.version) return { applied: false, reason: "The document changed since the fix was offered." };
        if (!fix || !Array.isArray(fix.edits)) return { applied: false, reason: "No fix given." };
        if (fix.command) {
          if (!host.runCommand) return { applied: false, reason: "This editor cannot run that fix." };
          await host.runCommand(fix.command.id, fix.command.args);
        }
        edits = fix.edits;
      } else return { applied: false, reason: "Unknown command." };
      if (!edits.length) return { applied: false, reason: "Nothing to change." };
      const r = await connection.workspace.applyEdit({ label: "Decorum", edit: workspaceEdit(uri, doc.version, edits) });
      return { applied: r.applied };
    } catch (e) {
      log("error", `command failed (${(e as Error)?.name ?? "Error"})`);
      return { applied: false, reason: (e as Error)?.message?.slice(0, 200) ?? "failed" };
    }
  });

  /** Lints text that is not an open document (workspace check): same config layers, no state kept. */
  async function lintClosedFile(uri: string, text: string): Promise<Diagnostic[]> {
    const fromFiles = host.configFor?.(uri) ?? {};
    reportConfigProblem(fromFiles);
    const editorSettings = await settingsFor(uri);
    const config = mergeConfigs(editorSettings, fromFiles.config);
    if (!documents.get(uri)) settingsCache.delete(uri);
    const packs = host.packsFor?.(uri, editorSettings.packs, fromFiles).packs;
    const options = { config, host: lintHost, documentPath: host.pathOf?.(uri), packs, accepted: host.acceptedFor?.(uri) };
    const linter = await loadLinter();
    let result: LintResult;
    try {
      result = await linter.lint(text, options);
    } catch (e) {
      if (!(e instanceof UnknownPackError)) throw e;
      result = await linter.lint(text, { ...options, config: { ...config, policy: undefined } });
    }
    return diagnosticsOf(result, -1);
  }
  registerCheckWorkspace(connection, lintClosedFile, (m) => log("error", m));

  documents.listen(connection);
  connection.listen();
}

/**
 * Runs `fn` after `delay` ms; returns a cancel function. No delay: on the next turn of the event
 * loop (setImmediate where there is one), not after the 1 ms minimum a zero-delay timer waits in
 * Node, which is half the budget of a keystroke on a short note.
 */
function later(fn: () => void, delay: number): () => void {
  const g = globalThis as { setImmediate?: (f: () => void) => unknown; clearImmediate?: (h: unknown) => void };
  if (delay <= 0 && g.setImmediate && g.clearImmediate) {
    const h = g.setImmediate(fn);
    return () => g.clearImmediate!(h);
  }
  const t = setTimeout(fn, delay);
  return () => clearTimeout(t);
}

/** Whether `shown` are the diagnostics of `result`'s findings (ranges compared as lines and characters, without building them). */
function sameAsShown(shown: readonly Diagnostic[], result: LintResult): boolean {
  const findings = result.findings, lines = result.doc.lines;
  if (shown.length !== findings.length) return false;
  for (let i = 0; i < shown.length; i++) {
    const d = shown[i]!, f = findings[i]!;
    if (d.code !== f.rule || d.message !== f.message || d.severity !== severityOf(f.severity)) return false;
    const r = d.range;
    if (!samePosition(r.start, lines, f.start) || !samePosition(r.end, lines, f.end)) return false;
  }
  return true;
}

function samePosition(p: { line: number; character: number }, lines: LineIndex, offset: number): boolean {
  const line = lines.lineAt(offset);
  return p.line === line && p.character === lines.clamp(offset) - lines.lineStarts[line]!;
}

function hoverText(f: Finding, pack: Pack): string {
  const lines = [`**${f.message}**`, ""];
  for (const s of f.sources) lines.push(`> ${s.quote}`, `>`, `> — ${pack.id === "general" ? s.clause : `${pack.name}, ${s.clause.split(":").slice(1).join(":")}`}`, "");
  lines.push(`[${f.rule}](${f.docsUrl})`);
  return lines.join("\n");
}

/** Editor settings are untrusted: keep only what checkConfig accepts. */
function sanitizeSettings(value: unknown): DecorumConfig {
  if (!value || typeof value !== "object") return {};
  const v = { ...(value as Record<string, unknown>) };
  for (const k of Object.keys(v)) if (!["policy", "rules", "disable", "disclaimer", "packs"].includes(k) || v[k] === null || v[k] === "") delete v[k];
  const checked = checkConfig(v);
  return typeof checked === "string" ? {} : checked;
}


/**
 * The browser page of the Obsidian tests: the real plugin (main.ts, bundled with the Obsidian
 * double in place of `obsidian`) starts the real worker-built server; its registered editor
 * extension is mounted in real CodeMirror 6 editors. The Playwright test drives `window.harness`.
 */
import { EditorState } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import DecorumPlugin from "../../clients/obsidian/src/main.js";
import { RESULTS_VIEW, type ResultsView } from "../../clients/obsidian/src/results-view.js";
import { App, TFile, editorInfoField, notices, type Plugin as DoublePlugin } from "./obsidian-double.js";

interface Pane { view: EditorView; file: TFile }

let app: App;
let plugin: DecorumPlugin & DoublePlugin;
const panes: Pane[] = [];
let clipboard = "";

const harness = {
  async load(files: Record<string, string>, stored?: unknown) {
    app = new App(files);
    plugin = new DecorumPlugin(app as never, { id: "decorum", version: "0.1.0" } as never) as DecorumPlugin & DoublePlugin;
    plugin.stored = stored;
    plugin.writeClipboard = async (t) => { clipboard = t; };
    const t0 = performance.now();
    await plugin.onload();
    return {
      ms: Math.round(performance.now() - t0),
      commands: plugin.commands.map((c) => ({ id: c.id, name: c.name })),
      extensions: plugin.editorExtensions.length,
      settingTabs: plugin.settingTabs.length,
      events: [...app.events.values()].reduce((n, s) => n + s.size, 0),
      serverInfo: plugin.client?.serverInfo,
    };
  },

  /** A new editor pane on `path`, as Obsidian would make one: the plugin's extension plus editorInfoField. */
  open(path: string): number {
    const file = new TFile(path);
    const parent = document.createElement("div");
    parent.className = "pane";
    parent.dataset.pane = String(panes.length);
    document.getElementById("editors")!.appendChild(parent);
    const view = new EditorView({
      parent,
      state: EditorState.create({
        doc: app.files.get(path) ?? "",
        extensions: [markdown(), history(), keymap.of([...defaultKeymap, ...historyKeymap]), EditorView.lineWrapping, editorInfoField.init(() => ({ file })), ...plugin.editorExtensions],
      }),
    });
    app.activeFile = file;
    panes.push({ view, file });
    return panes.length - 1;
  },

  text: (i: number) => panes[i]!.view.state.doc.toString(),
  session: (i: number) => [...plugin.sessions].find((s) => s.view === panes[i]!.view),
  sessionInfo(i: number) {
    const s = harness.session(i);
    return s && { uri: s.uri, version: s.version, inSync: s.inSync, stats: { ...s.stats }, diagnostics: s.current.map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line })) };
  },
  status: () => plugin.statusItems[0]?.textContent ?? "",
  /** The status bar for the focused pane: its text and its tooltip (aria-label). */
  statusBar(i: number) {
    panes[i]!.view.focus();
    plugin.renderStatus();
    const el = plugin.statusItems[0];
    return { text: el?.textContent ?? "", label: el?.getAttribute("aria-label") ?? "" };
  },
  /** Replaces the first occurrence of `search` in a pane, as typing would. */
  replaceText(i: number, search: string, replacement: string) {
    const view = panes[i]!.view;
    const from = view.state.doc.toString().indexOf(search);
    if (from < 0) return false;
    view.dispatch({ changes: { from, to: from + search.length, insert: replacement }, userEvent: "input.type" });
    return true;
  },
  /** Vault files as the adapter sees them (dot-folders included). */
  vaultFile: (path: string) => app.files.get(path),
  /** Writes a vault file; `event` also fires the vault's modify event (Obsidian sends none for dot-folders). */
  writeVaultFile(path: string, text: string | undefined, event = false) {
    app.setFile(path, text);
    if (event) app.workspace.trigger(text === undefined ? "vault:delete" : "vault:modify", new TFile(path));
  },
  poll: () => plugin.pollWorkspaceFiles(),
  workspace: () => ({ customPacks: plugin.customPacks.slice(), problems: plugin.workspaceProblems.slice() }),
  statusFor: (i: number) => { const s = harness.session(i); return s?.uri ? plugin.statuses.get(s.uri) : undefined; },
  focus: (i: number) => panes[i]!.view.focus(),
  select(i: number, from: number, to = from) { panes[i]!.view.dispatch({ selection: { anchor: from, head: to } }); },
  /** Replays a diagnostics message for an older version, as a slow worker would deliver it. */
  deliverStale(i: number) {
    const s = harness.session(i)!;
    return s.receive(s.version - 1, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: "stale", source: "decorum", code: "stale.test", severity: 1 }]);
  },

  async command(id: string, pane?: number) {
    const c = plugin.commands.find((x) => x.id === id);
    if (!c) throw new Error(`no command ${id}`);
    if (c.callback) return c.callback();
    const p = panes[pane ?? 0]!;
    if (!c.editorCheckCallback!(true, { cm: p.view }, { file: p.file })) return "unavailable";
    c.editorCheckCallback!(false, { cm: p.view }, { file: p.file });
    return "ran";
  },
  clipboard: () => clipboard,
  async checkVault() {
    const check = await plugin.checkVault();
    const leaf = app.workspace.getLeavesOfType(RESULTS_VIEW)[0];
    const view = leaf?.view as unknown as ResultsView | undefined;
    return { check, rendered: view ? view.contentEl.textContent : null };
  },
  clickFinding(n: number) {
    const el = document.querySelectorAll<HTMLElement>(".decorum-results-finding")[n];
    el?.click();
    return new Promise((r) => setTimeout(() => r(app.opened.slice()), 50));
  },

  settingsTab() {
    const tab = plugin.settingTabs[0]!;
    document.getElementById("settings")!.replaceChildren(tab.containerEl);
    tab.display();
    return {
      rows: tab.containerEl.querySelectorAll(".setting-item").length,
      names: [...tab.containerEl.querySelectorAll(".setting-item-name")].map((e) => e.textContent),
      packOptions: [...tab.containerEl.querySelectorAll("select")[0]!.options].map((o) => o.value),
    };
  },
  settings: () => structuredClone(plugin.settings),
  async setSettings(patch: Record<string, unknown>) {
    Object.assign(plugin.settings, patch);
    await plugin.saveSettings();
  },
  stored: () => plugin.stored,
  notices: () => notices.slice(),

  unload() {
    const client = plugin.client!;
    plugin.unload();
    return {
      clientDisposed: client.isDisposed,
      sessions: plugin.sessions.size,
      events: [...app.events.values()].reduce((n, s) => n + s.size, 0),
      statusItems: document.querySelectorAll(".status-bar-item").length,
      views: app.viewFactories.size,
    };
  },
};

(window as unknown as { harness: typeof harness }).harness = harness;
document.body.dataset.ready = "1";

/**
 * A small test double of the `obsidian` module, only for the plugin's lifecycle: load, commands,
 * settings, status bar, views, unload. The editor is a real CodeMirror 6 view, the server the
 * real worker build; only Obsidian's app shell is stood in for here. Bundled in place of
 * `obsidian` for the browser tests.
 */
import { StateField, type Extension } from "@codemirror/state";
import { parse as yamlParse, stringify as yamlStringify } from "yaml";

// --- Obsidian's DOM helpers (Obsidian adds these to every element and to window) -------------
interface ElInfo { cls?: string; text?: string; href?: string; attr?: Record<string, string> }
function make<K extends keyof HTMLElementTagNameMap>(tag: K, info: ElInfo | string = {}, parent?: HTMLElement): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  const o = typeof info === "string" ? { cls: info } : info;
  if (o.cls) el.className = o.cls;
  if (o.text !== undefined) el.textContent = o.text;
  if (o.href !== undefined) el.setAttribute("href", o.href);
  for (const [k, v] of Object.entries(o.attr ?? {})) el.setAttribute(k, v);
  parent?.appendChild(el);
  return el;
}
const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
proto.createEl = function (this: HTMLElement, tag: keyof HTMLElementTagNameMap, info?: ElInfo) { return make(tag, info, this); };
proto.createDiv = function (this: HTMLElement, info?: ElInfo) { return make("div", info, this); };
proto.createSpan = function (this: HTMLElement, info?: ElInfo) { return make("span", info, this); };
proto.empty = function (this: HTMLElement) { this.replaceChildren(); };
proto.setText = function (this: HTMLElement, text: string) { this.textContent = text; };
proto.addClass = function (this: HTMLElement, ...c: string[]) { this.classList.add(...c); };
proto.setAttr = function (this: HTMLElement, k: string, v: string) { this.setAttribute(k, v); };
const w = window as unknown as Record<string, unknown>;
w.createDiv = (info?: ElInfo) => make("div", info);
w.createEl = (tag: keyof HTMLElementTagNameMap, info?: ElInfo) => make(tag, info);
w.createSpan = (info?: ElInfo) => make("span", info);

// --- Files, vault, workspace ----------------------------------------------------------------
export class TFile {
  constructor(public path: string) {}
  get extension() { return this.path.split(".").pop() ?? ""; }
  get basename() { return this.path.split("/").pop()!.replace(/\.md$/, ""); }
}

export const editorInfoField = StateField.define<{ file: TFile | null }>({ create: () => ({ file: null }), update: (v) => v });

type Handler = (...args: unknown[]) => unknown;
export class WorkspaceLeaf {
  view: ItemView | undefined;
  opened: { path: string; state: unknown }[] = [];
  constructor(private readonly app: App) {}
  async setViewState(state: { type: string }) {
    const make = this.app.viewFactories.get(state.type);
    if (!make) throw new Error(`no view ${state.type}`);
    this.view = make(this);
    this.app.leaves.push(this);
    document.body.appendChild(this.view.containerEl);
    await this.view.onOpen();
  }
  async openFile(file: TFile, state?: unknown) { this.opened.push({ path: file.path, state }); this.app.opened.push({ path: file.path, state }); }
}

/** Obsidian's helpers for paths and front-matter YAML. */
export const normalizePath = (p: string) => p.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/^\/|\/$/g, "") || "/";
export const parseYaml = (text: string): unknown => yamlParse(text);
export const stringifyYaml = (value: unknown): string => yamlStringify(value);

export class App {
  files = new Map<string, string>();
  mtimes = new Map<string, number>();
  private clock = 1;
  events = new Map<string, Set<Handler>>();
  viewFactories = new Map<string, (leaf: WorkspaceLeaf) => ItemView>();
  leaves: WorkspaceLeaf[] = [];
  opened: { path: string; state: unknown }[] = [];
  activeFile: TFile | null = null;
  vault = {
    getMarkdownFiles: () => [...this.files.keys()].filter((p) => p.endsWith(".md")).map((p) => new TFile(p)),
    cachedRead: async (f: TFile) => this.files.get(f.path) ?? "",
    getFileByPath: (p: string) => (this.files.has(p) ? new TFile(p) : null),
    on: (name: string, cb: Handler) => this.workspace.on(`vault:${name}`, cb),
    /** The adapter reaches every file, dot-folders included (Obsidian's vault index does not). */
    adapter: {
      exists: async (p: string) => this.files.has(p) || [...this.files.keys()].some((f) => f.startsWith(p + "/")),
      read: async (p: string) => { const t = this.files.get(p); if (t === undefined) throw new Error("ENOENT"); return t; },
      write: async (p: string, data: string) => { this.setFile(p, data); },
      list: async (p: string) => ({ files: [...this.files.keys()].filter((f) => f.startsWith(p + "/") && !f.slice(p.length + 1).includes("/")), folders: [] as string[] }),
      stat: async (p: string) => (this.files.has(p) ? { type: "file", ctime: 0, mtime: this.mtimes.get(p) ?? 0, size: this.files.get(p)!.length } : null),
      mkdir: async () => {},
    },
  };
  /** Writes a file as the file system would (a new mtime); no vault event. */
  setFile(path: string, text: string | undefined) {
    if (text === undefined) this.files.delete(path); else this.files.set(path, text);
    this.mtimes.set(path, this.clock++);
  }
  workspace = {
    on: (name: string, cb: Handler) => {
      if (!this.events.has(name)) this.events.set(name, new Set());
      this.events.get(name)!.add(cb);
      return { name, cb };
    },
    offref: (ref: { name: string; cb: Handler }) => { this.events.get(ref.name)?.delete(ref.cb); },
    trigger: (name: string, ...args: unknown[]) => { for (const cb of this.events.get(name) ?? []) cb(...args); },
    getActiveFile: () => this.activeFile,
    getLeavesOfType: (type: string) => this.leaves.filter((l) => l.view?.getViewType() === type),
    getRightLeaf: () => new WorkspaceLeaf(this),
    getLeaf: () => new WorkspaceLeaf(this),
    revealLeaf: async () => {},
  };
  constructor(files: Record<string, string> = {}) {
    for (const [p, t] of Object.entries(files)) this.files.set(p, t);
  }
}

// --- Components -----------------------------------------------------------------------------
export class Component {
  private cleanups: (() => void)[] = [];
  register(cb: () => void) { this.cleanups.push(cb); }
  registerInterval(id: number) { this.register(() => window.clearInterval(id)); return id; }
  unloadComponent() { for (const c of this.cleanups.splice(0).reverse()) c(); }
}

export interface Command { id: string; name: string; callback?: () => unknown; editorCheckCallback?: (checking: boolean, editor: unknown, ctx: { file: TFile | null }) => boolean | void }

export class Plugin extends Component {
  commands: Command[] = [];
  editorExtensions: Extension[] = [];
  settingTabs: PluginSettingTab[] = [];
  statusItems: HTMLElement[] = [];
  stored: unknown;
  constructor(public app: App, public manifest: { id: string; version: string }) { super(); }
  async onload(): Promise<void> {}
  onunload(): void {}
  async loadData() { return this.stored === undefined ? null : structuredClone(this.stored); }
  async saveData(data: unknown) { this.stored = structuredClone(data); }
  addCommand(c: Command) { this.commands.push(c); return c; }
  registerEditorExtension(e: Extension) { this.editorExtensions.push(e); }
  registerView(type: string, make: (leaf: WorkspaceLeaf) => ItemView) {
    this.app.viewFactories.set(type, make);
    this.register(() => this.app.viewFactories.delete(type));
  }
  registerEvent(ref: { name: string; cb: Handler }) { this.register(() => this.app.workspace.offref(ref)); }
  addSettingTab(tab: PluginSettingTab) { this.settingTabs.push(tab); }
  addStatusBarItem() {
    const el = make("div", "status-bar-item", document.getElementById("status-bar") ?? document.body);
    this.statusItems.push(el);
    this.register(() => el.remove());
    return el;
  }
  /** What Obsidian does when the plugin is disabled. */
  unload() { this.onunload(); this.unloadComponent(); this.editorExtensions = []; }
}

export class ItemView extends Component {
  containerEl = make("div", "workspace-leaf-content");
  contentEl = make("div", "view-content", this.containerEl);
  constructor(public leaf: WorkspaceLeaf) { super(); }
  getViewType() { return ""; }
  async onOpen() {}
  async onClose() {}
}

export class PluginSettingTab {
  containerEl = make("div", "vertical-tab-content");
  constructor(public app: App, public plugin: Plugin) {}
  display(): void {}
}

/** Setting rows: a name, a description and controls that are real form elements. */
export class Setting {
  settingEl: HTMLElement;
  constructor(container: HTMLElement) { this.settingEl = make("div", "setting-item", container); }
  setName(n: string) { make("div", { cls: "setting-item-name", text: n }, this.settingEl); return this; }
  setDesc(d: string) { make("div", { cls: "setting-item-description", text: d }, this.settingEl); return this; }
  setHeading() { this.settingEl.classList.add("setting-item-heading"); return this; }
  addDropdown(cb: (d: Dropdown) => unknown) { cb(new Dropdown(make("select", "dropdown", this.settingEl))); return this; }
  addTextArea(cb: (t: TextInput) => unknown) { cb(new TextInput(make("textarea", "", this.settingEl))); return this; }
  addText(cb: (t: TextInput) => unknown) { cb(new TextInput(make("input", "", this.settingEl))); return this; }
  addButton(cb: (b: Button) => unknown) { cb(new Button(make("button", "", this.settingEl))); return this; }
  addExtraButton(cb: (b: Button) => unknown) { cb(new Button(make("button", "extra", this.settingEl))); return this; }
}
class Dropdown {
  constructor(public selectEl: HTMLSelectElement) {}
  addOption(v: string, label: string) { make("option", { text: label, attr: { value: v } }, this.selectEl); return this; }
  addOptions(o: Record<string, string>) { for (const [v, l] of Object.entries(o)) this.addOption(v, l); return this; }
  setValue(v: string) { this.selectEl.value = v; return this; }
  onChange(cb: (v: string) => unknown) { this.selectEl.addEventListener("change", () => cb(this.selectEl.value)); return this; }
}
class TextInput {
  constructor(public inputEl: HTMLInputElement | HTMLTextAreaElement) {}
  setPlaceholder(p: string) { this.inputEl.placeholder = p; return this; }
  setValue(v: string) { this.inputEl.value = v; return this; }
  onChange(cb: (v: string) => unknown) { this.inputEl.addEventListener("input", () => cb(this.inputEl.value)); return this; }
}
class Button {
  constructor(public buttonEl: HTMLButtonElement) {}
  setButtonText(t: string) { this.buttonEl.textContent = t; return this; }
  setCta() { this.buttonEl.classList.add("mod-cta"); return this; }
  setIcon(i: string) { this.buttonEl.dataset.icon = i; return this; }
  setTooltip(t: string) { this.buttonEl.title = t; return this; }
  onClick(cb: () => unknown) { this.buttonEl.addEventListener("click", () => cb()); return this; }
}

export const notices: string[] = [];
export class Notice {
  constructor(public message: string, _duration?: number) { notices.push(message); }
  setMessage(m: string) { this.message = m; notices.push(m); return this; }
  hide() {}
}

export class MarkdownView {}

/** A modal dialog: shown in the page until closed. */
export class Modal {
  containerEl = make("div", "modal-container");
  modalEl = make("div", "modal", this.containerEl);
  titleEl = make("div", "modal-title", this.modalEl);
  contentEl = make("div", "modal-content", this.modalEl);
  constructor(public app: App) {}
  open() { document.body.appendChild(this.containerEl); void this.onOpen(); }
  close() { this.containerEl.remove(); this.onClose(); }
  setTitle(t: string) { this.titleEl.textContent = t; return this; }
  onOpen(): void | Promise<void> {}
  onClose(): void {}
}

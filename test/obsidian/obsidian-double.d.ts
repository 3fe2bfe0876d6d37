/**
 * A small test double of the `obsidian` module, only for the plugin's lifecycle: load, commands,
 * settings, status bar, views, unload. The editor is a real CodeMirror 6 view, the server the
 * real worker build; only Obsidian's app shell is stood in for here. Bundled in place of
 * `obsidian` for the browser tests.
 */
import { StateField, type Extension } from "@codemirror/state";
export declare class TFile {
    path: string;
    constructor(path: string);
    get extension(): string;
    get basename(): string;
}
export declare const editorInfoField: StateField<{
    file: TFile | null;
}>;
type Handler = (...args: unknown[]) => unknown;
export declare class WorkspaceLeaf {
    private readonly app;
    view: ItemView | undefined;
    opened: {
        path: string;
        state: unknown;
    }[];
    constructor(app: App);
    setViewState(state: {
        type: string;
    }): Promise<void>;
    openFile(file: TFile, state?: unknown): Promise<void>;
}
export declare class App {
    files: Map<string, string>;
    events: Map<string, Set<Handler>>;
    viewFactories: Map<string, (leaf: WorkspaceLeaf) => ItemView>;
    leaves: WorkspaceLeaf[];
    opened: {
        path: string;
        state: unknown;
    }[];
    activeFile: TFile | null;
    vault: {
        getMarkdownFiles: () => TFile[];
        cachedRead: (f: TFile) => Promise<string>;
        getFileByPath: (p: string) => TFile | null;
    };
    workspace: {
        on: (name: string, cb: Handler) => {
            name: string;
            cb: Handler;
        };
        offref: (ref: {
            name: string;
            cb: Handler;
        }) => void;
        trigger: (name: string, ...args: unknown[]) => void;
        getActiveFile: () => TFile | null;
        getLeavesOfType: (type: string) => WorkspaceLeaf[];
        getRightLeaf: () => WorkspaceLeaf;
        getLeaf: () => WorkspaceLeaf;
        revealLeaf: () => Promise<void>;
    };
    constructor(files?: Record<string, string>);
}
export declare class Component {
    private cleanups;
    register(cb: () => void): void;
    registerInterval(id: number): number;
    unloadComponent(): void;
}
export interface Command {
    id: string;
    name: string;
    callback?: () => unknown;
    editorCheckCallback?: (checking: boolean, editor: unknown, ctx: {
        file: TFile | null;
    }) => boolean | void;
}
export declare class Plugin extends Component {
    app: App;
    manifest: {
        id: string;
        version: string;
    };
    commands: Command[];
    editorExtensions: Extension[];
    settingTabs: PluginSettingTab[];
    statusItems: HTMLElement[];
    stored: unknown;
    constructor(app: App, manifest: {
        id: string;
        version: string;
    });
    onload(): Promise<void>;
    onunload(): void;
    loadData(): Promise<{} | null>;
    saveData(data: unknown): Promise<void>;
    addCommand(c: Command): Command;
    registerEditorExtension(e: Extension): void;
    registerView(type: string, make: (leaf: WorkspaceLeaf) => ItemView): void;
    registerEvent(ref: {
        name: string;
        cb: Handler;
    }): void;
    addSettingTab(tab: PluginSettingTab): void;
    addStatusBarItem(): HTMLDivElement;
    /** What Obsidian does when the plugin is disabled. */
    unload(): void;
}
export declare class ItemView extends Component {
    leaf: WorkspaceLeaf;
    containerEl: HTMLDivElement;
    contentEl: HTMLDivElement;
    constructor(leaf: WorkspaceLeaf);
    getViewType(): string;
    onOpen(): Promise<void>;
    onClose(): Promise<void>;
}
export declare class PluginSettingTab {
    app: App;
    plugin: Plugin;
    containerEl: HTMLDivElement;
    constructor(app: App, plugin: Plugin);
    display(): void;
}
/** Setting rows: a name, a description and controls that are real form elements. */
export declare class Setting {
    settingEl: HTMLElement;
    constructor(container: HTMLElement);
    setName(n: string): this;
    setDesc(d: string): this;
    setHeading(): this;
    addDropdown(cb: (d: Dropdown) => unknown): this;
    addTextArea(cb: (t: TextInput) => unknown): this;
    addText(cb: (t: TextInput) => unknown): this;
    addButton(cb: (b: Button) => unknown): this;
    addExtraButton(cb: (b: Button) => unknown): this;
}
declare class Dropdown {
    selectEl: HTMLSelectElement;
    constructor(selectEl: HTMLSelectElement);
    addOption(v: string, label: string): this;
    addOptions(o: Record<string, string>): this;
    setValue(v: string): this;
    onChange(cb: (v: string) => unknown): this;
}
declare class TextInput {
    inputEl: HTMLInputElement | HTMLTextAreaElement;
    constructor(inputEl: HTMLInputElement | HTMLTextAreaElement);
    setPlaceholder(p: string): this;
    setValue(v: string): this;
    onChange(cb: (v: string) => unknown): this;
}
declare class Button {
    buttonEl: HTMLButtonElement;
    constructor(buttonEl: HTMLButtonElement);
    setButtonText(t: string): this;
    setIcon(i: string): this;
    setTooltip(t: string): this;
    onClick(cb: () => unknown): this;
}
export declare const notices: string[];
export declare class Notice {
    message: string;
    constructor(message: string, _duration?: number);
    setMessage(m: string): this;
    hide(): void;
}
export declare class MarkdownView {
}
export {};

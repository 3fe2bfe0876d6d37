/** The "check the whole vault" results: notes with their findings; click a finding to open it. */
import { ItemView, type WorkspaceLeaf } from "obsidian";

export const RESULTS_VIEW = "decorum-results";

export interface VaultFinding { line: number; character: number; severity: number; rule: string; message: string }
export interface VaultCheck { at: number; checked: number; notes: { path: string; findings: VaultFinding[] }[] }

/** What the view needs from the plugin (kept narrow so the view holds no plugin internals). */
export interface ResultsSource {
  lastCheck: VaultCheck | undefined;
  openFinding(path: string, line: number): Promise<void>;
  checkVault(): Promise<unknown>;
}

const SEVERITY = ["", "error", "warning", "info", "hint"];

export class ResultsView extends ItemView {
  constructor(leaf: WorkspaceLeaf, private readonly source: ResultsSource) {
    super(leaf);
  }

  override getViewType(): string {
    return RESULTS_VIEW;
  }

  override getDisplayText(): string {
    return "Decorum results";
  }

  override getIcon(): string {
    return "shield-check";
  }

  override async onOpen(): Promise<void> {
    this.render();
  }

  render(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass("decorum-results");
    const check = this.source.lastCheck;
    if (!check) {
      root.createEl("p", { text: "No check yet. Run the command to check the whole vault and the findings appear here." });
      return;
    }
    const total = check.notes.reduce((n, x) => n + x.findings.length, 0);
    root.createEl("p", { cls: "decorum-results-summary", text: `${total} finding${total === 1 ? "" : "s"} in ${check.notes.length} of ${check.checked} notes.` });
    const again = root.createEl("button", { text: "Check again" });
    again.addEventListener("click", () => { void this.source.checkVault(); });
    for (const note of check.notes) {
      const section = root.createDiv({ cls: "decorum-results-note" });
      section.createDiv({ cls: "decorum-results-path", text: note.path });
      const list = section.createEl("ul");
      for (const f of note.findings) {
        const item = list.createEl("li", { cls: `decorum-results-finding decorum-severity-${SEVERITY[f.severity] ?? "warning"}` });
        item.createSpan({ cls: "decorum-results-line", text: `${f.line + 1}` });
        item.createSpan({ cls: "decorum-results-message", text: f.message });
        if (f.rule) item.createSpan({ cls: "decorum-results-rule", text: f.rule });
        item.setAttr("tabindex", "0");
        const open = () => { void this.source.openFinding(note.path, f.line); };
        item.addEventListener("click", open);
        item.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
      }
    }
  }

  override async onClose(): Promise<void> {
    this.contentEl.empty();
  }
}

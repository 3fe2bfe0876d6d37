/** "Accept this finding…": asks for the one-line reason that is recorded outside the note. */
import { Modal, Setting, type App } from "obsidian";

export const MIN_REASON = 5;

/** Opens the modal; resolves with the reason, or undefined when cancelled. */
export function askReason(app: App, finding: { rule: string; message: string }): Promise<string | undefined> {
  return new Promise((resolve) => new ReasonModal(app, finding, resolve).open());
}

export class ReasonModal extends Modal {
  private reason = "";
  private done = false;

  constructor(app: App, private readonly finding: { rule: string; message: string }, private readonly resolve: (reason: string | undefined) => void) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle("Accept this finding");
    contentEl.addClass("decorum-accept-modal");
    contentEl.createDiv({ cls: "decorum-accept-finding", text: `${this.finding.rule}: ${this.finding.message}` });
    contentEl.createDiv({
      cls: "setting-item-description",
      text: "Give a one-line reason. It is kept in .decorum/accepted.yaml (not in the note) so a supervisor can review it; the finding comes back if the text changes.",
    });
    const error = contentEl.createDiv({ cls: "decorum-accept-error" });
    let input: HTMLInputElement | undefined;
    const submit = () => {
      const reason = this.reason.trim();
      if (reason.length < MIN_REASON) {
        error.setText(`The reason needs at least ${MIN_REASON} characters.`);
        input?.focus();
        return;
      }
      this.finish(reason);
    };
    new Setting(contentEl).setName("Reason").addText((t) => {
      input = t.inputEl;
      t.setPlaceholder("Why this is fine here").onChange((v) => { this.reason = v; error.setText(""); });
      t.inputEl.addClass("decorum-accept-reason");
      t.inputEl.addEventListener("keydown", (e: KeyboardEvent) => {
        if (e.key === "Enter") { e.preventDefault(); submit(); }
      });
    });
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) => b.setButtonText("Accept").setCta().onClick(submit));
    window.setTimeout(() => input?.focus(), 0);
  }

  private finish(reason: string | undefined): void {
    if (this.done) return;
    this.done = true;
    this.resolve(reason);
    if (reason !== undefined) this.close();
  }

  override onClose(): void {
    this.contentEl.empty();
    this.finish(undefined);
  }
}

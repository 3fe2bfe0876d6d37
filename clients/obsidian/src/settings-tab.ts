/** Settings tab: pack, custom pack files, per-folder packs, folders to skip, disclaimer placement, each rule. */
import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { PACKS, RULES } from "./catalog.js";
import { cleanFolder, type DecorumSettings, type PlacementChoice, type RuleChoice } from "./settings.js";

interface SettingsOwner extends Plugin {
  settings: DecorumSettings;
  saveSettings(): Promise<void>;
  /** Custom packs loaded from the vault, and problems in those files. */
  customPacks: { id: string; name: string; path: string }[];
  workspaceProblems: { path: string; line: number; message: string }[];
}

const RULE_CHOICES: Record<RuleChoice, string> = { default: "Pack default", off: "Off", error: "Error", warning: "Warning", information: "Information", hint: "Hint" };

export class DecorumSettingTab extends PluginSettingTab {
  constructor(app: App, private readonly owner: SettingsOwner) {
    super(app, owner);
  }

  private save(): void {
    void this.owner.saveSettings();
  }

  override display(): void {
    this.render();
  }

  private render(): void {
    const { containerEl } = this;
    const s = this.owner.settings;
    containerEl.empty();
    // shipped packs, then the vault's own (a custom pack may replace a shipped id)
    const packs = [...PACKS.filter((p) => !this.owner.customPacks.some((c) => c.id === p.id)), ...this.owner.customPacks];
    const packOptions = (d: { addOption(v: string, l: string): unknown }, withGeneralDefault: boolean) => {
      for (const p of packs) if (!withGeneralDefault || p.id !== "general") d.addOption(p.id, p.name);
    };

    new Setting(containerEl)
      .setName("Policy pack")
      .setDesc("The policy notes are checked against, unless a folder below or the note's front matter (decorum: policy: …) says otherwise.")
      .addDropdown((d) => {
        d.addOption("", "General (default)");
        packOptions(d, true);
        d.setValue(s.pack).onChange((v) => { s.pack = v; this.save(); });
      });

    new Setting(containerEl)
      .setName("Disclaimer placement")
      .setDesc("Where the disclaimer fix puts the pack's disclaimer.")
      .addDropdown((d) => d
        .addOptions({ pack: "As the pack says", end: "At the end", "after-front-matter": "After the front matter" })
        .setValue(s.disclaimerPlacement)
        .onChange((v) => { s.disclaimerPlacement = v as PlacementChoice; this.save(); }));

    new Setting(containerEl)
      .setName("Folders to skip")
      .setDesc("One folder per line. Notes in these folders are never checked.")
      .addTextArea((t) => t
        .setPlaceholder("Templates")
        .setValue(s.skipFolders.join("\n"))
        .onChange((v) => { s.skipFolders = v.split("\n").map(cleanFolder).filter(Boolean); this.save(); }));

    new Setting(containerEl).setName("Custom packs").setHeading()
      .setDesc("Your institution's own packs: YAML files in the vault's .decorum/packs folder are found automatically; list other pack files here.");
    new Setting(containerEl)
      .setName("Custom pack files")
      .setDesc("One vault path per line (YAML or JSON).")
      .addTextArea((t) => t
        .setPlaceholder("Policies/our-school.yaml")
        .setValue(s.packFiles.join("\n"))
        .onChange((v) => { s.packFiles = v.split("\n").map(cleanFolder).filter(Boolean); this.save(); }));
    const loaded = containerEl.createDiv({ cls: "decorum-custom-packs setting-item-description" });
    for (const p of this.owner.customPacks) loaded.createDiv({ cls: "decorum-custom-pack", text: `${p.name} (${p.id}), from ${p.path}` });
    for (const p of this.owner.workspaceProblems) loaded.createDiv({ cls: "decorum-pack-problem", text: `${p.path}, line ${p.line + 1}: ${p.message}` });
    new Setting(containerEl)
      .setName("Name for accepted findings")
      .setDesc("Recorded with each finding you accept (in .decorum/accepted.yaml), so a reviewer knows who accepted it. Optional.")
      .addText((t) => t.setValue(s.acceptedBy).onChange((v) => { s.acceptedBy = v.trim(); this.save(); }));

    new Setting(containerEl).setName("Folder packs").setHeading()
      .setDesc("Notes in a folder use its pack: for example, a journal folder under one policy and a blog folder under another. The longest matching folder wins.");
    s.folderPacks.forEach((m, i) => {
      new Setting(containerEl)
        .addText((t) => t.setPlaceholder("Folder").setValue(m.folder).onChange((v) => { m.folder = cleanFolder(v); this.save(); }))
        .addDropdown((d) => {
          packOptions(d, false);
          d.setValue(m.pack || "general").onChange((v) => { m.pack = v; this.save(); });
        })
        .addExtraButton((b) => b.setIcon("trash").setTooltip("Remove").onClick(() => {
          s.folderPacks.splice(i, 1);
          this.save();
          this.render();
        }));
    });
    new Setting(containerEl).addButton((b) => b.setButtonText("Add folder pack").onClick(() => {
      s.folderPacks.push({ folder: "", pack: s.pack || "general" });
      this.save();
      this.render();
    }));

    new Setting(containerEl).setName("Rules").setHeading().setDesc("Turn a rule off or change its severity. The pack decides which rules apply by default.");
    for (const r of RULES) {
      new Setting(containerEl)
        .setName(r.title)
        .setDesc(r.id)
        .addDropdown((d) => d
          .addOptions(RULE_CHOICES)
          .setValue(s.rules[r.id] ?? "default")
          .onChange((v) => {
            if (v === "default") delete s.rules[r.id];
            else s.rules[r.id] = v as RuleChoice;
            this.save();
          }));
    }
  }
}

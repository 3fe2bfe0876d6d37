/**
 * The plugin's settings and how they become the server's `decorum` configuration for one note.
 * Pure: no Obsidian API here, so it is unit-tested directly.
 */
import type { DecorumConfig, RuleSetting, Severity } from "../../../shared/src/index.js";

export type RuleChoice = "default" | "off" | Severity;
export type PlacementChoice = "pack" | "end" | "after-front-matter";

export interface FolderPack {
  /** Vault folder, e.g. `Journal` or `Blog/Drafts` (no leading or trailing slash). */
  folder: string;
  /** Pack id for notes under the folder. */
  pack: string;
}

export interface DecorumSettings {
  /** Pack for notes that no folder mapping covers; empty = the server's default (general). */
  pack: string;
  /** Per-rule override; rules not listed keep the pack's severity. */
  rules: Record<string, RuleChoice>;
  disclaimerPlacement: PlacementChoice;
  /** Folders whose notes are never checked. */
  skipFolders: string[];
  /** Folder → pack; the longest matching folder wins. */
  folderPacks: FolderPack[];
  /** Quiet time after typing before the note is re-checked (milliseconds). */
  debounceMs: number;
  /** Custom pack files (vault paths), besides those found in `.decorum/packs/`. */
  packFiles: string[];
  /** Name recorded with accepted findings (optional). */
  acceptedBy: string;
}

export const DEFAULT_SETTINGS: DecorumSettings = {
  pack: "",
  rules: {},
  disclaimerPlacement: "pack",
  skipFolders: [],
  folderPacks: [],
  debounceMs: 300,
  packFiles: [],
  acceptedBy: "",
};

/** Merges stored data (untrusted, possibly from an older version) over the defaults. */
export function loadSettings(stored: unknown): DecorumSettings {
  const s = (stored && typeof stored === "object" ? stored : {}) as Partial<Record<keyof DecorumSettings, unknown>>;
  const str = (v: unknown, d: string) => (typeof v === "string" ? v : d);
  const folders = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string").map(cleanFolder).filter(Boolean) : []);
  const rules: Record<string, RuleChoice> = {};
  if (s.rules && typeof s.rules === "object") {
    for (const [id, v] of Object.entries(s.rules as Record<string, unknown>)) {
      if (v === "off" || v === "error" || v === "warning" || v === "information" || v === "hint") rules[id] = v;
    }
  }
  const placement = s.disclaimerPlacement === "end" || s.disclaimerPlacement === "after-front-matter" ? s.disclaimerPlacement : "pack";
  const folderPacks = Array.isArray(s.folderPacks)
    ? (s.folderPacks as unknown[]).flatMap((x) => {
        const f = x as Partial<FolderPack> | null;
        return f && typeof f.folder === "string" && typeof f.pack === "string" ? [{ folder: cleanFolder(f.folder), pack: f.pack }] : [];
      })
    : [];
  const debounceMs = typeof s.debounceMs === "number" && s.debounceMs >= 0 && s.debounceMs <= 5000 ? s.debounceMs : DEFAULT_SETTINGS.debounceMs;
  return { pack: str(s.pack, ""), rules, disclaimerPlacement: placement, skipFolders: folders(s.skipFolders), folderPacks, debounceMs, packFiles: folders(s.packFiles), acceptedBy: str(s.acceptedBy, "").trim() };
}

/** `Journal/`, `/Journal` and `Journal` name the same folder. */
export function cleanFolder(folder: string): string {
  return folder.trim().replace(/\\/g, "/").replace(/^\/+|\/+$/g, "");
}

function inFolder(path: string, folder: string): boolean {
  const f = cleanFolder(folder);
  return f === "" || path === f || path.startsWith(f + "/");
}

export function isSkipped(path: string, settings: DecorumSettings): boolean {
  return settings.skipFolders.some((f) => f !== "" && inFolder(path, f));
}

/** The pack for a note: the longest folder mapping that contains it, else the default pack. */
export function packFor(path: string, settings: DecorumSettings): string {
  let best: FolderPack | undefined;
  for (const m of settings.folderPacks) {
    if (!m.pack || !inFolder(path, m.folder)) continue;
    if (!best || cleanFolder(m.folder).length > cleanFolder(best.folder).length) best = m;
  }
  return best?.pack ?? settings.pack;
}

/** What the server gets for `workspace/configuration` (section `decorum`, scopeUri = the note). */
export function configurationFor(path: string | undefined, settings: DecorumSettings): DecorumConfig {
  const config: DecorumConfig = {};
  const pack = path === undefined ? settings.pack : packFor(path, settings);
  if (pack) config.policy = pack;
  const rules: Record<string, RuleSetting> = {};
  for (const [id, choice] of Object.entries(settings.rules)) if (choice !== "default") rules[id] = choice;
  if (Object.keys(rules).length) config.rules = rules;
  if (settings.disclaimerPlacement !== "pack") config.disclaimer = { placement: settings.disclaimerPlacement };
  return config;
}

/**
 * Document URIs. Each editor pane is its own LSP document (`#pane-N`), so two panes on one note
 * never fight over versions; the vault check uses `#check`.
 */
export const URI_PREFIX = "vault:///";

export function noteUri(path: string, pane?: string): string {
  return URI_PREFIX + path.split("/").map(encodeURIComponent).join("/") + (pane ? `#${pane}` : "");
}

export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith(URI_PREFIX)) return undefined;
  const rest = uri.slice(URI_PREFIX.length).replace(/#.*$/, "");
  try {
    return rest.split("/").map(decodeURIComponent).join("/");
  } catch {
    return undefined;
  }
}

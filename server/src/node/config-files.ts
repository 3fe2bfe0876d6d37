/** Finds and reads `.decorum.yaml` / `.decorum.json` upward from a document (Node hosts). */
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CONFIG_FILE_NAMES, parseConfigText, type DecorumConfig, type ConfigProblem } from "../../../shared/src/index.js";

export interface LoadedConfig {
  config?: DecorumConfig;
  /** The file the config came from. */
  file?: string;
  problem?: ConfigProblem & { file: string };
}

/** Caches by file path + mtime, so editors can ask on every lint. */
export class ConfigFiles {
  private readonly cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedConfig }>();
  /** Folder → nearest config file, for one pass over many files (the CLI); editors use `fresh`. */
  private readonly found = new Map<string, string | undefined>();

  constructor(private readonly rememberLookups = false) {}

  /** The nearest config file at or above `dir`, not above `stopAt` when given. */
  find(dir: string, stopAt?: string): string | undefined {
    const key = resolve(dir) + "\u0000" + (stopAt ?? "");
    if (this.rememberLookups && this.found.has(key)) return this.found.get(key);
    const file = this.lookUp(dir, stopAt);
    if (this.rememberLookups) this.found.set(key, file);
    return file;
  }

  private lookUp(dir: string, stopAt?: string): string | undefined {
    let current = resolve(dir);
    const stop = stopAt ? resolve(stopAt) : undefined;
    for (;;) {
      for (const name of CONFIG_FILE_NAMES) {
        const candidate = join(current, name);
        try { if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate; } catch { /* unreadable: not here */ }
      }
      const parent = dirname(current);
      if (parent === current || current === stop) return undefined;
      current = parent;
    }
  }

  load(file: string): LoadedConfig {
    let st;
    try { st = statSync(file, { throwIfNoEntry: false }); } catch { return {}; }
    if (!st) return {};
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.loaded;
    let loaded: LoadedConfig;
    try {
      const text = readFileSync(file, "utf8");
      const { config, problem } = parseConfigText(text, file);
      loaded = problem ? { file, problem: { ...problem, file } } : { file, config };
    } catch (e) {
      loaded = { file, problem: { file, line: 0, character: 0, message: `Cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? "error"}).` } };
    }
    this.cache.set(file, { mtimeMs: st.mtimeMs, size: st.size, loaded });
    return loaded;
  }

  /** The config that applies to a document: the nearest file upward from its folder. */
  forDocument(documentPath: string, stopAt?: string): LoadedConfig {
    const file = this.find(dirname(documentPath), stopAt);
    return file ? this.load(file) : {};
  }
}

/**
 * Custom packs on disk: `.decorum/packs/*.yaml` found upward from a document, paths listed in a
 * config file's `packs:` (which must stay inside that config's folder), and explicit files
 * (CLI `--pack`, editor settings). Cached by path + mtime.
 */
import { readFileSync, readdirSync, statSync, realpathSync } from "node:fs";
import { dirname, join, resolve, relative, isAbsolute } from "node:path";
import { parsePackFile, type Pack, type PackProblem } from "../../../shared/src/index.js";
import { compileUserPattern } from "../../../shared/src/safe-regex.js";

export interface LoadedPack { pack?: Pack; file: string; problems: PackProblem[] }

const PACK_FILE = /\.(ya?ml|json)$/i;

export class PackFiles {
  private readonly cache = new Map<string, { mtimeMs: number; size: number; loaded: LoadedPack }>();
  constructor(private readonly builtin: readonly Pack[]) {}

  /** Loads one pack file; `known` holds packs it may extend (shipped ones always). */
  load(file: string, known: readonly Pack[] = []): LoadedPack {
    const path = resolve(file);
    let st;
    try { st = statSync(path); } catch (e) {
      return { file: path, problems: [{ message: `Cannot read the pack file (${(e as NodeJS.ErrnoException).code ?? "error"}).`, line: 0, character: 0 }] };
    }
    const hit = this.cache.get(path);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.loaded;
    let loaded: LoadedPack;
    try {
      const text = readFileSync(path, "utf8");
      const byId = (id: string) => known.find((p) => p.id === id) ?? this.builtin.find((p) => p.id === id);
      const checkPattern = patternProblem;
      const { pack, problems } = parsePackFile(text, path, byId, checkPattern);
      loaded = { pack, file: path, problems };
    } catch (e) {
      loaded = { file: path, problems: [{ message: `Cannot read the pack file (${(e as Error).name}).`, line: 0, character: 0 }] };
    }
    this.cache.set(path, { mtimeMs: st.mtimeMs, size: st.size, loaded });
    return loaded;
  }

  /** Pack files in the nearest `.decorum/packs` folders at or above `dir`, nearest first. */
  discover(dir: string): string[] {
    const files: string[] = [];
    let current = resolve(dir);
    for (;;) {
      const folder = join(current, ".decorum", "packs");
      try {
        for (const name of readdirSync(folder).sort()) if (PACK_FILE.test(name)) files.push(join(folder, name));
      } catch { /* none here */ }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    return files;
  }

  /**
   * All packs visible from a document folder: explicit files first, then `.decorum/packs`,
   * loaded in order so later files may extend earlier ones. Nearer definitions win by id.
   */
  loadAll(files: readonly string[]): { packs: Pack[]; problems: (PackProblem & { file: string })[] } {
    const packs: Pack[] = [];
    const problems: (PackProblem & { file: string })[] = [];
    // two passes so a pack may extend one defined in a later file
    const pending = [...new Set(files.map((f) => resolve(f)))];
    for (let pass = 0; pass < 2 && pending.length; pass++) {
      for (let i = 0; i < pending.length;) {
        const loaded = this.load(pending[i]!, packs);
        const waitingForBase = loaded.problems.some((p) => p.message.startsWith("extends:"));
        if (loaded.pack) { if (!packs.some((p) => p.id === loaded.pack!.id)) packs.push(loaded.pack); pending.splice(i, 1); }
        else if (waitingForBase && pass === 0) i++;
        else { problems.push(...loaded.problems.map((p) => ({ ...p, file: loaded.file }))); pending.splice(i, 1); }
      }
    }
    return { packs, problems };
  }
}

/** Pack paths from a config file, resolved against its folder; paths leaving that folder are refused. */
export function resolveConfigPackPaths(configFile: string, paths: readonly string[]): { files: string[]; refused: string[] } {
  const base = dirname(configFile);
  const files: string[] = [], refused: string[] = [];
  const real = (path: string) => { try { return realpathSync(path); } catch { return path; } };
  const realBase = real(base);
  for (const p of paths) {
    const abs = resolve(base, p);
    // a symlink inside the folder may point outside it: compare real paths too
    const outside = (from: string, to: string) => { const rel = relative(from, to); return rel.startsWith("..") || isAbsolute(rel); };
    if (outside(base, abs) || outside(realBase, real(abs))) refused.push(p);
    else files.push(abs);
  }
  return { files, refused };
}

/** Why a user pattern is refused, or undefined when it is safe to compile. */
function patternProblem(source: string, flags?: string): string | undefined {
  try {
    const r: unknown = compileUserPattern(source, flags);
    if (r instanceof RegExp) return undefined;
    if (r && typeof r === "object") {
      const o = r as { error?: unknown; ok?: unknown; reason?: unknown };
      if (o.error) return String(o.error);
      if (o.ok === false) return String(o.reason ?? "refused");
    }
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

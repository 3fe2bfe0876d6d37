/**
 * `decorum check`'s result cache: path → (content + config hash, findings), invalidated by
 * Decorum's version. Kept in the user's cache folder with owner-only permissions, because
 * findings quote the flagged text.
 */
import { readFileSync, writeFileSync, mkdirSync, renameSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { VERSION } from "../../../server/src/version.js";
import type { RangedFinding } from "./lint-files.js";
import type { ReadyStatus } from "../../../shared/src/index.js";

/** Decorum's version plus this build's identity: a rebuilt CLI never trusts an older build's results. */
function buildStamp(): string {
  try {
    const st = statSync(fileURLToPath(import.meta.url));
    return `${VERSION}:${st.size}:${Math.round(st.mtimeMs)}`;
  } catch {
    return VERSION;
  }
}
const STAMP = buildStamp();

interface Entry { key: string; findings: RangedFinding[]; problems: string[]; ready?: ReadyStatus }

export class CheckCache {
  private dirty = false;
  private constructor(private readonly file: string, private readonly entries: Record<string, Entry>) {}

  static defaultLocation(): string {
    const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
    return join(base, "decorum", "check-cache.json");
  }

  static open(location = CheckCache.defaultLocation()): CheckCache {
    try {
      const data = JSON.parse(readFileSync(location, "utf8")) as { version?: string; entries?: Record<string, Entry> };
      if (data.version === STAMP && data.entries && typeof data.entries === "object") return new CheckCache(location, data.entries);
    } catch { /* no cache yet, or unreadable: start empty */ }
    return new CheckCache(location, Object.create(null));
  }

  get(path: string, key: string): Entry | undefined {
    const e = this.entries[path];
    return e && e.key === key ? e : undefined;
  }

  set(path: string, key: string, value: Omit<Entry, "key">): void {
    this.entries[path] = { key, ...value };
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(dirname(this.file), { recursive: true, mode: 0o700 });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ version: STAMP, entries: this.entries }), { mode: 0o600 });
      renameSync(tmp, this.file);
    } catch { /* a cache that cannot be written only costs time */ }
  }
}

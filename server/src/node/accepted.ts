/**
 * `.decorum/accepted.yaml`: findings accepted with a reason, kept outside the document (never in
 * settings, never in the note) so a supervisor can review them. The nearest file upward from a
 * document is used; a new one is created at the workspace root.
 */
import { readFileSync, writeFileSync, mkdirSync, renameSync, statSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parse as parseYaml, stringify } from "yaml";
import type { AcceptedEntry } from "../../../shared/src/index.js";

const FILE = join(".decorum", "accepted.yaml");

export class AcceptedFiles {
  private readonly cache = new Map<string, { mtimeMs: number; size: number; entries: AcceptedEntry[] }>();
  /** Folder → accepted file, for one pass over many files (the CLI); editors look up each time. */
  private readonly located = new Map<string, string>();
  constructor(private roots: string[] = [], private readonly rememberLookups = false) {}

  setRoots(roots: string[]) { this.roots = roots; }

  /** The accepted file for a document: the nearest existing one, else one at the workspace root (or the document's folder). */
  locate(documentPath: string): string {
    const folder = dirname(resolve(documentPath));
    const known = this.rememberLookups ? this.located.get(folder) : undefined;
    if (known) return known;
    const found = this.lookUp(documentPath);
    if (this.rememberLookups) this.located.set(folder, found);
    return found;
  }

  private lookUp(documentPath: string): string {
    let current = dirname(resolve(documentPath));
    for (;;) {
      const candidate = join(current, FILE);
      if (existsSync(candidate)) return candidate;
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    const root = this.roots.map((r) => resolve(r)).filter((r) => resolve(documentPath).startsWith(r + sep)).sort((a, b) => b.length - a.length)[0];
    return join(root ?? dirname(resolve(documentPath)), FILE);
  }

  read(file: string): AcceptedEntry[] {
    let st;
    // no exception for the common case of no file: thousands of documents ask in one CLI run
    try { st = statSync(file, { throwIfNoEntry: false }); } catch { return []; }
    if (!st) return [];
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.entries;
    let entries: AcceptedEntry[] = [];
    try {
      const data = parseYaml(readFileSync(file, "utf8"), { maxAliasCount: 50 }) as { accepted?: unknown } | null;
      if (Array.isArray(data?.accepted)) {
        entries = data!.accepted.filter((e): e is AcceptedEntry => !!e && typeof e === "object" && typeof (e as AcceptedEntry).rule === "string" && typeof (e as AcceptedEntry).fingerprint === "string" && typeof (e as AcceptedEntry).document === "string")
          .map((e) => ({ ...e, reason: typeof e.reason === "string" ? e.reason : "" }));
      }
    } catch { /* a broken file accepts nothing */ }
    this.cache.set(file, { mtimeMs: st.mtimeMs, size: st.size, entries });
    return entries;
  }

  /** Entries that apply to one document. */
  forDocument(documentPath: string): AcceptedEntry[] {
    const file = this.locate(documentPath);
    const rel = relPath(file, documentPath);
    return this.read(file).filter((e) => e.document === rel);
  }

  /** Records an accepted finding; returns the file written. */
  add(documentPath: string, entry: Omit<AcceptedEntry, "document">): string {
    const file = this.locate(documentPath);
    const entries = [...this.read(file)];
    const record: AcceptedEntry = { rule: entry.rule, document: relPath(file, documentPath), fingerprint: entry.fingerprint, reason: entry.reason.trim(), by: entry.by, at: entry.at ?? new Date().toISOString() };
    const same = entries.findIndex((e) => e.rule === record.rule && e.document === record.document && e.fingerprint === record.fingerprint);
    if (same >= 0) entries[same] = record; else entries.push(record);
    mkdirSync(dirname(file), { recursive: true });
    const header = "# Findings accepted with a reason (Decorum). Each entry hides one finding until its text changes.\n# Review: decorum check --list-accepted\n";
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, header + stringify({ accepted: entries }));
    renameSync(tmp, file);
    this.cache.delete(file);
    return file;
  }
}

function relPath(acceptedFile: string, documentPath: string): string {
  return relative(dirname(dirname(acceptedFile)), resolve(documentPath)).split(sep).join("/");
}

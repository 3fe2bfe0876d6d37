/**
 * The vault files the worker-built server cannot read itself: custom pack files (the settings'
 * list plus `.decorum/packs/*.yaml`) and `.decorum/accepted.yaml`, read and written through
 * Obsidian's adapter (which also reaches dot-folders). The server parses and validates the packs;
 * this module only moves text. Accepted findings are written in the format the Node server and the
 * CLI use, with note paths relative to the vault root, and never with any note text.
 */
import { normalizePath, parseYaml, stringifyYaml, type DataAdapter } from "obsidian";
import type { AcceptedEntry } from "../../../shared/src/accepted.js";
import type { WorkspaceDataParams } from "../../../shared/src/protocol.js";
import { noteUri } from "./settings.js";

export const PACKS_FOLDER = ".decorum/packs";
export const ACCEPTED_FILE = ".decorum/accepted.yaml";
const PACK_FILE = /\.(ya?ml|json)$/i;
const HEADER = "# Findings accepted with a reason (Decorum). Each entry hides one finding until its text changes.\n# Review: decorum check --list-accepted\n";

type Adapter = Pick<DataAdapter, "exists" | "read" | "write" | "list" | "stat" | "mkdir">;

/** Pack files to send: the settings' paths first (nearer definitions win), then `.decorum/packs`. */
export async function packPaths(adapter: Adapter, fromSettings: readonly string[]): Promise<string[]> {
  const paths = fromSettings.map((p) => normalizePath(p)).filter(Boolean);
  try {
    if (await adapter.exists(PACKS_FOLDER)) {
      const listed = await adapter.list(PACKS_FOLDER);
      paths.push(...listed.files.filter((f) => PACK_FILE.test(f)).sort());
    }
  } catch { /* no folder: no discovered packs */ }
  return [...new Set(paths)];
}

/** True when a change at `path` may change the workspace data. */
export function concernsWorkspaceData(path: string, fromSettings: readonly string[]): boolean {
  const p = normalizePath(path);
  return p === ACCEPTED_FILE || p.startsWith(PACKS_FOLDER + "/") || fromSettings.some((s) => normalizePath(s) === p);
}

/** Accepted entries as the file holds them; `problem` when the file exists but cannot be used. */
export async function readAccepted(adapter: Adapter): Promise<{ entries: AcceptedEntry[]; raw: unknown[]; problem?: string }> {
  let text: string;
  try {
    if (!(await adapter.exists(ACCEPTED_FILE))) return { entries: [], raw: [] };
    text = await adapter.read(ACCEPTED_FILE);
  } catch {
    return { entries: [], raw: [], problem: `${ACCEPTED_FILE} could not be read.` };
  }
  let data: unknown;
  try {
    data = text.trim() ? parseYaml(text) : {};
  } catch {
    return { entries: [], raw: [], problem: `${ACCEPTED_FILE} is not valid YAML.` };
  }
  const list = (data as { accepted?: unknown } | null)?.accepted;
  if (data !== null && typeof data === "object" && list !== undefined && !Array.isArray(list)) return { entries: [], raw: [], problem: `${ACCEPTED_FILE}: "accepted" must be a list.` };
  const raw = Array.isArray(list) ? (list as unknown[]) : [];
  const entries = raw.flatMap((e): AcceptedEntry[] => {
    const x = e as Partial<AcceptedEntry> | null;
    if (!x || typeof x.rule !== "string" || typeof x.fingerprint !== "string" || typeof x.document !== "string") return [];
    return [{ rule: x.rule, document: x.document, fingerprint: x.fingerprint, reason: typeof x.reason === "string" ? x.reason : "", ...(typeof x.by === "string" ? { by: x.by } : {}), ...(typeof x.at === "string" ? { at: x.at } : {}) }];
  });
  return { entries, raw };
}

/** Accepted entries keyed by note URI (without a pane: the server applies them to every pane of the note). */
export function acceptedByUri(entries: readonly AcceptedEntry[]): WorkspaceDataParams["accepted"] {
  const out: WorkspaceDataParams["accepted"] = {};
  for (const e of entries) (out[noteUri(e.document)] ??= []).push(e);
  return out;
}

/** Reads everything the server needs. */
export async function readWorkspaceData(adapter: Adapter, fromSettings: readonly string[]): Promise<{ params: WorkspaceDataParams; paths: string[]; unreadable: string[]; acceptedProblem?: string }> {
  const paths = await packPaths(adapter, fromSettings);
  const packs: WorkspaceDataParams["packs"] = [];
  const unreadable: string[] = [];
  for (const path of paths) {
    try {
      packs.push({ origin: noteUri(path), text: await adapter.read(path) });
    } catch {
      unreadable.push(path);
    }
  }
  const accepted = await readAccepted(adapter);
  return { params: { packs, accepted: acceptedByUri(accepted.entries), clientStoresAccepted: true }, paths, unreadable, acceptedProblem: accepted.problem };
}

/** A cheap signature of the files (names, sizes, times), to notice changes Obsidian sends no event for (dot-folders). */
export async function workspaceSignature(adapter: Adapter, fromSettings: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const path of [...(await packPaths(adapter, fromSettings)), ACCEPTED_FILE]) {
    try {
      const st = await adapter.stat(path);
      parts.push(st ? `${path}:${st.size}:${st.mtime}` : `${path}:-`);
    } catch {
      parts.push(`${path}:?`);
    }
  }
  return parts.join("|");
}

/**
 * Records an accepted finding in `.decorum/accepted.yaml` (created when missing). Entries already
 * there are kept as they are; the same rule, note and fingerprint is replaced. A file that cannot
 * be parsed is never overwritten.
 */
export async function writeAccepted(adapter: Adapter, entry: AcceptedEntry): Promise<void> {
  const current = await readAccepted(adapter);
  if (current.problem) throw new Error(`${current.problem} Fix it before accepting more findings.`);
  const record: AcceptedEntry = { rule: entry.rule, document: entry.document, fingerprint: entry.fingerprint, reason: entry.reason.trim(), ...(entry.by ? { by: entry.by } : {}), at: entry.at ?? new Date().toISOString() };
  const kept = current.raw.filter((e) => {
    const x = e as Partial<AcceptedEntry> | null;
    return !(x && x.rule === record.rule && x.document === record.document && x.fingerprint === record.fingerprint);
  });
  if (!(await adapter.exists(".decorum"))) await adapter.mkdir(".decorum");
  await adapter.write(ACCEPTED_FILE, HEADER + stringifyYaml({ accepted: [...kept, record] }));
}

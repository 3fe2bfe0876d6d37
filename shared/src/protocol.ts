/** Custom LSP messages and commands, shared by the server and its clients. */
import type { AcceptedEntry } from "./accepted.js";

export const COMMANDS = {
  insertDisclaimer: "decorum.insertDisclaimer",
  fixAll: "decorum.fixAll",
  redactAll: "decorum.redactAll",
  showPolicy: "decorum.showPolicy",
  /** Runs a fix that carries a host command (e.g. strip image metadata), then applies its edits. */
  applyFix: "decorum.applyFix",
  /** [uri, version, rule, range, reason?]: records the finding in `.decorum/accepted.yaml`. Clients prompt for the reason. */
  acceptFinding: "decorum.acceptFinding",
  /** [uri] → `{ text, version }`: the post as `decorum export` prints it (front matter and comments removed, safe fixes applied). Changes nothing. */
  exportClean: "decorum.exportClean",
} as const;

export const FIX_ALL_KIND = "source.fixAll.decorum";

/** `decorum/status` notification (server → client) after each lint of an open document. */
export const STATUS_NOTIFICATION = "decorum/status";
export interface StatusParams { uri: string; /** The document version this status is for. */ version?: number; pack: string; packName: string; counts: Record<string, number>; ready: boolean; /** Why it is not ready to post. */ reasons: string[] }

/** `decorum/policy` request (client → server): the active pack for a document. */
export const POLICY_REQUEST = "decorum/policy";
export interface PolicyParams { uri: string }
export interface PolicyResult { pack: string; name: string; policyTitle: string; rules: Record<string, string> }

/**
 * Each diagnostic's `data`: the document version it was computed for. Clients that render fixes
 * and clauses themselves ask for them with `initializationOptions.diagnosticData: "full"`; others
 * get them from code actions and hover.
 */
export interface DiagnosticData {
  version: number;
  /** Full mode: the policy clauses the finding rests on (`<pack>:<clause>` + quotation). */
  sources?: { clause: string; quote: string }[];
  /** Full mode: the finding's fixes as LSP edits. */
  fixes?: FixData[];
}

/** A fix as LSP edits (diagnostic data in full mode; the argument of `decorum.applyFix`). */
export interface FixData { id: string; title: string; kind: "safe" | "suggestion"; preferred?: boolean; command?: { id: string; args: unknown[] }; edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[] }

/**
 * `decorum/checkWorkspace` request (client → server): lint files that are not open in the editor.
 * The client reads them (so it works in a browser too) and shows the results in Problems; the
 * server keeps no state for them. Diagnostics are LSP `Diagnostic`s, typed loosely here because
 * the core does not depend on the protocol library.
 */
export const CHECK_WORKSPACE_REQUEST = "decorum/checkWorkspace";
export interface CheckWorkspaceParams { files: { uri: string; text: string }[] }
export interface CheckWorkspaceResult { files: { uri: string; diagnostics: unknown[] }[] }

/**
 * `decorum/workspaceData` request (client → server): workspace files the server cannot read itself
 * (the worker build has no file system), read by the client and sent whole after each change.
 * Used only where the server's host has no file access of its own:
 * - `packs`: custom pack files (`origin` is the file's URI; problems are published on it);
 * - `accepted`: accepted findings per document URI (a URI without `#fragment` covers every view of
 *   the document, e.g. `vault:///Blog/post.md` covers `vault:///Blog/post.md#pane-2`);
 * - `clientStoresAccepted`: the client can record new ones, so "Accept this finding…" is offered and
 *   `decorum.acceptFinding` answers `{ applied: true, entry: { rule, fingerprint, reason } }` for it to store.
 * The server re-lints open documents. The result names the packs it loaded and the problems found.
 */
export const WORKSPACE_DATA_REQUEST = "decorum/workspaceData";
export interface WorkspaceDataParams {
  packs: { origin: string; text: string }[];
  accepted: Record<string, AcceptedEntry[]>;
  clientStoresAccepted: boolean;
}
export interface WorkspaceDataResult {
  /** Packs parsed from the given files (in use only where the host has none of its own). */
  packs: { id: string; name: string; origin: string }[];
  problems: { origin: string; line: number; character: number; message: string }[];
  /** False when the server reads these files itself and ignored the data. */
  used: { packs: boolean; accepted: boolean };
}
/** What `decorum.acceptFinding` answers: `file` when the server wrote it, `entry` for a client that stores it. */
export interface AcceptFindingResult { applied: boolean; reason?: string; file?: string; entry?: { rule: string; fingerprint: string; reason: string } }

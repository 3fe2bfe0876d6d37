/**
 * `decorum/workspaceData`: workspace files a client read for a server that cannot read them
 * itself (the worker build in Obsidian or a browser): custom pack texts and accepted findings.
 * The data fills only the host capabilities that are missing (`packsFor`, `acceptedFor`,
 * `accept`); a host with file access keeps its own. Pack texts are parsed once per message with
 * the same parser and pattern check as pack files on disk, and their problems are published as
 * diagnostics on each pack's origin URI. Never throws on client input and never logs text.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic } from "vscode-languageserver";
import { parsePackFile, type AcceptedEntry, type Pack } from "../../../shared/src/index.js";
import { compileUserPattern } from "../../../shared/src/safe-regex.js";
import { WORKSPACE_DATA_REQUEST, type WorkspaceDataParams, type WorkspaceDataResult } from "../../../shared/src/protocol.js";
import type { ServerHost } from "../server.js";

/** Limits on client data: a pack file or an accepted list is far smaller. */
const MAX_PACKS = 100;
const MAX_PACK_TEXT = 1_000_000;
const MAX_ACCEPTED = 10_000;

/** What the client's accepted findings are recorded in, as the warning for a missing reason names it. */
const CLIENT_ACCEPTED_FILE = ".decorum/accepted.yaml";

/** `vault:///a.md#pane-2` → `vault:///a.md`: a URI without its fragment names every view of a document. */
function withoutFragment(uri: string): string {
  const i = uri.indexOf("#");
  return i < 0 ? uri : uri.slice(0, i);
}

/** Parses pack texts in order; a pack may extend a shipped pack or one defined in another text. */
export function parsePackTexts(files: readonly { origin: string; text: string }[], builtin: readonly Pack[]): { packs: Pack[]; problems: WorkspaceDataResult["problems"] } {
  const packs: Pack[] = [];
  const problems: WorkspaceDataResult["problems"] = [];
  const byId = (id: string) => packs.find((p) => p.id === id) ?? builtin.find((p) => p.id === id);
  const checkPattern = (source: string, flags?: string) => {
    const r = compileUserPattern(source, flags);
    return "error" in r ? r.error : undefined;
  };
  // two passes, so a pack may extend one defined in a later file
  const pending = files.slice();
  for (let pass = 0; pass < 2 && pending.length; pass++) {
    for (let i = 0; i < pending.length;) {
      const file = pending[i]!;
      let parsed: ReturnType<typeof parsePackFile>;
      try {
        parsed = parsePackFile(file.text, file.origin, byId, checkPattern);
      } catch (e) {
        parsed = { problems: [{ message: `Cannot read the pack file (${(e as Error)?.name ?? "Error"}).`, line: 0, character: 0 }] };
      }
      const waitingForBase = parsed.problems.some((p) => p.message.startsWith("extends:"));
      if (parsed.pack) {
        if (!packs.some((p) => p.id === parsed.pack!.id)) packs.push(parsed.pack);
        pending.splice(i, 1);
      } else if (waitingForBase && pass === 0) i++;
      else {
        problems.push(...parsed.problems.map((p) => ({ origin: file.origin, line: p.line, character: p.character, message: p.message })));
        pending.splice(i, 1);
      }
    }
  }
  return { packs, problems };
}

function sanitizeAccepted(value: unknown): Map<string, AcceptedEntry[]> {
  const out = new Map<string, AcceptedEntry[]>();
  if (!value || typeof value !== "object") return out;
  let count = 0;
  for (const [uri, list] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    const entries: AcceptedEntry[] = [];
    for (const e of list as unknown[]) {
      if (++count > MAX_ACCEPTED) break;
      const x = e as Partial<AcceptedEntry> | null;
      if (!x || typeof x.rule !== "string" || typeof x.fingerprint !== "string") continue;
      entries.push({
        rule: x.rule, fingerprint: x.fingerprint, document: typeof x.document === "string" ? x.document : "",
        reason: typeof x.reason === "string" ? x.reason : "",
        ...(typeof x.by === "string" ? { by: x.by } : {}), ...(typeof x.at === "string" ? { at: x.at } : {}),
      });
    }
    out.set(withoutFragment(uri), [...(out.get(withoutFragment(uri)) ?? []), ...entries]);
  }
  return out;
}

/**
 * Returns the host the server uses: `host` with its missing file capabilities filled from the
 * client's data. `changed` runs after each message (the server re-lints its open documents).
 */
export function withWorkspaceData(connection: Connection, host: ServerHost, builtin: readonly Pack[], changed: () => void, log: (message: string) => void): ServerHost {
  let packs: Pack[] = [];
  let accepted = new Map<string, AcceptedEntry[]>();
  const published = new Set<string>();
  const effective: ServerHost = { ...host };
  const usesPacks = !host.packsFor;
  const usesAccepted = !host.acceptedFor && !host.accept;
  if (usesPacks) effective.packsFor = () => ({ packs, problems: [] }); // problems are published when the data arrives
  if (usesAccepted) effective.acceptedFor = (uri) => accepted.get(uri) ?? accepted.get(withoutFragment(uri)) ?? [];
  // the client stores the entry; kept here too, so the finding hides before the client's next message
  const acceptForClient = (uri: string, entry: { rule: string; fingerprint: string; reason: string }): string => {
    const key = withoutFragment(uri);
    const list = (accepted.get(key) ?? []).filter((e) => !(e.rule === entry.rule && e.fingerprint === entry.fingerprint));
    accepted.set(key, [...list, { ...entry, document: "" }]);
    return CLIENT_ACCEPTED_FILE;
  };

  connection.onRequest(WORKSPACE_DATA_REQUEST, (params: WorkspaceDataParams): WorkspaceDataResult => {
    const result: WorkspaceDataResult = { packs: [], problems: [], used: { packs: usesPacks, accepted: usesAccepted } };
    try {
      if (usesPacks) {
        const files = (Array.isArray(params?.packs) ? params.packs : [])
          .filter((f) => typeof f?.origin === "string" && typeof f.text === "string" && f.text.length <= MAX_PACK_TEXT)
          .slice(0, MAX_PACKS);
        const parsed = parsePackTexts(files, builtin);
        packs = parsed.packs;
        result.packs = packs.map((p) => ({ id: p.id, name: p.name, origin: p.origin ?? "" }));
        result.problems = parsed.problems;
        publishProblems(parsed.problems);
      }
      if (usesAccepted) {
        accepted = sanitizeAccepted(params?.accepted);
        effective.accept = params?.clientStoresAccepted === true ? acceptForClient : undefined;
      }
    } catch (e) {
      log(`workspace data not used (${(e as Error)?.name ?? "Error"})`);
    }
    changed();
    return result;
  });

  function publishProblems(problems: WorkspaceDataResult["problems"]) {
    const byUri = new Map<string, Diagnostic[]>();
    for (const p of problems) {
      const list = byUri.get(p.origin) ?? byUri.set(p.origin, []).get(p.origin)!;
      list.push({ range: { start: { line: p.line, character: p.character }, end: { line: p.line, character: p.character + 1 } }, severity: DiagnosticSeverity.Error, source: "decorum", code: "config.invalid", message: p.message });
    }
    for (const uri of [...published]) if (!byUri.has(uri)) { void connection.sendDiagnostics({ uri, diagnostics: [] }); published.delete(uri); }
    for (const [uri, diagnostics] of byUri) { published.add(uri); void connection.sendDiagnostics({ uri, diagnostics }); }
  }

  return effective;
}

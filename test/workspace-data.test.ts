/**
 * `decorum/workspaceData` over the real worker build (dist/server.worker.js), run in a Node
 * worker thread with a small `self` shim: the server has no file system there, so custom packs and
 * accepted findings come from the client, and the client stores what the writer accepts.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Worker } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  createProtocolConnection, PortMessageReader, PortMessageWriter,
  type CodeAction, type Diagnostic, type ProtocolConnection, type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  COMMANDS, STATUS_NOTIFICATION, WORKSPACE_DATA_REQUEST,
  type AcceptFindingResult, type StatusParams, type WorkspaceDataParams, type WorkspaceDataResult,
} from "../shared/src/protocol.js";

const ROOT = resolve(import.meta.dirname, "..");
const WORKER = resolve(ROOT, "dist/server.worker.js");
const NORTHFIELD = readFileSync(resolve(ROOT, "examples/packs/northfield-nursing.yaml"), "utf8");
const PACK_URI = "vault:///.decorum/packs/northfield.yaml";
const BROKEN_URI = "vault:///.decorum/packs/broken.yaml";
const BROKEN = "id: broken\nname: Broken\nrules:\n  tone.heated: loud\n";
const NOTE = "vault:///Blog/post.md";
const PANE = `${NOTE}#pane-1`;
const TEXT = "# Placement\n\nI am a second-year student at NSN.\n";

/** The worker's `self` in a Node worker thread: messages in through `onmessage`, out through `postMessage`. */
const SHIM = `
const { parentPort } = require("node:worker_threads");
const port = {
  addEventListener() {},
  set onmessage(listener) { parentPort.on("message", (data) => listener({ data })); },
  postMessage(message) { parentPort.postMessage(message); },
};
globalThis.self = port;
`;

interface WorkerClient {
  conn: ProtocolConnection;
  worker: Worker;
  diagnostics: Map<string, PublishDiagnosticsParams>;
  statuses: Map<string, StatusParams>;
  doc: TextDocument;
  settings: Record<string, unknown>;
}

let running: WorkerClient | undefined;
afterEach(async () => {
  running?.conn.dispose();
  await running?.worker.terminate();
  running = undefined;
});

async function start(settings: Record<string, unknown>): Promise<WorkerClient> {
  const worker = new Worker(SHIM + readFileSync(WORKER, "utf8"), { eval: true });
  const conn = createProtocolConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
  const client: WorkerClient = { conn, worker, diagnostics: new Map(), statuses: new Map(), doc: TextDocument.create(PANE, "markdown", 1, TEXT), settings };
  conn.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => { client.diagnostics.set(p.uri, p); });
  conn.onNotification(STATUS_NOTIFICATION, (p: StatusParams) => { client.statuses.set(p.uri, p); });
  conn.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => client.settings));
  conn.onRequest("client/registerCapability", () => null);
  conn.listen();
  const init = await conn.sendRequest<{ serverInfo?: { name: string } }>("initialize", {
    processId: null, rootUri: null,
    capabilities: { workspace: { configuration: true, applyEdit: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: { debounceMs: 10 },
  });
  expect(init.serverInfo?.name).toBe("decorum");
  void conn.sendNotification("initialized", {});
  running = client;
  return client;
}

const open = (c: WorkerClient) => { void c.conn.sendNotification("textDocument/didOpen", { textDocument: { uri: PANE, languageId: "markdown", version: 1, text: TEXT } }); };
function change(c: WorkerClient, text: string) {
  c.doc = TextDocument.create(PANE, "markdown", c.doc.version + 1, text);
  void c.conn.sendNotification("textDocument/didChange", { textDocument: { uri: PANE, version: c.doc.version }, contentChanges: [{ text }] });
}
async function until<T>(what: string, probe: () => T | undefined, ok: (v: T) => boolean = () => true, timeoutMs = 10000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
/** Diagnostics for the pane's current version that satisfy `ok`. */
const diagnosticsWhen = (c: WorkerClient, ok: (d: Diagnostic[]) => boolean) =>
  until("diagnostics", () => { const p = c.diagnostics.get(PANE); return p && p.version === c.doc.version ? p.diagnostics : undefined; }, ok);
const data = (c: WorkerClient, params: Partial<WorkspaceDataParams>) =>
  c.conn.sendRequest<WorkspaceDataResult>(WORKSPACE_DATA_REQUEST, { packs: [], accepted: {}, clientStoresAccepted: false, ...params });
const codeActions = (c: WorkerClient, diags: Diagnostic[]) =>
  c.conn.sendRequest<CodeAction[]>("textDocument/codeAction", { textDocument: { uri: PANE }, range: diags[0]!.range, context: { diagnostics: diags } });

describe("decorum/workspaceData on the worker build (no file system)", () => {
  it("uses a custom pack the client read, and reports a broken one on its URI", async () => {
    const c = await start({ policy: "northfield-nursing" });
    open(c);
    // before the data arrives the pack is unknown: the general pack is used
    await until("status", () => c.statuses.get(PANE));
    expect(c.statuses.get(PANE)!.pack).toBe("general");

    const t0 = performance.now();
    const result = await data(c, { packs: [{ origin: PACK_URI, text: NORTHFIELD }, { origin: BROKEN_URI, text: BROKEN }] });
    const ms = performance.now() - t0;
    expect(result.used).toEqual({ packs: true, accepted: true });
    expect(result.packs).toEqual([{ id: "northfield-nursing", name: "Northfield School of Nursing", origin: PACK_URI }]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ origin: BROKEN_URI, line: 3 });
    expect(result.problems[0]!.message).toMatch(/tone\.heated/);
    const published = await until("pack problem diagnostics", () => c.diagnostics.get(BROKEN_URI));
    expect(published.diagnostics[0]).toMatchObject({ code: "config.invalid", severity: 1, range: { start: { line: 3 } } });

    // open documents are re-linted with the new pack
    await until("custom pack in use", () => c.statuses.get(PANE), (s) => s.pack === "northfield-nursing");
    const diags = await diagnosticsWhen(c, (d) => d.some((x) => x.code === "affiliation.disclaimer"));
    expect(diags.map((d) => d.code)).toEqual(["affiliation.disclaimer"]);
    expect(c.statuses.get(PANE)).toMatchObject({ ready: false, reasons: ["the disclaimer is missing"] });

    // the broken pack is fixed: its problems are cleared
    await data(c, { packs: [{ origin: PACK_URI, text: NORTHFIELD }] });
    await until("problems cleared", () => c.diagnostics.get(BROKEN_URI), (p) => p.diagnostics.length === 0);
    console.log(`workspaceData with two packs answered in ${ms.toFixed(0)} ms`);
  });

  it("offers 'Accept this finding…' only when the client stores accepted findings, and answers with the entry", async () => {
    const c = await start({ policy: "northfield-nursing" });
    open(c);
    await data(c, { packs: [{ origin: PACK_URI, text: NORTHFIELD }] });
    let diags = await diagnosticsWhen(c, (d) => d.length === 1);
    expect((await codeActions(c, diags)).some((a) => a.title.startsWith("Accept this finding"))).toBe(false);
    const refused = await c.conn.sendRequest<AcceptFindingResult>("workspace/executeCommand", { command: COMMANDS.acceptFinding, arguments: [PANE, 1, diags[0]!.code, diags[0]!.range, "A reason."] });
    expect(refused.applied).toBe(false);

    await data(c, { packs: [{ origin: PACK_URI, text: NORTHFIELD }], clientStoresAccepted: true });
    diags = await diagnosticsWhen(c, (d) => d.length === 1);
    const accept = (await codeActions(c, diags)).find((a) => a.title.startsWith("Accept this finding"))!;
    expect(accept.command!.command).toBe(COMMANDS.acceptFinding);
    const reason = "This post goes to my own family group only.";
    const res = await c.conn.sendRequest<AcceptFindingResult>("workspace/executeCommand", { command: accept.command!.command, arguments: [...accept.command!.arguments!, reason] });
    expect(res.applied).toBe(true);
    expect(res.entry).toMatchObject({ rule: "affiliation.disclaimer", reason });
    expect(res.entry!.fingerprint).toMatch(/^[0-9a-z:]+$/);
    // hidden at once (before the client stores it), and the note is ready to post
    await diagnosticsWhen(c, (d) => d.length === 0);
    await until("ready", () => c.statuses.get(PANE), (s) => s.ready);

    // the client stored it and sends it back keyed by the note (every pane of it)
    const entry = { ...res.entry!, document: "Blog/post.md", at: "2025-01-01T00:00:00Z" };
    await data(c, { packs: [{ origin: PACK_URI, text: NORTHFIELD }], accepted: { [NOTE]: [entry] }, clientStoresAccepted: true });
    await new Promise((r) => setTimeout(r, 100));
    await diagnosticsWhen(c, (d) => d.length === 0);

    // editing the flagged passage breaks the fingerprint: the finding comes back
    change(c, TEXT.replace("second-year", "third-year"));
    await diagnosticsWhen(c, (d) => d.some((x) => x.code === "affiliation.disclaimer"));
    change(c, TEXT);
    await diagnosticsWhen(c, (d) => d.length === 0);

    // an entry without a reason hides the finding but the note is not ready
    await data(c, { packs: [{ origin: PACK_URI, text: NORTHFIELD }], accepted: { [NOTE]: [{ ...entry, reason: "" }] }, clientStoresAccepted: true });
    await until("not ready without a reason", () => c.statuses.get(PANE), (s) => !s.ready && s.reasons.some((r) => /no reason/.test(r)));
  });

  it("ignores malformed data without failing", async () => {
    const c = await start({ policy: "northfield-nursing" });
    open(c);
    const result = await c.conn.sendRequest<WorkspaceDataResult>(WORKSPACE_DATA_REQUEST, { packs: [{ origin: 3, text: null }, "x"], accepted: { [NOTE]: [null, { rule: 1 }], other: "nope" }, clientStoresAccepted: "yes" });
    expect(result.packs).toEqual([]);
    expect(result.problems).toEqual([]);
    await until("status", () => c.statuses.get(PANE), (s) => s.pack === "general");
  });
});

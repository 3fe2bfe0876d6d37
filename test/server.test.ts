/** The built server over stdio with a real protocol client. */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CodeAction, Diagnostic, Hover } from "vscode-languageserver-protocol";
import { startClient, type TestClient } from "./helpers/lsp-client.js";

const STAFF_DISCLAIMER = "The views expressed on this blog are mine alone and do not necessarily reflect the views of International Medical University.";
const POST = "# Teaching notes\n\nI teach pharmacology at the International Medical University. Email me at farid.h@imu.edu.my 😀 if you have questions.\n";

describe("language server over stdio", () => {
  let client: TestClient;
  beforeAll(async () => { client = await startClient({ settings: { policy: "imu-staff" } }); });
  afterAll(async () => { await client.stop(); });

  it("publishes diagnostics with code, docs link, source and version", async () => {
    const uri = "file:///virtual/post.md";
    client.open(uri, POST);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length >= 2);
    const disclaimer = diags.find((d) => d.code === "affiliation.disclaimer")!;
    expect(disclaimer.source).toBe("decorum");
    expect(disclaimer.codeDescription?.href).toMatch(/affiliation\.disclaimer\.md$/);
    expect((disclaimer.data as { version: number }).version).toBe(1);
    const email = diags.find((d) => d.code === "affiliation.email")!;
    // UTF-16 positions: the address sits before the emoji on line 2
    expect(email.range.start).toEqual({ line: 2, character: POST.split("\n")[2]!.indexOf("farid") });
  });

  it("offers quick-fixes for a diagnostic, applies them and re-lints", async () => {
    const uri = "file:///virtual/fix.md";
    client.open(uri, POST);
    const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === "affiliation.disclaimer"));
    const target = diags.find((d) => d.code === "affiliation.disclaimer")!;
    const actions = (await client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: target.range, context: { diagnostics: [target], only: ["quickfix"] } })) as CodeAction[];
    expect(actions.map((a) => a.title)).toContain("Insert the disclaimer");
    const fix = actions.find((a) => a.title === "Insert the disclaimer")!;
    expect(fix.isPreferred).toBe(true);
    client.applyWorkspaceEdit(fix.edit!);
    const after = await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === "affiliation.disclaimer"));
    expect(after.map((d) => d.code)).toEqual(["affiliation.email"]);
    expect(client.docs.get(uri)!.getText().trimEnd().endsWith(STAFF_DISCLAIMER)).toBe(true);
  });

  it("never offers another text's edits: a diagnostic gets fixes only while its finding is at the same place", async () => {
    const uri = "file:///virtual/stale.md";
    client.open(uri, POST);
    const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === "affiliation.email"));
    const email = diags.find((d) => d.code === "affiliation.email")!;
    client.change(uri, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: "Hi. " }]);
    const ask = (d: Diagnostic) => client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ["quickfix"] } }) as Promise<CodeAction[]>;
    expect(await ask(email)).toEqual([]);
    const moved = { ...email, range: { start: { line: 2, character: email.range.start.character + 4 }, end: { line: 2, character: email.range.end.character + 4 } } };
    const actions = await ask(moved);
    expect(actions.length).toBeGreaterThan(0);
    const edits = actions.flatMap((a) => a.edit?.documentChanges ?? []).flatMap((c) => ("edits" in c ? c.edits : []));
    expect(edits.length).toBeGreaterThan(0);
    for (const e of edits) expect(e.range.start.character).toBeGreaterThanOrEqual(moved.range.start.character);
    expect(actions.every((a) => !a.edit || (a.edit.documentChanges![0] as { textDocument: { version: number } }).textDocument.version === 2)).toBe(true);
  });

  it("fix-all honours context.only and applies only safe fixes; the command does the same", async () => {
    const uri = "file:///virtual/fixall.md";
    client.open(uri, POST);
    await client.waitForDiagnostics(uri, (d) => d.length >= 2);
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const quick = (await client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics: [], only: ["quickfix"] } })) as CodeAction[];
    expect(quick.some((a) => a.kind === "source.fixAll.decorum")).toBe(false);
    const all = (await client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics: [], only: ["source.fixAll"] } })) as CodeAction[];
    expect(all).toHaveLength(1);
    expect(all[0]!.kind).toBe("source.fixAll.decorum");
    const res = await client.conn.sendRequest("workspace/executeCommand", { command: "decorum.fixAll", arguments: [uri] });
    expect(res).toEqual({ applied: true });
    const text = client.docs.get(uri)!.getText();
    expect(text).toContain("[your personal e-mail]");
    expect(text).toContain(STAFF_DISCLAIMER);
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
  });

  it("inserts the disclaimer by command and explains when there is nothing to insert", async () => {
    const uri = "file:///virtual/cmd.md";
    client.open(uri, "I run the simulation lab at IMU.\n");
    await client.waitForDiagnostics(uri, (d) => d.length === 1);
    expect(await client.conn.sendRequest("workspace/executeCommand", { command: "decorum.insertDisclaimer", arguments: [uri] })).toEqual({ applied: true });
    await client.waitForDiagnostics(uri, (d) => d.length === 0);
    const again = (await client.conn.sendRequest("workspace/executeCommand", { command: "decorum.insertDisclaimer", arguments: [uri] })) as { applied: boolean; reason: string };
    expect(again.applied).toBe(false);
    expect(again.reason).toMatch(/already/);
  });

  it("shows the policy clause on hover", async () => {
    const uri = "file:///virtual/hover.md";
    client.open(uri, POST);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length >= 2);
    const email = diags.find((d) => d.code === "affiliation.email")!;
    const hover = (await client.conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: email.range.start })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("Don't list your home address or telephone number or your work telephone or e-mail address.");
    expect(value).toContain("affiliation.email");
    expect(await client.conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
  });

  it("re-lints open documents when the configuration changes", async () => {
    const uri = "file:///virtual/config.md";
    client.open(uri, "I am a medical student at the University of Minnesota.\n");
    await client.waitForDiagnostics(uri, (d) => d.length === 0); // imu-staff knows nothing of Minnesota
    client.settings = { policy: "umn-health-sciences" };
    void client.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const diags = await client.waitForDiagnostics(uri, (d) => d.length === 1);
    expect(diags[0]!.code).toBe("affiliation.disclaimer");
    client.settings = { policy: "imu-staff" };
    void client.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
  });

  it("survives malformed and unknown requests and still answers", async () => {
    const { proc } = client;
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const garbage = ["{bad json", JSON.stringify({ jsonrpc: "2.0", id: 99, method: "nope" }), JSON.stringify({ jsonrpc: "2.0", id: 100, method: "textDocument/hover", params: "wrong" }),
      JSON.stringify({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri: "file:///unopened.md", version: 3 }, contentChanges: [{ text: "x" }] } }),
      JSON.stringify({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: 5 } } })];
    for (const g of garbage) proc.stdin.write(frame(g));
    await expect(client.conn.sendRequest("textDocument/hover", { textDocument: { uri: "file:///never-opened.md" }, position: { line: 0, character: 0 } })).resolves.toBeNull();
    await expect(client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri: "file:///never-opened.md" }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } })).resolves.toEqual([]);
    await expect(client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri: "file:///virtual/post.md" }, range: null, context: null })).resolves.toEqual([]);
    await expect(client.conn.sendRequest("workspace/executeCommand", { command: "decorum.fixAll", arguments: [42] })).resolves.toMatchObject({ applied: false });
    expect(proc.exitCode).toBeNull();
    const uri = "file:///virtual/after-garbage.md";
    client.open(uri, "I teach at IMU.\n");
    await client.waitForDiagnostics(uri, (d) => d.length === 1);
  });

  it("never writes document text to its logs", async () => {
    expect(client.logs.join("\n") + client.stderr.join("\n")).not.toContain("pharmacology");
  });
});

describe("language server timing of the first lint", () => {
  it("lints a document as soon as it is opened; only edits wait for the debounce", async () => {
    const client = await startClient({ settings: { policy: "imu-staff" }, initializationOptions: { debounceMs: 60000 } });
    try {
      const uri = "file:///virtual/open.md";
      client.open(uri, POST);
      await client.waitForDiagnostics(uri, (d) => d.length > 0, 5000);
    } finally {
      await client.stop();
    }
  });
});

describe("language server configuration sources", () => {
  it("reads .decorum.yaml upward, lets front matter win, and reports a broken config file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "decorum-server-"));
    writeFileSync(join(dir, ".decorum.yaml"), "policy: umn-health-sciences\n");
    const client = await startClient({ capabilities: { workspace: { applyEdit: true } }, initializationOptions: { settings: { policy: "imu-staff" } } });
    try {
      const uri = pathToFileURL(join(dir, "post.md")).href;
      client.open(uri, "I'm a resident at the University of Minnesota.\n");
      const d1 = await client.waitForDiagnostics(uri, (d) => d.length === 1);
      expect(d1[0]!.code).toBe("affiliation.disclaimer");
      // the config file changes on disk: the editor's file watcher tells the server
      writeFileSync(join(dir, ".decorum.yaml"), "policy: imu-staff\n");
      void client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(join(dir, ".decorum.yaml")).href, type: 2 }] });
      await client.waitForDiagnostics(uri, (d) => d.length === 0);
      writeFileSync(join(dir, ".decorum.yaml"), "policy: umn-health-sciences\n");
      void client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(join(dir, ".decorum.yaml")).href, type: 2 }] });
      await client.waitForDiagnostics(uri, (d) => d.length === 1);
      const fm = pathToFileURL(join(dir, "fm.md")).href;
      client.open(fm, "---\ndecorum:\n  policy: imu-staff\n---\nI'm a resident at the University of Minnesota.\n");
      await client.waitForDiagnostics(fm, (d) => d.length === 0);

      const bad = mkdtempSync(join(tmpdir(), "decorum-bad-"));
      writeFileSync(join(bad, ".decorum.yaml"), "policy: [unclosed\n");
      const uri2 = pathToFileURL(join(bad, "note.md")).href;
      client.open(uri2, "Hello.\n");
      await client.waitForDiagnostics(uri2, () => true);
      const configUri = pathToFileURL(join(bad, ".decorum.yaml")).href;
      const deadline = Date.now() + 5000;
      while (!client.diagnostics.get(configUri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      const cfg = client.diagnostics.get(configUri)!.diagnostics as Diagnostic[];
      expect(cfg[0]!.message).toMatch(/Invalid YAML/);
      expect(cfg[0]!.code).toBe("config.invalid");
    } finally {
      await client.stop();
    }
  });

  it("serves pull diagnostics (LSP 3.17) when the client asks for them", async () => {
    const client = await startClient({ capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } }, settings: { policy: "imu-staff" } });
    try {
      const uri = "file:///virtual/pull.md";
      client.open(uri, "I teach at IMU.\n");
      type Report = { kind: string; resultId?: string; items?: Diagnostic[] };
      const pull = (previousResultId?: string) => client.conn.sendRequest("textDocument/diagnostic", { textDocument: { uri }, previousResultId }) as Promise<Report>;
      const report = await pull();
      expect(report.kind).toBe("full");
      expect(report.items!.map((d) => d.code)).toEqual(["affiliation.disclaimer"]);
      await new Promise((r) => setTimeout(r, 100));
      expect(client.diagnostics.get(uri)).toBeUndefined(); // no duplicate push
      // an edit that moves no finding: "unchanged" with the same result id
      client.change(uri, [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 15 } }, text: " Hello." }]);
      expect(await pull(report.resultId)).toEqual({ kind: "unchanged", resultId: report.resultId });
      // one that adds a finding: a full report with a new id
      client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: "Mail me at lee@imu.edu.my\n" }]);
      const next = await pull(report.resultId);
      expect(next.kind).toBe("full");
      expect(next.resultId).not.toBe(report.resultId);
      expect(next.items!.map((d) => d.code).sort()).toEqual(["affiliation.disclaimer", "affiliation.email"]);
    } finally {
      await client.stop();
    }
  });
});

describe("language server fixes that run a host command", () => {
  it("writes a metadata-free copy beside the image and relinks the document", async () => {
    const { copyFileSync, existsSync, readFileSync: read } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "decorum-strip-"));
    copyFileSync(join(import.meta.dirname, "fixtures/images/gps-time.jpg"), join(dir, "lake.jpg"));
    const original = read(join(dir, "lake.jpg"));
    const client = await startClient({ settings: { policy: "umn-health-sciences" }, rootUri: pathToFileURL(dir).href });
    try {
      const uri = pathToFileURL(join(dir, "post.md")).href;
      client.open(uri, "Sunrise over the lake this weekend.\n\n![Lake at sunrise](lake.jpg)\n");
      const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === "image.metadata"));
      const target = diags.find((d) => d.code === "image.metadata")!;
      const actions = (await client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: target.range, context: { diagnostics: [target], only: ["quickfix"] } })) as CodeAction[];
      const strip = actions.find((a) => a.command?.command === "decorum.applyFix")!;
      expect(strip).toBeDefined();
      const res = await client.conn.sendRequest("workspace/executeCommand", { command: strip.command!.command, arguments: strip.command!.arguments });
      expect(res).toEqual({ applied: true });
      expect(existsSync(join(dir, "lake.clean.jpg"))).toBe(true);
      expect(read(join(dir, "lake.jpg")).equals(original)).toBe(true);
      expect(client.docs.get(uri)!.getText()).toContain("](lake.clean.jpg)");
      await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === "image.metadata"));
    } finally {
      await client.stop();
    }
  });
});

describe("document-wide fixes", () => {
  it("carries clauses and fixes in the diagnostics when the client asks for full data, the document-wide fix on one only", async () => {
    const client = await startClient({ settings: { policy: "imu-students" }, initializationOptions: { diagnosticData: "full" } });
    try {
      const uri = "file:///virtual/full.md";
      client.open(uri, "Today we clerked Encik Rahim in bed 12, a 74-year-old who came in on 3 March.\n");
      const diags = await client.waitForDiagnostics(uri, (d) => d.filter((x) => x.code === "patient.identifier").length >= 3);
      const ids = diags.filter((d) => d.code === "patient.identifier");
      const data = ids.map((d) => d.data as { version: number; sources: { clause: string; quote: string }[]; fixes: { id: string }[] });
      expect(data.every((x) => x.version === 1 && x.sources.length > 0 && x.sources.every((s) => s.quote.length > 10) && x.fixes.length > 0)).toBe(true);
      expect(data.filter((x) => x.fixes.some((f) => f.id === "generalise-all"))).toHaveLength(1);
    } finally {
      await client.stop();
    }
  });

  it("offers 'redact every patient detail' on every identifier from lean diagnostics", async () => {
    const client = await startClient({ settings: { policy: "imu-students" } });
    try {
      const uri = "file:///virtual/redact.md";
      client.open(uri, "Today we clerked Encik Rahim in bed 12, a 74-year-old who came in on 3 March.\n");
      const diags = await client.waitForDiagnostics(uri, (d) => d.filter((x) => x.code === "patient.identifier").length >= 3);
      const ids = diags.filter((d) => d.code === "patient.identifier");
      // lean diagnostics: fixes come with code actions
      expect(ids.every((d) => Object.keys(d.data as object).join() === "version")).toBe(true);
      const last = ids[ids.length - 1]!;
      const actions = (await client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: last.range, context: { diagnostics: [last], only: ["quickfix"] } })) as CodeAction[];
      const all = actions.find((a) => a.title.startsWith("Redact every patient detail in this document (generalise)"))!;
      client.applyWorkspaceEdit(all.edit!);
      expect(client.docs.get(uri)!.getText()).not.toMatch(/Rahim|bed 12|74|3 March/);
      await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === "patient.identifier"));
    } finally {
      await client.stop();
    }
  });
});

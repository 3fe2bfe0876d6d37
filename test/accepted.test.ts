/** Justified exceptions outside the text, "ready to post", and the clean export. */
import { describe, it, expect } from "vitest";
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";
import type { CodeAction } from "vscode-languageserver-protocol";
import { parseDocument, exportClean, fingerprintOf, applyAccepted } from "../shared/src/index.js";
import { lintText } from "./helpers/lint.js";
import { startClient } from "./helpers/lsp-client.js";

const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const STAFF = "The views expressed on this blog are mine alone and do not necessarily reflect the views of International Medical University.";

describe("fingerprints", () => {
  it("match the same text in the same context, even when lines move, and not once it changes", async () => {
    const text = "# Post\n\nI teach pharmacology at IMU.\n";
    const r = await lintText(text, "imu-staff");
    const f = r.findings[0]!;
    const entry = { rule: f.rule, fingerprint: fingerprintOf(text, f) };
    const moved = "# Post\n\nA new first paragraph.\n\nI teach pharmacology at IMU.\n";
    const r2 = await lintText(moved, "imu-staff");
    expect(applyAccepted(moved, r2.findings, [entry]).findings).toHaveLength(0);
    const changed = "# Post\n\nI teach anatomy at IMU.\n";
    const r3 = await lintText(changed, "imu-staff");
    expect(applyAccepted(changed, r3.findings, [entry]).findings).toHaveLength(1);
  });
});

describe("export", () => {
  it("drops front matter, Decorum and Obsidian comments, applies safe fixes, and keeps the rest", async () => {
    const text = "---\ntitle: x\n---\n# Hi\n\n<!-- decorum-disable-next-line tone.heated -->\nI teach at IMU. %% private note %%\n\n<!-- a normal comment -->\n";
    const r = await lintText(text, "imu-staff");
    const out = exportClean(parseDocument(text), r.findings);
    expect(out).toBe(`# Hi\n\nI teach at IMU. \n\n<!-- a normal comment -->\n\n${STAFF}\n`);
  });
});

describe("accepted findings through the CLI", () => {
  it("honours .decorum/accepted.yaml, lists the reasons, and --ready needs a reason", () => {
    const dir = mkdtempSync(join(tmpdir(), "decorum-accepted-"));
    writeFileSync(join(dir, "post.md"), `I teach at IMU.\n\n${STAFF}\n\nEmail me at a.b@imu.edu.my.\n`);
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: dir } });
    expect(run(["check", "--policy", "imu-staff", "post.md"]).stdout).toMatch(/affiliation\.email/);
    const text = readFileSync(join(dir, "post.md"), "utf8");
    const at = text.indexOf("a.b@imu.edu.my");
    const fp = fingerprintOf(text, { rule: "affiliation.email", start: at, end: at + "a.b@imu.edu.my".length });
    const { mkdirSync } = require("node:fs") as typeof import("node:fs");
    mkdirSync(join(dir, ".decorum"));
    writeFileSync(join(dir, ".decorum", "accepted.yaml"), `accepted:\n  - rule: affiliation.email\n    document: post.md\n    fingerprint: "${fp}"\n    reason: ""\n    by: tester\n`);
    expect(run(["check", "--policy", "imu-staff", "post.md"]).stdout).not.toMatch(/affiliation\.email/);
    let ready = run(["check", "--policy", "imu-staff", "--ready", "post.md"]);
    expect(ready.status).toBe(1);
    expect(ready.stdout).toMatch(/not ready: 1 accepted finding has no reason/);
    expect(run(["check", "--list-accepted", "post.md"]).stdout).toMatch(/post\.md: affiliation\.email accepted by tester: \(NO REASON GIVEN\)/);
    writeFileSync(join(dir, ".decorum", "accepted.yaml"), `accepted:\n  - rule: affiliation.email\n    document: post.md\n    fingerprint: "${fp}"\n    reason: "The department asked me to list my office address for this workshop."\n`);
    ready = run(["check", "--policy", "imu-staff", "--ready", "post.md"]);
    expect(ready.stdout).toMatch(/post\.md: ready to post/);
    expect(ready.status).toBe(0);
    // the finding comes back once its text changes
    writeFileSync(join(dir, "post.md"), text.replace("a.b@imu.edu.my", "c.d@imu.edu.my"));
    expect(run(["check", "--policy", "imu-staff", "post.md"]).stdout).toMatch(/affiliation\.email/);
  });

  it("exports a clean copy without touching the source", () => {
    const dir = mkdtempSync(join(tmpdir(), "decorum-export-"));
    const source = "---\ndecorum: { policy: imu-staff }\n---\nI teach at IMU.\n";
    writeFileSync(join(dir, "post.md"), source);
    const r = spawnSync(process.execPath, [CLI, "export", "post.md"], { cwd: dir, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`I teach at IMU.\n\n${STAFF}\n`);
    expect(readFileSync(join(dir, "post.md"), "utf8")).toBe(source);
  });
});

describe("accepted findings through the server", () => {
  it("offers 'Accept this finding…', records it with the reason outside the document, and hides the finding", async () => {
    const dir = mkdtempSync(join(tmpdir(), "decorum-accept-server-"));
    const client = await startClient({ settings: { policy: "imu-staff" }, rootUri: pathToFileURL(dir).href });
    try {
      const uri = pathToFileURL(join(dir, "notes", "post.md")).href;
      const text = `I teach at IMU. Email me at a.b@imu.edu.my.\n\n${STAFF}\n`;
      client.open(uri, text);
      const diags = await client.waitForDiagnostics(uri, (d) => d.length === 1);
      const actions = (await client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diags[0]!.range, context: { diagnostics: diags } })) as CodeAction[];
      const accept = actions.find((a) => a.title.startsWith("Accept this finding"))!;
      expect(accept.command!.command).toBe("decorum.acceptFinding");
      const res = await client.conn.sendRequest("workspace/executeCommand", { command: accept.command!.command, arguments: [...accept.command!.arguments!, "Office address required by the workshop flyer."] }) as { applied: boolean; file: string };
      expect(res.applied).toBe(true);
      expect(res.file).toBe(join(dir, ".decorum", "accepted.yaml"));
      await client.waitForDiagnostics(uri, (d) => d.length === 0);
      const saved = parseYaml(readFileSync(res.file, "utf8")) as { accepted: Record<string, string>[] };
      expect(saved.accepted[0]).toMatchObject({ rule: "affiliation.email", document: "notes/post.md", reason: "Office address required by the workshop flyer." });
      expect(readFileSync(res.file, "utf8")).not.toContain("a.b@imu.edu.my"); // the flagged text stays in the note only
      expect(client.docs.get(uri)!.getText()).toBe(text);
      expect(existsSync(join(dir, "notes", ".decorum"))).toBe(false);
    } finally {
      await client.stop();
    }
  });
});

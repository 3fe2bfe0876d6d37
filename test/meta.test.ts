/** Rule metadata is a contract: ids, sources, docs, declared fixes, packs. */
import { describe, it, expect } from "vitest";
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { rules, builtinPacks } from "../rules/index.js";
import { createLinter } from "../shared/src/index.js";

const ROOT = resolve(import.meta.dirname, "..");
const catalogue = readFileSync(resolve(ROOT, "../shared/design/RULES.md"), "utf8");
const catalogueRules = new Map<string, { severity: string; sources: string }>();
for (const line of catalogue.split("\n")) {
  const m = /^\| `([a-z]+\.[a-z-]+)` \|[^|]*\| ([a-z]+)[^|]*\|[^|]*\| ([^|]*) \|$/.exec(line);
  if (m) catalogueRules.set(m[1]!, { severity: m[2]!, sources: m[3]! });
}

/** "imu-students:c.i–c.ii, umn-health-sciences:policy-1–2" → the packs named. */
const packsIn = (sources: string) => new Set([...sources.matchAll(/([a-z-]+):/g)].map((m) => m[1]!));

describe("rule metadata", () => {
  it("implements every rule of the catalogue, with its id and default severity", () => {
    expect(catalogueRules.size).toBeGreaterThan(20);
    for (const [id, { severity }] of catalogueRules) {
      const rule = rules.find((r) => r.id === id);
      expect(rule, `rule ${id}`).toBeDefined();
      expect(rule!.severity, id).toBe(severity);
    }
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it("cites sources that resolve to clauses of shipped packs, for every pack the catalogue names", () => {
    for (const rule of rules) {
      const expected = packsIn(catalogueRules.get(rule.id)?.sources ?? "");
      const cited = new Set(rule.sources.map((s) => s.split(":")[0]!));
      expect(cited, `${rule.id} cites the catalogue's packs`).toEqual(expected);
      for (const s of rule.sources) {
        const [packId, ...rest] = s.split(":");
        const pack = builtinPacks.find((p) => p.id === packId);
        expect(pack?.clauses[rest.join(":")], `${rule.id}: ${s} resolves to a clause quote`).toBeTruthy();
      }
    }
  });

  it("turns a rule on in exactly the packs its sources cite (general: patient, advice, conduct)", () => {
    for (const pack of builtinPacks) {
      const on = Object.keys(pack.rules).sort();
      const cited = rules.filter((r) => pack.id === "general" ? /^(patient|advice|conduct)\./.test(r.id) : r.sources.some((s) => s.startsWith(pack.id + ":"))).map((r) => r.id).sort();
      expect(on, pack.id).toEqual(cited);
    }
  });

  it("has a generated docs page per rule that is up to date", () => {
    for (const rule of rules) expect(existsSync(join(ROOT, "rules/docs", `${rule.id}.md`)), rule.id).toBe(true);
    const r = spawnSync(process.execPath, ["scripts/gen-docs.mjs", "--check"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("has a description and at least one example, and each example's bad text is flagged and good text is not", async () => {
    const linter = createLinter({ rules, packs: builtinPacks });
    for (const rule of rules) {
      expect(rule.description.length, rule.id).toBeGreaterThan(40);
      expect(rule.examples.length, `${rule.id} has examples`).toBeGreaterThan(0);
      for (const ex of rule.examples) {
        const policy = ex.pack ?? builtinPacks.find((p) => p.rules[rule.id])?.id ?? "general";
        const config = { policy, rules: { [rule.id]: rule.severity } };
        const host = { inspectImage: async (src: string) => ex.images?.[src] };
        const bad = await linter.lint(ex.bad, { config, host });
        expect(bad.findings.some((f) => f.rule === rule.id), `${rule.id} flags its bad example`).toBe(true);
        const good = await linter.lint(ex.good, { config, host });
        expect(good.findings.some((f) => f.rule === rule.id), `${rule.id} passes its good example`).toBe(false);
      }
    }
  });

  it("emits only fixes it declares, with the declared kind", async () => {
    const linter = createLinter({ rules: rules.map((r) => ({ ...r, fixes: r.fixes.map((f) => ({ ...f, id: f.id })) })), packs: builtinPacks });
    const emitted = new Map<string, Set<string>>();
    const corpus = resolve(ROOT, "../shared/corpus/dev");
    const cases = JSON.parse(readFileSync(join(corpus, "cases.json"), "utf8")) as { file: string; policy: string }[];
    const texts = [...cases.map((c) => ({ text: readFileSync(join(corpus, c.file), "utf8"), policy: c.policy, images: undefined as Record<string, unknown> | undefined })),
      ...rules.flatMap((r) => r.examples.map((e) => ({ text: e.bad, policy: e.pack ?? builtinPacks.find((p) => p.rules[r.id])?.id ?? "general", images: e.images as Record<string, unknown> | undefined })))];
    for (const { text, policy, images } of texts) {
      const res = await linter.lint(text, { config: { policy }, host: { inspectImage: async (src: string) => images?.[src] as never } });
      for (const f of res.findings) for (const x of f.fixes) {
        const rule = rules.find((r) => r.id === f.rule);
        if (!rule) continue;
        const decl = rule.fixes.find((d) => d.id === x.id);
        expect(decl, `${f.rule} declares ${x.id}`).toBeDefined();
        expect(x.kind).toBe(decl!.kind);
        (emitted.get(f.rule) ?? emitted.set(f.rule, new Set()).get(f.rule)!).add(x.id);
      }
    }
    for (const rule of rules) for (const d of rule.fixes) expect(emitted.get(rule.id)?.has(d.id), `${rule.id} emits its declared fix ${d.id} somewhere`).toBe(true);
  });

  it("keeps rules and the core free of host APIs", () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []);
    for (const f of [...files(join(ROOT, "rules")), ...files(join(ROOT, "shared/src"))]) {
      const src = readFileSync(f, "utf8");
      expect(src, f).not.toMatch(/from "(node:|fs|path|vscode|obsidian|electron)/);
    }
  });
});

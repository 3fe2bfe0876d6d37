/** Custom institution packs: schema errors at their line, extends, discovery, CLI and server. */
import { describe, it, expect } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { parsePackFile, createLinter } from "../shared/src/index.js";
import { rules, builtinPacks } from "../rules/index.js";
import { compileUserPattern } from "../shared/src/safe-regex.js";
import { startClient } from "./helpers/lsp-client.js";

const byId = (id: string) => builtinPacks.find((p) => p.id === id);
const check = (source: string) => { const r = compileUserPattern(source) as { error?: string } | RegExp; return r instanceof RegExp ? undefined : r.error; };
const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const NORTHFIELD = `id: northfield-nursing
name: Northfield School of Nursing
extends: imu-students
institution:
  names: [Northfield School of Nursing]
  acronyms: [NSN]
  emailDomains: [northfield.ac.uk]
  logoTerms: [nsn logo]
disclaimer:
  text: "These posts are my own and do not represent Northfield School of Nursing."
clauses:
  "4.2": "State that your views are your own whenever you identify yourself as a Northfield student."
sources:
  affiliation.disclaimer: ["4.2"]
rules:
  clinical.setting: off
`;

describe("pack files", () => {
  it("extends a shipped pack, overrides institution and disclaimer, removes a rule and cites its own clause", async () => {
    const { pack, problems } = parsePackFile(NORTHFIELD, "northfield.yaml", byId, check);
    expect(problems).toEqual([]);
    expect(pack!.basedOn).toEqual(["imu-students"]);
    expect(pack!.rules["clinical.setting"]).toBeUndefined();
    expect(pack!.rules["patient.identifier"]).toBe("error");
    const linter = createLinter({ rules, packs: builtinPacks });
    const r = await linter.lint("I am a second-year student at NSN.\n", { config: { policy: "northfield-nursing" }, packs: [pack!] });
    const f = r.findings.find((x) => x.rule === "affiliation.disclaimer")!;
    expect(f.sources).toEqual([{ clause: "northfield-nursing:4.2", quote: "State that your views are your own whenever you identify yourself as a Northfield student." }]);
    expect(f.fixes[0]!.edits[0]!.insert).toContain("These posts are my own and do not represent Northfield School of Nursing.");
  });

  it("points errors at the offending line", () => {
    const cases: [string, RegExp, number][] = [
      ["id: x\nname: X\nredirection: { advice: a, crisis: b }\nconsent: never\nrules:\n  tone.heated: loud\n", /tone\.heated must be off/, 5],
      ["id: x\nname: X\ncolour: blue\n", /"colour" is not a pack setting/, 2],
      ["id: x\nextends: nowhere\n", /no pack "nowhere"/, 1],
      ["id: x\nname: [unclosed\n", /Invalid YAML/, 2],
      ["id: X Y\nname: X\nredirection: { advice: a, crisis: b }\nconsent: never\nrules: {}\n", /id must be lower-case/, 0],
      ["id: x\nname: X\nredirection: { advice: a, crisis: b }\nconsent: never\nrules: {}\nidentifierPatterns:\n  - name: hospital number\n    pattern: \"(\\\\d+)+$\"\n", /nested quantifiers/, 7],
      ["id: x\nname: X\nredirection: { advice: a, crisis: b }\nconsent: never\nrules: {}\nclauses: { a: quote }\nsources:\n  tone.heated: [b]\n", /cites clause "b"/, 7],
    ];
    for (const [text, message, line] of cases) {
      const { pack, problems } = parsePackFile(text, "p.yaml", byId, check);
      expect(pack, text).toBeUndefined();
      expect(problems[0]!.message, text).toMatch(message);
      expect(problems[0]!.line, text).toBe(line);
    }
  });

  it("treats pack files as inert data", () => {
    const { pack, problems } = parsePackFile("id: x\nname: !!js/function 'function(){ return 1 }'\nredirection: { advice: a, crisis: b }\nconsent: never\nrules: {}\n__proto__: { polluted: true }\n", "p.yaml", byId, check);
    expect(pack).toBeUndefined();
    expect(problems.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("custom packs through the CLI and the server", () => {
  const dir = mkdtempSync(join(tmpdir(), "decorum-packs-"));
  mkdirSync(join(dir, ".decorum", "packs"), { recursive: true });
  writeFileSync(join(dir, ".decorum", "packs", "northfield.yaml"), NORTHFIELD);
  writeFileSync(join(dir, "post.md"), "I am a second-year student at NSN.\n");
  const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: dir } });

  it("lists packs with their origin and explains a rule for the active pack", () => {
    const packs = run(["packs"]);
    expect(packs.status).toBe(0);
    expect(packs.stdout).toMatch(/northfield-nursing\s+Northfield School of Nursing \(\.decorum\/packs\/northfield\.yaml, extends imu-students\)/);
    expect(packs.stdout).toMatch(/imu-staff\s+IMU staff \(built in\)/);
    const explain = run(["explain", "affiliation.disclaimer", "--policy", "northfield-nursing"]);
    expect(explain.stdout).toContain("northfield-nursing:4.2");
    expect(explain.stdout).toContain("| `northfield-nursing` | warning |");
  });

  it("checks with a discovered pack and with --pack FILE", () => {
    const r = run(["check", "--policy", "northfield-nursing", "--format", "json", "post.md"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0].diagnostics[0]).toMatchObject({ rule: "affiliation.disclaimer", sources: ["northfield-nursing:4.2"] });
    const other = mkdtempSync(join(tmpdir(), "decorum-packs-explicit-"));
    writeFileSync(join(other, "post.md"), "I am a student at NSN.\n");
    const r2 = spawnSync(process.execPath, [CLI, "check", "--pack", join(dir, ".decorum/packs/northfield.yaml"), "--policy", "northfield-nursing", "post.md"], { cwd: other, encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: other } });
    expect(r2.stdout).toMatch(/post\.md:1:19 warning affiliation\.disclaimer/);
  });

  it("refuses config pack paths outside the config's folder", () => {
    const ws = mkdtempSync(join(tmpdir(), "decorum-packs-escape-"));
    writeFileSync(join(ws, ".decorum.yaml"), "packs: [../../etc/passwd]\n");
    writeFileSync(join(ws, "a.md"), "Hello.\n");
    const r = spawnSync(process.execPath, [CLI, "check", "a.md"], { cwd: ws, encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: ws } });
    expect(r.stderr).toMatch(/leaves the configuration's folder; not loaded/);
  });

  it("serves a workspace pack to the language server and reports a broken one on its file", async () => {
    const client = await startClient({ settings: { policy: "northfield-nursing" } });
    try {
      const uri = pathToFileURL(join(dir, "post.md")).href;
      client.open(uri, "I am a second-year student at NSN.\n");
      const diags = await client.waitForDiagnostics(uri, (d) => d.length === 1);
      expect(diags[0]!.code).toBe("affiliation.disclaimer");
      const broken = mkdtempSync(join(tmpdir(), "decorum-packs-broken-"));
      mkdirSync(join(broken, ".decorum", "packs"), { recursive: true });
      writeFileSync(join(broken, ".decorum", "packs", "bad.yaml"), "id: bad\nname: Bad\nrules:\n  tone.heated: loud\n");
      const uri2 = pathToFileURL(join(broken, "note.md")).href;
      client.open(uri2, "Hello.\n");
      const packUri = pathToFileURL(join(broken, ".decorum", "packs", "bad.yaml")).href;
      const deadline = Date.now() + 5000;
      while (!client.diagnostics.get(packUri) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(client.diagnostics.get(packUri)!.diagnostics[0]!.range.start.line).toBe(3);
    } finally {
      await client.stop();
    }
  });
});

describe("a custom pack scored on its own corpus", () => {
  it("finds its national id format, its hospital number and its slang (test/corpus/riverside)", () => {
    const score = resolve(import.meta.dirname, "../../shared/score");
    const r = spawnSync(process.execPath, [score, resolve(import.meta.dirname, "corpus/riverside"), "--json"], {
      cwd: resolve(import.meta.dirname, ".."), encoding: "utf8",
      env: { ...process.env, DECORUM_CLI: `${process.execPath} ${CLI}`, XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), "decorum-score-")) },
    });
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { precision: number; recall: number; cleanDocsWithFp: number; misses: string[]; falsePositives: string[] };
    expect(result.misses).toEqual([]);
    expect(result.falsePositives).toEqual([]);
    expect(result.cleanDocsWithFp).toBe(0);
  });
});

/**
 * Untrusted configuration and files: config files, front matter and packs are data (YAML tags that
 * would execute code in other loaders are inert, `__proto__` keys pollute nothing), user patterns
 * with catastrophic-backtracking shapes are refused, pack paths cannot leave the config's folder,
 * and `decorum fix` refuses to overwrite a file that changed after it was read (keeping mode and
 * line endings when it does write).
 */
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, statSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseConfigText, checkConfig, mergeConfigs, parseDocument } from "../../shared/src/index.js";
import { compileUserPattern } from "../../shared/src/safe-regex.js";
import { resolveConfigPackPaths } from "../../server/src/node/packs.js";
import { linter } from "../helpers/lint.js";

const CLI = resolve(import.meta.dirname, "../../dist/cli.js");
const polluted = () => ({} as Record<string, unknown>).polluted ?? (Object.prototype as Record<string, unknown>).policy ?? ([] as unknown as Record<string, unknown>).polluted;

describe("config and packs are data", () => {
  const EXECUTABLE_TAGS = [
    "policy: !!js/function 'function () { globalThis.pwned = true }'",
    "policy: !!js/undefined ''",
    "policy: !!js/regexp /x/",
    "policy: !!python/object/apply:os.system ['touch /tmp/decorum-pwned']",
    "policy: !<tag:yaml.org,2002:js/function> 'function(){ globalThis.pwned = true }'",
    "rules: !!binary aGVsbG8=",
  ];
  it("YAML tags that execute code elsewhere are inert: an error or plain data, never a function", () => {
    for (const yaml of EXECUTABLE_TAGS) {
      const { config, problem } = parseConfigText(yaml + "\n", ".decorum.yaml");
      if (config) for (const v of Object.values(config)) expect(typeof v).not.toBe("function");
      expect(config || problem).toBeTruthy();
    }
    // front matter goes through the same parser
    for (const yaml of EXECUTABLE_TAGS) parseDocument(`---\ndecorum:\n  ${yaml}\n---\nHi\n`);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it("__proto__, constructor and prototype keys pollute nothing (config files, JSON, front matter, merge)", async () => {
    const sources: [string, string][] = [
      ["__proto__:\n  polluted: yes\n  policy: evil\n", ".decorum.yaml"],
      ["rules:\n  __proto__: { polluted: yes }\n  constructor: { prototype: { polluted: yes } }\n", ".decorum.yaml"],
      ['{"__proto__": {"polluted": true}, "rules": {"__proto__": {"polluted": true}}}', ".decorum.json"],
      ['{"disable": ["__proto__", "constructor", "prototype", "hasOwnProperty"]}', ".decorum.json"],
    ];
    for (const [text, name] of sources) {
      const { config } = parseConfigText(text, name);
      const merged = mergeConfigs({ rules: { "patient.identifier": "error" } }, config, { disable: ["__proto__"] });
      expect(polluted()).toBeUndefined();
      expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
      if (merged.rules) expect(["object", "undefined"]).toContain(typeof Object.getPrototypeOf(merged.rules));
    }
    expect(typeof checkConfig(JSON.parse('{"__proto__": {"policy": "x"}}'))).not.toBe("undefined");
    const r = await linter.lint("---\ndecorum:\n  __proto__: { policy: evil }\n  rules: { __proto__: { severity: error } }\n---\nMrs. Tan in bed 4.\n", { config: { policy: "general" } });
    expect(r.pack.id).toBe("general");
    expect(polluted()).toBeUndefined();
  });

  it("pack paths in a config file cannot leave the config's folder", () => {
    const { files, refused } = resolveConfigPackPaths("/ws/project/.decorum.yaml", ["packs/a.yaml", "../other/b.yaml", "/etc/passwd", "packs/../../c.yaml", "./d.yaml"]);
    expect(files).toEqual(["/ws/project/packs/a.yaml", "/ws/project/d.yaml"]);
    expect(refused).toEqual(["../other/b.yaml", "/etc/passwd", "packs/../../c.yaml"]);
  });
});

describe("user patterns (compileUserPattern)", () => {
  const REFUSED = ["(a+)+$", "(a|a)*b", "(a|aa)+$", "(\\w+\\s?)+$", "(.*a){20}", "^(a?){25}a{25}$", "(x+x+)+y", "\\w*\\w*\\w*$", "([a-z]+)*", "(a*)*", "(.+)+", "(a|b|ab)*c", ".*.*=.*", "(\\d+)*x", "(a)\\1", "(?<x>a)\\k<x>", "a".repeat(501)];
  const ACCEPTED = ["\\bMRN[: ]?\\d{7}\\b", "\\b[A-Z]{2}\\d{6}\\b", "\\b(?:patient|mrs?)\\b", "[A-Z][a-z]+ \\d{3}", "(ab|cd)+", "\\d{3}-\\d{4}", "a.*b"];
  it("refuses nested quantifiers, overlapping repeated alternations, adjacent broad repeats, backreferences and long sources", () => {
    for (const p of REFUSED) expect("error" in compileUserPattern(p), p).toBe(true);
    expect("error" in compileUserPattern("a", "gx")).toBe(true);
    expect("error" in compileUserPattern("(")).toBe(true);
  });
  it("accepts ordinary identifier shapes, and every accepted pattern runs fast on hostile input", () => {
    for (const p of ACCEPTED) {
      const c = compileUserPattern(p);
      expect("regex" in c, p).toBe(true);
      if (!("regex" in c)) continue;
      for (const input of ["a".repeat(30000) + "!", "MRN ".repeat(5000), "ab".repeat(10000) + "x", "1".repeat(20000)]) {
        const t0 = performance.now();
        c.regex.lastIndex = 0;
        [...input.matchAll(new RegExp(c.regex.source, c.regex.flags))];
        // a hang guard, not a benchmark: catastrophic backtracking takes seconds to forever
        expect(performance.now() - t0, `${p} on hostile input`).toBeLessThan(5000);
      }
    }
  });
});

describe("decorum fix on disk", () => {
  const STAFF_POST = "I teach at IMU.\r\nEmail me at a.b@imu.edu.my.\r\n";

  it("refuses when the file changed after it was read (a write races the fix), and leaves the new content alone", () => {
    const dir = mkdtempSync(join(tmpdir(), "decorum-race-"));
    const file = join(dir, "post.md");
    writeFileSync(file, STAFF_POST);
    // a preload that appends to the file right after the CLI's first read of it: the "editor save" race
    const race = join(dir, "race.mjs");
    writeFileSync(race, `
      import fs from "node:fs"; import { syncBuiltinESMExports } from "node:module";
      const target = ${JSON.stringify(file)}; const orig = fs.readFileSync; let reads = 0;
      fs.readFileSync = function (p, ...rest) { const out = orig.call(this, p, ...rest); if (String(p) === target && reads++ === 0) fs.appendFileSync(target, "typed meanwhile\\r\\n"); return out; };
      syncBuiltinESMExports();
    `);
    const r = spawnSync(process.execPath, ["--import", pathToFileURL(race).href, CLI, "fix", "--policy", "imu-staff", file], { encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: join(dir, ".cache") } });
    expect(r.stderr).toMatch(/changed on disk since it was read; not fixed/);
    expect(r.status).toBe(2);
    expect(readFileSync(file, "utf8")).toBe(STAFF_POST + "typed meanwhile\r\n");
  });

  it("writes atomically when unchanged: mode, CRLF and BOM kept, no temp file left", () => {
    const dir = mkdtempSync(join(tmpdir(), "decorum-fix-"));
    const file = join(dir, "post.md");
    writeFileSync(file, "\uFEFF" + STAFF_POST);
    chmodSync(file, 0o604);
    const r = spawnSync(process.execPath, [CLI, "fix", "--policy", "imu-staff", file], { encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: join(dir, ".cache") } });
    expect(r.status).toBe(0);
    const after = readFileSync(file, "utf8");
    expect(after.startsWith("\uFEFF")).toBe(true);
    expect(after).not.toMatch(/(^|[^\r])\n/);
    expect(after).toContain("[your personal e-mail]");
    expect(statSync(file).mode & 0o777).toBe(0o604);
    expect(spawnSync("ls", ["-A", dir], { encoding: "utf8" }).stdout).not.toMatch(/\.tmp/);
  });

  it("invalid UTF-8 from disk is read with replacement characters and never crashes check", () => {
    const dir = mkdtempSync(join(tmpdir(), "decorum-utf8-"));
    const file = join(dir, "post.md");
    const bytes = Buffer.concat([Buffer.from("Mrs. Tan in bed 4 \u00e9 "), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x00, 0xed, 0xa0, 0x80]), Buffer.from(" I teach at IMU.\n")]);
    writeFileSync(file, bytes);
    const check = spawnSync(process.execPath, [CLI, "check", "--format", "json", file], { encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: join(dir, ".cache") } });
    expect([0, 1]).toContain(check.status);
    expect(check.stderr).not.toMatch(/internal error/);
    expect(JSON.parse(check.stdout)).toBeTruthy();
  });

  // `decorum fix` refuses a file whose bytes do not round-trip through UTF-8 (it would otherwise
  // write U+FFFD over bytes outside its edits).
  it("fix never rewrites bytes outside its edits: a file that is not valid UTF-8 is refused or kept byte-exact", () => {
    const dir = mkdtempSync(join(tmpdir(), "decorum-utf8fix-"));
    const file = join(dir, "post.md");
    const bad = Buffer.from([0xc3, 0x28, 0xff]);
    writeFileSync(file, Buffer.concat([Buffer.from("I teach at IMU. Email me at a.b@imu.edu.my. "), bad, Buffer.from(" end\n")]));
    const before = readFileSync(file);
    const r = spawnSync(process.execPath, [CLI, "fix", "--policy", "imu-staff", file], { encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: join(dir, ".cache") } });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(r.stderr).toMatch(/not valid UTF-8; not fixed/);
    expect(r.status).toBe(2);
  });
});

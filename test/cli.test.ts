/** The built CLI (dist/cli.js) as a user runs it. */
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, readFileSync, statSync, chmodSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const CLI = resolve(import.meta.dirname, "../dist/cli.js");
const CACHE_HOME = mkdtempSync(join(tmpdir(), "decorum-cache-"));
const run = (args: string[], cwd?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd, env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const STAFF = "The views expressed on this blog are mine alone and do not necessarily reflect the views of International Medical University.";

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "decorum-cli-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("decorum check", () => {
  it("prints compiler-style text and exits 0 when nothing is at error severity", () => {
    const dir = workspace({ "post.md": "# Hi\n\nI teach at IMU. Email me at a.b@imu.edu.my.\n" });
    const r = run(["check", "--policy", "imu-staff", join(dir, "post.md")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/post\.md:3:12 warning affiliation\.disclaimer /);
    expect(r.out).toMatch(/post\.md:3:29 warning affiliation\.email /);
    expect(r.err).toMatch(/2 warning/);
  });

  it("explains findings with the policy clause", () => {
    const dir = workspace({ "post.md": "I teach at IMU.\n" });
    const r = run(["check", "--policy", "imu-staff", "--explain", join(dir, "post.md")]);
    expect(r.out).toContain('imu-staff:authentic: "Be clear that you are sharing your views');
    expect(r.out).toMatch(/docs: .*affiliation\.disclaimer\.md/);
  });

  it("follows the JSON contract and recurses into folders over .md, .markdown and .txt", () => {
    const dir = workspace({ "a.md": "I teach at IMU.\n", "sub/b.markdown": "I teach at IMU.\n", "sub/c.txt": "I teach at IMU.\n", "sub/d.html": "I teach at IMU.\n", ".hidden/e.md": "I teach at IMU.\n" });
    const r = run(["check", "--policy", "imu-staff", "--format", "json", dir]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { files: { path: string; diagnostics: { rule: string; severity: string; message: string; text: string; range: unknown; sources: string[] }[] }[] };
    expect(json.files.map((f) => f.path.slice(dir.length + 1)).sort()).toEqual(["a.md", "sub/b.markdown", "sub/c.txt"]);
    const d = json.files[0]!.diagnostics[0]!;
    expect(d).toMatchObject({ rule: "affiliation.disclaimer", severity: "warning", text: "IMU", range: { start: { line: 0, character: 11 }, end: { line: 0, character: 14 } }, sources: ["imu-staff:authentic"] });
    expect(typeof d.message).toBe("string");
  });

  it("exits 1 when an error-severity finding is present", () => {
    const dir = workspace({ "post.md": "I teach at IMU.\n" });
    const r = run(["check", "--policy", "imu-staff", join(dir, "post.md")]);
    expect(r.code).toBe(0);
    writeFileSync(join(dir, ".decorum.yaml"), "policy: imu-staff\nrules:\n  affiliation.disclaimer: error\n");
    expect(run(["check", join(dir, "post.md")]).code).toBe(1);
  });

  it("writes SARIF 2.1.0 with rules, help and UTF-16 regions", () => {
    const dir = workspace({ "post.md": "😀 I teach at IMU.\n" });
    const r = run(["check", "--policy", "imu-staff", "--format", "sarif", join(dir, "post.md")]);
    const sarif = JSON.parse(r.out);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const run0 = sarif.runs[0];
    expect(run0.tool.driver.name).toBe("decorum");
    expect(run0.tool.driver.rules[0]).toMatchObject({ id: "affiliation.disclaimer", helpUri: expect.stringMatching(/^https:/), help: { text: expect.stringContaining("imu-staff:authentic") } });
    const result = run0.results[0];
    expect(result).toMatchObject({ ruleId: "affiliation.disclaimer", ruleIndex: 0, level: "warning" });
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 15, endColumn: 18 });
    expect(run0.columnKind).toBe("utf16CodeUnits");
  });

  it("exits 2 with a clear message on unknown packs, missing files, bad options and broken configs", () => {
    const dir = workspace({ "post.md": "Hello\n" });
    let r = run(["check", "--policy", "nowhere", join(dir, "post.md")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown policy pack "nowhere"/);
    r = run(["check", join(dir, "missing.md")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing\.md: cannot read \(ENOENT\)/);
    r = run(["check", "--format", "xml", join(dir, "post.md")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Unknown format "xml"/);
    r = run(["lint"]);
    expect(r.code).toBe(2);
    writeFileSync(join(dir, ".decorum.yaml"), "policy: [oops\n");
    r = run(["check", join(dir, "post.md")]);
    expect(r.err).toMatch(/\.decorum\.yaml:\d+:\d+ Invalid YAML/);
    const unreadable = join(dir, "locked.md");
    writeFileSync(unreadable, "x");
    chmodSync(unreadable, 0);
    if (process.getuid?.() !== 0) { // root reads anything
      r = run(["check", unreadable]);
      expect(r.code).toBe(2);
    }
  });

  it("reads invalid UTF-8, NUL bytes and a BOM without crashing", () => {
    const dir = workspace({});
    writeFileSync(join(dir, "odd.md"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("I teach at IMU. "), Buffer.from([0xff, 0xfe, 0x00, 0xc3]), Buffer.from("\n")]));
    const r = run(["check", "--policy", "imu-staff", "--format", "json", join(dir, "odd.md")]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).files[0].diagnostics[0].range.start).toEqual({ line: 0, character: 11 });
  });
});

describe("decorum check on a vault", () => {
  it("lints many files in worker threads, caches by content, and notices a changed file", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 240; i++) files[`notes/n${i}.md`] = i % 2 ? `Note ${i}: I teach at IMU.\n` : `Note ${i}: a walk by the lake.\n`;
    const dir = workspace(files);
    const cacheFile = join(dir, "cache.json");
    const first = run(["check", "--policy", "imu-staff", "--format", "json", "--cache-location", cacheFile, dir]);
    expect(first.code).toBe(0);
    const json = JSON.parse(first.out) as { files: { path: string; diagnostics: unknown[] }[] };
    expect(json.files).toHaveLength(240);
    expect(json.files.filter((f) => f.diagnostics.length === 1)).toHaveLength(120);
    expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
    const second = run(["check", "--policy", "imu-staff", "--format", "json", "--cache-location", cacheFile, dir]);
    expect(second.out).toBe(first.out);
    writeFileSync(join(dir, "notes/n0.md"), "Note 0: I teach at IMU.\n");
    const third = JSON.parse(run(["check", "--policy", "imu-staff", "--format", "json", "--cache-location", cacheFile, dir]).out) as typeof json;
    expect(third.files.find((f) => f.path.endsWith("/n0.md"))!.diagnostics).toHaveLength(1);
    const otherPack = JSON.parse(run(["check", "--policy", "umn-health-sciences", "--format", "json", "--cache-location", cacheFile, dir]).out) as typeof json;
    expect(otherPack.files.every((f) => f.diagnostics.length === 0)).toBe(true);
  });
});

describe("decorum fix", () => {
  it("--dry-run reports what it would change and touches nothing", () => {
    const text = "I teach at IMU. Email me at a.b@imu.edu.my.\n";
    const dir = workspace({ "post.md": text });
    const before = statSync(join(dir, "post.md")).mtimeMs;
    const r = run(["fix", "--dry-run", "--policy", "imu-staff", join(dir, "post.md")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/would apply 2 edit\(s\)/);
    expect(readFileSync(join(dir, "post.md"), "utf8")).toBe(text);
    expect(statSync(join(dir, "post.md")).mtimeMs).toBe(before);
  });

  it("applies safe fixes only, keeps CRLF, BOM and file mode", () => {
    const text = "\uFEFFI teach at IMU.\r\nEmail me at a.b@imu.edu.my.\r\n";
    const dir = workspace({ "post.md": text });
    chmodSync(join(dir, "post.md"), 0o640);
    const r = run(["fix", "--policy", "imu-staff", join(dir, "post.md")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/applied 2 edit\(s\)/);
    const fixed = readFileSync(join(dir, "post.md"), "utf8");
    expect(fixed).toBe(`\uFEFFI teach at IMU.\r\nEmail me at [your personal e-mail].\r\n\r\n${STAFF}\r\n`);
    expect(statSync(join(dir, "post.md")).mode & 0o777).toBe(0o640);
    expect(run(["check", "--policy", "imu-staff", "--format", "json", join(dir, "post.md")]).out).toContain('"diagnostics": []');
  });
});

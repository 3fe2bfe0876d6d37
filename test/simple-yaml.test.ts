/** The simple front-matter reader gives the yaml library's answer whenever it answers at all. */
import { describe, it, expect } from "vitest";
import { parse } from "yaml";
import { readSimpleYaml } from "../shared/src/simple-yaml.js";

const libraryReads = (raw: string): unknown => { try { return parse(raw, { logLevel: "error" }) ?? undefined; } catch { return "error"; } };

describe("simple front matter", () => {
  it("reads the common shapes", () => {
    expect(readSimpleYaml("title: Journal 12\ntags: [journal, ward-6b]\naliases:\n  - Week 3\n  - w3\ndraft:\n")).toEqual({ title: "Journal 12", tags: ["journal", "ward-6b"], aliases: ["Week 3", "w3"], draft: null });
  });

  it("leaves to the library what it does not fully understand", () => {
    for (const raw of ["decorum:\n  policy: imi", "n: 3", "ok: true", "a: 'quoted'", "a: b: c", "a: x\na: y", "# note\na: b", "a:\n  b: c", "a: [x, [y]]", "a: *ref", "a: x # c", "a:\n- x\n  - y", "- x", "a: [x,]"]) {
      expect(readSimpleYaml(raw), raw).toBeUndefined();
    }
  });

  it("agrees with the yaml library on generated front matter", () => {
    const pieces = ["title", "tags", "a", "Date", "x_y", "k-1", "on", "yes", "No", "null", "True", "TRUE", "nan", "Inf", "e", "e1", "x.y", "it's", "w/e", "a b", "a  b", "-a", "a -b", "a - b", "1a", "0x1F", "2024-01-01", "", "[", "]", ",", ":", "#", "'", "\"", "@x", "%x", "a:b"];
    let seed = 7;
    const pick = <T,>(xs: T[]) => { seed = (seed * 1103515245 + 12345) >>> 0; return xs[seed % xs.length]!; };
    let answered = 0;
    for (let n = 0; n < 20000; n++) {
      const lines: string[] = [];
      for (let i = 0, count = 1 + (n % 5); i < count; i++) {
        const shape = pick([0, 1, 2, 3, 4]);
        const key = pick(pieces), value = pick(pieces);
        if (shape === 0) lines.push(`${key}: ${value}`);
        else if (shape === 1) lines.push(`${key}: [${value}, ${pick(pieces)}]`);
        else if (shape === 2) lines.push(`${key}:`, `${pick(["", "  "])}- ${value}`, `  - ${pick(pieces)}`);
        else if (shape === 3) lines.push(`${key}:`);
        else lines.push(`${key}: ${value}${pick(["", " ", "\r"])}`);
      }
      const raw = lines.join(pick(["\n", "\r\n"]));
      const mine = readSimpleYaml(raw);
      if (mine === undefined) continue;
      answered++;
      expect(mine, JSON.stringify(raw)).toEqual(libraryReads(raw));
    }
    expect(answered).toBeGreaterThan(500);
  });
});

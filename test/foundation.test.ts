import { describe, it, expect } from "vitest";
import { LineIndex, parseDocument, applyEdits } from "../shared/src/index.js";
import { lintText, findingsOf, expectFixRoundTrip } from "./helpers/lint.js";

describe("positions", () => {
  it("counts UTF-16 units with emoji and CRLF", () => {
    const text = "a😀b\r\nsecond 😀 line\rthird\nlast";
    const idx = new LineIndex(text);
    expect(idx.toPosition(text.indexOf("b"))).toEqual({ line: 0, character: 3 });
    expect(idx.toPosition(text.indexOf("line"))).toEqual({ line: 1, character: 10 });
    expect(idx.toPosition(text.indexOf("third"))).toEqual({ line: 2, character: 0 });
    expect(idx.toPosition(text.indexOf("last"))).toEqual({ line: 3, character: 0 });
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === "\r" && text[o] === "\n") continue; // between CR and LF is not a position
      expect(idx.toOffset(idx.toPosition(o))).toBe(o);
    }
    expect(idx.toOffset({ line: 0, character: 99 })).toBe(4); // clamped to the line's end, before CRLF
    expect(idx.toOffset({ line: 99, character: 0 })).toBe(text.length);
  });
});

describe("document model", () => {
  it("keeps prose and blanks out code, URLs, HTML, front matter and Obsidian syntax", () => {
    const text = [
      "---", "title: x", "decorum: { policy: imu-staff }", "---", "",
      "Hello `code` <b>bold</b> https://example.com [link text](https://x.org) [[Note|alias]] %% hidden %%", "",
      "```js", "const patient = 'Mrs Tan';", "```", "",
      "> [!warning] Careful", "> quoted text", "",
      "![[scan.png|300]] ![alt](a.png \"t\") <img src=\"b.jpg\" alt=\"B\">", "",
      "<!-- decorum-consent: REF-1 -->", "",
    ].join("\n");
    const doc = parseDocument(text);
    expect(doc.prose.length).toBe(text.length);
    expect(doc.frontMatter?.data?.decorum).toEqual({ policy: "imu-staff" });
    expect(doc.prose).toContain("Hello");
    expect(doc.prose).toContain("link text");
    expect(doc.prose).toContain("alias");
    for (const hidden of ["code", "example.com", "x.org", "Note|", "hidden", "Mrs Tan", "title", "[!warning]", "scan.png", "consent"]) {
      expect(doc.prose).not.toContain(hidden);
    }
    expect(doc.prose).toContain("Careful");
    expect(doc.images.map((i) => [i.syntax, i.src, i.width])).toEqual([["embed", "scan.png", 300], ["markdown", "a.png", undefined], ["html", "b.jpg", undefined]]);
    expect(doc.comments.map((c) => c.body)).toEqual(["hidden", "decorum-consent: REF-1"]);
    expect(doc.blocks.find((b) => b.text.includes("quoted"))?.callout).toBe("warning");
  });

  it("resolves reference images across chunks and splits sentences", () => {
    const doc = parseDocument("Dr. Tan saw Mrs. J.D. Lee today. She was fine! Next?\n\n![x][scan]\n\n[scan]: img/x.png \"T\"\n");
    expect(doc.images[0]).toMatchObject({ syntax: "reference", src: "img/x.png", title: "T" });
    const b = doc.blocks[0]!;
    expect(b.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(["Dr. Tan saw Mrs. J.D. Lee today.", "She was fine!", "Next?"]);
  });

  it("never splits a fenced block with blank lines into prose", () => {
    const doc = parseDocument("Intro\n\n```\nline one\n\nMrs Tan in code\n```\n\nOutro\n");
    expect(doc.prose).not.toContain("Mrs Tan");
    expect(doc.prose).toContain("Outro");
  });
});

describe("engine", () => {
  it("uses the general pack quietly when nothing is configured", async () => {
    const r = await lintText("Just a note about my weekend.");
    expect(r.pack.id).toBe("general");
    expect(r.findings).toEqual([]);
  });

  it("reads front matter configuration and reports a broken one at its location", async () => {
    const ok = await lintText("---\ndecorum:\n  policy: imu-staff\n---\nI teach at IMU.\n");
    expect(ok.pack.id).toBe("imu-staff");
    expect(ok.findings.map((f) => f.rule)).toContain("affiliation.disclaimer");
    const disabled = await lintText("---\ndecorum: { policy: imu-staff, disable: [affiliation.disclaimer] }\n---\nI teach at IMU.\n");
    expect(disabled.findings.map((f) => f.rule)).not.toContain("affiliation.disclaimer");
    const broken = await lintText("---\ndecorum: { policy: [\n---\nText\n");
    expect(broken.findings[0]?.rule).toBe("config.invalid");
    const unknown = await lintText("---\ndecorum: { policy: nowhere }\n---\nText\n");
    expect(unknown.findings[0]?.message).toMatch(/Unknown policy pack "nowhere"/);
    const badKey = await lintText("---\ndecorum: { polcy: imu-staff }\n---\nText\n");
    expect(badKey.findings[0]?.message).toMatch(/polcy/);
  });

  it("isolates a failing rule", async () => {
    const { createLinter } = await import("../shared/src/index.js");
    const { rules, builtinPacks } = await import("../rules/index.js");
    const boom = { ...rules[0]!, id: "test.boom", check() { throw new Error("boom"); } };
    const logs: string[] = [];
    const l = createLinter({ rules: [boom, ...rules], packs: builtinPacks });
    const r = await l.lint("I teach at IMU.", { config: { policy: "imu-staff", rules: { "test.boom": "error" } }, host: { log: (_l, m) => logs.push(m) } });
    expect(r.failedRules).toEqual(["test.boom"]);
    expect(r.findings.map((f) => f.rule)).toContain("affiliation.disclaimer");
    expect(logs.join("\n")).not.toContain("IMU");
  });

  it("honours suppression comments in HTML and Obsidian form", async () => {
    const base = "I teach pharmacology at IMU. Email me at a.b@imu.edu.my.";
    expect(await findingsOf(base, "affiliation.email", "imu-staff")).toHaveLength(1);
    expect(await findingsOf(`<!-- decorum-disable-next-line affiliation.email -->\n${base}`, "affiliation.email", "imu-staff")).toHaveLength(0);
    expect(await findingsOf(`%% decorum-disable-next-line affiliation.email %%\n${base}`, "affiliation.email", "imu-staff")).toHaveLength(0);
    expect(await findingsOf(`<!-- decorum-disable affiliation.email -->\n\n${base}\n\n<!-- decorum-enable affiliation.email -->\n\n${base}`, "affiliation.email", "imu-staff")).toHaveLength(1);
    expect(await findingsOf(`<!-- decorum-disable-next-line tone.heated -->\n${base}`, "affiliation.email", "imu-staff")).toHaveLength(1);
  });

  it("applies per-rule severity overrides and off", async () => {
    const text = "I teach pharmacology at IMU.";
    const r = await lintText(text, "imu-staff", { rules: { "affiliation.disclaimer": "error" } });
    expect(r.findings.find((f) => f.rule === "affiliation.disclaimer")?.severity).toBe("error");
    const off = await lintText(text, "imu-staff", { rules: { "affiliation.disclaimer": "off" } });
    expect(off.findings).toHaveLength(0);
  });
});

describe("affiliation.disclaimer", () => {
  const staff = "The views expressed on this blog are mine alone and do not necessarily reflect the views of International Medical University.";
  it("flags an institution mention without the disclaimer and inserts the exact text", async () => {
    const text = "# Teaching notes\n\nI teach pharmacology at the International Medical University.\n";
    const fixed = await expectFixRoundTrip(text, "affiliation.disclaimer", "insert-disclaimer", "imu-staff");
    expect(fixed).toBe(`${text.trimEnd()}\n\n${staff}\n`);
  });
  it("places the disclaimer after front matter when configured, keeping CRLF", async () => {
    const text = "---\r\ntitle: x\r\n---\r\nI teach at IMU.\r\n";
    const fixed = await expectFixRoundTrip(text, "affiliation.disclaimer", "insert-disclaimer", "imu-staff", undefined, { disclaimer: { placement: "after-front-matter" } });
    expect(fixed).toBe(`---\r\ntitle: x\r\n---\r\n\r\n${staff}\r\n\r\nI teach at IMU.\r\n`);
  });
  it("flags health posts for IMU students even without naming IMU", async () => {
    const f = await findingsOf("Clerked my first patient on the ward today; the diagnosis was heart failure and the treatment worked.", "affiliation.disclaimer", "imu-students");
    expect(f).toHaveLength(1);
    expect(await findingsOf("We baked bread and walked by the lake.", "affiliation.disclaimer", "imu-students")).toHaveLength(0);
  });
  it("accepts the disclaimer wrapped, emphasised or quoted, and a paraphrase where the policy gives no wording", async () => {
    const wrapped = "I teach at IMU.\n\n*The views expressed on this blog are mine alone and do not necessarily\nreflect the views of International Medical University.*\n";
    expect(await findingsOf(wrapped, "affiliation.disclaimer", "imu-staff")).toHaveLength(0);
    const umn = "I'm a medical student at the University of Minnesota. Views are my own, not the University's.";
    expect(await findingsOf(umn, "affiliation.disclaimer", "umn-health-sciences")).toHaveLength(0);
    expect(await findingsOf("I'm a medical student at the University of Minnesota.", "affiliation.disclaimer", "umn-health-sciences")).toHaveLength(1);
  });
});

describe("affiliation.email", () => {
  it("flags an institutional address given as the author's contact, and fixes it", async () => {
    const text = "Questions? Email me at gold0042@umn.edu and I'll reply.";
    await expectFixRoundTrip(text, "affiliation.email", "personal-email", "umn-health-sciences", "Questions? Email me at [your personal e-mail] and I'll reply.");
  });
  it("leaves department addresses, personal addresses and code alone", async () => {
    expect(await findingsOf("Contact the marketing department (marcom@imu.edu.my) for approved logos.", "affiliation.email", "imu-staff")).toHaveLength(0);
    expect(await findingsOf("Email me at maya@gmail.com.", "affiliation.email", "umn-health-sciences")).toHaveLength(0);
    expect(await findingsOf("Email me:\n\n```\nme@umn.edu\n```\n", "affiliation.email", "umn-health-sciences")).toHaveLength(0);
  });
});

describe("applyEdits", () => {
  it("rejects overlapping edits", () => {
    expect(() => applyEdits("abc", [{ start: 0, end: 2, insert: "x" }, { start: 1, end: 3, insert: "y" }])).toThrow();
  });
});

/** The pure half of the Obsidian client: LSP ↔ CodeMirror mapping, settings → configuration, URIs. */
import { describe, expect, it } from "vitest";
import { ChangeSet, Text } from "@codemirror/state";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { toCmDiagnostics, toContentChanges, toOffset, toPosition, mapEdits, clauseLabel } from "../../clients/obsidian/src/codemirror.js";
import { configurationFor, isSkipped, loadSettings, noteUri, packFor, pathOfUri } from "../../clients/obsidian/src/settings.js";
import { RULES, PACKS } from "../../clients/obsidian/src/catalog.js";

const doc = Text.of(["# Title", "", "I study at IMU 😀 and more.", ""]);

function applyLsp(text: string, changes: ReturnType<typeof toContentChanges>): string {
  let t = Text.of(text.split("\n"));
  for (const c of changes) {
    if (!("range" in c)) throw new Error("full change");
    const from = toOffset(t, c.range.start), to = toOffset(t, c.range.end);
    t = t.replace(from, to, Text.of(c.text.split("\n")));
  }
  return t.toString();
}

describe("positions", () => {
  it("round-trips offsets and UTF-16 positions, clamping past the end", () => {
    const i = doc.toString().indexOf("and");
    expect(toPosition(doc, i)).toEqual({ line: 2, character: 18 }); // 😀 counts two UTF-16 units, as in LSP
    expect(toOffset(doc, { line: 2, character: 18 })).toBe(i);
    expect(toOffset(doc, { line: 2, character: 999 })).toBe(doc.line(3).to);
    expect(toOffset(doc, { line: 99, character: 0 })).toBe(doc.length);
  });

  it("turns a CodeMirror change set into incremental LSP changes the server can apply in order", () => {
    const text = doc.toString();
    const changes = ChangeSet.of([{ from: 0, to: 1, insert: "##" }, { from: text.indexOf("IMU"), to: text.indexOf("IMU") + 3, insert: "the\nuniversity" }, { from: text.length, insert: "end" }], text.length);
    const expected = changes.apply(doc).toString();
    expect(applyLsp(text, toContentChanges(changes, doc))).toBe(expected);
  });
});

const diag = (over: Partial<Diagnostic> = {}): Diagnostic => ({
  range: { start: { line: 2, character: 11 }, end: { line: 2, character: 14 } },
  severity: 2, source: "decorum", code: "affiliation.disclaimer", message: "No disclaimer.",
  codeDescription: { href: "https://example.test/affiliation.disclaimer.md" },
  data: {
    version: 3,
    sources: [{ clause: "imu-students:a.v", quote: "Include a disclaimer." }],
    fixes: [
      { id: "rewrite", title: "Rephrase", kind: "suggestion", edits: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, newText: "i" }] },
      { id: "insert-disclaimer", title: "Insert the disclaimer", kind: "safe", preferred: true, edits: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, newText: "Mine.\n" }] },
      { id: "strip", title: "Strip metadata", kind: "safe", command: { id: "decorum.stripImageMetadata", args: [] }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: "" }] },
    ],
  },
  ...over,
});

describe("toCmDiagnostics", () => {
  it("maps range, severity, message, clause and one action per fix (safe first; host-command fixes left out)", () => {
    const [d, ...rest] = toCmDiagnostics([diag()], doc, { packName: (id) => (id === "imu-students" ? "IMU students" : undefined) });
    expect(rest).toEqual([]);
    expect(doc.sliceString(d!.from, d!.to)).toBe("IMU");
    expect(d).toMatchObject({ severity: "warning", message: "No disclaimer.", rule: "affiliation.disclaimer", markClass: "decorum-finding", docsUrl: "https://example.test/affiliation.disclaimer.md" });
    expect(d!.clauses).toEqual([{ label: "IMU students, a.v", quote: "Include a disclaimer." }]);
    expect(d!.actions!.map((a) => a.name)).toEqual(["Insert the disclaimer", "Rephrase (suggestion)"]);
    expect(d!.fixes[0]!.edits).toEqual([{ from: doc.length, to: doc.length, insert: "Mine.\n" }]);
    expect(d!.renderMessage).toBeUndefined(); // only with a host renderer
  });

  it("maps every LSP severity and ignores other sources", () => {
    const out = toCmDiagnostics([1, 2, 3, 4].map((severity) => diag({ severity: severity as 1 })).concat(diag({ source: "other" })), doc);
    expect(out.map((d) => d.severity)).toEqual(["error", "warning", "info", "hint"]);
  });

  it("labels clauses with the raw pack id when no name is known", () => {
    expect(clauseLabel("umn-health-sciences:guideline-7")).toBe("umn-health-sciences, guideline-7");
  });
});

describe("mapEdits", () => {
  it("maps fix offsets through edits made after the lint, and refuses fixes whose text was deleted", () => {
    const typed = ChangeSet.of([{ from: 0, insert: "Hello " }], doc.length);
    expect(mapEdits([{ from: 10, to: 13, insert: "x" }], typed.desc)).toEqual([{ from: 16, to: 19, insert: "x" }]);
    const deleted = ChangeSet.of([{ from: 9, to: 14 }], doc.length);
    expect(mapEdits([{ from: 10, to: 13, insert: "x" }], deleted.desc)).toBeUndefined();
    expect(mapEdits([{ from: 1, to: 2, insert: "y" }], null)).toEqual([{ from: 1, to: 2, insert: "y" }]);
  });
});

describe("settings", () => {
  const s = loadSettings({ pack: "general", skipFolders: ["Templates/", " /Private "], folderPacks: [{ folder: "Journal", pack: "imu-students" }, { folder: "Journal/Public", pack: "imu-staff" }, { folder: 3 }], rules: { "tone.heated": "off", "x.y": "bogus" }, disclaimerPlacement: "after-front-matter", debounceMs: -5 });

  it("reads stored data defensively", () => {
    expect(s.skipFolders).toEqual(["Templates", "Private"]);
    expect(s.folderPacks).toHaveLength(2);
    expect(s.rules).toEqual({ "tone.heated": "off" });
    expect(s.debounceMs).toBe(300);
    expect(loadSettings(null).pack).toBe("");
  });

  it("maps a note's folder to its pack (longest folder wins) and skips folders", () => {
    expect(packFor("Journal/a.md", s)).toBe("imu-students");
    expect(packFor("Journal/Public/b.md", s)).toBe("imu-staff");
    expect(packFor("JournalX/c.md", s)).toBe("general");
    expect(isSkipped("Templates/t.md", s)).toBe(true);
    expect(isSkipped("TemplatesX/t.md", s)).toBe(false);
    expect(configurationFor("Journal/a.md", s)).toEqual({ policy: "imu-students", rules: { "tone.heated": "off" }, disclaimer: { placement: "after-front-matter" } });
    expect(configurationFor(undefined, loadSettings({}))).toEqual({});
  });

  it("URIs carry the pane and decode back to the vault path", () => {
    const uri = noteUri("Journal/Week 1 #2.md", "pane-3");
    expect(uri).toBe("vault:///Journal/Week%201%20%232.md#pane-3");
    expect(pathOfUri(uri)).toBe("Journal/Week 1 #2.md");
    expect(pathOfUri("file:///x.md")).toBeUndefined();
  });
});

describe("catalog", () => {
  it("lists the registry's rules and packs for the settings tab", () => {
    expect(RULES.map((r) => r.id)).toContain("affiliation.disclaimer");
    expect(PACKS.map((p) => p.id)).toEqual(expect.arrayContaining(["general", "imu-students"]));
  });
});

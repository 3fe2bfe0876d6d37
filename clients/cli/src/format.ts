/** CLI output formats: compiler-style text, the JSON contract of RULES.md, and SARIF 2.1.0. */
import type { Rule, Pack } from "../../../shared/src/index.js";
import { docsUrlFor } from "../../../shared/src/index.js";
import type { RangedFinding } from "./lint-files.js";

export interface FileReport {
  path: string;
  findings: RangedFinding[];
}

export function toJsonDiagnostic(f: RangedFinding) {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    text: f.text,
    range: f.range,
    sources: f.sources.map((s) => s.clause),
    fixes: f.fixes.map((x) => ({ title: x.title, kind: x.kind })),
  };
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify({ files: reports.map((r) => ({ path: r.path, diagnostics: r.findings.map((f) => toJsonDiagnostic(f)) })) }, null, 2);
}

export function formatText(reports: FileReport[], explain: boolean): string {
  const out: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const p = f.range.start;
      out.push(`${r.path}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.rule} ${f.message}`);
      if (explain) {
        for (const s of f.sources) out.push(`    ${s.clause}: "${s.quote}"`);
        out.push(`    docs: ${f.docsUrl}`);
      }
    }
  }
  return out.join("\n");
}

export function summary(reports: FileReport[]): string {
  const counts: Record<string, number> = {};
  for (const r of reports) for (const f of r.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return `${reports.length} file(s) checked, no problems.`;
  return `${reports.length} file(s) checked: ${["error", "warning", "information", "hint"].filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`).join(", ")}.`;
}

const SARIF_LEVEL = { error: "error", warning: "warning", information: "note", hint: "note" } as const;

export function formatSarif(reports: FileReport[], rules: readonly Rule[], pack: Pack | undefined, version: string): string {
  const used = new Set(reports.flatMap((r) => r.findings.map((f) => f.rule)));
  const ruleList = rules.filter((r) => used.has(r.id));
  for (const id of used) if (!ruleList.some((r) => r.id === id)) ruleList.push({ id, title: id, description: id, severity: "warning", sources: [], fixes: [], scope: "document", examples: [], check() {} });
  const ruleIndex = new Map(ruleList.map((r, i) => [r.id, i]));
  const quotes = new Map<string, string>();
  for (const r of reports) for (const f of r.findings) for (const s of f.sources) quotes.set(s.clause, s.quote);
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "decorum",
          version,
          informationUri: "https://github.com/decorum-lint/decorum",
          rules: ruleList.map((r) => ({
            id: r.id,
            name: r.id.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase()),
            shortDescription: { text: r.title },
            fullDescription: { text: r.description },
            helpUri: docsUrlFor(r.id),
            help: {
              text: [r.description, ...r.sources.filter((s) => quotes.has(s)).map((s) => `${s}: "${quotes.get(s)}"`)].join("\n"),
            },
            defaultConfiguration: { level: SARIF_LEVEL[pack?.rules[r.id] ?? r.severity] },
          })),
        },
      },
      results: reports.flatMap((rep) => rep.findings.map((f) => {
        const range = f.range;
        return {
          ruleId: f.rule,
          ruleIndex: ruleIndex.get(f.rule)!,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: encodeURI(rep.path.replace(/\\/g, "/")) },
              region: {
                startLine: range.start.line + 1, startColumn: range.start.character + 1,
                endLine: range.end.line + 1, endColumn: range.end.character + 1,
                snippet: { text: f.text },
              },
            },
          }],
          ...(f.sources.length ? { properties: { sources: f.sources.map((s) => s.clause) } } : {}),
        };
      })),
      columnKind: "utf16CodeUnits",
    }],
  };
  return JSON.stringify(sarif, null, 2);
}

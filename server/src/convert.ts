/** Finding → LSP Diagnostic and Fix → LSP edits. The only LSP-shaped view of the core's data. */
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { Finding, Fix, LineIndex, Severity, DiagnosticData } from "../../shared/src/index.js";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toTextEdits(fix: Fix, lines: LineIndex): TextEdit[] {
  return fix.edits.map((e) => ({ range: lines.toRange(e.start, e.end), newText: e.insert }));
}

export function toDiagnostic(f: Finding, lines: LineIndex, version: number): Diagnostic {
  const data: DiagnosticData = {
    version,
    sources: f.sources.map((s) => ({ clause: s.clause, quote: s.quote })),
    fixes: f.fixes.map((x) => ({ id: x.id, title: x.title, kind: x.kind, preferred: x.preferred, edits: toTextEdits(x, lines), ...(x.command ? { command: x.command } : {}) })),
  };
  return {
    range: lines.toRange(f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.rule,
    codeDescription: { href: f.docsUrl },
    source: "decorum",
    message: f.message,
    data,
  };
}

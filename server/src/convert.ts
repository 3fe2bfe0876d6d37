/** Finding → LSP Diagnostic and Fix → LSP edits. The only LSP-shaped view of the core's data. */
import { DiagnosticSeverity, type Diagnostic, type TextEdit } from "vscode-languageserver";
import type { Finding, Fix, LineIndex, Severity, DiagnosticData } from "../../shared/src/index.js";

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function severityOf(s: Severity): DiagnosticSeverity {
  return SEVERITY[s];
}

export function toFixData(x: Fix, lines: LineIndex): NonNullable<DiagnosticData["fixes"]>[number] {
  return { id: x.id, title: x.title, kind: x.kind, preferred: x.preferred, edits: toTextEdits(x, lines), ...(x.command ? { command: x.command } : {}) };
}

export function toTextEdits(fix: Fix, lines: LineIndex): TextEdit[] {
  return fix.edits.map((e) => ({ range: lines.toRange(e.start, e.end), newText: e.insert }));
}

/**
 * `full`: the diagnostic carries its clause quotations and fixes (for clients that render them
 * without asking the server, like the Obsidian tooltip). Otherwise only the version: quotes come
 * with hover and fixes with code actions, and a keystroke on a long document does not re-send
 * every quotation and edit (1,100 findings: 1.3 MB full, about a quarter of that lean).
 */
export function toDiagnostic(f: Finding, lines: LineIndex, version: number, full = false): Diagnostic {
  const data: DiagnosticData = full ? {
    version,
    sources: f.sources.map((s) => ({ clause: s.clause, quote: s.quote })),
    fixes: f.fixes.map((x) => toFixData(x, lines)),
  } : { version };
  return {
    range: lines.toRange(f.start, f.end),
    severity: severityOf(f.severity),
    code: f.rule,
    codeDescription: { href: f.docsUrl },
    source: "decorum",
    message: f.message,
    data,
  };
}

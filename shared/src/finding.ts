/** The one data model of a finding. LSP diagnostics and CodeMirror diagnostics are views of it. */
export type Severity = "error" | "warning" | "information" | "hint";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "information", "hint"];

/** Replace source[start, end) with `insert`. Offsets are UTF-16 indexes into the document text. */
export interface Edit { start: number; end: number; insert: string }

export interface Fix {
  /** Declared fix id of the rule that emitted it (checked against the rule's metadata). */
  id: string;
  title: string;
  /** Safe fixes may be applied without review (fix-all); suggestions never are. */
  kind: "safe" | "suggestion";
  /** Preferred fix for the finding (the first quick-fix an editor offers). */
  preferred?: boolean;
  edits: Edit[];
  /**
   * A host command to run before the edits (e.g. write a metadata-free copy of an image, then
   * relink). Hosts that cannot run it must not offer the fix.
   */
  command?: { id: string; args: unknown[] };
}

export interface Source {
  /** `<pack>:<clause>`, e.g. `imu-students:c.ii`. */
  clause: string;
  quote: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** The flagged text (document.slice(start, end)). */
  text: string;
  sources: Source[];
  fixes: Fix[];
  docsUrl: string;
}

export const DOCS_BASE = "https://github.com/decorum-lint/decorum/blob/main/rules/docs/";
export function docsUrlFor(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Applies non-overlapping edits to text (order-independent). Overlapping edits throw. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "", at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start || e.end > text.length) throw new RangeError("overlapping or out-of-range edit");
    out += text.slice(at, e.start) + e.insert;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * Merges the safe fixes of many findings into one edit list, skipping any fix that would
 * overlap an edit already taken (the skipped finding is reported again on the next lint).
 */
export function collectSafeEdits(findings: readonly Finding[]): Edit[] {
  const taken: Edit[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.kind === "safe" && x.preferred) ?? f.fixes.find((x) => x.kind === "safe");
    if (!fix) continue;
    const key = JSON.stringify(fix.edits);
    if (seen.has(key)) continue; // document-wide fixes are carried by several findings
    const overlaps = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === e.end && e.start === t.start && t.start === t.end)));
    if (overlaps) continue;
    seen.add(key);
    taken.push(...fix.edits);
  }
  return taken;
}

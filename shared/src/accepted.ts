/**
 * Justified exceptions kept outside the text: a finding the writer accepted, with a reason, is
 * recorded by rule + a fingerprint of the flagged text and its context. If the text changes,
 * the fingerprint no longer matches and the finding comes back.
 */
import type { Finding } from "./finding.js";
import { hashString } from "./text.js";

export interface AcceptedEntry {
  rule: string;
  /** Document path, relative to the accepted file's folder, with forward slashes. */
  document: string;
  fingerprint: string;
  reason: string;
  by?: string;
  at?: string;
}

const CONTEXT = 60;

/**
 * Fingerprint of a finding: its rule, its text, and the words around it on its own lines
 * (whitespace-normalised), so moving the passage keeps it and editing the passage breaks it.
 */
export function fingerprintOf(documentText: string, finding: Pick<Finding, "rule" | "start" | "end">): string {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim();
  const lineStart = documentText.lastIndexOf("\n", finding.start - 1) + 1;
  let lineEnd = documentText.indexOf("\n", finding.end);
  if (lineEnd < 0) lineEnd = documentText.length;
  const before = norm(documentText.slice(Math.max(lineStart, finding.start - CONTEXT), finding.start));
  const after = norm(documentText.slice(finding.end, Math.min(lineEnd, finding.end + CONTEXT)));
  return hashString(`${finding.rule}\u0000${norm(documentText.slice(finding.start, finding.end))}\u0000${before}\u0000${after}`);
}

/** Splits findings into those still reported and those matched by an accepted entry. */
export function applyAccepted(documentText: string, findings: Finding[], accepted: readonly Pick<AcceptedEntry, "rule" | "fingerprint">[]): { findings: Finding[]; accepted: Finding[] } {
  if (!accepted.length) return { findings, accepted: [] };
  const keys = new Set(accepted.map((a) => `${a.rule}\u0000${a.fingerprint}`));
  const kept: Finding[] = [], matched: Finding[] = [];
  for (const f of findings) (keys.has(`${f.rule}\u0000${fingerprintOf(documentText, f)}`) ? matched : kept).push(f);
  return { findings: kept, accepted: matched };
}

export interface ReadyStatus { ready: boolean; reasons: string[] }

/**
 * "Ready to post": nothing at error severity, the pack's disclaimer present where needed, and
 * nothing accepted without a reason.
 */
export function readyStatus(findings: readonly Finding[], acceptedForDocument: readonly AcceptedEntry[], matchedAccepted: readonly Finding[] = []): ReadyStatus {
  const reasons: string[] = [];
  const errors = findings.filter((f) => f.severity === "error").length;
  if (errors) reasons.push(`${errors} error${errors > 1 ? "s" : ""} to fix`);
  if (findings.some((f) => f.rule === "affiliation.disclaimer")) reasons.push("the disclaimer is missing");
  const unexplained = acceptedForDocument.filter((a) => !a.reason.trim() && matchedAccepted.some((f) => f.rule === a.rule)).length;
  if (unexplained) reasons.push(`${unexplained} accepted finding${unexplained > 1 ? "s have" : " has"} no reason`);
  return { ready: reasons.length === 0, reasons };
}

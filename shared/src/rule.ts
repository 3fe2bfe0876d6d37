/**
 * A rule is one module: metadata beside its check. Rules see only the document model and
 * the active pack; they never import a host API.
 */
import type { DocumentModel, DocumentDiff, Block, ImageRef } from "./document.js";
import type { Severity, Edit, Finding } from "./finding.js";
import type { Pack } from "./pack.js";
import type { DecorumConfig } from "./config.js";

export interface FixDeclaration {
  /** Stable id, unique within the rule (e.g. "insert-disclaimer"). */
  id: string;
  kind: "safe" | "suggestion";
  /** What the fix does, for docs. */
  description: string;
}

export interface RuleExample {
  bad: string;
  good: string;
  pack?: string;
  /** Facts about the images the example links, by src, for rules that need a host to read files. */
  images?: Record<string, ImageInfo>;
}

export interface RuleMeta {
  id: string;
  title: string;
  /** One paragraph for the docs: what it catches and why it matters. */
  description: string;
  severity: Severity;
  /** Clauses as `<pack>:<clause>`; quotes come from the pack's clause table. */
  sources: string[];
  fixes: FixDeclaration[];
  /** Block rules see one block at a time and are cached by block text; document rules see everything. */
  scope: "block" | "document";
  examples: RuleExample[];
}

/**
 * A fix as a rule reports it. `edits` may be a getter: a document-wide fix (hundreds of edits) is then
 * built only when a host reads it, not on every keystroke; the engine keeps it lazy and checks it on
 * that first read.
 */
export interface ReportFix { id: string; title: string; edits: Edit[]; preferred?: boolean; command?: { id: string; args: unknown[] } }

export interface Report {
  start: number;
  end: number;
  message: string;
  fixes?: ReportFix[];
  /** Overrides the configured severity for this one finding (rarely needed). */
  severity?: Severity;
}

/** Image facts read by the host (never fetched from the network). */
export interface ImageInfo {
  /** The resolved local path, or undefined for remote images. */
  path?: string;
  remote: boolean;
  exists: boolean;
  width?: number;
  height?: number;
  gps?: { latitude: number; longitude: number };
  captureTime?: string;
  /** A read error, as a short message. */
  error?: string;
}

export interface RuleContext {
  doc: DocumentModel;
  pack: Pack;
  /** Effective configuration. Block rules must not read it (their results are cached by block text); use `options`. */
  config: DecorumConfig;
  /** Rule options from configuration (e.g. profanity threshold), already merged. */
  options: Record<string, unknown>;
  /** The block under check, for block rules. */
  block?: Block;
  /**
   * Document rules: true once the lint's deadline has passed. A rule whose work grows with the
   * document may stop early then; the engine marks the result incomplete.
   */
  late?: () => boolean;
  /**
   * Document rules, on an incremental lint: the previous lint's model and how its blocks map to this
   * one, so a rule can carry over what an edit did not touch (its results must equal a full lint's).
   */
  previous?: {
    doc: DocumentModel;
    diff: DocumentDiff;
    /** This rule's findings on the previous model (before suppressions, in report order), when it ran there with the same settings. */
    findings?: readonly Finding[];
    /** Reports one of `findings` again, moved by `by` (its text moved with its block): cheaper than reporting it anew. */
    carry?(finding: Finding, by: number): void;
  };
  /** Facts about a linked image, when the host could read them. */
  imageInfo(image: ImageRef): ImageInfo | undefined;
  report(report: Report): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

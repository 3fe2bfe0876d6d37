/** Policy packs are data: this module only types and validates them. */
import type { Severity } from "./finding.js";
import { SEVERITIES } from "./finding.js";

export type ConsentSemantics = "written-permission" | "never";
export type DisclaimerPlacement = "end" | "after-front-matter";

export interface Pack {
  id: string;
  name: string;
  /** Policy document title and where it came from. */
  policy: { title: string; file?: string; url?: string };
  institution?: {
    names: string[];
    /** Short names matched case-sensitively ("IMU", "UMN"). */
    acronyms?: string[];
    emailDomains: string[];
    logoTerms: string[];
  };
  disclaimer?: {
    text: string;
    placement: DisclaimerPlacement;
    /** "affiliation": needed when the author ties themselves to the institution; "health": for any health-oriented post too. */
    when: ("affiliation" | "health")[];
  };
  redirection: {
    advice: string;
    crisis: string;
    academic?: string;
  };
  consent: ConsentSemantics;
  /** Clause id → short quotation. */
  clauses: Record<string, string>;
  /** Rules the pack turns on, with their severity. */
  rules: Record<string, Severity>;
  /** Extra word lists, read by rules (e.g. `clinicalAllow`, `derogatorySlang`). */
  lists?: Record<string, string[]>;
  /**
   * Local identifier formats (a hospital's MRN shape, a national id), reported by
   * `patient.identifier` and `privacy.personal`. Patterns are checked by `compileUserPattern`.
   */
  identifierPatterns?: { name: string; pattern: string; flags?: string }[];
  /** Per rule, the clauses of this pack that justify it (custom packs; shipped packs use the rule's sources). */
  sources?: Record<string, string[]>;
  /** Pack ids this pack extends, nearest first. */
  basedOn?: string[];
  /** Where the pack came from: "built in" or a file path. */
  origin?: string;
}

export class PackError extends Error {}

/** Validates an untrusted pack object; throws PackError with a readable path on the first problem. */
export function validatePack(value: unknown, where = "pack"): Pack {
  const fail = (path: string, msg: string): never => { throw new PackError(`${where}: ${path} ${msg}`); };
  if (!value || typeof value !== "object" || Array.isArray(value)) fail("", "must be a mapping");
  const p = value as Record<string, unknown>;
  const str = (k: string, v: unknown) => (typeof v === "string" && v.length > 0 ? v : fail(k, "must be a non-empty string"));
  const strList = (k: string, v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : fail(k, "must be a list of strings"));
  str("id", p.id);
  if (!/^[a-z][a-z0-9-]*$/.test(p.id as string)) fail("id", "must be lower-case letters, digits and dashes");
  str("name", p.name);
  const rules = p.rules as Record<string, unknown> | undefined;
  if (!rules || typeof rules !== "object") fail("rules", "must map rule ids to severities");
  for (const [id, sev] of Object.entries(rules!)) if (!SEVERITIES.includes(sev as Severity)) fail(`rules.${id}`, `must be one of ${SEVERITIES.join(", ")}`);
  const clauses = (p.clauses ?? {}) as Record<string, unknown>;
  for (const [id, q] of Object.entries(clauses)) str(`clauses.${id}`, q);
  if (p.institution !== undefined) {
    const inst = p.institution as Record<string, unknown>;
    strList("institution.names", inst.names);
    strList("institution.emailDomains", inst.emailDomains ?? []);
    strList("institution.logoTerms", inst.logoTerms ?? []);
    if (inst.acronyms !== undefined) strList("institution.acronyms", inst.acronyms);
  }
  if (p.disclaimer !== undefined) {
    const d = p.disclaimer as Record<string, unknown>;
    str("disclaimer.text", d.text);
    if (d.placement !== "end" && d.placement !== "after-front-matter") fail("disclaimer.placement", "must be end or after-front-matter");
  }
  const r = p.redirection as Record<string, unknown> | undefined;
  if (!r) fail("redirection", "is required");
  str("redirection.advice", r!.advice);
  str("redirection.crisis", r!.crisis);
  if (p.consent !== "written-permission" && p.consent !== "never") fail("consent", "must be written-permission or never");
  if (p.lists !== undefined) {
    if (typeof p.lists !== "object" || p.lists === null || Array.isArray(p.lists)) fail("lists", "must map list names to lists of words");
    for (const [k, v] of Object.entries(p.lists as object)) strList(`lists.${k}`, v);
  }
  if (p.identifierPatterns !== undefined) {
    if (!Array.isArray(p.identifierPatterns)) fail("identifierPatterns", "must be a list of { name, pattern }");
    (p.identifierPatterns as unknown[]).forEach((x, i) => {
      const e = x as Record<string, unknown>;
      str(`identifierPatterns.${i}.name`, e?.name);
      str(`identifierPatterns.${i}.pattern`, e?.pattern);
    });
  }
  if (p.sources !== undefined) {
    for (const [rule, list] of Object.entries(p.sources as object)) {
      for (const c of strList(`sources.${rule}`, list)) if (!(c in clauses)) fail(`sources.${rule}`, `cites clause "${c}", which is not in clauses`);
    }
  }
  return {
    policy: { title: String(p.name) },
    ...(p as object),
    institution: p.institution ? { acronyms: [], emailDomains: [], logoTerms: [], ...(p.institution as object) } : undefined,
    disclaimer: p.disclaimer ? { placement: "end", when: ["affiliation"], ...(p.disclaimer as object) } : undefined,
    clauses: clauses as Record<string, string>,
  } as Pack;
}

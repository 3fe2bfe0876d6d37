/**
 * Configuration: editor settings or CLI flags, then a `.decorum.yaml`/`.json` found upward from
 * the document, then the note's front matter `decorum:` key. Nearest to the text wins.
 */
import { parse as parseYaml, YAMLParseError } from "yaml";
import type { Severity } from "./finding.js";
import { SEVERITIES } from "./finding.js";
import type { DisclaimerPlacement } from "./pack.js";

export type RuleSetting = Severity | "off" | { severity?: Severity | "off"; [option: string]: unknown };

export interface DecorumConfig {
  policy?: string;
  rules?: Record<string, RuleSetting>;
  /** Shorthand for rules: { id: off }. */
  disable?: string[];
  disclaimer?: { placement?: DisclaimerPlacement };
  /** Paths of custom pack files (resolved by the host). */
  packs?: string[];
}

export interface ConfigProblem { message: string; line: number; character: number }

export const CONFIG_FILE_NAMES = [".decorum.yaml", ".decorum.yml", ".decorum.json"];

/** Parses and validates a config file's text. Never throws. */
export function parseConfigText(text: string, fileName: string): { config?: DecorumConfig; problem?: ConfigProblem } {
  let value: unknown;
  try {
    // logLevel "error": the yaml library would otherwise print warnings quoting the text to stderr
    value = fileName.endsWith(".json") ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 50, logLevel: "error" });
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const lp = e.linePos?.[0];
      return { problem: { message: `Invalid YAML: ${e.message.split("\n")[0]}`, line: lp ? lp.line - 1 : 0, character: lp ? lp.col - 1 : 0 } };
    }
    const m = /position (\d+)/.exec(String((e as Error).message));
    const at = m ? Number(m[1]) : 0;
    const before = text.slice(0, at);
    const line = before.split("\n").length - 1;
    return { problem: { message: `Invalid JSON: ${(e as Error).message}`, line, character: at - (before.lastIndexOf("\n") + 1) } };
  }
  if (value == null) return { config: {} };
  const checked = checkConfig(value);
  if (typeof checked === "string") return { problem: { message: checked, line: lineOfKey(text, checked), character: 0 } };
  return { config: checked };
}

function lineOfKey(text: string, message: string): number {
  const key = /^`([^`]+)`/.exec(message)?.[1]?.split(".").pop();
  if (!key) return 0;
  const i = text.split("\n").findIndex((l) => l.includes(key));
  return Math.max(0, i);
}

/** Checks an untrusted config object; returns a message naming the bad key, or the config. */
export function checkConfig(value: unknown): DecorumConfig | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "`decorum` configuration must be a mapping";
  const v = value as Record<string, unknown>;
  const known = ["policy", "rules", "disable", "disclaimer", "packs"];
  for (const k of Object.keys(v)) if (!known.includes(k)) return `\`${k}\` is not a Decorum setting (expected one of ${known.join(", ")})`;
  if (v.policy !== undefined && typeof v.policy !== "string") return "`policy` must be a pack id";
  if (v.disable !== undefined && !(Array.isArray(v.disable) && v.disable.every((x) => typeof x === "string"))) return "`disable` must be a list of rule ids";
  if (v.packs !== undefined && !(Array.isArray(v.packs) && v.packs.every((x) => typeof x === "string"))) return "`packs` must be a list of file paths";
  if (v.rules !== undefined) {
    if (typeof v.rules !== "object" || v.rules === null || Array.isArray(v.rules)) return "`rules` must map rule ids to off or a severity";
    for (const [id, s] of Object.entries(v.rules)) {
      const sev = typeof s === "object" && s !== null ? (s as { severity?: unknown }).severity : s;
      if (sev !== undefined && sev !== "off" && !SEVERITIES.includes(sev as Severity)) return `\`rules.${id}\` must be off, error, warning, information or hint`;
    }
  }
  if (v.disclaimer !== undefined) {
    const p = (v.disclaimer as { placement?: unknown }).placement;
    if (p !== undefined && p !== "end" && p !== "after-front-matter") return "`disclaimer.placement` must be end or after-front-matter";
  }
  return v as DecorumConfig;
}

/** Merges layers, farthest first: later layers win key by key (rules merge per rule). */
export function mergeConfigs(...layers: (DecorumConfig | undefined)[]): DecorumConfig {
  const out: DecorumConfig = {};
  for (const l of layers) {
    if (!l) continue;
    if (l.policy) out.policy = l.policy;
    if (l.rules || l.disable) {
      out.rules = { ...out.rules, ...l.rules };
      for (const id of l.disable ?? []) out.rules[id] = "off";
    }
    if (l.disclaimer) out.disclaimer = { ...out.disclaimer, ...l.disclaimer };
    if (l.packs) out.packs = [...(out.packs ?? []), ...l.packs];
  }
  return out;
}

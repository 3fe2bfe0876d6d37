/**
 * Rule and pack names for the settings tab. The build replaces this module with the computed
 * JSON (see clients/obsidian/build.mjs), so the rules themselves are bundled only once: inside
 * the worker. Tests import it as it is.
 */
import { rules, builtinPacks } from "../../../rules/index.js";
import type { Severity } from "../../../shared/src/finding.js";

export interface RuleInfo { id: string; title: string; severity: Severity }
export interface PackInfo { id: string; name: string }

export const RULES: RuleInfo[] = rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity }));
export const PACKS: PackInfo[] = builtinPacks.map((p) => ({ id: p.id, name: p.name }));

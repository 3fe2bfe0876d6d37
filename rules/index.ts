/**
 * All rules, loaded, and the shipped policy packs (./packs/index.ts). The registry, where a new
 * rule is listed, is ./load.ts.
 */
import type { Rule } from "../shared/src/rule.js";
export { builtinPacks } from "./packs/index.js";
import { RULE_IDS, loadRule } from "./load.js";

/** Every rule, loaded (the registry and its order are in ./load.ts). */
export const rules: readonly Rule[] = await Promise.all(RULE_IDS.map(loadRule));


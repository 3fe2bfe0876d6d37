/**
 * The rule registry: every rule, by id, in the order rules run. Adding a rule: write
 * rules/<family>/<name>.ts (default-exporting the Rule) and list it here.
 *
 * Rules load by id so that the language server loads only those the document's pack turns on:
 * a pack without the conduct rules spares their code and data (a fifth of the startup work).
 * rules/index.ts loads them all, for the CLI, the docs and the tests.
 */
import type { Rule } from "../shared/src/rule.js";
import type { LazyRule } from "../shared/src/engine.js";

type RuleModule = Promise<{ default: Rule }>;

const MODULES: Record<string, () => RuleModule> = {
  "patient.identifier": () => import("./patient/identifier.js"),
  "patient.encounter": () => import("./patient/encounter.js"),
  "patient.image": () => import("./patient/image.js"),
  "patient.contact": () => import("./patient/contact.js"),
  "advice.individual": () => import("./advice/individual.js"),
  "conduct.profanity": () => import("./conduct/profanity.js"),
  "conduct.substance": () => import("./conduct/substance.js"),
  "conduct.discrimination": () => import("./conduct/discrimination.js"),
  "conduct.harassment": () => import("./conduct/harassment.js"),
  "conduct.colleague": () => import("./conduct/colleague.js"),
  "affiliation.disclaimer": () => import("./affiliation/disclaimer.js"),
  "affiliation.disclosure": () => import("./affiliation/disclosure.js"),
  "affiliation.email": () => import("./affiliation/email.js"),
  "affiliation.logo": () => import("./affiliation/logo.js"),
  "affiliation.endorsement": () => import("./affiliation/endorsement.js"),
  "privacy.personal": () => import("./privacy/personal.js"),
  "privacy.others": () => import("./privacy/others.js"),
  "clinical.setting": () => import("./clinical/setting.js"),
  "accuracy.unsourced": () => import("./accuracy/unsourced.js"),
  "image.metadata": () => import("./image/metadata.js"),
  "image.resolution": () => import("./image/resolution.js"),
  "image.attribution": () => import("./image/attribution.js"),
  "tone.heated": () => import("./tone/heated.js"),
};

export const RULE_IDS: readonly string[] = Object.keys(MODULES);

export async function loadRule(id: string): Promise<Rule> {
  const load = Object.hasOwn(MODULES, id) ? MODULES[id] : undefined;
  if (!load) throw new Error(`no rule ${id}`);
  return (await load()).default;
}

/** Every rule, each loaded when a lint first turns it on (for createLinter). */
export const lazyRules: readonly LazyRule[] = RULE_IDS.map((id) => ({ id, load: () => loadRule(id) }));

/**
 * patient.encounter: a narrative about a specific patient, encounter, research subject,
 * volunteer, cadaver or animal patient, even with every identifier removed. Shares the cached
 * patient-context analysis with patient.identifier (./document-pass.ts).
 */
import { defineRule, type ReportFix, type RuleContext } from "../../shared/src/rule.js";
import type { Finding } from "../../shared/src/finding.js";
import { analyseDocument, cachedAnalysis, editedStretch, type Narrative } from "./document-pass.js";
import { planRedactions, type RedactionPlan } from "./redact.js";

export default defineRule({
  id: "patient.encounter",
  title: "Specific patient encounter",
  description:
    "Flags a story about a specific patient, clinical encounter, research subject, volunteer, cadaver or animal patient (\"a patient I saw on call last night\", \"the man in bed 4 today\", \"our donor\"). Several policies forbid or discourage discussing specific patient care online even when every identifier is removed, so redaction alone does not make such a passage compliant. General discussion of a condition, public-health facts, the author's own care and cited textbook cases are not flagged.",
  severity: "warning",
  sources: ["imu-students:c.ii", "umn-health-sciences:policy-3", "quebec-postgraduate:I.4", "imi:3"],
  fixes: [
    { id: "redact-details", kind: "suggestion", description: "Generalise the identifiers inside the passage (the passage is still a specific encounter afterwards)." },
  ],
  scope: "document",
  examples: [
    { bad: "A patient I saw on call last night was about my age and turned out to have a PE.", good: "Pulmonary embolism can look like anxiety in young patients; tachycardia that does not settle deserves a second look." },
  ],
  check(ctx) {
    const { narratives, identifiers } = analyseDocument(ctx.doc, ctx.pack, ctx.previous, ctx.late);
    if (narratives.length === 0) return;
    const policy = ctx.pack.id === "general" ? "most health-science social media policies" : `the ${ctx.pack.name} policy`;
    const plan = identifiers.length ? planRedactions(ctx.doc, identifiers) : undefined;
    const carried = plan && carriedNarratives(ctx, narratives, plan);
    for (const n of narratives) {
      const c = carried?.get(n);
      if (c) { ctx.previous!.carry!(c.finding, c.by); continue; }
      const fixes: ReportFix[] = [];
      if (plan && n.identifiers.length) {
        const edits = n.identifiers.map((i) => plan.get(i).generalise).sort((a, b) => a.start - b.start).filter((e, i, arr) => i === 0 || e.start >= arr[i - 1]!.end);
        fixes.push({ id: "redact-details", title: "Generalise the patient details in this passage (it still describes a specific patient)", edits });
      }
      ctx.report({
        start: n.start,
        end: n.end,
        message: `This describes a specific patient encounter, and under ${policy} removing names and details does not make it compliant; rewrite it as a general lesson or do not post it.`,
        fixes,
      });
    }
  },
});

/** How far the words around an identifier shape its replacement (as in patient.identifier). */
const REACH = 200;

/**
 * On a keystroke, the previous findings that stand unchanged: a narrative found again at the same
 * place (moved when after the edit), more than REACH characters from the edited stretch, holding the
 * same identifiers with the same replacement keys.
 */
function carriedNarratives(ctx: RuleContext, narratives: readonly Narrative[], plan: RedactionPlan): Map<Narrative, { finding: Finding; by: number }> | undefined {
  const prev = ctx.previous;
  if (!prev?.findings || !prev.carry) return undefined;
  const before = cachedAnalysis(prev.doc, ctx.pack);
  if (!before || before.narratives.length !== prev.findings.length) return undefined;
  const oldPlan = before.identifiers.length ? planRedactions(prev.doc, before.identifiers) : undefined;
  const { lo, hiOld, delta } = editedStretch(prev);
  const out = new Map<Narrative, { finding: Finding; by: number }>();
  let j = 0;
  for (const n of narratives) {
    const by = n.end + REACH <= lo ? 0 : n.start - REACH >= hiOld + delta ? delta : undefined;
    if (by === undefined) continue;
    const s = n.start - by;
    while (j < before.narratives.length && before.narratives[j]!.start < s) j++;
    const o = before.narratives[j];
    if (!o || o.start !== s || o.end !== n.end - by || o.identifiers.length !== n.identifiers.length) continue;
    let same = true;
    for (let k = 0; k < n.identifiers.length && same; k++) {
      const a = n.identifiers[k]!, b = o.identifiers[k]!;
      same = a.start - by === b.start && a.end - by === b.end && a.kind === b.kind && a.text === b.text && plan.key(a) === oldPlan?.key(b);
    }
    if (same) out.set(n, { finding: prev.findings[j]!, by });
  }
  return out;
}

/**
 * patient.encounter: a narrative about a specific patient, encounter, research subject,
 * volunteer, cadaver or animal patient, even with every identifier removed. Shares the cached
 * patient-context analysis with patient.identifier (./analysis.ts).
 */
import { defineRule, type ReportFix } from "../../shared/src/rule.js";
import { analyseDocument } from "./document-pass.js";
import { planRedactions } from "./redact.js";

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
    const { narratives, identifiers } = analyseDocument(ctx.doc, ctx.pack);
    if (narratives.length === 0) return;
    const policy = ctx.pack.id === "general" ? "most health-science social media policies" : `the ${ctx.pack.name} policy`;
    const plan = identifiers.length ? planRedactions(ctx.doc, identifiers) : undefined;
    for (const n of narratives) {
      const fixes: ReportFix[] = [];
      if (plan && n.identifiers.length) {
        const edits = n.identifiers.map((i) => plan.get(i)!.generalise).sort((a, b) => a.start - b.start).filter((e, i, arr) => i === 0 || e.start >= arr[i - 1]!.end);
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

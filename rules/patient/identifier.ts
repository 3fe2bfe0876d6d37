/**
 * patient.identifier: a detail that can identify a patient (HIPAA Safe Harbor list plus NRIC and
 * similar), but only inside a patient story. A document rule: see ./analysis.ts for why, and for
 * the per-block cache that keeps a keystroke cheap.
 */
import { defineRule, type ReportFix, type RuleContext } from "../../shared/src/rule.js";
import type { Edit, Finding } from "../../shared/src/finding.js";
import { analyseDocument, cachedAnalysis, editedStretch, type Identifier } from "./document-pass.js";
import type { IdKind } from "./analysis.js";
import { planRedactions, type RedactionPlan, type Redaction } from "./redact.js";

const short = (s: string) => (s.length > 40 ? s.slice(0, 37) + "…" : s).replace(/\s+/g, " ");

const MESSAGES: Record<IdKind, (t: string) => string> = {
  name: (t) => `This names a patient (${t}); refer to them as "a patient" instead.`,
  age: (t) => `This gives a patient's exact age (${t}); use a range such as "${ageRange(t)}".`,
  date: (t) => `This gives a date tied to a patient's care or birth (${t}); say "recently" instead.`,
  phone: (t) => `This gives a patient's phone or fax number (${t}); remove it.`,
  email: (t) => `This gives a patient's e-mail address (${t}); remove it.`,
  id: (t) => `This gives a patient's record or ID number (${t}); remove it.`,
  device: (t) => `This gives a device serial number tied to a patient (${t}); remove it.`,
  location: (t) => `This gives a patient's bed, ward or room (${t}); remove it.`,
  hospital: (t) => `This names the hospital in a patient story (${t}); say "a hospital" instead.`,
  address: (t) => `This gives a patient's address (${t}); remove it.`,
  town: (t) => `This names the town a patient is tied to (${t}); say "a nearby town" instead.`,
  url: () => `This links to something that identifies a patient; remove the link.`,
};

function nonOverlapping(edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  // in document order already, as a rule: then sorting is skipped
  const ordered = edits.every((e, i) => i === 0 || (edits[i - 1]!.start - e.start || edits[i - 1]!.end - e.end) <= 0);
  for (const e of ordered ? edits : [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) continue;
    out.push(e);
  }
  return out;
}

export default defineRule({
  id: "patient.identifier",
  title: "Patient identifier",
  description:
    "Flags a detail that can identify a patient, client, research subject, volunteer or cadaver donor when it appears in a patient story: a name (with or without a title), a date tied to care or birth, an exact age, a phone number or e-mail, a record, health-card or national id number, a bed, ward or room number, an address or town, a device serial number, a link, or the named hospital. Textbook vignettes with a citation, famous published cases, the author's own illness and code blocks are left alone.",
  severity: "error",
  sources: ["imu-students:c.i", "imu-students:c.ii", "umn-health-sciences:policy-3", "quebec-postgraduate:I.4", "imi:3", "imu-staff:confidentiality"],
  fixes: [
    { id: "generalise", kind: "safe", description: "Generalise the detail so the sentence still reads (exact age → \"in their 60s\", a date → \"recently\", a name → \"a patient\", a hospital → \"a hospital\", an id number → removed)." },
    { id: "placeholder", kind: "safe", description: "Replace the detail with a category placeholder such as [name], [date], [age], [id] or [place]." },
    { id: "generalise-all", kind: "safe", description: "Generalise every patient detail in the document at once, consistently." },
    { id: "placeholder-all", kind: "safe", description: "Replace every patient detail in the document with category placeholders, consistently." },
  ],
  scope: "document",
  examples: [
    { bad: "This morning we clerked Encik Rahim, a 74-year-old retired lorry driver in bed 12.", good: "This morning we clerked a patient, a retired lorry driver in their 70s in a bed." },
    { bad: "Mme Gagnon, a 91-year-old admitted on 3 February, asked me whether she was dying.", good: "A patient, someone over 90 admitted recently, asked me whether she was dying." },
  ],
  check(ctx) {
    const { identifiers } = analyseDocument(ctx.doc, ctx.pack, ctx.previous, ctx.late);
    if (identifiers.length === 0) return;
    const plan = planRedactions(ctx.doc, identifiers);
    const carried = carriedFindings(ctx, identifiers, plan);
    /** The two replacements of an identifier: from its carried finding when there is one, else from the plan. */
    const edits = (id: Identifier): Redaction => {
      const c = carried?.get(id);
      const g = c && fixEdit(c.finding, "generalise", c.by), p = c && fixEdit(c.finding, "placeholder", c.by);
      return g && p ? { generalise: g, placeholder: p } : plan.get(id);
    };
    for (const id of identifiers) {
      const first = identifiers.length > 1 && id === identifiers[0];
      const c = first ? undefined : carried?.get(id);
      if (c) { ctx.previous!.carry!(c.finding, c.by); continue; }
      const r = plan.get(id);
      const fixes: ReportFix[] = [
        { id: "generalise", title: r.generalise.insert ? `Generalise to "${r.generalise.insert}"` : "Remove this detail", edits: [r.generalise], preferred: true },
        { id: "placeholder", title: `Replace with ${r.placeholder.insert}`, edits: [r.placeholder] },
      ];
      // the document-wide fixes ride on the first finding only: on every finding they would make
      // the diagnostics grow with the square of the findings (the server offers them on the others).
      // Their edits are built when a host reads them: a keystroke would otherwise rebuild them all.
      if (first) {
        let all: Redaction[] | undefined, generalised: Edit[] | undefined, placeholders: Edit[] | undefined;
        const allEdits = () => (all ??= identifiers.map(edits));
        fixes.push(
          { id: "generalise-all", title: "Redact every patient detail in this document (generalise)", get edits() { return (generalised ??= nonOverlapping(allEdits().map((x) => x.generalise))); } },
          { id: "placeholder-all", title: "Redact every patient detail in this document (placeholders)", get edits() { return (placeholders ??= nonOverlapping(allEdits().map((x) => x.placeholder))); } },
        );
      }
      const start = id.labelStart !== undefined && id.kind !== "date" && !ctx.doc.text.slice(id.labelStart, id.start).includes("(") ? id.labelStart : id.start;
      const shown = short(ctx.doc.text.slice(start, id.end));
      const message = id.idName ? `This gives a patient's ${id.idName} (${shown}); remove it.` : MESSAGES[id.kind](shown);
      ctx.report({ start, end: id.end, message, fixes });
    }
  },
});
export type { Identifier };

/** "a 74-year-old" → "in their 70s" for the message (the fix words it for the sentence). */
function ageRange(shown: string): string {
  const n = Number(/\d{1,3}/.exec(shown)?.[0]);
  if (!Number.isFinite(n) || n < 13) return "a young child";
  if (n < 20) return "a teenager";
  if (n >= 90) return "over 90";
  return `in their ${Math.floor(n / 10) * 10}s`;
}

/** How far the words around an identifier shape its replacement (articles, pronouns, "(MRN …)"). */
const REACH = 200;

/**
 * On a keystroke, the previous lint's findings that stand unchanged: those of identifiers found again
 * at the same place (moved with their block when after the edit), more than REACH characters from
 * the edited stretch, with the same replacement key (patient letter, role, first mention). The first
 * finding carries the document-wide fixes, so it is never carried.
 */
function carriedFindings(ctx: RuleContext, ids: readonly Identifier[], plan: RedactionPlan): Map<Identifier, { finding: Finding; by: number }> | undefined {
  const prev = ctx.previous;
  if (!prev?.findings || !prev.carry) return undefined;
  const oldIds = cachedAnalysis(prev.doc, ctx.pack)?.identifiers;
  if (!oldIds || oldIds.length !== prev.findings.length || oldIds.length === 0) return undefined;
  const oldPlan = planRedactions(prev.doc, oldIds);
  const { lo, hiOld, delta } = editedStretch(prev);
  const out = new Map<Identifier, { finding: Finding; by: number }>();
  let j = oldIds.length > 1 ? 1 : 0;
  for (const id of ids) {
    const by = id.start < lo ? 0 : id.start >= hiOld + delta ? delta : undefined;
    if (by === undefined) continue;
    const s = id.start - by, e = id.end - by;
    if (!(e + REACH <= lo || s - REACH >= hiOld)) continue;
    while (j < oldIds.length && oldIds[j]!.start < s) j++;
    for (let k = j; k < oldIds.length && oldIds[k]!.start === s; k++) {
      const o = oldIds[k]!;
      if (o.end === e && o.kind === id.kind && o.text === id.text && o.labelStart === (id.labelStart === undefined ? undefined : id.labelStart - by)
        && o.entity === id.entity && o.age === id.age && o.sex === id.sex && o.idName === id.idName && o.facility === id.facility
        && oldPlan.key(o) === plan.key(id)) {
        out.set(id, { finding: prev.findings[k]!, by });
        break;
      }
    }
  }
  return out;
}

/** The single edit of a finding's fix, moved by `by`. */
function fixEdit(f: Finding, fixId: string, by: number): Edit | undefined {
  const e = f.fixes.find((x) => x.id === fixId)?.edits[0];
  return e && (by === 0 ? e : { start: e.start + by, end: e.end + by, insert: e.insert });
}

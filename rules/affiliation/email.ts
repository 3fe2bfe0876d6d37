import { defineRule } from "../../shared/src/rule.js";
import { findEmails, isInstitutionalEmail, isOfficialDocumentByBlocks, isOwnContactEmail, memoByBlock } from "../lexicon.js";


export const PERSONAL_EMAIL_PLACEHOLDER = "[your personal e-mail]";

export default defineRule({
  id: "affiliation.email",
  title: "Institutional e-mail in personal content",
  description: "Personal posts should give a personal e-mail address as the author's contact, not the institution's: an institutional address makes the post look official.",
  severity: "warning",
  sources: ["umn-health-sciences:guideline-7", "imu-staff:identity"],
  fixes: [{ id: "personal-email", kind: "safe", description: "Replace the address with a placeholder for a personal address." }],
  scope: "document",
  examples: [
    { pack: "umn-health-sciences", bad: "Questions? Email me at gold0042@umn.edu.", good: "Questions? Email me at [your personal e-mail]." },
  ],
  check(ctx) {
    const { doc, pack } = ctx;
    if (!pack.institution?.emailDomains.length) return;
    // the author's own institutional addresses per block (cached by block text): the sentence
    // around an address decides whether it is given as the author's contact
    const found: { start: number; end: number }[] = [];
    for (const b of doc.blocks) {
      const own = memoByBlock("affiliation.email", pack.id, b, () => {
        const source = doc.text.slice(b.start, b.end);
        return findEmails(source).filter((m) => isInstitutionalEmail(m.address, pack) && isOwnContactEmail(source, m.start, m.end)
          && !doc.code.some((c) => b.start + m.start >= c.start && b.start + m.start < c.end));
      });
      for (const m of own) found.push({ start: b.start + m.start, end: b.start + m.end });
    }
    if (!found.length || isOfficialDocumentByBlocks(doc)) return;
    for (const m of found) {
      const shown = doc.text.slice(m.start, m.end);
      ctx.report({
        start: m.start, end: m.end,
        message: `This gives your institutional address (${shown}) as a personal contact; use a personal e-mail address instead.`,
        fixes: [{ id: "personal-email", title: "Replace with a personal-address placeholder", preferred: true, edits: [{ start: m.start, end: m.end, insert: PERSONAL_EMAIL_PLACEHOLDER }] }],
      });
    }
  },
});

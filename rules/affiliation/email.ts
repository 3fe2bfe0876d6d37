import { defineRule } from "../../shared/src/rule.js";
import { findEmails, isInstitutionalEmail, inNonProseRegion, isOfficialDocument, isOwnContactEmail } from "../lexicon.js";


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
    if (!pack.institution?.emailDomains.length || isOfficialDocument(doc)) return;
    for (const m of findEmails(doc.text)) {
      if (!isInstitutionalEmail(m.address, pack) || inNonProseRegion(doc, m.start)) continue;
      // the sentence around the address decides whether it is the author's own contact
      if (!isOwnContactEmail(doc.text, m.start, m.end)) continue;
      const shown = doc.text.slice(m.start, m.end);
      ctx.report({
        start: m.start, end: m.end,
        message: `This gives your institutional address (${shown}) as a personal contact; use a personal e-mail address instead.`,
        fixes: [{ id: "personal-email", title: "Replace with a personal-address placeholder", preferred: true, edits: [{ start: m.start, end: m.end, insert: PERSONAL_EMAIL_PLACEHOLDER }] }],
      });
    }
  },
});

import { defineRule } from "../../shared/src/rule.js";
import { EMAIL, isInstitutionalEmail, inNonProseRegion, isOfficialDocument } from "../lexicon.js";

/** First person near the address: the author is giving it as their own contact. */
const FIRST_PERSON = /\b(?:I|I'm|I'll|me|my|mine|myself)\b/;
const CONTACT_LABEL = /^\s*(?:[-*]\s*)?(?:\*\*)?(?:e-?mail|contact(?: me)?|reach me|write to me)(?:\*\*)?\s*:/i;

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
    for (const m of doc.text.matchAll(EMAIL)) {
      if (!isInstitutionalEmail(m[0], pack) || inNonProseRegion(doc, m.index)) continue;
      const lineStart = doc.text.lastIndexOf("\n", m.index) + 1;
      let lineEnd = doc.text.indexOf("\n", m.index);
      if (lineEnd < 0) lineEnd = doc.text.length;
      // the sentence around the address decides whether it is the author's own contact
      const before = doc.text.slice(Math.max(lineStart, m.index - 160), m.index);
      const after = doc.text.slice(m.index + m[0].length, Math.min(lineEnd, m.index + m[0].length + 80));
      const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("! "), before.lastIndexOf("? ")) + 1) + " " + after.split(/[.!?](?:\s|$)/)[0];
      if (!FIRST_PERSON.test(sentence) && !CONTACT_LABEL.test(doc.text.slice(lineStart, lineEnd))) continue;
      ctx.report({
        start: m.index, end: m.index + m[0].length,
        message: `This gives your institutional address (${m[0]}) as a personal contact; use a personal e-mail address instead.`,
        fixes: [{ id: "personal-email", title: "Replace with a personal-address placeholder", preferred: true, edits: [{ start: m.index, end: m.index + m[0].length, insert: PERSONAL_EMAIL_PLACEHOLDER }] }],
      });
    }
  },
});

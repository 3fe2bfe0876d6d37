import { defineRule } from "../../shared/src/rule.js";

/**
 * Tagging or naming colleagues, students or staff (and so their tie to the institution) without
 * their permission: "@kelvin.ng_md", "Prof. Wong", "my co-author Dr. Jenna Park". The finding is
 * informational: it reminds the author to ask first. Citations ("Hayes SN et al."), the author's
 * own name and handle, and public figures in a reading list are not findings.
 */

const HANDLE = /(?<![\w@.\/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])/g;
/** "@a, @b and @c" is one tag list. */
const HANDLE_JOIN = /^(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)$/;
const NAME = String.raw`[A-Z\u00C0-\u00DD][\p{L}'’-]+(?:\s+(?:(?:bin|binti|bte|bt|a\/l|a\/p|van|von|de|del|da|le|la)\s+)?[A-Z\u00C0-\u00DD][\p{L}'’-]+){0,3}`;
const TITLED = new RegExp(String.raw`\b(?:Dr|Prof|Professor|Assoc\.?\s+Prof|Associate\s+Professor|Asst\.?\s+Prof|Dato'?\s+Dr|Datuk\s+Dr|Sister|Matron|Nurse|Dean|Mr|Ms|Mrs|Miss)\.?\s+(${NAME})`, "gu");
const RELATION = new RegExp(String.raw`\b(?:[Mm]y|[Oo]ur)\s+(?:(?:fellow|favourite|favorite|amazing|brilliant|lovely|wonderful|former|old|new|senior|junior)\s+)?(?:co-?authors?|co-?residents?|co-?interns?|colleagues?|classmates?|batchmates?|groupmates?|labmates?|housemates?|roommates?|supervisors?|attendings?|preceptors?|consultants?|registrars?|lecturers?|tutors?|mentors?|residents?|interns?|seniors?|juniors?|teammates?|partners? in crime|PI|HOD|MO|HO|chief resident|program director|clinical educator|charge nurse|nurse manager|manager|boss)\s*,?\s+(?:(?:Dr|Prof|Professor|Nurse|Sister)\.?\s+)?(${NAME})`, "gu");
/** Not a person being named: citations, the author introducing themself, historical/public figures. */
const CITATION_AFTER = /^[^.!?\n]{0,60}?\b(?:et al|\(\s*(?:19|20)\d{2}|(?:19|20)\d{2}\)|J\s|Journal|Lancet|BMJ|NEJM|JAMA|Rev\b|Med\b|doi)/;
const SELF_BEFORE = /\b(?:i'?m|i am|my name is|this is|it'?s|call me|me,|signed,?|—|-)\s*$/i;
const SELF_HANDLE_BEFORE = /(?:\b(?:me|my|i'?m|i am|follow|find|my handle|my account|my page|our page|us)\s+(?:at|on|is|over at|@)?\s*(?:instagram|insta|ig|twitter|x|tiktok|threads)?\s*:?\s*|\b(?:for|on|at|via|from)\s+(?:instagram|insta|ig|twitter|x|tiktok|threads|linkedin|facebook)\s*[(:]?\s*)$/i;
/** Pronouns and words that often follow a title but are not names. */
const NOT_A_NAME = /^(?:Google|Who|House|Strange|Seuss|Oz|Phil|Pepper|No|Doctor|The|A|An|My|Our|Your|His|Her|Their|This|That|And|But|Said|Says|Told|Asked|Was|Is|On|In|At|Of|For|Today|Tomorrow|Yesterday|Everyone|Everybody|Someone|Anyone|Nobody)\b/;
/** Famous or historical people are named in the literature, not tagged. */
const HISTORICAL = /\b(?:historical|history|famous|published|case report|textbook|literature|book|article|paper|essay|podcast|interview|wrote|written by|new yorker|ted talk|in \d{4}|\d{4}s|century|born in|died|nobel|discovered|invented|described|(?:19|18|17)\d{2})\b/i;
/** Permission mentioned in the sentence. */
const PERMISSION = /\b(?:with (?:(?:his|her|their) )?permission|(?:he|she|they) (?:said|agreed|gave|okay|ok)|shared with consent|consented|permission)\b/i;

export default defineRule({
  id: "privacy.others",
  title: "Tagging or naming colleagues",
  description: "Tagging or naming classmates, colleagues, supervisors and staff — and so disclosing their professional relationship with the institution — needs their permission first; so does posting a photo or clip of anyone. This is a reminder to ask before you post.",
  severity: "information",
  sources: ["imu-students:b.iv", "imu-students:b.v", "umn-health-sciences:policy-3", "quebec-postgraduate:I.6"],
  fixes: [],
  scope: "block",
  examples: [
    { bad: "Huge thanks to @kelvin.ng_md and @drsitiaisyah for covering my bloods!", good: "Huge thanks to my two classmates for covering my bloods!" },
    { bad: "Prof. Wong just said \"the kidney forgives nothing\".", good: "Our lecturer just said \"the kidney forgives nothing\"." },
  ],
  check(ctx) {
    const block = ctx.block!;
    const text = block.text;
    const message = (who: string) => `This ${who}; make sure they have agreed to be named or tagged before you post.`;
    const sentenceOf = (at: number) => block.sentences.find((s) => at >= s.start - block.start && at < s.end - block.start);
    // ---- @handles, merged into tag lists ----
    let run: { start: number; end: number; n: number } | undefined;
    const flush = () => {
      if (!run) return;
      ctx.report({ start: block.start + run.start, end: block.start + run.end, message: message(run.n > 1 ? "tags other people" : "tags someone") });
      run = undefined;
    };
    for (const m of text.matchAll(HANDLE)) {
      const start = m.index, end = start + m[0].length;
      if (run && HANDLE_JOIN.test(text.slice(run.end, start))) { run.end = end; run.n++; continue; }
      flush();
      if (SELF_HANDLE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
      const sent = sentenceOf(start);
      if (sent && PERMISSION.test(text.slice(sent.start - block.start, sent.end - block.start))) continue;
      run = { start, end, n: 1 };
    }
    flush();
    // ---- titled names and "my co-resident Julien" ----
    const seen = new Set<number>();
    for (const re of [TITLED, RELATION]) {
      for (const m of text.matchAll(re)) {
        const name = m[1]!;
        const nameStart = m.index + m[0].length - name.length;
        if (seen.has(nameStart) || NOT_A_NAME.test(name)) continue;
        const sent = sentenceOf(m.index);
        const sentence = sent ? text.slice(sent.start - block.start, sent.end - block.start) : text;
        if (CITATION_AFTER.test(text.slice(nameStart + name.length))) continue;
        if (SELF_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        if (HISTORICAL.test(sentence) || PERMISSION.test(sentence)) continue;
        // Mr/Ms/Mrs names a colleague only with a staff word around ("Mr Lim, our tutor")
        if (re === TITLED && /^(?:Mr|Ms|Mrs|Miss)\b/.test(m[0]) && !/\b(?:tutor|lecturer|teacher|supervisor|consultant|registrar|surgeon|nurse|staff|colleague|coordinator|manager|preceptor|attending|mentor|professor|instructor|pharmacist|physio|technician|radiographer)\b/i.test(sentence)) continue;
        seen.add(nameStart);
        ctx.report({ start: block.start + m.index, end: block.start + nameStart + name.length, message: message(`names ${m[0].trim()} in a professional role`) });
      }
    }
  },
});

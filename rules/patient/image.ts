import { defineRule } from "../../shared/src/rule.js";
import { lineBreakOf, type DocumentModel, type ImageRef } from "../../shared/src/document.js";
import type { Pack } from "../../shared/src/pack.js";
import { consentFor } from "../../shared/src/suppression.js";
import { imageContext, isRemoteSrc, removeImageEdits, continuationPrefix, withContext, type ImageContext } from "../image/context.js";
import { scoreClinical, describeKind, isClinical, POINTS_AT_IMAGE, type ClinicalScore } from "../image/clinical.js";
import { creditInText, creditLinked } from "../image/credit.js";
import { analyseDocument, type Narrative } from "./document-pass.js";
import { besideNarrative } from "./analysis.js";
import { TITLE_NAME, COLLEAGUE_NEAR } from "./lexicon.js";

/** Cheap hint before the titled-name scan of an alt text. */
const ALT_TITLE_HINT = /(?:^|[\s:,(])(?:Mrs?|Ms|Mdm|Madam|Miss|Mme|Madame|Monsieur|Puan|Pn|Encik|Ibu|Bapak|Makcik|Mak\s?[Cc]ik|Pakcik|Pak\s?[Cc]ik|Haji|Hajjah|Nenek|Atuk|Auntie|Aunty|Uncle|Señora?|Sra?|Frau|Herr)\.?\s+\p{Lu}/u;
/** A label, chart or record the author made: the titled name on it is a patient's ("Dispensing label …: Ibu Siti Rohmah"). */
const ALT_RECORD = /(?<![\w-])(?:labels?|prescriptions?|scripts?|charts?|notes?|records?|files?|wristbands?|armbands?|whiteboard|handover|ceph\w*|x-?rays?|radiographs?|scans?|OPG|ECG|bloods?|results?|dispens\w*|medication|drug|mg|tds|bd|od|qds|prn)(?![\w-])/i;

/** A titled person named in the alt text of a local image of a record, label or scan, and not a colleague. */
function titledNameInAlt(image: ImageRef): string | undefined {
  const alt = image.alt;
  if (!alt || isRemoteSrc(image.src) || !ALT_TITLE_HINT.test(alt) || !ALT_RECORD.test(alt) || COLLEAGUE_NEAR.test(alt)) return undefined;
  TITLE_NAME.lastIndex = 0;
  const m = TITLE_NAME.exec(alt);
  TITLE_NAME.lastIndex = 0;
  return m?.[0];
}

/** Titles and particles of a name that say nothing about a file ("Mr", "bin", "de"). */
const NAME_FILLER = /^(?:mr|mrs|ms|miss|mme|madame|monsieur|puan|encik|pak|mak|uncle|auntie|aunty|pakcik|makcik|bin|binti|bte|de|du|la|le|van|von|al|el|dr)$/;
/**
 * Whether the file-name words (lower case, space-padded) hold a word of a patient's name of at least four
 * letters ("farah before after" for "Farah"): a photo filed under the patient's name.
 */
function fileNamesPatient(words: string, name: string): boolean {
  for (const part of name.toLowerCase().split(/[\s.'’-]+/)) {
    if (part.length < 4 || NAME_FILLER.test(part)) continue;
    if (words.includes(` ${part} `)) return true;
  }
  return false;
}

export const CONSENT_TEMPLATE_REF = "CONSENT-FORM-REF";

/** Policy wording for packs that never allow patient images, for the message. */
const NEVER_WHY: Record<string, string> = {
  "quebec-postgraduate": "the CMQ code says never to post photos of clinical encounters",
  imi: "the IMI says never to post pictures of patients, even if they ask you to",
};

/** Published teaching collections and licences: not the author's own patient. */
const PUBLIC_SOURCE = /(?<![\w-])(?:wikimedia|wikipedia|radiopaedia|dermnet(?:nz)?|litfl|openstax|medpix|pathpresenter|webpath|cc[- ]?by(?:[- ][a-z]{2})*|cc0|creative commons|public domain|netter|(?:from|in) (?:the |my |our )?(?:textbook|atlas|lecture slides?))(?![\w-])/i;

interface Verdict { score: ClinicalScore; fromContext: boolean }

/** A trailing colon: the sentence introduces the list or text after it. */
const INTRODUCES_NEXT = /:\s*$/;
/** A short label on its own line ("Slide 4 caption:", "Tweet 3/5:"). */
const LABEL_LINE = /^[^\n:.!?]{1,40}:[ \t]*\n/;
/** A colon at a line's end with more text after it: the sentence introduces a list below. */
const INTRODUCES_LIST = /:[ \t]*\n\s*\S/;
/** Hand hygiene, gloves, manicures: the author's or staff's hands, not the patient's body. */
const AUTHOR_CARE = /(?<![\w-])(?:wash\w*|hand ?hygiene|hygiene|saniti[sz]\w*|gel|gloves?|gloved|gowned|scrub(?:s|bing|bed)?|manicured?|nail polish|henna|rings?|watch|bracelets?|hand ?cream|chapped|dry hands|selfie|us|we|our team|team)(?![\w-])/i;
/** Kinds of a body, lesion or scan: what an image next to a patient's story shows of that patient. */
const BODY_KINDS = new Set(["body", "lesion", "scan"]);

/**
 * An image of a body part, lesion or scan right before, inside or right after a story about one patient
 * ("![Lower left first molar after a Class II composite]" above "Auntie in chair 3 was so brave …"): that
 * patient's body. The author's own body ("my hands") scores nothing here, and a model or drawing is no photo.
 */
function besideStory(doc: DocumentModel, image: ImageRef, narratives: readonly Narrative[]): Verdict | undefined {
  if (!narratives.length) return undefined;
  const own = withContext(doc, image, "beside-story", storySubject);
  if (!own || credited(doc, image)) return undefined;
  const ctx = imageContext(doc, image);
  const bodyKind = own.kind !== undefined && BODY_KINDS.has(own.kind);
  if (besideNarrative(doc.text, image.start, image.end, narratives)) { if (!bodyKind) return undefined; }
  else if (!storyBelowPointed(doc, image, ctx.own, ctx.after, narratives)) return undefined;
  return { score: { ...own, strongCount: Math.max(1, own.strongCount), terms: own.terms.length ? own.terms : ["a patient's story"] }, fromContext: true };
}

/** What the image says it shows, when that could be the body of a patient in a story beside it (from the context alone). */
function storySubject(ctx: ImageContext): ClinicalScore | undefined {
  const own = scoreClinical(ctx.own);
  const bodyKind = own.kind !== undefined && BODY_KINDS.has(own.kind);
  // "Day 10 split-skin graft on a forearm, clinical photography studio": a body part seen in a clinical place
  const encounterKind = own.kind === "encounter" && own.score >= 2;
  if (own.notPhoto || own.generic || (!bodyKind && !encounterKind) || ROLE_PLAY.test(ctx.own) || SIMULATED.test(ctx.own) || AUTHOR_CARE.test(ctx.own)) return undefined;
  if (PUBLIC_SOURCE.test(ctx.own) || PUBLIC_SOURCE.test(ctx.before)) return undefined;
  return own;
}

/** Nothing but prose between an image and the story below it (no heading, no other image). */
const SECTION_BREAK = /(?:^|\n)[ \t>]*#{1,6}\s|!\[|!\[\[/;
const AUTHOR_WORD = /(?<![\w'’-])(?:my|mine|me|I|I'm|I’m|myself)(?![\w'’-])/;
/**
 * The sentence right after the image points at it ("Snapped this one on my phone … this morning") and a
 * story about one patient starts a few lines below, in the same section: an Instagram caption whose
 * photo is that patient's. The alt text must not be about the author ("my forearm tattoo").
 */
function storyBelowPointed(doc: DocumentModel, image: ImageRef, own: string, after: string, narratives: readonly Narrative[]): boolean {
  if (!after || !POINTS_AT_IMAGE.test(after) || INTRODUCES_LIST.test(after) || AUTHOR_WORD.test(image.alt ?? own)) return false;
  for (const n of narratives) {
    if (n.start < image.end || n.start - image.end > 700) continue;
    return !SECTION_BREAK.test(doc.text.slice(image.end, n.start));
  }
  return false;
}

/**
 * Care given to a real person at a real bedside ("Students practising a bed bath at the bedside on the
 * ward", "helping a stroke survivor transfer at the bedside"): a clinical encounter even though
 * "practising" usually means a skills session. A mannequin, a sim ward, a skills lab or classmates
 * keep it a training photo.
 */
const CARE_ACT = /(?<![\w-])(?:bed[- ]?baths?|bathing|washing|hair wash|mouth care|oral care|eye care|pressure (?:area )?care|catheter care|feeding|wound (?:dressings?|care)|dressing (?:changes?|a wound)|a dressing|vital signs|obs|observations|blood pressure|repositioning|turning|transfers?|mobili[sz]ing|mobili[sz]ation|helping (?:him|her|them|a|an|the) (?:\w+ ){0,3}(?:walk|wash|eat|dress|sit|stand)|shaving|injections?|suctioning)(?![\w-])/i;
const REAL_BEDSIDE = /(?<![\w-])(?:at the bedside|bedside|on the ward|(?:medical|surgical|geriatric|stroke|renal|paediatric|pediatric|maternity) ward|bay \d{1,2}|bed \d{1,3}|hospital bed|patients?|patient's|(?:an? )?(?:elderly|older|young) (?:man|woman|lady|gentleman|patient)|stroke survivor|resident|pakcik|makcik|uncle|auntie)(?![\w-])/i;
const SIMULATED = /(?<![\w-])(?:mannequins?|manikins?|sim|simman|simulat\w*|models?|skills? (?:labs?|centres?|centers?|stations?|rooms?|sessions?)|dumm(?:y|ies)|dolls?|task trainers?|phantoms?|each other|classmates?|volunteers?|role[- ]?play\w*|actors?|standardi[sz]ed patients?|simulated patients?|mock ward|empty)(?![\w-])/i;

/** A simulation or role-play: the "patient" at the bedside is a mannequin, an actor or a classmate. */
const ROLE_PLAY = /(?<![\w-])(?:mannequins?|manikins?|sim(?: lab| ward| centre| center| suite)?|simman|simulat\w*|skills? (?:labs?|centres?|centers?|stations?)|dumm(?:y|ies)|task trainers?|each other|classmates?(?: playing)?|role[- ]?play\w*|actors?|standardi[sz]ed patients?|simulated patients?|mock ward)(?![\w-])/i;
const SUBJECT_KINDS = new Set(["lesion", "scan", "micro", "specimen", "cadaver", "body"]);

function careAtBedside(text: string): boolean {
  return CARE_ACT.test(text) && REAL_BEDSIDE.test(text) && !SIMULATED.test(text);
}

/**
 * A caption that says no patient is shown ("No patient appears in this post", "not a patient"), next to the
 * author's own body ("my own hands", "photographed by me"): the words "patient" must not undo the author's "my".
 */
const NO_PATIENT = /(?<![\w-])(?:no|not\s+an?|not\s+any)\s+patients?(?:['’]s)?(?![\w-])(?!\s+(?:consent|permission)\b)/gi;
const OWN_BODY_SAID = /(?<![\w-])(?:my\s+own|photographed\s+by\s+me|self[- ]portrait|of\s+myself|mes\s+propres)(?![\w-])/i;

/** Whether the image shows a patient, body part, specimen, scan, cadaver or clinical place/encounter. */
export function judgeClinicalImage(doc: DocumentModel, image: ImageRef): Verdict | undefined {
  const judged = withContext(doc, image, "patient.image", (ctx) => judgeFromContext(ctx, image));
  // a licensed, credited image from elsewhere is published teaching material, not the author's patient
  if (judged.unlessLinked && creditLinked(imageContext(doc, image), image, doc)) return undefined;
  return judged.verdict;
}

/** A credit for an image from elsewhere: in its text, or a link around it or in its caption. */
function credited(doc: DocumentModel, image: ImageRef): boolean {
  if (!isRemoteSrc(image.src)) return false;
  return withContext(doc, image, "credit-text", (ctx) => creditInText(ctx, image)) || creditLinked(imageContext(doc, image), image, doc);
}

/**
 * judgeClinicalImage() from the context alone; `unlessLinked`: the verdict stands unless a link credits
 * the image (the links are the document's, so they are read apart).
 */
function judgeFromContext(ctx: ImageContext, image: ImageRef): { verdict?: Verdict; unlessLinked: boolean } {
  const own = scoreClinical(OWN_BODY_SAID.test(ctx.own) ? ctx.own.replace(NO_PATIENT, " ") : ctx.own);
  const care = careAtBedside(ctx.own);
  if (own.notPhoto && !care) return { unlessLinked: false };
  const remote = isRemoteSrc(image.src);
  if (remote && creditInText(ctx, image)) return { unlessLinked: false };
  const verdict = clinicalVerdict(ctx, own, care);
  return { verdict, unlessLinked: remote && verdict !== undefined };
}

function clinicalVerdict(ctx: ImageContext, own: ClinicalScore, care: boolean): Verdict | undefined {
  if (PUBLIC_SOURCE.test(ctx.own) || PUBLIC_SOURCE.test(ctx.before)) return undefined;
  if (care && !isClinical(own)) return { score: { ...own, notPhoto: false, kind: "encounter", strongCount: 1, terms: ["care at the bedside", ...own.terms] }, fromContext: false };
  if (care) return { score: { ...own, notPhoto: false }, fromContext: false };
  // a role-play at a bedside ("classmates playing the patient") shows no patient, unless a body part, lesion or scan is named
  if (ROLE_PLAY.test(ctx.own) && !(own.kind !== undefined && SUBJECT_KINDS.has(own.kind))) return undefined;
  if (isClinical(own)) return { score: own, fromContext: false };
  // the image says little about itself: read the sentence before it and its caption/next sentence
  // after the image, a short label line ("Slide 4 caption:") is dropped, and a sentence that introduces a list
  // ("Quick tips for your first fundus photos:" above "1. Dim the room") is about the list, not the image
  let after = ctx.after.replace(LABEL_LINE, "");
  if (INTRODUCES_LIST.test(after)) after = "";
  const nearby = [ctx.before, after].filter(Boolean);
  for (const sentence of nearby) {
    const generic = own.generic;
    const s = scoreClinical(sentence, !generic);
    if (s.notPhoto && !generic) continue;
    if (!isClinical(s)) continue;
    // a sentence after the image that ends with a colon introduces what follows it ("A few facts patients ask about:"), not the image
    const points = sentence === after ? POINTS_AT_IMAGE.test(sentence.replace(INTRODUCES_NEXT, "")) : POINTS_AT_IMAGE.test(sentence);
    if (generic || points) return { score: s, fromContext: true };
  }
  return undefined;
}

function consentTemplateEdit(doc: DocumentModel, image: ImageRef) {
  const marker = image.syntax === "embed"
    ? `%% decorum-consent: ${CONSENT_TEMPLATE_REF} %%`
    : `<!-- decorum-consent: ${CONSENT_TEMPLATE_REF} -->`;
  const prefix = continuationPrefix(doc, image);
  const eol = lineBreakOf(doc);
  return { start: image.start, end: image.start, insert: prefix === undefined ? `${marker} ` : `${marker}${eol}${prefix}` };
}

/** Up to two cue words for the message, skipping words already inside an earlier one. */
function cueTerms(terms: string[]): string {
  const out: string[] = [];
  for (const t of terms) {
    if (out.some((o) => o.includes(t) || t.includes(o))) continue;
    out.push(t);
    if (out.length === 2) break;
  }
  return out.join(", ");
}

function neverMessage(pack: Pack): string {
  const why = NEVER_WHY[pack.id] ?? `the ${pack.name} policy does not allow posting patient images even with consent`;
  return why;
}

export default defineRule({
  id: "patient.image",
  title: "Patient or clinical image",
  description: "Flags an image that looks like it shows a patient or part of a patient's body (including microscopic images), a scan or X-ray, a specimen, a cadaver, or a clinical place or encounter, judged from its alt text, title, file name, caption and the sentence around it. Policies allow such photos only with the patient's written permission, and some (the CMQ code for Quebec residents, the IMI) never allow them online. A `decorum-consent: REF` comment right before the image records written consent where the pack allows it.",
  severity: "error",
  sources: ["imu-students:c.iii", "umn-health-sciences:policy-3", "quebec-postgraduate:I.5", "imi:3", "imu-staff:photos"],
  fixes: [
    { id: "remove-image", kind: "safe", description: "Remove the image together with its caption (and a consent marker before it)." },
    { id: "record-consent", kind: "suggestion", description: "Insert a consent marker before the image, naming the reference of the patient's written consent." },
  ],
  scope: "document",
  examples: [
    { pack: "imu-students", bad: "Textbook shingles on the ward today!\n\n![Shingles rash along the T6 dermatome](shingles-t6.jpg)\n", good: "Textbook shingles on the ward today!\n\n<!-- decorum-consent: WARD-PHOTO-2024-017 -->\n![Shingles rash along the T6 dermatome](shingles-t6.jpg)\n" },
    { pack: "imi", bad: "Look at this placenta!\n\n![](IMG_2034.jpg)\n", good: "Look at this sunset!\n\n![](IMG_2034.jpg)\n" },
  ],
  check(ctx) {
    const { doc, pack } = ctx;
    let names: { start: number; end: number; text: string }[] | undefined;
    for (const image of doc.images) {
      let verdict = judgeClinicalImage(doc, image);
      // the alt text names the patient of the story ("![Uncle Tan practising sit-to-stand at his door](…)")
      if (!verdict && image.alt && !credited(doc, image)) {
        names ??= analyseDocument(doc, pack, ctx.previous, ctx.late).identifiers.filter((i) => i.kind === "name");
        const named = names.find((i) => i.start >= image.start && i.end <= image.end);
        if (named) verdict = { score: { score: 2, strongCount: 1, terms: [named.text], kind: "patient", notPhoto: false, generic: false }, fromContext: false };
      }
      // the file is named after the patient of the story ("![Before and after, front view](img/farah-before-after.jpg)")
      if (!verdict && !isRemoteSrc(image.src) && !credited(doc, image)) {
        const words = withContext(doc, image, "file-words", (c) => (c.fileWords ? ` ${c.fileWords.toLowerCase()} ` : ""));
        if (words) {
          names ??= analyseDocument(doc, pack, ctx.previous, ctx.late).identifiers.filter((i) => i.kind === "name");
          const named = names.find((i) => fileNamesPatient(words, i.text));
          if (named) verdict = { score: { score: 2, strongCount: 1, terms: [named.text], kind: "patient", notPhoto: false, generic: false }, fromContext: false };
        }
      }
      if (!verdict) {
        const titled = withContext(doc, image, "titled-name", () => titledNameInAlt(image));
        if (titled) verdict = { score: { score: 2, strongCount: 1, terms: [titled], kind: "patient", notPhoto: false, generic: false }, fromContext: false };
      }
      if (!verdict && image.alt) verdict = besideStory(doc, image, analyseDocument(doc, pack, ctx.previous, ctx.late).narratives);
      if (!verdict) continue;
      const consent = consentFor(doc, image);
      if (consent && pack.consent !== "never") continue;
      const what = describeKind(verdict.score.kind);
      const cue = cueTerms(verdict.score.terms);
      const remove = { id: "remove-image", title: "Remove the image and its caption", edits: removeImageEdits(doc, image, consent?.comment.start), preferred: true };
      if (consent) {
        ctx.report({
          start: image.start, end: image.end,
          message: `This image seems to show ${what} (${cue}); a consent marker does not clear it because ${neverMessage(pack)}, so remove it.`,
          fixes: [remove],
        });
        continue;
      }
      const fixes = [remove];
      if (pack.consent !== "never") fixes.push({ id: "record-consent", title: "Record the patient's written consent (marker)", edits: [consentTemplateEdit(doc, image)], preferred: false });
      ctx.report({
        start: image.start, end: image.end,
        message: pack.consent === "never"
          ? `This image seems to show ${what} (${cue}), and ${neverMessage(pack)}; remove it.`
          : `This image seems to show ${what} (${cue}) with no recorded written consent; remove it, or add a consent marker if you hold written permission.`,
        fixes,
      });
    }
  },
});

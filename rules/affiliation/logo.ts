import { defineRule } from "../../shared/src/rule.js";
import { isLogoImage, logoMatchers } from "../image/logo-match.js";
import { removeImageEdits, normalizeWords, fileNameWords } from "../image/context.js";
import { inNonProseRegion, memoByBlock, findInstitutionMentions } from "../lexicon.js";
import { blockValues } from "../block-values.js";
import type { Pack } from "../../shared/src/pack.js";
import type { DocumentModel, ImageRef } from "../../shared/src/document.js";
import { allMatches } from "../../shared/src/text.js";

/** One memo scope per compiled matcher (a custom pack may reuse a shipped pack's id). */
const scopes = new WeakMap<RegExp, string>();
let nextScope = 0;
function scopeOf(re: RegExp): string {
  let s = scopes.get(re);
  if (s === undefined) scopes.set(re, (s = String(nextScope++)));
  return s;
}

/** A sentence about putting the logo on one's own content. */
const USE = /(?<![\w-])(?:use[ds]?|using|add(?:ed|ing|s)?|put(?:ting|s)?|place[ds]?|feature[ds]?|featuring|display(?:s|ed|ing)?|include[ds]?|including|slap(?:ped|ping)?|stick|stuck|print(?:ed|ing)?|design(?:ed|ing)?|made|make|making|embed(?:ded)?|upload(?:ed)?|borrow(?:ed)?|grab(?:bed)?|download(?:ed)?|copied|copy|banner|header|footer|profile|avatar|thumbnail|watermark(?:ed)?|letterhead|merch|t-?shirts?|hoodies?|stickers?|mugs?|business cards?|cover (?:photo|image)|sidebar|favicon|signature|my (?:blog|site|website|page|channel|podcast|newsletter|shop|store))(?![\w-])/i;
const FIRST_PERSON = /(?<![\w-])(?:i|i've|i'm|i'll|i'd|we|we've|we're|my|our|me|us)(?![\w-])/i;
/** Sentences that say not to, or that permission was given. */
const NOT_USE = /(?<![\w-])(?:don'?t|do not|never|won'?t|will not|not allowed|shouldn'?t|should not|can'?t|cannot|may not|must not|not (?:to )?use|without (?:the )?(?:prior )?(?:written )?(?:approval|permission)|approv(?:al|ed)|permission|removed|remove|took (?:it |the \w+ )?(?:off|down)|taken (?:off|down)|no longer|instead of)(?![\w-])/i;

/** Alt text that is only a generic mark of "the university": "University crest", "Our school's logo". */
const GENERIC_MARK_ALT = /^ (?:(?:the|our|my) )?(?:university|uni|school|medical school|med school|faculty|college|institution)(?: s)? (?:official )?(?:logo|logos|crest|emblem|seal|wordmark|coat of arms|insignia|mark|marks|brand mark) $/;
const fileMarkCache = new WeakMap<Pack, RegExp | null>();
/** A file named for the institution's mark: "imu-mark.png", "umn_mark_white.svg". */
function fileMarkRe(pack: Pack): RegExp | null {
  if (!fileMarkCache.has(pack)) {
    const acr = (pack.institution?.acronyms ?? []).map((a) => a.toLowerCase()).filter((a) => /^[a-z0-9]+$/.test(a));
    fileMarkCache.set(pack, acr.length ? new RegExp(`^(?:${acr.join("|")})(?: (?:official|main|full|primary|colou?r|white|black|mono|small|large|hd|\\d+))* marks?(?: (?:white|black|colou?r|mono|small|large|hd|transparent|v?\\d+))*$`) : null);
  }
  return fileMarkCache.get(pack)!;
}
/** The institution's mark under another name: a file named for its mark, or a generic "University crest" in a post tied to it. */
function isGenericMark(doc: DocumentModel, pack: Pack, image: ImageRef): boolean {
  const said = markSaid(pack, image);
  if (said !== "generic") return said === "mark";
  const scope = JSON.stringify(pack.institution);
  return doc.blocks.some((b) => memoByBlock("affiliation.logo:mentions", scope, b, () => findInstitutionMentions(pack, b.text).length > 0));
}

/** Answers by image (source, alt text) per pack: every image is asked on every keystroke. */
const marksSaid = new WeakMap<Pack, Map<string, "mark" | "generic" | "none">>();
/**
 * What the image's own names say: "mark", its file is named for the institution's mark (or a generic mark
 * file names the institution); "generic", a generic mark of "the university" (the institution's when the
 * post is tied to it); "none".
 */
function markSaid(pack: Pack, image: ImageRef): "mark" | "generic" | "none" {
  let answers = marksSaid.get(pack);
  if (!answers) marksSaid.set(pack, (answers = new Map()));
  const key = `${image.src}\u0000${image.alt}`;
  let said = answers.get(key);
  if (said === undefined) {
    if (answers.size >= 4000) answers.clear();
    const file = fileNameWords(image.src).toLowerCase();
    // an untitled image whose file is "university-crest.png" says the same as the alt text "University crest"
    said = fileMarkRe(pack)?.test(file) ? "mark"
      : !GENERIC_MARK_ALT.test(normalizeWords(image.alt)) && (image.alt.trim() !== "" || !GENERIC_MARK_ALT.test(normalizeWords(file))) ? "none"
      : findInstitutionMentions(pack, file.toUpperCase()).length ? "mark" : "generic";
    answers.set(key, said);
  }
  return said;
}

export default defineRule({
  id: "affiliation.logo",
  title: "Institution logo in personal content",
  description: "Flags the institution's logo, crest or other marks in personal content: an image whose file name, alt text or URL names the logo (per pack, e.g. \"imu-logo.png\", \"IMU crest\"), and sentences saying you put the logo on your blog, banner or merchandise. IMU students may not use the logo on social media without the University's prior written approval; IMU staff may not use it on personal sites at all.",
  severity: "warning",
  sources: ["imu-students:a.v", "imu-staff:logo"],
  fixes: [{ id: "remove-image", kind: "safe", description: "Remove the logo image (and its caption)." }],
  scope: "document",
  examples: [
    { pack: "imu-students", bad: "# About me\n\n![IMU logo](imu-logo.png)\n\nHi! I'm a Year 4 MBBS student.\n", good: "# About me\n\n![Me at the campus library](me-library.jpg)\n\nHi! I'm a Year 4 MBBS student.\n" },
    { pack: "imu-staff", bad: "I added the IMU logo to my blog header so readers know where I teach.\n", good: "I teach at IMU; the views here are my own.\n" },
  ],
  check(ctx) {
    const { doc, pack } = ctx;
    if (!pack.institution) return;
    const name = pack.institution.acronyms?.[0] ?? pack.institution.names[0] ?? "the institution's";
    for (const image of doc.images) {
      if (!isLogoImage(pack, image) && !isGenericMark(doc, pack, image)) continue;
      ctx.report({
        start: image.start, end: image.end,
        message: pack.id === "imu-students"
          ? `This is the ${name} logo, which may not be used on social media without the University's written approval; remove it.`
          : `This is the ${name} logo, which policy does not allow on personal sites; remove it.`,
        fixes: [{ id: "remove-image", title: "Remove the logo image", edits: removeImageEdits(doc, image), preferred: true }],
      });
    }
    const re = logoMatchers(pack).prose;
    if (!re) return;
    const scope = scopeOf(re);
    // the matcher's verdict on each block's text, carried across keystrokes: a keystroke tests only the edited block
    const mentions = blockValues(ctx, "affiliation.logo", scope, (block) => { re.lastIndex = 0; return re.test(block.text); });
    for (let bi = 0; bi < mentions.length; bi++) {
      if (!mentions[bi]) continue;
      const block = doc.blocks[bi]!;
      for (const s of block.sentences) {
        const sentence = doc.prose.slice(s.start, s.end);
        if (!USE.test(sentence) || !FIRST_PERSON.test(sentence) || NOT_USE.test(sentence) || /\?\s*$/.test(sentence)) continue;
        re.lastIndex = 0;
        for (const m of allMatches(re, sentence)) {
          const start = s.start + m.index, end = start + m[0].length;
          if (inNonProseRegion(doc, start)) continue;
          ctx.report({
            start, end,
            message: pack.id === "imu-students"
              ? `Using the ${name} logo in your own content needs the University's prior written approval; leave it out.`
              : `Do not use the ${name} logo or marks on your personal sites; leave it out.`,
          });
          break;
        }
      }
    }
  },
});

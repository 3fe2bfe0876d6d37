/** Matching a pack's institution logo terms in image names, alt text, URLs and prose. */
import type { Pack } from "../../shared/src/pack.js";
import type { ImageRef } from "../../shared/src/document.js";
import { escapeRegExp } from "../../shared/src/text.js";
import { normalizeWords } from "./context.js";

/** Words for an institution's marks. */
export const MARK_WORDS = "logos?|crests?|emblems?|wordmarks?|insignia|coat of arms|seal|brand marks?|brandmarks?|trademarks?|branding|badge|marks";

/** Branding words that, next to the institution's name in an image's name or alt text, mean its marks. */
const IMAGE_MARK_WORDS = "icons?|shields?|banners?|letterhead|watermark|favicon|brand|official";
const MARK_RE = new RegExp(` (?:${MARK_WORDS}) `);

interface LogoMatchers {
  /** On normalized text (lower case, separators as spaces): a logo term, or the institution next to a mark word. */
  normalized?: RegExp;
  /** On prose: the same, keeping case for acronyms. */
  prose?: RegExp;
}

const cache = new WeakMap<Pack, LogoMatchers>();

function norm(s: string): string {
  return normalizeWords(s).trim();
}

export function logoMatchers(pack: Pack): LogoMatchers {
  let m = cache.get(pack);
  if (m) return m;
  const inst = pack.institution;
  m = {};
  if (inst) {
    const terms = [...new Set((inst.logoTerms ?? []).map(norm).filter(Boolean))];
    const names = [...new Set([...(inst.names ?? []), ...(inst.acronyms ?? [])].map(norm).filter(Boolean))];
    const nameAlt = names.map((n) => escapeRegExp(n).replace(/ /g, " ")).join("|");
    const parts: string[] = [];
    if (terms.length) parts.push(terms.map((t) => escapeRegExp(t)).join("|"));
    if (nameAlt) {
      parts.push(`(?:${nameAlt})(?: [a-z0-9]+){0,2} (?:${MARK_WORDS}|${IMAGE_MARK_WORDS})`);
      parts.push(`(?:${MARK_WORDS}) (?:of|for) (?:the )?(?:${nameAlt})`);
    }
    if (parts.length) m.normalized = new RegExp(` (?:${parts.join("|")}) `);
    // prose: a multi-word logo term, or the institution's name or acronym next to a mark word
    const nameRe = [...(inst.names ?? []), ...(inst.acronyms ?? [])].map((n) => escapeRegExp(n).replace(/\\? /g, "\\s+")).join("|");
    const proseTerms = (inst.logoTerms ?? []).filter((t) => /\s/.test(t)).map((t) => escapeRegExp(t).replace(/\\? /g, "\\s+"));
    const pp: string[] = [];
    if (proseTerms.length) pp.push(proseTerms.join("|"));
    if (nameRe) {
      pp.push(`(?:${nameRe})(?:['’]s)?(?:\\s+[A-Za-z]+){0,2}?\\s+(?:${MARK_WORDS})`);
      pp.push(`(?:${MARK_WORDS})\\s+(?:of|for)\\s+(?:the\\s+)?(?:${nameRe})`);
    }
    if (pp.length) m.prose = new RegExp(`(?<![\\w@./-])(?:${pp.join("|")})(?![\\w-])`, "gi");
  }
  cache.set(pack, m);
  return m;
}

/** The image's alt text, title and full source (URL host and path), normalized. */
export function imageLogoText(image: ImageRef): string {
  return normalizeWords([image.alt, image.title, image.src.replace(/^[a-z]+:\/\//i, "")].join(" "));
}

/** Answers by image (source, alt text, title) per pack: three rules ask of every image on every keystroke. */
const logoAnswers = new WeakMap<Pack, Map<string, boolean>>();

/** True when the image looks like the pack's institution logo or crest. */
export function isLogoImage(pack: Pack, image: ImageRef): boolean {
  let answers = logoAnswers.get(pack);
  if (!answers) logoAnswers.set(pack, (answers = new Map()));
  const key = `${image.src}\u0000${image.alt}\u0000${image.title}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    if (answers.size >= 4000) answers.clear();
    answers.set(key, (answer = judgeLogo(pack, image)));
  }
  return answer;
}

function judgeLogo(pack: Pack, image: ImageRef): boolean {
  const m = logoMatchers(pack);
  if (!m.normalized) return false;
  const text = imageLogoText(image);
  if (m.normalized.test(text)) return true;
  // a mark hosted on the institution's own domain: imu.edu.my/…/logo.png
  const host = /^(?:[a-z]+:)?\/\/([^/?#]+)/i.exec(image.src.trim())?.[1]?.toLowerCase();
  if (host && (pack.institution?.emailDomains ?? []).some((d) => host === d || host.endsWith("." + d))) {
    return MARK_RE.test(normalizeWords(image.src.replace(/^[a-z]+:\/\/[^/]+/i, "") + " " + image.alt));
  }
  return false;
}

/** Does the text near an image acknowledge where it came from? */
import type { DocumentModel, ImageRef, LinkRef } from "../../shared/src/document.js";
import type { ImageContext } from "./context.js";

/** "chart by age", "cases by state", "deaths from 2019": a breakdown, not a credit. */
const DIMENSIONS = String.raw`(?:age|ages|sex|gender|year|years|decade|month|week|day|region|regions|state|states|country|countries|province|district|county|city|area|type|types|stage|stages|grade|category|categories|group|groups|ethnicity|race|income|weight|height|BMI|level|dose|time|hour|site|ward|specialty|cause|condition|diagnosis|risk|score|size|percentile)\b`;
/** Credit wording in a caption, alt text or title. */
const CREDIT = new RegExp(String.raw`(?:^|[^\w])(?:credits?|credited|courtesy|sources?|via|(?:image|photo(?:graph)?|picture|diagram|figure|illustration|graphic|infographic|chart|video|gif|art(?:work)?)\s+(?:by(?!\s+${DIMENSIONS})|from(?!\s+(?:\d|${DIMENSIONS}))|:|courtesy)|(?:by|from)\s+@\w+|adapted\s+(?:from|with)|reproduced\s+(?:from|with)|reprinted|modified\s+from|(?:used\s+)?with\s+(?:kind\s+)?permission|licen[cs]ed|licen[cs]e|cc[- ]?by(?:[- ][a-z]{2})*(?:[- ]\d\.\d)?|cc0|creative\s+commons|public\s+domain|wikimedia|wikipedia|unsplash|pexels|pixabay|shutterstock|getty\s+images|istock|adobe\s+stock|openstax|radiopaedia|dermnet|©|\(c\)|copyright|all\s+rights\s+reserved|taken\s+from|borrowed\s+from|found\s+(?:on|at)|h\/t|hat\s+tip)(?![\w-])`, "i");
/** In a nearby sentence, only explicit credits count ("via" is too common in prose). */
const CREDIT_NEARBY = new RegExp(String.raw`(?:^|[^\w])(?:credits?:|credited\s+to|courtesy\s+of|source:|(?:image|photo(?:graph)?|picture|diagram|figure|illustration|graphic|infographic|chart)\s+(?:by(?!\s+${DIMENSIONS})|from(?!\s+(?:\d|${DIMENSIONS}))|courtesy)|adapted\s+(?:from|with)|reproduced\s+(?:from|with)|with\s+(?:kind\s+)?permission\s+(?:from|of)|licen[cs]ed\s+under|cc[- ]?by(?:[- ][a-z]{2})*|cc0|creative\s+commons|public\s+domain|wikimedia\s+commons|unsplash|pexels|pixabay|shutterstock|getty\s+images|©|copyright)(?![\w-])`, "i");

/** Credit wording in the image's alt text, title or caption, or an explicit credit in the sentence before or after it. */
export function creditInText(ctx: ImageContext, image?: ImageRef): boolean {
  const own = [image?.alt ?? "", image?.title ?? "", ctx.caption].join(" \u2022 ");
  if (CREDIT.test(own) || (!image && CREDIT.test(ctx.own.replace(ctx.fileWords, " ")))) return true;
  return CREDIT_NEARBY.test(ctx.before) || CREDIT_NEARBY.test(ctx.after);
}

/** The image links to its source ([![alt](src)](https://source)), or a link sits in its caption. */
export function creditLinked(ctx: ImageContext, image: ImageRef, doc: DocumentModel): boolean {
  const { links, sourceEnd } = linkIndex(doc);
  // a link around the image: among the links starting at or before it, one to a web page ends at or after it
  const i = lastStartingBy(links, image.start);
  if (i >= 0 && sourceEnd[i]! >= image.end) return true;
  const span = ctx.captionSpan;
  if (!span) return false;
  for (let k = lastStartingBy(links, span.start - 1) + 1; k < links.length && links[k]!.start <= span.end; k++) {
    if (links[k]!.end <= span.end) return true;
  }
  return false;
}

/**
 * A document's links by start, and for each the furthest end of a web link written around an image
 * (a Markdown link to http(s)) among the links up to it: every image asks, on every keystroke.
 */
const linkIndexes = new WeakMap<DocumentModel, { links: readonly LinkRef[]; sourceEnd: number[] }>();
function linkIndex(doc: DocumentModel) {
  let index = linkIndexes.get(doc);
  if (index) return index;
  let links: readonly LinkRef[] = doc.links;
  if (links.some((l, i) => i > 0 && l.start < links[i - 1]!.start)) links = [...links].sort((a, b) => a.start - b.start);
  const sourceEnd: number[] = [];
  let furthest = -1;
  for (const l of links) {
    if (l.kind === "markdown" && /^(?:https?:)?\/\//i.test(l.url)) furthest = Math.max(furthest, l.end);
    sourceEnd.push(furthest);
  }
  linkIndexes.set(doc, (index = { links, sourceEnd }));
  return index;
}

/** The index of the last link starting at or before `at` (-1: none). */
function lastStartingBy(links: readonly LinkRef[], at: number): number {
  let lo = 0, hi = links.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (links[mid]!.start <= at) lo = mid + 1; else hi = mid; }
  return lo - 1;
}

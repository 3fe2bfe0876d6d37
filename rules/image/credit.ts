/** Does the text near an image acknowledge where it came from? */
import type { DocumentModel, ImageRef } from "../../shared/src/document.js";
import type { ImageContext } from "./context.js";

/** "chart by age", "cases by state", "deaths from 2019": a breakdown, not a credit. */
const DIMENSIONS = String.raw`(?:age|ages|sex|gender|year|years|decade|month|week|day|region|regions|state|states|country|countries|province|district|county|city|area|type|types|stage|stages|grade|category|categories|group|groups|ethnicity|race|income|weight|height|BMI|level|dose|time|hour|site|ward|specialty|cause|condition|diagnosis|risk|score|size|percentile)\b`;
/** Credit wording in a caption, alt text or title. */
const CREDIT = new RegExp(String.raw`(?:^|[^\w])(?:credits?|credited|courtesy|sources?|via|(?:image|photo(?:graph)?|picture|diagram|figure|illustration|graphic|infographic|chart|video|gif|art(?:work)?)\s+(?:by(?!\s+${DIMENSIONS})|from(?!\s+(?:\d|${DIMENSIONS}))|:|courtesy)|(?:by|from)\s+@\w+|adapted\s+(?:from|with)|reproduced\s+(?:from|with)|reprinted|modified\s+from|(?:used\s+)?with\s+(?:kind\s+)?permission|licen[cs]ed|licen[cs]e|cc[- ]?by(?:[- ][a-z]{2})*(?:[- ]\d\.\d)?|cc0|creative\s+commons|public\s+domain|wikimedia|wikipedia|unsplash|pexels|pixabay|shutterstock|getty\s+images|istock|adobe\s+stock|openstax|radiopaedia|dermnet|©|\(c\)|copyright|all\s+rights\s+reserved|taken\s+from|borrowed\s+from|found\s+(?:on|at)|h\/t|hat\s+tip)(?![\w-])`, "i");
/** In a nearby sentence, only explicit credits count ("via" is too common in prose). */
const CREDIT_NEARBY = new RegExp(String.raw`(?:^|[^\w])(?:credits?:|credited\s+to|courtesy\s+of|source:|(?:image|photo(?:graph)?|picture|diagram|figure|illustration|graphic|infographic|chart)\s+(?:by(?!\s+${DIMENSIONS})|from(?!\s+(?:\d|${DIMENSIONS}))|courtesy)|adapted\s+(?:from|with)|reproduced\s+(?:from|with)|with\s+(?:kind\s+)?permission\s+(?:from|of)|licen[cs]ed\s+under|cc[- ]?by(?:[- ][a-z]{2})*|cc0|creative\s+commons|public\s+domain|wikimedia\s+commons|unsplash|pexels|pixabay|shutterstock|getty\s+images|©|copyright)(?![\w-])`, "i");

export function hasCredit(ctx: ImageContext, image?: ImageRef, doc?: DocumentModel): boolean {
  const own = [image?.alt ?? "", image?.title ?? "", ctx.caption].join(" \u2022 ");
  if (CREDIT.test(own) || (!image && CREDIT.test(ctx.own.replace(ctx.fileWords, " ")))) return true;
  if (CREDIT_NEARBY.test(ctx.before) || CREDIT_NEARBY.test(ctx.after)) return true;
  if (image && doc) {
    // the image links to its source: [![alt](src)](https://source)
    if (doc.links.some((l) => l.kind === "markdown" && l.start <= image.start && l.end >= image.end && /^(?:https?:)?\/\//i.test(l.url))) return true;
    // a link in the caption
    if (ctx.captionSpan && doc.links.some((l) => l.start >= ctx.captionSpan!.start && l.end <= ctx.captionSpan!.end)) return true;
  }
  return false;
}

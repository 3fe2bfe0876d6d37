import { defineRule } from "../../shared/src/rule.js";
import type { ImageRef } from "../../shared/src/document.js";
import { imageContext, isRemoteSrc, withContext } from "./context.js";
import { creditInText, creditLinked } from "./credit.js";
import { isLogoImage } from "./logo-match.js";

/** Local images that say they come from somewhere else. */
const THIRD_PARTY = /(?<![\w-])(?:memes?|infographics?|stock (?:photos?|images?)|screenshots? (?:of|from)|from (?:the )?(?:internet|web|google|pinterest|instagram|twitter|x|tiktok|reddit|facebook|textbook|book|article|paper|journal|lecture|slides?|website)|wikimedia|wikipedia|netter|radiopaedia|dermnet|openstax|gray's anatomy|grays anatomy|first aid|amboss|osmosis|getty|shutterstock|unsplash|pexels|pixabay|freepik|istock|(?:re)?posted by|reposted|repost|credit to)(?![\w-])/i;

/** A link that is really an image: an image host (i.redd.it, imgur, Twitter/Instagram/Facebook CDNs, Giphy, Tenor) or an image file. */
const IMAGE_HOST = /^(?:https?:)?\/\/(?:i\.redd\.it|preview\.redd\.it|external-preview\.redd\.it|(?:i\.|m\.)?imgur\.com|pbs\.twimg\.com|[\w-]+\.cdninstagram\.com|scontent[\w.-]*\.fbcdn\.net|[\w-]+\.fbcdn\.net|media\d*\.giphy\.com|i\.giphy\.com|media\.tenor\.com|c\.tenor\.com|i\.pinimg\.com|lh\d\.googleusercontent\.com|i\.ibb\.co|ibb\.co|postimg\.cc|i\.postimg\.cc|i\.stack\.imgur\.com)\//i;
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|heic|bmp|tiff?)(?:[?#]|$)/i;
function isImageLink(url: string): boolean {
  let answer = imageLinks.get(url);
  if (answer === undefined) {
    if (imageLinks.size >= 4000) imageLinks.clear();
    imageLinks.set(url, (answer = IMAGE_HOST.test(url) || (/^(?:https?:)?\/\//i.test(url) && IMAGE_FILE.test(url))));
  }
  return answer;
}
/** Answers by URL: every link is asked on every keystroke. */
const imageLinks = new Map<string, boolean>();

function isThirdParty(image: ImageRef, own: string): boolean {
  if (isRemoteSrc(image.src)) return true;
  return THIRD_PARTY.test(own);
}

export default defineRule({
  id: "image.attribution",
  title: "Image without a source",
  description: "Flags an image taken from elsewhere (a remote URL, or a meme, infographic, stock or textbook image) with no credit line, source or licence next to it. The policies ask you to acknowledge the source of images you share and not to infringe copyright; add a caption such as *Image: Title by Author, CC BY 4.0, via Wikimedia Commons*.",
  severity: "information",
  sources: ["imu-staff:photos", "imu-students:a.iii"],
  fixes: [],
  scope: "document",
  examples: [
    {
      pack: "imu-staff",
      bad: "![The citric acid cycle](https://upload.wikimedia.org/wikipedia/commons/0/0b/Citric_acid_cycle.svg)\n",
      good: "![The citric acid cycle](https://upload.wikimedia.org/wikipedia/commons/0/0b/Citric_acid_cycle.svg)\n\n*Image: Citric acid cycle, by Narayanese, CC BY-SA 3.0, via Wikimedia Commons.*\n",
    },
  ],
  check(ctx) {
    const { doc, pack } = ctx;
    for (const image of doc.images) {
      if (!image.src.trim()) continue;
      if (!withContext(doc, image, "third-party", (c) => isThirdParty(image, c.own))) continue;
      if (isLogoImage(pack, image)) continue; // affiliation.logo speaks to it
      if (withContext(doc, image, "credit-text", (c) => creditInText(c, image)) || creditLinked(imageContext(doc, image), image, doc)) continue;
      ctx.report({
        start: image.start, end: image.end,
        message: "This image comes from elsewhere and has no credit; add a caption naming its source and licence, or use your own image.",
      });
    }
    // a bare or linked image URL ("https://i.redd.it/….jpeg", "[pic](https://i.imgur.com/….png)") shows the image too
    for (const link of doc.links) {
      if (link.kind !== "autolink" && link.kind !== "markdown" && link.kind !== "html") continue;
      if (!isImageLink(link.url) || doc.images.some((im) => im.start <= link.start && im.end >= link.end)) continue;
      const asImage: ImageRef = { syntax: "markdown", start: link.start, end: link.end, src: link.url, alt: link.kind === "autolink" ? "" : link.label, title: "" };
      // its text only: the link itself would count as "the image links to its source"
      if (isLogoImage(pack, asImage) || withContext(doc, asImage, "credit-text", (c) => creditInText(c, asImage))) continue;
      ctx.report({
        start: link.start, end: link.end,
        message: "This links an image from elsewhere with no credit; add a caption naming its source and licence, or use your own image.",
      });
    }
  },
});

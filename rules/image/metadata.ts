import { defineRule } from "../../shared/src/rule.js";
import { isRemoteSrc } from "./context.js";
import { srcExtensionOffset } from "./src-span.js";

export const STRIP_COMMAND = "decorum.stripImageMetadata";
const STRIPPABLE = /\.(?:jpe?g|png)$/i;
const CHECKED = /\.(?:jpe?g|png|heic|heif|tiff?)$/i;

function baseName(p: string): string {
  return p.slice(Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")) + 1);
}
function cleanName(p: string): string {
  return baseName(p).replace(/(\.[^.]+)$/, ".clean$1");
}

export default defineRule({
  id: "image.metadata",
  title: "Location or time in image metadata",
  description: "Flags a local photo (JPEG, PNG, HEIC or TIFF) linked from the text whose file still carries its GPS position or the time it was taken (EXIF or XMP). Posting it publishes where and when you were, which can place a patient, a clinic or your home. The fix writes a copy without that metadata beside the original (`name.clean.jpg`) and links the copy; the original is never changed.",
  severity: "warning",
  sources: ["umn-health-sciences:policy-3"],
  fixes: [{ id: "strip-metadata", kind: "safe", description: "Write a copy of the image without location and time metadata beside the original (name.clean.ext) and link the copy instead." }],
  scope: "document",
  examples: [
    {
      pack: "umn-health-sciences",
      bad: "![Sunrise over the lake at mile 3](img/lake-sunrise.jpg)\n",
      good: "![Sunrise over the lake at mile 3](img/lake-sunrise.clean.jpg)\n",
      images: {
        "img/lake-sunrise.jpg": { path: "/blog/img/lake-sunrise.jpg", remote: false, exists: true, width: 640, height: 480, gps: { latitude: 44.953, longitude: -93.3045 } },
        "img/lake-sunrise.clean.jpg": { path: "/blog/img/lake-sunrise.clean.jpg", remote: false, exists: true, width: 640, height: 480 },
      },
    },
  ],
  check(ctx) {
    const { doc } = ctx;
    for (const image of doc.images) {
      if (isRemoteSrc(image.src)) continue;
      const info = ctx.imageInfo(image);
      if (!info || info.remote || !info.exists) continue;
      const path = info.path ?? image.src;
      if (info.error && !info.gps && !info.captureTime) {
        ctx.report({
          start: image.start, end: image.end, severity: "information",
          message: `Decorum could not read ${baseName(path)} (${info.error}), so it could not check it for location or time data; check the file before posting.`,
        });
        continue;
      }
      if (!info.gps && !info.captureTime) continue;
      if (!CHECKED.test(path) && !CHECKED.test(image.src.replace(/[?#].*$/, ""))) continue;
      const what = info.gps && info.captureTime ? "the GPS location and time it was taken"
        : info.gps ? "the GPS location where it was taken" : "the date and time it was taken";
      const dot = srcExtensionOffset(doc, image);
      const strippable = STRIPPABLE.test(path) && info.path !== undefined && dot !== undefined;
      ctx.report({
        start: image.start, end: image.end,
        message: strippable
          ? `This photo's file still carries ${what}; post a copy without that metadata.`
          : `This photo's file still carries ${what}; export it as a JPEG or PNG without location and time data before posting.`,
        fixes: strippable ? [{
          id: "strip-metadata",
          title: `Write ${cleanName(path)} without location and time, and link it`,
          edits: [{ start: dot!, end: dot!, insert: ".clean" }],
          command: { id: STRIP_COMMAND, args: [info.path] },
          preferred: true,
        }] : [],
      });
    }
  },
});

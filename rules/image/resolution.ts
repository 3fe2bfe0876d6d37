import { defineRule } from "../../shared/src/rule.js";
import { isRemoteSrc } from "./context.js";

/** About 800×600: more than a quarter over that area, or a long side past 1200 px. */
const MAX_AREA = 800 * 600 * 1.25;
const MAX_SIDE = 1200;

export default defineRule({
  id: "image.resolution",
  title: "Image larger than web size",
  description: "Flags a local image larger than about 800×600 pixels. The IMU staff guidelines advise posting images at web size (about 800×600, 72 dpi) so that full-resolution copies cannot be reused, and considering a watermark.",
  severity: "hint",
  sources: ["imu-staff:photos"],
  fixes: [],
  scope: "document",
  examples: [
    {
      pack: "imu-staff",
      bad: "![Our booth at the Open Day](img/open-day-booth.jpg)\n",
      good: "![Our booth at the Open Day](img/open-day-booth-web.jpg)\n",
      images: {
        "img/open-day-booth.jpg": { path: "/blog/img/open-day-booth.jpg", remote: false, exists: true, width: 2400, height: 1600 },
        "img/open-day-booth-web.jpg": { path: "/blog/img/open-day-booth-web.jpg", remote: false, exists: true, width: 800, height: 533 },
      },
    },
  ],
  check(ctx) {
    for (const image of ctx.doc.images) {
      if (isRemoteSrc(image.src)) continue;
      const info = ctx.imageInfo(image);
      const w = info?.width, h = info?.height;
      if (!info?.exists || !w || !h) continue;
      if (w * h <= MAX_AREA && Math.max(w, h) <= MAX_SIDE) continue;
      ctx.report({
        start: image.start, end: image.end,
        message: `This image is ${w}×${h} pixels; post a web-size copy (about 800×600) and consider a watermark.`,
      });
    }
  },
});

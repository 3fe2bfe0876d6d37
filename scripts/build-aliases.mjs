// Dependencies replaced by a faster drop-in of our own, in every bundle (esbuild.config.mjs and the
// bench builds). Vitest runs the originals; each drop-in has a test that it answers as the original does.
import { fileURLToPath } from "node:url";

export const aliases = {
  // character classes by code comparison instead of a regular expression per character (shared/src/vendor/micromark-character.ts)
  "micromark-util-character": fileURLToPath(new URL("../shared/src/vendor/micromark-character.ts", import.meta.url)),
  // micromark's parse() merges the same construct lists again for every chunk (shared/src/vendor/micromark-combine-extensions.ts)
  "micromark-util-combine-extensions": fileURLToPath(new URL("../shared/src/vendor/micromark-combine-extensions.ts", import.meta.url)),
};

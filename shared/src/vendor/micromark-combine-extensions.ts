/**
 * Drop-in for `micromark-util-combine-extensions` in every bundle (scripts/build-aliases.mjs) that
 * remembers its answers. micromark's `parse()` merges the default constructs with the GFM extensions
 * again on every call, and Decorum parses each chunk of a document on its own, so on new text that
 * merging was a tenth of parsing. Its inputs are module-level construct objects that nothing mutates,
 * so the same list of objects gets the same combined object; micromark only reads it.
 * test/micromark-combine-extensions.test.ts checks the answers against the original.
 */
import type { Extension, HtmlExtension, NormalizedExtension } from "micromark-util-types";
// the original, by path: the alias would send the package name back here
import * as original from "../../../node_modules/micromark-util-combine-extensions/index.js";

const remembered: { inputs: readonly Extension[]; combined: NormalizedExtension }[] = [];
/** Distinct lists seen in practice: micromark's own and the GFM bundle's; more means a caller builds lists on the fly. */
const REMEMBER_AT_MOST = 8;

export function combineExtensions(extensions: readonly Extension[]): NormalizedExtension {
  for (const r of remembered) {
    if (r.inputs.length === extensions.length && r.inputs.every((e, i) => e === extensions[i])) return r.combined;
  }
  const combined = original.combineExtensions(extensions);
  if (remembered.length < REMEMBER_AT_MOST) remembered.push({ inputs: [...extensions], combined });
  return combined;
}

export function combineHtmlExtensions(extensions: readonly HtmlExtension[]): HtmlExtension {
  return original.combineHtmlExtensions(extensions);
}

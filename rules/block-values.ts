/**
 * Per-block values for document rules, carried across keystrokes. A document rule that needs a value
 * for every block (a function of the block's text and `scope`, like memoByBlock) gets them as an
 * array; on an incremental lint the blocks the edit did not touch take theirs from the previous
 * model's array, so only the edited blocks are looked up or computed. memoByBlock alone costs a
 * cache lookup per block per keystroke: about a millisecond per rule on a 50,000-word document.
 */
import type { Block, DocumentDiff, DocumentModel } from "../shared/src/document.js";
import { isOfficialLabelSet, memoByBlock, officialLabels } from "./lexicon.js";

const arrays = new WeakMap<DocumentModel, Map<string, unknown[]>>();

export function blockValues<T>(ctx: { doc: DocumentModel; previous?: { doc: DocumentModel; diff: DocumentDiff } }, name: string, scope: string, compute: (b: Block) => T): T[] {
  const id = name + "\u0000" + scope;
  let mine = arrays.get(ctx.doc);
  if (!mine) arrays.set(ctx.doc, (mine = new Map()));
  const hit = mine.get(id) as T[] | undefined;
  if (hit) return hit;
  const blocks = ctx.doc.blocks, n = blocks.length;
  const diff = ctx.previous?.diff;
  const before = ctx.previous && (arrays.get(ctx.previous.doc)?.get(id) as T[] | undefined);
  const usable = before !== undefined && diff !== undefined && before.length === diff.previousBlocks;
  const prefix = usable ? diff.prefixBlocks : 0, suffix = usable ? diff.suffixBlocks : 0;
  const out = new Array<T>(n);
  for (let i = 0; i < prefix; i++) out[i] = before![i]!;
  for (let i = prefix; i < n - suffix; i++) {
    const b = blocks[i]!;
    out[i] = memoByBlock(name, scope, b, () => compute(b));
  }
  for (let i = n - suffix; i < n; i++) out[i] = before![i - n + before!.length]!;
  mine.set(id, out);
  return out;
}

/** The institution's own official document (policy pages), from its section labels across blocks (as isOfficialDocumentByBlocks, carried across keystrokes). */
export function isOfficialDocument(ctx: Parameters<typeof blockValues>[0]): boolean {
  const labels = new Set<string>();
  for (const list of blockValues(ctx, "officialLabels", "", (b) => officialLabels(b.text))) for (const l of list) labels.add(l);
  return isOfficialLabelSet(labels);
}

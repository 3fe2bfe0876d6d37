/** The remembering combineExtensions gives the original's answer, and the same object for the same list. */
import { describe, it, expect } from "vitest";
import * as original from "micromark-util-combine-extensions";
import { gfm } from "micromark-extension-gfm";
import { combineExtensions } from "../shared/src/vendor/micromark-combine-extensions.js";

describe("micromark-util-combine-extensions drop-in", () => {
  const lists = [[gfm()], [gfm(), { text: { 64: { tokenize: () => () => undefined } } }], []];

  it("combines as the original does", () => {
    for (const list of lists) expect(combineExtensions(list)).toEqual(original.combineExtensions(list));
  });

  it("answers the same list of objects with the same object, and a different list afresh", () => {
    const [a, b] = lists as [object[], object[]];
    expect(combineExtensions([...a])).toBe(combineExtensions([...a]));
    expect(combineExtensions(b)).not.toBe(combineExtensions(a));
    expect(combineExtensions([{ flow: {} }])).not.toBe(combineExtensions([{ flow: {} }]));
  });
});

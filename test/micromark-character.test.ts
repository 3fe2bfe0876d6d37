/** The fast character classes give the original micromark-util-character's answer for every code. */
import { describe, it, expect } from "vitest";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import * as fast from "../shared/src/vendor/micromark-character.js";

describe("micromark-util-character drop-in", () => {
  it("agrees with the original on every BMP code and the virtual codes", async () => {
    const path = createRequire(import.meta.url).resolve("micromark-util-character");
    const original = await import(pathToFileURL(path).href) as Record<string, (c: number | null) => boolean>;
    const names = Object.keys(original).filter((k) => typeof original[k] === "function");
    expect(names.sort()).toEqual(Object.keys(fast).sort());
    const codes: (number | null)[] = [null, -5, -4, -3, -2, -1];
    for (let c = 0; c <= 0xffff; c++) codes.push(c);
    for (const name of names) {
      const mine = (fast as Record<string, (c: number | null) => boolean>)[name]!;
      const mismatches = codes.filter((c) => mine(c) !== original[name]!(c));
      expect(mismatches, name).toEqual([]);
    }
  });
});

/**
 * Front matter that is only `key: words`, `key: [words, …]` and `key:` with `- words` items (most
 * notes' title, tags, aliases and dates), read without the yaml library, whose full parser cost a
 * short note as much as some rules. Anything else — quotes, numbers, booleans, comments, nesting,
 * anchors, a `decorum` setting — returns undefined and goes to the library.
 * test/simple-yaml.test.ts checks the answers against the library.
 */

/** A plain scalar that YAML's core schema reads as this same string: a letter first, no `:` `#` `,` brackets or quotes. */
const WORDS = /^[A-Za-z][A-Za-z0-9 ._/'-]*$/;
/** Plain scalars the core schema reads as a boolean or null. */
const NOT_STRINGS = new Set(["true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL"]);
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(.*?))?[ ]*$/;
const ITEM_LINE = /^([ ]*)-[ ]+(.*?)[ ]*$/;

function words(s: string): string | undefined {
  return WORDS.test(s) && !NOT_STRINGS.has(s) ? s : undefined;
}

export function readSimpleYaml(raw: string): Record<string, unknown> | undefined {
  if (raw.includes("decorum") || raw.includes("\t") || /\r(?!\n)/.test(raw)) return undefined;
  const data: Record<string, unknown> = {};
  /** The key of a `key:` line, whose `- item` lines follow; and their indentation. */
  let listKey: string | undefined, indent: string | undefined;
  for (const line of raw.split("\n")) {
    const l = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (l.trim() === "") continue;
    const item = ITEM_LINE.exec(l);
    if (item) {
      const w = words(item[2]!);
      if (listKey === undefined || w === undefined || (indent !== undefined && indent !== item[1])) return undefined;
      indent = item[1];
      const list = data[listKey];
      if (Array.isArray(list)) list.push(w);
      else data[listKey] = [w];
      continue;
    }
    const kv = KEY_LINE.exec(l);
    if (!kv) return undefined;
    const key = kv[1]!, value = kv[2] ?? "";
    if (words(key) === undefined || Object.prototype.hasOwnProperty.call(data, key) || key === "__proto__") return undefined;
    listKey = undefined;
    indent = undefined;
    if (value === "") {
      data[key] = null;
      listKey = key;
    } else if (value.startsWith("[") && value.endsWith("]")) {
      const inner = value.slice(1, -1).trim();
      const items = inner === "" ? [] : inner.split(",").map((x) => words(x.trim()));
      if (items.includes(undefined)) return undefined;
      data[key] = items;
    } else {
      const w = words(value);
      if (w === undefined) return undefined;
      data[key] = w;
    }
  }
  return data;
}

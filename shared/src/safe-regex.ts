/**
 * User-supplied regular expressions (custom packs) must not hang the linter: refuse long
 * sources, backreferences, and nested or adjacent unbounded quantifiers (catastrophic backtracking).
 */
export function compileUserPattern(source: string, flags = ""): { regex: RegExp } | { error: string } {
  if (source.length > 500) return { error: "pattern is longer than 500 characters" };
  if (!/^[gimsuy]*$/.test(flags)) return { error: `unsupported flags "${flags}"` };
  if (/\\[1-9]|\\k</.test(source)) return { error: "backreferences are not allowed" };
  // a quantified group that itself contains a quantifier: (a+)+, (\\w*)*, (a|a?)+ …
  if (/\((?:[^()\\]|\\.)*[+*}?](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d+,\d*\})/.test(source)) return { error: "nested quantifiers can take exponential time" };
  // a repeated group that holds a quantifier, repeated a fixed number of times: (a?){25}, (.*a){20}
  if (/\((?:[^()\\]|\\.)*[+*}?](?:[^()\\]|\\.)*\)\s*\{(?:[5-9]|\d{2,})\}/.test(source)) return { error: "nested quantifiers can take exponential time" };
  // a repeated alternation whose branches overlap: (a|a)*, (a|aa)+, (a|b|ab)*
  for (const m of source.matchAll(/\(((?:\?:)?)((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*)\)\s*(?:[+*]|\{\d+,\d*\})/g)) {
    const branches = m[2]!.split("|");
    if (branches.some((a, i) => branches.some((b, j) => i !== j && (a === "" || b.startsWith(a))))) return { error: "a repeated alternation with overlapping branches can take exponential time" };
  }
  // adjacent unbounded repeats of broad classes: \w*\w*, .*.*, \s+\s* (polynomial backtracking)
  if (/(?:\.|\\[wWsSdD]|\[\^?(?:[^\]\\]|\\.)*\])(?:[*+]|\{\d+,\})\??(?:\.|\\[wWsSdD]|\[\^?(?:[^\]\\]|\\.)*\])(?:[*+]|\{\d+,\})/.test(source)) return { error: "adjacent unbounded repeats can take polynomial time" };
  try {
    return { regex: new RegExp(source, flags.includes("g") ? flags : flags + "g") };
  } catch (e) {
    return { error: `invalid pattern: ${(e as Error).message}` };
  }
}

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
  try {
    return { regex: new RegExp(source, flags.includes("g") ? flags : flags + "g") };
  } catch (e) {
    return { error: `invalid pattern: ${(e as Error).message}` };
  }
}

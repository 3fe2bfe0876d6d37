/**
 * Drop-in for `micromark-util-character` in every bundle (scripts/build-aliases.mjs). The original
 * tests each character with a regular expression on a one-character string; the GFM autolink-literal tokenizer asks for every character of a chunk
 * that holds an `@` or a URL, which made it a tenth of a cold parse. Here the ASCII classes are
 * code comparisons; only non-ASCII punctuation and whitespace still use a regular expression.
 * test/micromark-character.test.ts checks every BMP code against the original.
 */
type Code = number | null;

const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;
const WHITESPACE = /\s/;

export function asciiAlpha(code: Code): boolean {
  return code !== null && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122));
}

export function asciiDigit(code: Code): boolean {
  return code !== null && code >= 48 && code <= 57;
}

export function asciiAlphanumeric(code: Code): boolean {
  return asciiDigit(code) || asciiAlpha(code);
}

export function asciiHexDigit(code: Code): boolean {
  return code !== null && ((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102));
}

/** `#`–`'`, `*`, `+`, `-`–`9`, `=`, `?`, `A`–`Z`, `^`–`~` (the characters of an e-mail's local part). */
export function asciiAtext(code: Code): boolean {
  return code !== null && ((code >= 35 && code <= 39) || code === 42 || code === 43 || (code >= 45 && code <= 57) || code === 61 || code === 63 || (code >= 65 && code <= 90) || (code >= 94 && code <= 126));
}

export function asciiControl(code: Code): boolean {
  return code !== null && (code < 32 || code === 127);
}

export function asciiPunctuation(code: Code): boolean {
  return code !== null && ((code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126));
}

export function markdownLineEnding(code: Code): boolean {
  return code !== null && code < -2;
}

export function markdownLineEndingOrSpace(code: Code): boolean {
  return code !== null && (code < 0 || code === 32);
}

export function markdownSpace(code: Code): boolean {
  return code === -2 || code === -1 || code === 32;
}

export function unicodePunctuation(code: Code): boolean {
  if (code === null || code < 0) return false;
  // every ASCII punctuation character is Unicode punctuation or a symbol, and no other ASCII one is
  if (code < 128) return asciiPunctuation(code);
  return UNICODE_PUNCTUATION.test(String.fromCharCode(code));
}

export function unicodeWhitespace(code: Code): boolean {
  if (code === null || code < 0) return false;
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}

// Character tests by UTF-16 code, for loops that visit every character of a document: a regex test or a one-character
// slice per character was most of those loops' time (issue 7).

/** `/\s/.test(String.fromCharCode(code))`. */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** 0-9. */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** 0-9, A-Z, a-z. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiDigit(code) || ((code | 32) >= 97 && (code | 32) <= 122);
}

/**
 * `text` without the characters whose codes `strip` accepts at either end, reading only those ends: a regex's `[…]+$`
 * half tries every start in a run that does not reach the end and reads the run to its end, quadratic in its length.
 */
export function trimCodes(text: string, strip: (code: number) => boolean): string {
  let from = 0;
  let to = text.length;
  while (from < to && strip(text.charCodeAt(from))) from++;
  while (to > from && strip(text.charCodeAt(to - 1))) to--;
  return text.slice(from, to);
}

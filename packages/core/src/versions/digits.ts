/**
 * Orders two strings of ASCII digits as the numbers they spell, at any length. Ecosystems differ on
 * how large a version number may be (u64 in Cargo, int32 in NuGet, unbounded in Python and Maven);
 * ordering never needs to care, so no scheme loses precision to a JavaScript number.
 */
export function compareDigits(a: string, b: string): number {
  const x = stripZeros(a);
  const y = stripZeros(b);
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function stripZeros(digits: string): string {
  let start = 0;
  while (start < digits.length - 1 && digits[start] === '0') start++;
  return digits.slice(start);
}

/** True when `text` is one or more ASCII digits. */
export function isDigits(text: string): boolean {
  return /^[0-9]+$/.test(text);
}

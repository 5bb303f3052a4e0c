/**
 * ECMA-427 percent-encoding: everything except ASCII letters, digits, `.`, `-`, `_`, `~` and `:`
 * is encoded as UTF-8 bytes in uppercase hex. The colon stays readable (`sha256:…`, `https:`),
 * while `/`, `@`, `+`, `,` and spaces are always encoded inside a component.
 */
export function percentEncode(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A/g, ':');
}

/** Decoded text, or undefined when a `%` escape is malformed or the bytes are not UTF-8. */
export function percentDecode(text: string): string | undefined {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Model text is user input: every string that reaches the page goes through `esc`. It escapes the
 * five characters that can end a text node or an attribute value (quoted with either quote), so the
 * same function is safe for element content and attribute values.
 */
export function esc(text: string): string {
  // Most text needs no escaping; testing first avoids building a new string for it.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : text;
}

const SPECIAL = /[&<>"']/;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Only web links become hrefs; anything else (javascript:, data:, file:) is printed as text. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s]+$/i.test(url) ? url : undefined;
}

/** `<tag attr="value"…>` with escaped values; `undefined` and `false` attributes are left out. */
export function attrs(
  values: Readonly<Record<string, string | number | boolean | undefined>>,
): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${esc(String(value))}"`;
  }
  return out;
}

/** Rule prose marks code with backticks (it is also rendered as Markdown): escaped text, code spans. */
export function prose(text: string): string {
  return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

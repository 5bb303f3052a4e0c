import type { Unbound } from './parse-fs.js';
import { ANY, NA, WFN_ATTRIBUTES, type Wfn, type WfnValue } from './types.js';

const URI_ATTRIBUTES = ['part', 'vendor', 'product', 'version', 'update', 'edition', 'language'];
const PACKED = ['edition', 'sw_edition', 'target_sw', 'target_hw', 'other'] as const;

/**
 * One URI component to WFN form (NIST IR 7695 §6.1.3, decode): empty is ANY, `-` is NA; `.`, `-`
 * and `~` are quoted; `%01` is the `?` wildcard (runs at either end), `%02` the `*` wildcard (at
 * either end); any other percent escape is a quoted printable character.
 */
function decodeUriValue(text: string): Unbound {
  if (text === '') return { value: ANY };
  if (text === '-') return { value: NA };
  const s = text.toLowerCase();
  let out = '';
  let embedded = false;
  for (let i = 0; i < s.length;) {
    const c = s.charAt(i);
    if (/^[a-z0-9_]$/.test(c)) {
      out += c;
      embedded = true;
      i += 1;
      continue;
    }
    if (c !== '%') {
      // A valid URI writes other punctuation percent-encoded; raw ones are read as that character.
      if (!/^[\x21-\x7e]$/.test(c)) {
        return { error: `has the character ${JSON.stringify(c)}, which a CPE cannot contain` };
      }
      out += `\\${c}`;
      embedded = true;
      i += 1;
      continue;
    }
    const form = s.slice(i, i + 3);
    if (form === '%01') {
      const atEdge = i === 0 || i === s.length - 3;
      const inLeadingRun = !embedded && s.slice(i - 3, i) === '%01';
      const inTrailingRun = embedded && s.slice(i + 3, i + 6) === '%01';
      if (!atEdge && !inLeadingRun && !inTrailingRun)
        return { error: 'has a %01 inside the value' };
      out += '?';
      embedded = false;
    } else if (form === '%02') {
      if (i !== 0 && i !== s.length - 3) return { error: 'has a %02 inside the value' };
      out += '*';
      embedded = true;
    } else {
      const code = /^%[0-9a-f]{2}$/.test(form) ? parseInt(form.slice(1), 16) : -1;
      if (code < 0x21 || code > 0x7e) return { error: `has an invalid percent escape "${form}"` };
      const decoded = String.fromCharCode(code).toLowerCase();
      out += /^[a-z0-9_]$/.test(decoded) ? decoded : `\\${decoded}`;
      embedded = true;
    }
    i += 3;
  }
  return { value: out };
}

/** `cpe:/part:vendor:product:version:update:edition:language` to a WFN (packed edition unpacked). */
export function unbindUri(
  text: string,
): { readonly wfn: Wfn } | { readonly errors: readonly (readonly [string, string])[] } {
  const fields = text.slice('cpe:/'.length).split(':');
  if (fields.length > URI_ATTRIBUTES.length) {
    return { errors: [['', `has ${fields.length} components; a CPE 2.2 URI has at most 7`]] };
  }
  const values: Partial<Record<(typeof WFN_ATTRIBUTES)[number], WfnValue>> = {};
  const errors: (readonly [string, string])[] = [];
  const decodeInto = (attribute: (typeof WFN_ATTRIBUTES)[number], raw: string) => {
    const result = decodeUriValue(raw);
    if ('error' in result) errors.push([attribute, `${attribute} "${raw}" ${result.error}`]);
    else values[attribute] = result.value;
  };
  fields.forEach((raw, i) => {
    const attribute = URI_ATTRIBUTES[i] as (typeof WFN_ATTRIBUTES)[number];
    if (attribute !== 'edition' || !raw.startsWith('~')) {
      decodeInto(attribute, raw);
      return;
    }
    // Packed edition (§6.1.3.2): ~edition~sw_edition~target_sw~target_hw~other.
    const packed = raw.split('~').slice(1);
    if (packed.length !== PACKED.length) {
      errors.push(['edition', `edition "${raw}" is a packed edition without exactly five parts`]);
      return;
    }
    PACKED.forEach((a, j) => {
      decodeInto(a, packed[j] ?? '');
    });
  });
  if (errors.length > 0) return { errors };
  return { wfn: Object.fromEntries(WFN_ATTRIBUTES.map((a) => [a, values[a] ?? ANY])) as Wfn };
}

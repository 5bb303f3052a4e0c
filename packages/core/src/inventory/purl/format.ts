import { percentEncode } from './encoding.js';
import { PURL_TYPE_RULES } from './type-rules.js';
import type { Purl } from './types.js';

const segments = (text: string): string[] =>
  text.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');

/** The canonical purl string of normalized components (ECMA-427 "how to build"). */
export function formatPurl(purl: Purl): string {
  let out = `pkg:${purl.type}/`;
  if (purl.namespace !== undefined)
    out += `${segments(purl.namespace).map(percentEncode).join('/')}/`;
  // Only a type whose namespace is a fixed number of segments (git: the host) has a name spanning
  // segments; anywhere else a "/" inside the name is data and is encoded.
  out +=
    PURL_TYPE_RULES[purl.type]?.namespaceSegments === undefined
      ? percentEncode(purl.name)
      : purl.name.split('/').map(percentEncode).join('/');
  if (purl.version !== undefined) out += `@${percentEncode(purl.version)}`;
  const qualifiers = Object.entries(purl.qualifiers);
  if (qualifiers.length > 0) {
    out += `?${qualifiers.map(([key, value]) => `${key}=${percentEncode(value)}`).join('&')}`;
  }
  const subpath = purl.subpath === undefined ? [] : segments(purl.subpath);
  if (subpath.length > 0) out += `#${subpath.map(percentEncode).join('/')}`;
  return out;
}

import type { Issue } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import { percentDecode } from './encoding.js';
import { normalizeRaw, type RawPurl } from './normalize.js';
import type { Purl } from './types.js';

/**
 * Parses a purl string into canonical components (ECMA-427 "how to parse"). Spec-sanctioned
 * normalization (type case, `pkg://`, case-insensitive names, PyPI names) is silent; a qualifier
 * key that is not lowercase is read and reported as a warning; anything else is an error.
 */
export function parsePurl(text: string): ParseResult<Purl> {
  const describe = `purl "${text}"`;
  const split = splitPurl(text, describe);
  if (split.raw === undefined) return { ok: false, issues: split.issues };
  const { purl, issues } = normalizeRaw(split.raw, describe);
  const all = [...split.issues, ...issues];
  return purl === undefined ? { ok: false, issues: all } : { ok: true, value: purl, issues: all };
}

const syntax = (message: string, path: Issue['path'] = []): Issue => ({
  code: 'invalid-format',
  severity: 'error',
  path,
  message,
  hint: 'a purl looks like pkg:type/namespace/name@version?key=value#subpath',
});

/** Splits and percent-decodes the components, without judging their content. */
function splitPurl(text: string, describe: string): { raw?: RawPurl; issues: Issue[] } {
  const issues: Issue[] = [];
  const decode = (part: string, path: Issue['path']): string => {
    const decoded = percentDecode(part);
    if (decoded !== undefined) return decoded;
    issues.push(syntax(`${describe}: "${part}" has a malformed percent-encoding`, path));
    return part;
  };

  let rest = text;
  // The first "#" and "?" split, as in any URL: a raw "?" or "#" can only be a mistake inside the
  // components before it, while unencoded URLs in qualifier values (`download_url=…?a=b`) do occur.
  const hash = rest.indexOf('#');
  const subpath: string[] = [];
  if (hash >= 0) {
    for (const segment of rest.slice(hash + 1).split('/')) {
      if (segment !== '' && segment !== '.' && segment !== '..')
        subpath.push(decode(segment, ['subpath']));
    }
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  const qualifiers: (readonly [string, string])[] = [];
  if (question >= 0) {
    for (const pair of rest.slice(question + 1).split('&')) {
      if (pair === '') continue;
      const equals = pair.indexOf('=');
      if (equals <= 0) {
        issues.push(syntax(`${describe}: qualifier "${pair}" is not key=value`, ['qualifiers']));
        continue;
      }
      const key = pair.slice(0, equals);
      qualifiers.push([key, decode(pair.slice(equals + 1), ['qualifiers', key])]);
    }
    rest = rest.slice(0, question);
  }

  const colon = rest.indexOf(':');
  if (colon < 0 || rest.slice(0, colon).toLowerCase() !== 'pkg') {
    return { issues: [syntax(`${describe} does not start with "pkg:"`)] };
  }
  // `pkg://type/…` is accepted and means `pkg:type/…` (ECMA-427 5.6.1).
  rest = rest.slice(colon + 1).replace(/^\/+/, '');
  const slash = rest.indexOf('/');
  if (slash < 0) {
    return { issues: [syntax(`${describe} has no "/" between the type and the name`, ['type'])] };
  }
  const type = rest.slice(0, slash);
  const path = rest
    .slice(slash + 1)
    .replace(/\/+$/, '')
    .split('/');
  // The version is the part after "@" in the last segment only: `pkg:npm/@babel/core@7` keeps the
  // unencoded scope, and `…/Alamofire/@5.4.3` has an empty name rather than a shifted one.
  const last = path.pop() ?? '';
  const at = last.lastIndexOf('@');
  const version = at >= 0 ? decode(last.slice(at + 1), ['version']) : undefined;
  const name = decode(at >= 0 ? last.slice(0, at) : last, ['name']);
  const namespace = path.filter((s) => s !== '').map((s) => decode(s, ['namespace']));
  if (type.includes('%')) {
    issues.push(syntax(`${describe}: the type "${type}" must not be percent-encoded`, ['type']));
  }
  if (issues.some((i) => i.severity === 'error')) return { issues };
  return {
    raw: { type, namespace, name, ...(version !== undefined && { version }), qualifiers, subpath },
    issues,
  };
}

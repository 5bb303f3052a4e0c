import type { Issue } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import { formatPurl } from './format.js';
import { normalizeRaw } from './normalize.js';
import { parsePurl } from './parse.js';
import type { PurlParts } from './types.js';

/**
 * Builds the canonical purl string from decoded components (ECMA-427 "how to build"): the same
 * validation and type-specific normalization as parsing, then percent-encoding.
 */
export function buildPurl(parts: PurlParts): ParseResult<string> {
  const name = parts.name ?? '';
  const describe = `purl "${parts.type ?? '(no type)'}/${name === '' ? '(no name)' : name}"`;
  const qualifiers = Object.entries(parts.qualifiers ?? {}).flatMap(([key, value]) =>
    value === null || value === undefined ? [] : [[key, value] as const],
  );
  const { purl, issues } = normalizeRaw(
    {
      type: parts.type ?? '',
      namespace: (parts.namespace ?? '').split('/').filter((s) => s !== ''),
      name,
      ...(parts.version !== null && parts.version !== undefined && { version: parts.version }),
      qualifiers,
      subpath: (parts.subpath ?? '').split('/').filter((s) => s !== '' && s !== '.' && s !== '..'),
    },
    describe,
  );
  return purl === undefined ? { ok: false, issues } : { ok: true, value: formatPurl(purl), issues };
}

/** The canonical form of a purl string: parse, normalize, build. Warnings say what was repaired. */
export function canonicalPurl(text: string): ParseResult<string> {
  const parsed = parsePurl(text);
  if (!parsed.ok) return parsed;
  const issues: readonly Issue[] = parsed.issues;
  return { ok: true, value: formatPurl(parsed.value), issues };
}

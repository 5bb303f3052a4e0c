import type { Issue } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import { didYouMean } from '../../common/suggest.js';
import type { CvssMetricDefinition, CvssVector, CvssVersion } from './types.js';

/** What the shared parser needs to know about a version. */
export type VersionSyntax = Pick<
  CvssVersion,
  'id' | 'displayName' | 'prefix' | 'metrics' | 'strictOrder'
>;

/** `N (Network), A (Adjacent), L (Local), P (Physical)`: the allowed list every message ends with. */
export function allowedValues(metric: CvssMetricDefinition): string {
  return metric.values.map((v) => (v.id === v.name ? v.id : `${v.id} (${v.name})`)).join(', ');
}

function issue(code: Issue['code'], path: Issue['path'], message: string, hint?: string): Issue {
  return hint === undefined
    ? { code, severity: 'error', path, message }
    : { code, severity: 'error', path, message, hint };
}

/**
 * Parses `body` (the text after the prefix) against the version's metric table. Collects every
 * problem: malformed segments, unknown and repeated metrics, invalid values, metrics out of the
 * listed order where the version requires it, and missing base metrics. Not-defined values (X, ND)
 * are accepted and dropped, as the specifications make them equal to leaving the metric out.
 */
export function parseBody(syntax: VersionSyntax, body: string): ParseResult<CvssVector> {
  const issues: Issue[] = [];
  const byId = new Map(syntax.metrics.map((m, index) => [m.id, { metric: m, index }]));
  const seen = new Set<string>();
  const written = new Map<string, string>();
  let lastIndex = -1;
  let lastId = '';
  const segments = body === '' ? [] : body.split('/');
  for (const [position, segment] of segments.entries()) {
    const colon = segment.indexOf(':');
    if (colon <= 0 || colon === segment.length - 1) {
      issues.push(
        issue(
          'invalid-format',
          [position],
          segment === ''
            ? `empty metric at position ${position + 1} (two slashes, or a slash at an end)`
            : `"${segment}" is not a metric:value pair`,
        ),
      );
      continue;
    }
    const id = segment.slice(0, colon);
    const value = segment.slice(colon + 1);
    const known = byId.get(id);
    if (known === undefined) {
      // A bare v3/v4 vector is read as v2 (no prefix): say so rather than suggest a v2 metric.
      const hint =
        syntax.prefix === '' && /^(PR|UI|S|AT|VC|VI|VA|SC|SI|SA)$/.test(id)
          ? 'a vector without a CVSS:3.x/ or CVSS:4.0/ prefix is read as CVSS v2.0'
          : didYouMean(id, byId.keys());
      issues.push(
        issue(
          'unknown-key',
          [id],
          `unknown metric "${id}" in a ${syntax.displayName} vector; known: ${[...byId.keys()].join(', ')}`,
          hint,
        ),
      );
      continue;
    }
    const { metric, index } = known;
    if (seen.has(id)) {
      issues.push(
        issue('duplicate-id', [id], `metric ${id} (${metric.name}) appears more than once`),
      );
      continue;
    }
    seen.add(id);
    if (!metric.values.some((v) => v.id === value)) {
      issues.push(
        issue(
          'invalid-value',
          [id],
          `${id}:${value} is not a valid ${metric.name}; allowed: ${allowedValues(metric)}`,
        ),
      );
      continue;
    }
    if (syntax.strictOrder && index < lastIndex) {
      issues.push(
        issue(
          'invalid-format',
          [id],
          `${id} (${metric.name}) is written after ${lastId}; ${syntax.displayName} requires the order ${syntax.metrics.map((m) => m.id).join(', ')}`,
        ),
      );
    }
    if (index > lastIndex) {
      lastIndex = index;
      lastId = id;
    }
    if (value !== metric.notDefined) written.set(id, value);
  }
  for (const metric of syntax.metrics) {
    if (metric.notDefined === undefined && !seen.has(metric.id))
      issues.push(
        issue(
          'missing-field',
          [metric.id],
          `missing base metric ${metric.id} (${metric.name}); allowed: ${allowedValues(metric)}`,
        ),
      );
  }
  if (issues.length > 0) return { ok: false, issues };
  const metrics: Record<string, string> = {};
  for (const metric of syntax.metrics) {
    const value = written.get(metric.id);
    if (value !== undefined) metrics[metric.id] = value;
  }
  return { ok: true, value: { version: syntax.id, metrics }, issues: [] };
}

/** Prefix, then defined metrics in the listed order: the normalized form every output uses. */
export function formatVector(syntax: VersionSyntax, vector: CvssVector): string {
  const parts: string[] = [];
  for (const metric of syntax.metrics) {
    const value = vector.metrics[metric.id];
    if (value !== undefined && value !== metric.notDefined) parts.push(`${metric.id}:${value}`);
  }
  return `${syntax.prefix}${parts.join('/')}`;
}

/** Parses a prefixed (v3.x, v4.0) vector: the prefix, then the metrics. */
export function parsePrefixed(syntax: VersionSyntax, text: string): ParseResult<CvssVector> {
  const trimmed = text.trim();
  if (!trimmed.startsWith(syntax.prefix))
    return {
      ok: false,
      issues: [
        issue(
          'invalid-format',
          [],
          `a ${syntax.displayName} vector starts with "${syntax.prefix}"`,
        ),
      ],
    };
  return parseBody(syntax, trimmed.slice(syntax.prefix.length));
}

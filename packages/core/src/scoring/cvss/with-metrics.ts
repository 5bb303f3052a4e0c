import type { Issue } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import { didYouMean } from '../../common/suggest.js';
import { allowedValues } from './parse.js';
import { cvssVersion, parseCvss } from './registry.js';

/**
 * Sets threat/temporal, environmental or supplemental metrics on a vector and returns the new
 * normalized vector, e.g. `withMetrics(nvdVector, { MAV: 'L', MSI: 'S', CR: 'H' })` for a device's
 * context. `X` (v2 `ND`) removes a metric. Base metrics are refused: they describe the
 * vulnerability itself, and the modified metrics (MAV …) exist to adjust them to an environment.
 */
export function withMetrics(
  vector: string,
  metrics: Readonly<Record<string, string>>,
): ParseResult<string> {
  const parsed = parseCvss(vector);
  if (!parsed.ok) return parsed;
  const version = cvssVersion(parsed.value.version);
  const next: Record<string, string> = { ...parsed.value.metrics };
  const issues: Issue[] = [];
  for (const [id, value] of Object.entries(metrics)) {
    const metric = version.metrics.find((m) => m.id === id);
    if (metric === undefined) {
      const hint = didYouMean(
        id,
        version.metrics.map((m) => m.id),
      );
      issues.push({
        code: 'unknown-key',
        severity: 'error',
        path: [id],
        message: `unknown metric "${id}" for ${version.displayName}`,
        ...(hint === undefined ? {} : { hint }),
      });
    } else if (metric.notDefined === undefined) {
      issues.push({
        code: 'invalid-value',
        severity: 'error',
        path: [id],
        message: `${id} (${metric.name}) is a base metric and cannot be replaced; set its modified (environmental) metric instead`,
      });
    } else if (!metric.values.some((v) => v.id === value)) {
      issues.push({
        code: 'invalid-value',
        severity: 'error',
        path: [id],
        message: `${id}:${value} is not a valid ${metric.name}; allowed: ${allowedValues(metric)}`,
      });
    } else if (value === metric.notDefined) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- a plain record keyed by metric id
      delete next[id];
    } else next[id] = value;
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: version.format({ ...parsed.value, metrics: next }), issues: [] };
}

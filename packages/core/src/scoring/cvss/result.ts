import type { ParseResult } from '../../common/result.js';
import { cvssVersion, parseCvss } from './registry.js';
import { checkedScore, cvssSeverityOf } from './severity.js';
import type { CvssMetricValue, CvssResult, CvssVector, CvssVersion } from './types.js';

function metricValues(version: CvssVersion, vector: CvssVector): CvssMetricValue[] {
  const out: CvssMetricValue[] = [];
  for (const metric of version.metrics) {
    const value = vector.metrics[metric.id];
    const definition = metric.values.find((v) => v.id === value);
    if (value === undefined || definition === undefined) continue;
    out.push({
      id: metric.id,
      name: metric.name,
      group: metric.group,
      value,
      valueName: definition.name,
      meaning: definition.description,
    });
  }
  return out;
}

function defines(version: CvssVersion, vector: CvssVector, group: string): boolean {
  return version.metrics.some((m) => m.group === group && vector.metrics[m.id] !== undefined);
}

/**
 * Scores a parsed vector. v2/v3 report the temporal and environmental scores only when the vector
 * defines a metric of that group: otherwise the equations just repeat the base score (or, in v3.1,
 * a rounding artefact of it) and printing them would suggest an assessment nobody made. `score` is
 * the most specific of the three; for v4.0 it is the single CVSS-B/BT/BE/BTE score.
 */
export function scoreCvss(vector: CvssVector): CvssResult {
  const version = cvssVersion(vector.version);
  const scores = version.score(vector);
  const metrics = metricValues(version, vector);
  const common = {
    version: version.id,
    vector: version.format(vector),
    baseScore: scores.base,
    baseSeverity: cvssSeverityOf(version.id, scores.base),
  };
  if (version.id === '4.0') {
    const score = checkedScore(scores.overall ?? Number.NaN);
    return {
      ...common,
      score,
      severity: cvssSeverityOf(version.id, score),
      ...(scores.nomenclature === undefined ? {} : { nomenclature: scores.nomenclature }),
      metrics: metrics.filter((m) => m.group !== 'supplemental'),
      supplemental: metrics.filter((m) => m.group === 'supplemental'),
    };
  }
  const temporal = defines(version, vector, 'temporal') ? scores.temporal : undefined;
  const environmental = defines(version, vector, 'environmental')
    ? scores.environmental
    : undefined;
  const score = environmental ?? temporal ?? scores.base;
  return {
    ...common,
    ...(temporal === undefined ? {} : { temporalScore: temporal }),
    ...(environmental === undefined ? {} : { environmentalScore: environmental }),
    score,
    severity: cvssSeverityOf(version.id, score),
    metrics,
  };
}

/** Parses, validates and scores a vector of any supported version. */
export function scoreVector(text: string): ParseResult<CvssResult> {
  const parsed = parseCvss(text);
  return parsed.ok ? { ok: true, value: scoreCvss(parsed.value), issues: parsed.issues } : parsed;
}

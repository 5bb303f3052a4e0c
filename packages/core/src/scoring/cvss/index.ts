export { CVSS_VERSIONS, cvssVersion, formatCvss, parseCvss } from './registry.js';
export { scoreCvss, scoreVector } from './result.js';
export { withMetrics } from './with-metrics.js';
export { cvssSeverityOf } from './severity.js';
export { CVSS_NOMENCLATURES, CVSS_SEVERITIES, CVSS_VERSION_IDS } from './types.js';
export type {
  CvssMetricDefinition,
  CvssMetricGroup,
  CvssMetricValue,
  CvssNomenclature,
  CvssResult,
  CvssScores,
  CvssSeverity,
  CvssValueDefinition,
  CvssVector,
  CvssVersion,
  CvssVersionId,
} from './types.js';

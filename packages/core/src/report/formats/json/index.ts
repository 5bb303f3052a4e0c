import { ANALYSIS_FORMAT_VERSION } from '../../../analyze.js';
import type { ReportDocument } from '../../document.js';
import { streamJson } from '../stream-json.js';
import type { ReportFormat } from '../types.js';

/**
 * The stable machine-readable form (documented in docs/output-format.md). Additive changes keep
 * `formatVersion`; anything that renames or removes a field bumps it.
 */
function jsonReport(doc: ReportDocument) {
  const { model, analysis } = doc;
  return {
    medrisk: 'analysis',
    formatVersion: ANALYSIS_FORMAT_VERSION,
    tool: analysis.provenance.tool,
    device: model.device,
    provenance: analysis.provenance,
    summary: analysis.summary,
    riskPolicy: {
      acceptable: model.risk.acceptable,
      matrix: model.risk.matrix,
      custom: model.risk.custom,
    },
    deployments: doc.deployments,
    clinicalFunctions: model.clinicalFunctions.map(({ location: _location, ...f }) => f),
    findings: analysis.findings,
    suppressed: analysis.suppressed.map((s) => ({ ...s.finding, suppression: s.reason })),
    coverage: analysis.coverage,
    views: analysis.views,
    status: analysis.status,
    issues: analysis.issues,
  };
}

export const jsonFormat: ReportFormat = {
  id: 'json',
  displayName: 'JSON',
  extension: 'json',
  mediaType: 'application/json',
  render(doc) {
    const report = jsonReport(doc);
    return streamJson(report, [report.findings, report.suppressed]);
  },
};

import { formatVector, parsePrefixed } from '../parse.js';
import type { CvssVector, CvssVersion } from '../types.js';
import { V3_METRICS } from './metrics.js';
import { scoreV3 } from './score.js';

function hasGroup(vector: CvssVector, group: 'environmental'): boolean {
  return V3_METRICS.some((m) => m.group === group && vector.metrics[m.id] !== undefined);
}

/**
 * CVSS v3.0 and v3.1 share metrics and vector syntax; they differ in the Roundup function and, in
 * v3.1, in the modified impact equation for a changed scope. Metrics may be written in any order
 * ("programs reading CVSS v3.1 vector strings must accept metrics in any order", §6).
 */
function v3(id: '3.0' | '3.1', specUrl: string, example: string): CvssVersion {
  const prefix = `CVSS:${id}/`;
  const version: CvssVersion = {
    id,
    displayName: `CVSS v${id}`,
    specUrl,
    prefix,
    metrics: V3_METRICS,
    strictOrder: false,
    example,
    matches: (text) => text.trim().startsWith(prefix),
    parse: (text) => parsePrefixed(version, text),
    format: (vector) => formatVector(version, vector),
    score: (vector) =>
      scoreV3(id, formatVector(version, vector), hasGroup(vector, 'environmental')),
  };
  return version;
}

export const cvss30 = v3(
  '3.0',
  'https://www.first.org/cvss/v3.0/specification-document',
  'CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:C/CR:H/IR:H/AR:H/MAV:N/MAC:L/MPR:L/MUI:N/MS:C/MC:H/MI:H/MA:H',
);

export const cvss31 = v3(
  '3.1',
  'https://www.first.org/cvss/v3.1/specification-document',
  'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F/RL:O/RC:C/CR:H/IR:H/AR:M/MAV:A/MPR:L',
);

import { formatVector, parsePrefixed } from '../parse.js';
import type { CvssVersion } from '../types.js';
import { V4_METRICS } from './metrics.js';
import { scoreV4 } from './score.js';

/**
 * CVSS v4.0. Unlike v3.x, metrics must be written in the order of the specification's Table 23
 * (FIRST's JSON schema for v4.0 encodes the same order), so a vector out of order is refused with
 * the metric named; X (Not Defined) may be written or left out.
 */
export const cvss40: CvssVersion = {
  id: '4.0',
  displayName: 'CVSS v4.0',
  specUrl: 'https://www.first.org/cvss/v4.0/specification-document',
  prefix: 'CVSS:4.0/',
  metrics: V4_METRICS,
  strictOrder: true,
  example:
    'CVSS:4.0/AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:P/CR:H/IR:H/AR:H/MAV:L/MSI:S/MSA:S/S:P/AU:N/R:U/V:D/RE:M/U:Amber',
  matches: (text) => text.trim().startsWith('CVSS:4.0/'),
  parse: (text) => parsePrefixed(cvss40, text),
  format: (vector) => formatVector(cvss40, vector),
  score: scoreV4,
};

import { formatVector, parseBody } from '../parse.js';
import type { CvssVersion } from '../types.js';
import { V2_METRICS } from './metrics.js';
import { scoreV2 } from './score.js';

/**
 * NVD wrote v2 vectors in parentheses, `(AV:N/AC:L/Au:N/C:P/I:P/A:P)`, and its old feeds with a
 * `CVSS2#` prefix; both are accepted. The normalized form is the bare vector, as the guide writes it.
 */
function unwrap(text: string): string {
  const trimmed = text.trim();
  const bare = /^\((.*)\)$/.exec(trimmed)?.[1] ?? trimmed;
  return bare.startsWith('CVSS2#') ? bare.slice('CVSS2#'.length) : bare;
}

/** CVSS v2.0, our own implementation in exact decimal arithmetic (see README.md for why). */
export const cvss20: CvssVersion = {
  id: '2.0',
  displayName: 'CVSS v2.0',
  specUrl: 'https://www.first.org/cvss/v2/guide',
  prefix: '',
  metrics: V2_METRICS,
  // The guide lists a "predetermined order", but FIRST's JSON schema and NVD accept any order;
  // we accept any order too and write the guide's order.
  strictOrder: false,
  example: 'AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H',
  matches(text) {
    return !unwrap(text).startsWith('CVSS:');
  },
  parse(text) {
    return parseBody(cvss20, unwrap(text));
  },
  format(vector) {
    return formatVector(cvss20, vector);
  },
  score: scoreV2,
};

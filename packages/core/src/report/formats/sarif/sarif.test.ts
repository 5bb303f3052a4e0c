import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../../test/builders.js';
import { analyze } from '../../../analyze.js';
import { buildReportDocument } from '../../document.js';
import { sarifFormat } from './index.js';

// The OASIS SARIF 2.1.0 schema as shipped by Microsoft's SARIF tooling (a dev dependency; read, not copied).
const require = createRequire(import.meta.url);
// ajv-draft-04 is CommonJS whose module.exports is the class itself (with a `default` alias).
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;
const validate = new Ajv({
  strict: false,
  allErrors: true,
  validateFormats: false,
  unicodeRegExp: false,
}).compile(schema);

const model = aModel({
  clinicalFunctions: [{ id: 'dose', description: 'Deliver dose', severity: 'catastrophic' }],
  components: [
    aComponent('app', { kind: 'mobile-app' }),
    aComponent('pump', { functions: ['dose'], interfaces: [{ id: 'jtag', type: 'jtag' }] }),
  ],
  dataFlows: [
    aFlow('bolus', 'app', 'pump', {
      data: ['therapy-command'],
      integrity: { algorithm: 'crc16', purpose: 'security' },
    }),
  ],
  assumptions: [
    {
      id: 'A1',
      text: 'JTAG pads are removed in production',
      owner: 'acme',
      suppresses: ['debug-port-open@pump/jtag'],
    },
  ],
  stakeholders: [{ id: 'acme', role: 'manufacturer' }],
});
const log = JSON.parse(
  [...(sarifFormat.render(buildReportDocument(model, analyze(model))) as Iterable<string>)].join(
    '',
  ),
) as {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      suppressions?: unknown[];
      partialFingerprints: Record<string, string>;
      properties: Record<string, unknown>;
      locations: { physicalLocation: { region: { startLine: number } } }[];
    }[];
  }[];
};

describe('SARIF output', () => {
  it('is valid SARIF 2.1.0', () => {
    const valid = validate(log);

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('meets what GitHub code scanning needs: rule index, a line, a fingerprint, a numeric security-severity', () => {
    const run = log.runs[0]!;

    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.locations[0]?.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints['medriskFindingId/v1']).toMatch(/@/);
      expect(Number(result.properties['security-severity'])).not.toBeNaN();
    }
  });

  it('reports the CRC used for security as an error and keeps the suppressed debug port, marked accepted', () => {
    const results = log.runs[0]!.results;

    expect(results.find((r) => r.ruleId === 'crc-as-security-integrity')?.level).toBe('error');
    expect(results.find((r) => r.ruleId === 'debug-port-open')?.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'assumption A1: JTAG pads are removed in production',
      },
    ]);
  });
});

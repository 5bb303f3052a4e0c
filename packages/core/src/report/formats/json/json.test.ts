import { describe, expect, it } from 'vitest';
import { pumpDocument } from '../__fixtures__/pump-model.js';
import { renderToString } from '../index.js';
import { jsonFormat } from './index.js';

describe('json report', () => {
  it('matches the golden file', async () => {
    const text = await renderToString(jsonFormat, pumpDocument());

    await expect(text).toMatchFileSnapshot('./__snapshots__/pump.json');
  });
});

describe('json report shape (docs/output-format.md)', () => {
  it('has the documented top level and complete findings', async () => {
    const report = JSON.parse(await renderToString(jsonFormat, pumpDocument())) as Record<
      string,
      unknown
    > & { findings: Record<string, unknown>[] };

    expect(Object.keys(report)).toEqual([
      'medrisk',
      'formatVersion',
      'tool',
      'device',
      'provenance',
      'summary',
      'riskPolicy',
      'deployments',
      'clinicalFunctions',
      'findings',
      'suppressed',
      'coverage',
      'views',
      'status',
      'issues',
    ]);
    expect(report.formatVersion).toBe(1);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      for (const key of [
        'id',
        'ruleId',
        'ruleVersion',
        'title',
        'subject',
        'rationale',
        'evidence',
        'mitigation',
        'references',
        'risk',
        'level',
        'status',
      ])
        expect(finding).toHaveProperty(key);
    }
  });
});

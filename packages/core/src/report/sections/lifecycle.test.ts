import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { OPENSSL, UBUNTU } from '../../analyses/lifecycle/__fixtures__/lifecycle-data.js';
import { analyze, type AnalyzeOptions } from '../../analyze.js';
import { buildReportDocument } from '../document.js';
import { renderToString, reportFormat } from '../formats/index.js';
import { lifecycleSection } from './lifecycle.js';
import type { Block } from './types.js';

const docOf = (model: ReturnType<typeof aModel>, options: AnalyzeOptions = {}) =>
  buildReportDocument(model, analyze(model, options));

const tables = (blocks: readonly Block[] | undefined) =>
  (blocks ?? []).flatMap((b) => (b.kind === 'table' ? [b] : []));

const model = aModel({
  device: { marketDate: '2020-03-01', serviceLifeYears: 8 },
  components: [
    aComponent('gateway', { os: { name: 'Ubuntu Server', version: '22.04 LTS' } }),
    aComponent('server', { os: { name: 'Windows Server', version: '2012 R2' } }),
    aComponent('pump', { os: { name: 'ThreadX', version: '5.8' } }),
    aComponent('tls', { support: { product: 'openssl', cycle: '3.0' } }),
  ],
  dataFlows: [aFlow('telemetry', 'pump', 'gateway', { protocol: { name: 'telnet' } as never })],
});

describe('lifecycle report section', () => {
  it('is absent when the model has nothing to judge', () => {
    expect(lifecycleSection(docOf(aModel({ components: [aComponent('fw')] })))).toBeUndefined();
  });

  it('shows the device, every support end with its source, gap and advice, what could not be judged, and legacy protocols', () => {
    const section = lifecycleSection(
      docOf(model, {
        parameters: { asOf: '2026-11-26' },
        eol: { products: [UBUNTU, OPENSSL], source: 'test files' },
      }),
    );

    expect(section?.id).toBe('lifecycle');
    const [summary] = section?.blocks ?? [];
    expect(summary).toMatchObject({ kind: 'paragraph', tone: 'warning' });
    expect(summary?.kind === 'paragraph' ? summary.text : '').toContain(
      "3 piece(s) of software with a known support status: 2 ended, 1 ending before the device's end of service, 0 covering it, 0 open; 1 not assessed (never counted as supported). Judged as of 2026-11-26. EOL data: 2 products (test files).",
    );
    const [device, support, notAssessed, protocols] = tables(section?.blocks);
    expect(device?.rows).toContainEqual([
      'End of service (components judged against it)',
      '2028-03-01 — market date 2020-03-01 + service life 8 years',
    ]);
    expect(device?.rows).toContainEqual([
      'Lifecycle stage (IMDRF N70)',
      'support — not declared; inferred: on the market since 2020-03-01, before its end of service',
    ]);
    expect(support?.rows.map((r) => r.slice(0, 6))).toEqual([
      [
        'gateway',
        'Ubuntu Server 22.04 LTS (OS)',
        '2027-06-01',
        expect.stringContaining('EOL data ubuntu 22.04') as string,
        'ends before the device',
        '9 months',
      ],
      [
        'server',
        'Windows Server 2012 R2 (OS)',
        '2023-10-10',
        expect.stringContaining('built-in list windows-server 2012-r2') as string,
        'ENDED 3 years 1 month ago',
        '4 years 4 months',
      ],
      [
        'tls',
        'openssl 3.0',
        '2026-09-07',
        'EOL data openssl 3.0',
        'ENDED 2 months ago',
        '1 year 5 months',
      ],
    ]);
    expect(support?.rows[1]?.[6]).toMatch(
      /^replace or upgrade it to a supported release; until then: segment "server"/,
    );
    expect(support?.rows[1]?.[6]).toContain('note that extended support ended too (2026-10-13)');
    expect(support?.rows[0]?.[6]).toMatch(
      /^plan and date the upgrade before 2027-06-01, or buy extended support up to 2028-03-01 \(9 months gap\)/,
    );
    expect(notAssessed?.rows).toEqual([
      [
        'pump',
        'ThreadX 5.8',
        'no EOL product is named "ThreadX"',
        'declare support.product and support.cycle (endoflife.date ids), or support.endOfSupport',
      ],
    ]);
    expect(protocols?.rows.map((r) => r.slice(0, 3))).toEqual([
      ['telemetry', 'pump → gateway', 'telnet'],
    ]);
  });

  it('says plainly when it had no analysis date and no EOL data', () => {
    const section = lifecycleSection(docOf(model));
    const [summary] = section?.blocks ?? [];
    const text = summary?.kind === 'paragraph' ? summary.text : '';
    expect(text).toContain('No analysis date was given');
    expect(text).toContain('No endoflife.date data was given');
    expect(summary).toMatchObject({ tone: 'warning' });
  });

  it.each(['markdown', 'html', 'json'])('appears in the %s report', async (format) => {
    const doc = docOf(model, { parameters: { asOf: '2026-11-26' } });
    const text = await renderToString(reportFormat(format), doc);
    expect(text).toContain(format === 'json' ? '"lifecycle": {' : 'Lifecycle and end of support');
    expect(text).toContain('Windows Server 2012 R2');
  });
});

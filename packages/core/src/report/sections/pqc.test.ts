import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { pqcContext } from '../../../test/pqc-fixtures.js';
import { analyze } from '../../analyze.js';
import { pqcAnalysis } from '../../analyses/pqc/view.js';
import { buildReportDocument } from '../document.js';
import { pqcReportSection, pqcSection } from './pqc.js';
import { timelineSvg } from './pqc-timeline.js';

type Parts = NonNullable<Parameters<typeof aModel>[0]>;

const PARTS: Parts = {
  device: { marketDate: '2026-01-01', serviceLifeYears: 10 },
  components: [
    aComponent('pump', {
      update: { mechanism: 'ota', signature: { algorithm: 'ecdsa-p256' } },
      crypto: [
        {
          id: 'k',
          purpose: 'key-wrapping',
          algorithm: 'ecdh-p256 <b>',
          data: ['keys'],
          protectionYears: 20,
        },
      ],
    }),
    aComponent('api', { kind: 'web-api' }),
  ],
  dataFlows: [
    aFlow('up', 'pump', 'api', {
      protocol: 'https',
      encryption: { algorithm: 'tls-1.3', keyExchange: 'x25519mlkem768' },
    }),
  ],
};

/** Years count from 1 January 2026 unless `dated` is false (then only the model's dates count). */
const viewOf = (parts: Parts, dated = true) =>
  pqcAnalysis(pqcContext(aModel(parts), dated ? { asOf: '2026-01-01' } : {}));

describe('post-quantum report section', () => {
  it('is absent when the model uses no cryptography', () => {
    const model = aModel({ components: [aComponent('pump')] });

    expect(pqcSection(buildReportDocument(model, analyze(model)))).toBeUndefined();
  });

  it('shows the timeline, the inventory, the plan, agility and the sources', () => {
    const section = pqcReportSection(viewOf(PARTS));

    expect(section.id).toBe('pqc');
    expect(
      section.blocks.map((b) => (b.kind === 'table' ? `table: ${b.caption.slice(0, 22)}` : b.kind)),
    ).toEqual([
      'paragraph',
      'figure',
      'table: Crypto inventory: ever',
      'table: Migration plan for eac',
      'table: Crypto agility per com',
      'heading',
      'list',
      'table: Milestones (deadlines ',
      'paragraph',
      'list',
    ]);
    const inventory = section.blocks[2];
    expect(inventory?.kind === 'table' && inventory.rows.map((r) => [r[0], r[4], r[8]])).toEqual([
      [
        'pump/crypto-k',
        'quantum-vulnerable (128-bit)',
        'AT RISK: relied on until 2035 (assumed) + X 20 = 2055',
      ],
      [
        'pump/update-signature',
        'quantum-vulnerable (128-bit)',
        'not at risk: relied on until 2035 (assumed) + X 0 = 2035',
      ],
      ['up/key-exchange', 'hybrid (128-bit)', 'n/a'],
    ]);
  });

  it('draws each use on a year axis, against 2030, 2035 and the CRQC year', () => {
    const svg = timelineSvg(viewOf(PARTS));

    // Axis 2024–2056 over x 240–744: one year is 15.75 units; 2035 at 413.3, 2039 at 476.3.
    expect(svg).toContain('<line x1="413.3" y1="42" x2="413.3"');
    expect(svg).toContain('<line x1="476.3" y1="42" x2="476.3"');
    // pump/crypto-k: relied on 2026–2035 (solid red), must hold to 2055 (faded).
    expect(svg).toContain(
      '<rect x="271.5" y="70.0" width="141.8" height="12" fill="#b3261e" fill-opacity="1"/>',
    );
    expect(svg).toContain(
      '<rect x="413.3" y="70.0" width="315.0" height="12" fill="#b3261e" fill-opacity="0.35"/>',
    );
    // Free text from the model is escaped; the hybrid use has nothing to change and is not drawn.
    expect(svg).toContain('pump/crypto-k (ecdh-p256 &lt;b&gt;)');
    expect(svg).not.toContain('up/key-exchange');
    expect(svg).not.toMatch(/style=|<script/);
  });

  it('says when the end of service is unknown instead of drawing a guess', () => {
    const svg = timelineSvg(viewOf({ ...PARTS, device: {} }, false));

    expect(svg).toContain('end of service unknown (declare device.marketDate)');
  });

  it('is the same bytes every time', () => {
    expect(timelineSvg(viewOf(PARTS))).toBe(timelineSvg(viewOf(PARTS)));
  });
});

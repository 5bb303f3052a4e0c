import { describe, expect, it } from 'vitest';
import { buildAdvisoryIndex } from '../../advisories/advisory-index.js';
import type { Advisory, AdvisoryBatch } from '../../advisories/types.js';
import type { VexStatement } from '../../vex/types.js';
import { advisory, batch, component, fixedAt, inventory } from './__fixtures__/scan-data.js';
import { scanInventories } from './scan.js';

const lodash = component('lodash', {
  name: 'lodash',
  version: '4.17.20',
  purl: 'pkg:npm/lodash@4.17.20',
});
const ghsa = advisory('GHSA-35jh-r3h4-6jhm', [fixedAt('npm', 'lodash', '4.17.21')], {
  aliases: ['CVE-2021-23337'],
  summary: 'Command injection in lodash',
});
const nvd = advisory(
  'CVE-2021-23337',
  [
    {
      cpe: 'cpe:2.3:a:lodash:lodash:*:*:*:*:*:node.js:*:*',
      ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.17.21' }] }],
      versions: [],
    },
  ],
  { source: { kind: 'nvd' } },
);

function scan(
  components: Parameters<typeof inventory>[1],
  batches: readonly AdvisoryBatch[],
  vex: readonly VexStatement[] = [],
) {
  return scanInventories([inventory('bom.cdx.json', components)], buildAdvisoryIndex(batches), vex);
}

describe('scanInventories', () => {
  it('matches a purl exactly, explains the range and groups aliases into one finding', () => {
    const result = scan([lodash], [batch([ghsa, nvd])]);

    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      id: 'CVE-2021-23337@bom.cdx.json#lodash',
      vulnerability: { id: 'CVE-2021-23337', aliases: ['GHSA-35jh-r3h4-6jhm'] },
      component: { purl: 'pkg:npm/lodash@4.17.20' },
      confidence: 'exact',
      fixedIn: ['4.17.21'],
      evidence: [
        {
          identifier: 'purl',
          affected: 'npm/lodash',
          scheme: 'npm',
          decision: '4.17.20 is in [introduced 0, fixed 4.17.21) (ECOSYSTEM)',
        },
      ],
    });
  });

  it('never matches a component that has a purl by CPE (no cross-ecosystem CPE matching)', () => {
    const withCpe = { ...lodash, cpes: ['cpe:2.3:a:lodash:lodash:4.17.20:*:*:*:*:*:*:*'] };

    expect(scan([withCpe], [batch([nvd])]).findings).toEqual([]);
  });

  it('matches by CPE when there is no purl, at CPE confidence', () => {
    const firmware = component('fw', {
      name: 'lodash',
      version: '4.17.20',
      cpes: ['cpe:2.3:a:lodash:lodash:4.17.20:*:*:*:*:*:*:*'],
    });

    const [finding] = scan([firmware], [batch([nvd])]).findings;

    expect(finding).toMatchObject({
      confidence: 'cpe',
      evidence: [{ identifier: 'cpe', scheme: 'generic' }],
    });
  });

  it.each`
    case                       | cpe                                                      | matches
    ${'other vendor'}          | ${'cpe:2.3:a:other:lodash:4.17.20:*:*:*:*:*:*:*'}        | ${false}
    ${'fixed version'}         | ${'cpe:2.3:a:lodash:lodash:4.17.21:*:*:*:*:*:*:*'}       | ${false}
    ${'other target software'} | ${'cpe:2.3:a:lodash:lodash:4.17.20:*:*:*:*:python:*:*'}  | ${false}
    ${'same target software'}  | ${'cpe:2.3:a:lodash:lodash:4.17.20:*:*:*:*:node.js:*:*'} | ${true}
    ${'CPE 2.2 URI'}           | ${'cpe:/a:lodash:lodash:4.17.20'}                        | ${true}
  `('CPE name matching: $case → $matches', ({ cpe, matches }) => {
    const firmware = component('fw', { cpes: [cpe as string] });

    expect(scan([firmware], [batch([nvd])]).findings.length).toBe(matches ? 1 : 0);
  });

  it('matches an advisory CPE with a specific version by equal version only', () => {
    const exact = advisory('CVE-2026-1000', [
      { cpe: 'cpe:2.3:o:acme:pump_firmware:2.1:*:*:*:*:*:*:*', ranges: [], versions: [] },
    ]);
    const at = (version: string) =>
      component('fw', { cpes: [`cpe:2.3:o:acme:pump_firmware:${version}:*:*:*:*:*:*:*`] });

    expect(scan([at('2.1')], [batch([exact])]).findings).toHaveLength(1);
    expect(scan([at('2.2')], [batch([exact])]).findings).toHaveLength(0);
  });

  it.each`
    case                      | fields                                                   | reason
    ${'no identifier'}        | ${{ name: 'libfoo', version: '1.0' }}                    | ${'no-identifier'}
    ${'invalid purl'}         | ${{ purl: 'pkg:npm/' }}                                  | ${'invalid-purl'}
    ${'unknown purl type'}    | ${{ purl: 'pkg:unknowntype/foo@1.0' }}                   | ${'unknown-ecosystem'}
    ${'no version'}           | ${{ purl: 'pkg:npm/lodash' }}                            | ${'no-version'}
    ${'invalid version'}      | ${{ purl: 'pkg:npm/lodash@not-a-version' }}              | ${'invalid-version'}
    ${'invalid CPE'}          | ${{ cpes: ['cpe:2.3:a:broken'] }}                        | ${'invalid-cpe'}
    ${'ambiguous CPE'}        | ${{ cpes: ['cpe:2.3:a:*:*:1.0:*:*:*:*:*:*:*'] }}         | ${'ambiguous-cpe'}
    ${'versionless CPE'}      | ${{ cpes: ['cpe:2.3:a:lodash:lodash:*:*:*:*:*:*:*:*'] }} | ${'no-version'}
    ${'ecosystem not loaded'} | ${{ purl: 'pkg:pypi/jinja2@2.10' }}                      | ${'no-advisory-data'}
  `(
    'lists a component with $case as not assessed ($reason), never as clean',
    ({ fields, reason }) => {
      const result = scan([component('c', fields as object)], [batch([ghsa, nvd])]);

      expect(result.notAssessed).toEqual([
        expect.objectContaining({ reason, component: expect.objectContaining({ ref: 'c' }) }),
      ]);
      expect(result.summary).toMatchObject({ components: 1, assessed: 0, notAssessed: 1 });
    },
  );

  it('matches CSAF product names at low confidence and still lists the component as not assessed', () => {
    const csaf = advisory(
      'ICSMA-26-001-01',
      [
        {
          productNames: ['Acme Infusion Pump'],
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.2' }] }],
          versions: [],
        },
      ],
      { aliases: ['CVE-2026-0001'], source: { kind: 'csaf' } },
    );
    const pump = component('pump', { name: 'ACME infusion-pump', version: '3.1' });

    const result = scan([pump], [batch([csaf])]);

    expect(result.findings[0]).toMatchObject({ confidence: 'name-heuristic' });
    expect(result.notAssessed[0]?.reason).toBe('no-identifier');
  });

  it.each`
    case                     | entry                                                                                                                                                     | reason
    ${'under investigation'} | ${{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [], versions: [], extra: { status: 'under_investigation' } }}                                  | ${'under-investigation'}
    ${'prose range'}         | ${{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [], versions: [], extra: { unreadableRange: 'v4.x with module 9' } }}                          | ${'unreadable-range'}
    ${'GIT ranges only'}     | ${{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'GIT', repo: 'r', events: [{ introduced: '0' }, { fixed: 'abc' }] }], versions: [] }} | ${'undecidable'}
    ${'bad range version'}   | ${{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: 'x.y' }] }], versions: [] }}      | ${'invalid-range'}
  `('reports an advisory it cannot decide ($case) as undecided', ({ entry, reason }) => {
    const result = scan(
      [lodash],
      [batch([advisory('ADV-1', [entry as Advisory['affected'][number]])])],
    );

    expect(result.findings).toEqual([]);
    expect(result.undecided).toEqual([
      expect.objectContaining({
        advisory: 'ADV-1',
        reason,
        component: expect.objectContaining({ ref: 'lodash' }),
      }),
    ]);
  });

  it('takes no claim from a known-not-affected entry and ignores withdrawn advisories', () => {
    const notAffected = advisory('ADV-2', [
      {
        package: { ecosystem: 'npm', name: 'lodash' },
        ranges: [],
        versions: [],
        extra: { status: 'known_not_affected' },
      },
    ]);
    const withdrawn = advisory('ADV-3', [fixedAt('npm', 'lodash', '5.0.0')], {
      withdrawn: '2026-01-01T00:00:00Z',
    });

    const result = scan([lodash], [batch([notAffected, withdrawn])]);

    expect(result.findings).toEqual([]);
    expect(result.undecided).toEqual([]);
  });

  it('matches Debian packages per release, and every release when the SBOM does not say', () => {
    const debian = (release: string, fixed: string) =>
      advisory(`DSA-${release}`, [fixedAt(`Debian:${release}`, 'openssl', fixed)]);
    const data = [batch([debian('11', '1.1.1w-0+deb11u1'), debian('12', '3.0.11-1~deb12u2')])];
    const inTwelve = component('ssl', { purl: 'pkg:deb/debian/openssl@3.0.9-1?distro=debian-12' });
    const unknown = component('ssl', { purl: 'pkg:deb/debian/openssl@1.1.1n-0' });

    expect(scan([inTwelve], data).findings.map((f) => f.vulnerability.id)).toEqual(['DSA-12']);
    expect(scan([unknown], data).findings.map((f) => f.vulnerability.id)).toEqual([
      'DSA-11',
      'DSA-12',
    ]);
    expect(scan([unknown], data).findings[0]?.evidence[0]?.decision).toMatch(
      /does not say which release/,
    );
  });

  it('attaches KEV and EPSS by CVE alias', () => {
    const data = batch([ghsa], {
      kev: [{ cveId: 'CVE-2021-23337', dateAdded: '2026-01-05' }],
      epss: [{ cveId: 'CVE-2021-23337', epss: 0.42, percentile: 0.97 }],
    });

    const [finding] = scan([lodash], [data]).findings;

    expect(finding?.kev?.dateAdded).toBe('2026-01-05');
    expect(finding?.epss?.epss).toBe(0.42);
    expect(scan([lodash], [data]).summary.kev).toBe(1);
  });

  it('scans identical components once but reports each occurrence', () => {
    const result = scanInventories(
      [inventory('a.json', [lodash]), inventory('b.json', [lodash])],
      buildAdvisoryIndex([batch([ghsa])]),
    );

    expect(result.findings.map((f) => f.id)).toEqual([
      'CVE-2021-23337@a.json#lodash',
      'CVE-2021-23337@b.json#lodash',
    ]);
  });
});

describe('VEX', () => {
  const statement = (fields: Partial<VexStatement>): VexStatement => ({
    vulnerability: 'CVE-2021-23337',
    aliases: [],
    products: [{ purl: 'pkg:npm/lodash' }],
    status: 'not_affected',
    responses: [],
    source: { format: 'openvex', file: 'vendor.openvex.json' },
    ...fields,
  });

  it('suppresses not_affected matches and keeps the statement and justification', () => {
    const vex = [statement({ justification: 'vulnerable_code_not_in_execute_path' })];

    const result = scan([lodash], [batch([ghsa])], vex);

    expect(result.findings).toEqual([]);
    expect(result.suppressed[0]?.vex).toMatchObject({
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      statement: expect.stringContaining('vendor.openvex.json'),
    });
  });

  it('annotates under_investigation without suppressing', () => {
    const result = scan([lodash], [batch([ghsa])], [statement({ status: 'under_investigation' })]);

    expect(result.findings[0]?.vex?.status).toBe('under_investigation');
  });

  it('covers later versions when the statement gives a range, and only those', () => {
    const vex = [
      statement({ products: [{ purl: 'pkg:npm/lodash', versionRange: 'vers:npm/>=4.17.20' }] }),
    ];
    const older = { ...lodash, ref: 'old', purl: 'pkg:npm/lodash@4.17.19' };

    const result = scan([lodash, older], [batch([ghsa])], vex);

    expect(result.suppressed.map((s) => s.match.component.ref)).toEqual(['lodash']);
    expect(result.findings.map((f) => f.component.ref)).toEqual(['old']);
  });

  it('lets the latest statement win', () => {
    const vex = [
      statement({ timestamp: '2026-01-01T00:00:00Z' }),
      statement({ status: 'affected', timestamp: '2026-02-01T00:00:00Z' }),
    ];

    expect(scan([lodash], [batch([ghsa])], vex).findings[0]?.vex?.status).toBe('affected');
  });
});

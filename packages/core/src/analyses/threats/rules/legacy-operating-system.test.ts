import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../../test/builders.js';
import {
  UBUNTU,
  eolProduct,
  runLifecycleRule,
} from '../../lifecycle/__fixtures__/lifecycle-data.js';
import { component, inventory } from '../../vulnerabilities/__fixtures__/scan-data.js';
import { legacyOperatingSystem } from './legacy-operating-system.js';

const model = (components: Parameters<typeof aComponent>[1][]) =>
  aModel({
    device: { marketDate: '2017-06-01', serviceLifeYears: 10 },
    clinicalFunctions: [{ id: 'infusion', description: 'Infuse', severity: 'catastrophic' }],
    components: components.map((fields, i) =>
      aComponent(`c${String(i)}`, { functions: ['infusion'], ...fields }),
    ),
    boms: [{ id: 'sbom', type: 'sbom', path: 'fw.cdx.json', component: 'c0' }],
  });

describe('legacy-operating-system', () => {
  it.each`
    case                                           | os                                                           | support                                                 | expected
    ${'Windows 7 (built-in list, no EOL data)'}    | ${{ name: 'Windows', version: '7' }}                         | ${undefined}                                            | ${['legacy-operating-system@c0/platform']}
    ${'Windows Embedded Standard 7 (alias table)'} | ${{ name: 'Windows Embedded Standard', version: '7' }}       | ${undefined}                                            | ${['legacy-operating-system@c0/platform']}
    ${'Windows Server 2012 R2'}                    | ${{ name: 'Windows Server', version: '2012 R2' }}            | ${undefined}                                            | ${['legacy-operating-system@c0/platform']}
    ${'a 4.9 kernel pinned by product and cycle'}  | ${{ name: 'Embedded Linux (Yocto)', version: 'kernel 4.9' }} | ${{ product: 'linux-kernel', cycle: '4.9' }}            | ${['legacy-operating-system@c0/platform']}
    ${'a kernel the built-in list cannot place'}   | ${{ name: 'Embedded Linux (Yocto)', version: 'kernel 4.9' }} | ${undefined}                                            | ${[]}
    ${'Windows 11 23H2: ambiguous, not guessed'}   | ${{ name: 'Windows', version: '11 23H2' }}                   | ${undefined}                                            | ${[]}
    ${'extended security updates declared'}        | ${{ name: 'Windows Server', version: '2012 R2' }}            | ${{ endOfSupport: '2026-10-13', source: 'ESU year 3' }} | ${[]}
  `('$case', ({ os, support, expected }) => {
    const findings = runLifecycleRule(
      legacyOperatingSystem,
      model([{ os, ...(support === undefined ? {} : { support }) }]),
      {
        asOf: '2026-06-01',
      },
    );

    expect(findings.map((f) => f.id)).toEqual(expected);
  });

  it('uses loaded EOL data first, with the date and extended support in the evidence', () => {
    const [finding] = runLifecycleRule(
      legacyOperatingSystem,
      model([{ os: { name: 'Ubuntu', version: '18.04.6 LTS' } }]),
      { asOf: '2026-06-01', eol: [UBUNTU] },
    );

    expect(finding?.hit.rationale).toBe(
      '"c0" (c0) runs Ubuntu 18.04.6 LTS, out of support: end of support 2023-05-31 (EOL data ubuntu 18.04, version 18.04.6 LTS is in cycle 18.04), 3 years before the analysis date 2026-06-01. Vulnerabilities found in it since are not fixed, and everything on the component runs on it.',
    );
    expect(finding?.hit.evidence?.map((e) => e.text)).toContain(
      'extended (usually paid) support until 2028-04-01',
    );
    expect(finding?.hit.mitigation).toContain(
      'buy extended security updates while they exist (until 2028-04-01)',
    );
    expect(finding?.hit.exploitability?.level).toBe('high');
  });

  it('takes the SBOM operating system over the os field, and judges it', () => {
    const sbom = inventory('fw.cdx.json', [
      component('zephyr', {
        type: 'operating-system',
        name: 'zephyr',
        version: '3.4.0',
        support: { levelOfSupport: 'actively-maintained', endOfSupportDate: '2025-07-28' },
      }),
    ]);
    const findings = runLifecycleRule(
      legacyOperatingSystem,
      model([{ os: { name: 'Zephyr RTOS', version: '3.4' } }]),
      {
        asOf: '2026-11-26',
        sboms: { sbom },
      },
    );

    expect(findings.map((f) => f.id)).toEqual(['legacy-operating-system@c0/zephyr']);
    expect(findings[0]?.hit.rationale).toContain(
      'The source still calls it "actively-maintained", which the date contradicts.',
    );
  });

  it('reports an ended release with no published date without needing an analysis date', () => {
    const old = eolProduct('example-rtos', [{ cycle: '2', eol: true }], { category: 'os' });
    const findings = runLifecycleRule(
      legacyOperatingSystem,
      model([{ os: { name: 'Example RTOS', version: '2.1' } }]),
      {
        eol: [old],
      },
    );

    expect(findings.map((f) => f.hit.rationale)).toEqual([
      '"c0" (c0) runs Example RTOS 2.1, out of support: support ended (no date stated) (EOL data example-rtos 2, version 2.1 is in cycle 2). Vulnerabilities found in it since are not fixed, and everything on the component runs on it.',
    ]);
  });
});

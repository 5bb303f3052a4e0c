import { describe, expect, it } from 'vitest';
import { detectEolData, readEolData } from './read.js';

const productFile = `---
title: Example OS
category: os
permalink: /example-os
alternate_urls:
  - /exampleos
releaseLabel: "Example __RELEASE_CYCLE__"
identifiers:
  - cpe: cpe:2.3:o:example:example_os
  - purl: pkg:generic/example-os
  - repology: example-os

releases:
  - releaseCycle: "3.10"
    releaseDate: 2024-01-02
    eoas: 2025-01-02
    eol: false
    latest: 3.10.4
  - releaseCycle: 3.4
    lts: true
    releaseDate: 2020-05-06
    eol: 2023-01-07 # announced on the list
    eoes: 2026-01-01
---

> Example OS is a fictional product.
`;

describe('detectEolData', () => {
  it.each`
    file                 | head                                        | format
    ${'products/x.md'}   | ${productFile}                              | ${'endoflife-product'}
    ${'README.md'}       | ${'# Title\n'}                              | ${undefined}
    ${'x.json'}          | ${'[{"cycle":"1.0","eol":false}]'}          | ${'endoflife-api-v0'}
    ${'x.json'}          | ${'{"schema_version":"1.2.0","result":{}}'} | ${'endoflife-api-v1'}
    ${'releases/x.json'} | ${'{\n  "releases": {\n'}                   | ${'endoflife-release-data'}
    ${'osv.json'}        | ${'{"id":"GHSA-x","affected":[]}'}          | ${undefined}
    ${'names.json'}      | ${'["ubuntu","windows"]'}                   | ${undefined}
  `('$file → $format', ({ file, head, format }) => {
    expect(detectEolData(file, head)).toBe(format);
  });
});

describe('readEolData', () => {
  it('reads a product file, keeping cycles as written and dates as text', () => {
    const result = readEolData(productFile, 'products/example-os.md');

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({
      product: 'example-os',
      title: 'Example OS',
      category: 'os',
      aliases: ['exampleos'],
      identifiers: {
        purls: ['pkg:generic/example-os'],
        cpes: ['cpe:2.3:o:example:example_os'],
      },
      releases: [
        {
          cycle: '3.10',
          label: 'Example 3.10',
          releaseDate: '2024-01-02',
          eol: false,
          support: '2025-01-02',
          latest: '3.10.4',
        },
        {
          cycle: '3.4',
          label: 'Example 3.4',
          releaseDate: '2020-05-06',
          eol: '2023-01-07',
          extendedSupport: '2026-01-01',
          lts: true,
        },
      ],
      sources: [{ file: 'products/example-os.md', format: 'endoflife-product' }],
    });
  });

  it('reads API v0 with the product named by the file, and warns about numeric cycles', () => {
    const text = JSON.stringify([
      {
        cycle: '22.04',
        releaseDate: '2022-04-21',
        eol: '2027-04-01',
        support: '2024-09-30',
        lts: true,
        latest: '22.04.4',
      },
      { cycle: 8.1, eol: true, support: true },
    ]);
    const result = readEolData(text, 'api/ubuntu.json');

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.product).toBe('ubuntu');
    expect(result.value.releases).toEqual([
      {
        cycle: '22.04',
        releaseDate: '2022-04-21',
        eol: '2027-04-01',
        support: '2024-09-30',
        lts: true,
        latest: '22.04.4',
      },
      { cycle: '8.1', eol: true },
    ]);
    expect(result.issues.map((i) => i.message)).toEqual([
      'release cycle 8.1 is a number; a cycle such as 3.10 would read as 3.1',
    ]);
  });

  it('reads API v1, preferring dates over flags', () => {
    const text = JSON.stringify({
      schema_version: '1.2.0',
      result: {
        name: 'OpenSSL',
        label: 'OpenSSL',
        category: 'framework',
        aliases: ['open-ssl'],
        identifiers: [
          { type: 'cpe', id: 'cpe:2.3:a:openssl:openssl' },
          { type: 'repology', id: 'openssl' },
        ],
        releases: [
          {
            name: '3.0',
            isLts: true,
            ltsFrom: null,
            isEol: false,
            eolFrom: '2026-09-07',
            latest: { name: '3.0.15', date: '2024-09-03' },
          },
          {
            name: '1.1.1',
            isLts: true,
            isEol: true,
            eolFrom: '2023-09-11',
            isEoes: false,
            eoesFrom: '2026-09-11',
          },
        ],
      },
    });
    const result = readEolData(text, 'openssl.json');

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      product: 'openssl',
      title: 'OpenSSL',
      aliases: ['open-ssl'],
      identifiers: { cpes: ['cpe:2.3:a:openssl:openssl'], purls: [] },
      releases: [
        {
          cycle: '3.0',
          lts: true,
          eol: '2026-09-07',
          latest: '3.0.15',
          latestReleaseDate: '2024-09-03',
        },
        { cycle: '1.1.1', lts: true, eol: '2023-09-11', extendedSupport: '2026-09-11' },
      ],
    });
  });

  it('reads release-data, an empty releases object included', () => {
    const text = JSON.stringify({
      releases: {
        '3.4': { name: '3.4', eol: '2026-10-22' },
        '3.0': { name: '3.0', eol: '2026-09-07', eoes: '2027-09-07' },
      },
      versions: { '3.4.1': { name: '3.4.1', date: '2025-02-11' } },
    });
    const result = readEolData(text, 'release-data/releases/openssl.json');
    const empty = readEolData('{"releases": {}, "versions": {}}', 'corretto.json');

    expect(result.ok && result.value.releases).toEqual([
      { cycle: '3.4', eol: '2026-10-22' },
      { cycle: '3.0', eol: '2026-09-07', extendedSupport: '2027-09-07' },
    ]);
    expect(empty.ok && empty.value.releases).toEqual([]);
  });

  it.each`
    case                       | file        | text                                         | message
    ${'no front matter'}       | ${'x.md'}   | ${'---\nreleases:\n  - releaseCycle: "1"\n'} | ${'no YAML front matter (a block between --- lines)'}
    ${'front matter w/o list'} | ${'x.md'}   | ${'---\ntitle: X\nreleases: none\n---\n'}    | ${'no list of releases'}
    ${'YAML syntax'}           | ${'x.md'}   | ${'---\nreleases: [\n---\n'}                 | ${expect.stringContaining('')}
    ${'JSON syntax'}           | ${'x.json'} | ${'[{"cycle": "1", }]'}                      | ${expect.stringContaining('')}
    ${'no cycle anywhere'}     | ${'x.json'} | ${'[{"cycle": ""}]'}                         | ${'no release has a cycle name'}
    ${'not EOL data'}          | ${'x.json'} | ${'{"id": "OSV-1"}'}                         | ${expect.stringContaining('not endoflife.date data')}
  `('refuses $case with an error issue', ({ file, text, message }) => {
    const result = readEolData(text, file);

    expect(result.ok).toBe(false);
    expect(
      result.issues.filter((i) => i.severity === 'error').map((i) => i.message),
    ).toContainEqual(message);
  });

  it('locates YAML errors on the file line, not the front-matter line', () => {
    const result = readEolData('---\ntitle: X\nreleases: [\n---\n', 'x.md');

    expect(result.issues[0]?.location?.line).toBeGreaterThanOrEqual(3);
  });

  it('drops bad dates with a warning and keeps the release', () => {
    const result = readEolData(
      '---\nreleases:\n  - releaseCycle: "1.0"\n    eol: 2023-02-30\n    releaseDate: soon\n---\n',
      'x.md',
    );

    expect(result.ok && result.value.releases).toEqual([{ cycle: '1.0' }]);
    expect(result.issues.map((i) => [i.severity, i.path.join('.')])).toEqual([
      ['warning', 'releases.0.releaseDate'],
      ['warning', 'releases.0.eol'],
    ]);
  });
});

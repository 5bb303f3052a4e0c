import { describe, expect, it } from 'vitest';
import { buildEolIndex, purlKey } from './eol-index.js';
import { mergeEolProducts } from './merge.js';
import type { EolProduct } from './types.js';

const md = (product: string, extra: Partial<EolProduct> = {}): EolProduct => ({
  product,
  aliases: [],
  identifiers: { purls: [], cpes: [] },
  releases: [{ cycle: '1', eol: '2020-01-01', releaseDate: '2018-01-01' }],
  sources: [{ file: `products/${product}.md`, format: 'endoflife-product' }],
  ...extra,
});
const releaseData = (product: string, extra: Partial<EolProduct> = {}): EolProduct => ({
  ...md(product),
  releases: [
    { cycle: '1', eol: '2021-06-30' },
    { cycle: '2', eol: false },
  ],
  sources: [{ file: `releases/${product}.json`, format: 'endoflife-release-data' }],
  ...extra,
});

describe('mergeEolProducts', () => {
  it('lets the product file win and fills in from release data, in any input order', () => {
    const forward = mergeEolProducts([md('openssl'), releaseData('openssl')]);
    const backward = mergeEolProducts([releaseData('openssl'), md('openssl')]);

    expect(forward).toEqual(backward);
    expect(forward).toHaveLength(1);
    expect(forward[0]?.releases).toEqual([
      { cycle: '1', eol: '2020-01-01', releaseDate: '2018-01-01' },
      { cycle: '2', eol: false },
    ]);
    expect(forward[0]?.sources.map((s) => s.file)).toEqual([
      'products/openssl.md',
      'releases/openssl.json',
    ]);
  });

  it('joins a product named by another one’s alias', () => {
    const merged = mergeEolProducts([
      md('linux-kernel', { aliases: ['linux'] }),
      releaseData('linux'),
    ]);

    expect(merged.map((p) => p.product)).toEqual(['linux-kernel']);
    expect(merged[0]?.aliases).toEqual(['linux']);
  });
});

describe('buildEolIndex', () => {
  const index = buildEolIndex([
    md('ubuntu', { aliases: ['ubuntu-linux'] }),
    md('jquery', { identifiers: { purls: ['pkg:npm/jquery'], cpes: ['cpe:2.3:a:jquery:jquery'] } }),
    md('openssl'),
    md('windows-embedded'),
  ]);

  it.each`
    lookup                                                           | expected
    ${index.byName('Ubuntu')}                                        | ${['ubuntu', 'id', undefined]}
    ${index.byName('ubuntu-linux')}                                  | ${['ubuntu', 'alias', undefined]}
    ${index.byName('Ubuntu Server')}                                 | ${['ubuntu', 'table', undefined]}
    ${index.byName('Windows Embedded Standard')}                     | ${['windows-embedded', 'table', 'standard']}
    ${index.byName('Zephyr')}                                        | ${undefined}
    ${index.byPurl('pkg:npm/jquery@3.5.1')}                          | ${['jquery', 'purl', undefined]}
    ${index.byPurl('pkg:npm/jquery-ui@1.13.0')}                      | ${undefined}
    ${index.byCpe('cpe:2.3:a:jquery:jquery:3.5.1:*:*:*:*:*:*:*')}    | ${['jquery', 'cpe', undefined]}
    ${index.byCpe('cpe:2.3:a:openssl:openssl:1.1.1w:*:*:*:*:*:*:*')} | ${['openssl', 'table', undefined]}
    ${index.byCpe('cpe:/a:openssl:openssl:3.0.1')}                   | ${['openssl', 'table', undefined]}
  `('finds $expected', ({ lookup, expected }) => {
    const match = lookup as ReturnType<typeof index.byName>;

    expect(
      match === undefined ? undefined : [match.product.product, match.by, match.cyclePrefix],
    ).toEqual(expected);
  });

  it('keys purls by type, namespace and name', () => {
    expect(purlKey('pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1?type=jar')).toBe(
      'maven/org.apache.logging.log4j/log4j-core',
    );
    expect(purlKey('not a purl')).toBeUndefined();
  });
});

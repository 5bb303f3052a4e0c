import { describe, expect, it } from 'vitest';
import { compareAttribute, cpeCovers, cpeMatch } from './match.js';
import { parseCpe } from './parse.js';
import { ANY, NA, type Wfn } from './types.js';
import { vendorProduct } from './values.js';

const wfn = (text: string): Wfn => {
  const result = parseCpe(text);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
};

// NIST IR 7696 Table 6-2: the enumeration of attribute comparison relations, one row each.
describe('compareAttribute: NIST IR 7696 Table 6-2', () => {
  it.each`
    row   | source   | target    | expected
    ${1}  | ${ANY}   | ${ANY}    | ${'equal'}
    ${2}  | ${ANY}   | ${NA}     | ${'superset'}
    ${3}  | ${ANY}   | ${'foo'}  | ${'superset'}
    ${4}  | ${ANY}   | ${'foo*'} | ${'undefined'}
    ${5}  | ${NA}    | ${ANY}    | ${'subset'}
    ${6}  | ${NA}    | ${NA}     | ${'equal'}
    ${7}  | ${NA}    | ${'foo'}  | ${'disjoint'}
    ${8}  | ${NA}    | ${'foo*'} | ${'undefined'}
    ${9}  | ${'foo'} | ${'foo'}  | ${'equal'}
    ${10} | ${'foo'} | ${'bar'}  | ${'disjoint'}
    ${11} | ${'foo'} | ${'?oo'}  | ${'undefined'}
    ${12} | ${'foo'} | ${NA}     | ${'disjoint'}
    ${13} | ${'foo'} | ${ANY}    | ${'subset'}
    ${14} | ${'fo*'} | ${'foo'}  | ${'superset'}
    ${14} | ${'ba*'} | ${'foo'}  | ${'disjoint'}
    ${15} | ${'fo*'} | ${ANY}    | ${'subset'}
    ${16} | ${'fo*'} | ${NA}     | ${'disjoint'}
    ${17} | ${'fo*'} | ${'*oo'}  | ${'undefined'}
  `('row $row: $source vs $target → $expected', ({ source, target, expected }) => {
    expect(compareAttribute(source, target)).toBe(expected);
  });
});

// NIST IR 7696 §6.1.3.2: what the wildcards of a source value cover.
describe('compareAttribute: wildcards in the source', () => {
  it.each`
    source         | target            | expected
    ${'8\\.0\\.*'} | ${'8\\.0\\.6001'} | ${'superset'}
    ${'8\\.0\\.*'} | ${'8\\.1\\.6001'} | ${'disjoint'}
    ${'*\\.6001'}  | ${'8\\.0\\.6001'} | ${'superset'}
    ${'*0\\.6*'}   | ${'8\\.0\\.6001'} | ${'superset'}
    ${'sp?'}       | ${'sp1'}          | ${'superset'}
    ${'sp?'}       | ${'sp12'}         | ${'disjoint'}
    ${'sp??'}      | ${'sp12'}         | ${'superset'}
    ${'?p1'}       | ${'sp1'}          | ${'superset'}
    ${'?p1'}       | ${'xsp1'}         | ${'disjoint'}
    ${'\\*beta'}   | ${'\\*beta'}      | ${'equal'}
    ${'\\*beta'}   | ${'xbeta'}        | ${'disjoint'}
    ${'*'}         | ${'anything'}     | ${'superset'}
    ${'Microsoft'} | ${'microsoft'}    | ${'equal'}
  `('$source vs $target → $expected', ({ source, target, expected }) => {
    expect(compareAttribute(source, target)).toBe(expected);
  });
});

describe('cpeMatch: name relations (NIST IR 7696 §6.2)', () => {
  it.each`
    case                                                | source                                                         | target                                                              | expected
    ${'advisory for all versions covers one version'}   | ${'cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*'}                    | ${'cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*'}                    | ${'superset'}
    ${'the same name'}                                  | ${'cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*'}               | ${'cpe:/a:apache:log4j:2.14.1'}                                     | ${'equal'}
    ${'a specific version does not cover all versions'} | ${'cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*'}               | ${'cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*'}                         | ${'subset'}
    ${'another product'}                                | ${'cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*'}                    | ${'cpe:2.3:a:apache:tomcat:9.0:*:*:*:*:*:*:*'}                      | ${'disjoint'}
    ${'another version'}                                | ${'cpe:2.3:a:apache:log4j:2.15.0:*:*:*:*:*:*:*'}               | ${'cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*'}                    | ${'disjoint'}
    ${'wildcard version covers'}                        | ${'cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*'} | ${'cpe:2.3:a:microsoft:internet_explorer:8.0.6001:sp1:*:*:*:*:*:*'} | ${'superset'}
    ${'platform-specific advisory, unspecified target'} | ${'cpe:2.3:a:adobe:acrobat:*:*:*:*:*:windows:*:*'}             | ${'cpe:2.3:a:adobe:acrobat:20.1:*:*:*:*:*:*:*'}                     | ${'overlap'}
    ${'platform-specific advisory, other platform'}     | ${'cpe:2.3:a:adobe:acrobat:*:*:*:*:*:windows:*:*'}             | ${'cpe:2.3:a:adobe:acrobat:20.1:*:*:*:*:macos:*:*'}                 | ${'disjoint'}
    ${'target with wildcards cannot be judged'}         | ${'cpe:2.3:a:apache:log4j:*:*:*:*:*:*:*:*'}                    | ${'cpe:2.3:a:apache:log4j:2.*:*:*:*:*:*:*:*'}                       | ${'undefined'}
    ${'NA update is covered by ANY'}                    | ${'cpe:2.3:o:linux:linux_kernel:5.10:*:*:*:*:*:*:*'}           | ${'cpe:2.3:o:linux:linux_kernel:5.10:-:*:*:*:*:*:*'}                | ${'superset'}
    ${'NA update is disjoint from a named update'}      | ${'cpe:2.3:o:linux:linux_kernel:5.10:rc1:*:*:*:*:*:*'}         | ${'cpe:2.3:o:linux:linux_kernel:5.10:-:*:*:*:*:*:*'}                | ${'disjoint'}
  `('$case → $expected', ({ source, target, expected }) => {
    const relation = cpeMatch(wfn(source), wfn(target));

    expect(relation).toBe(expected);
    expect(cpeCovers(wfn(source), wfn(target))).toBe(
      expected === 'superset' || expected === 'equal',
    );
  });
});

describe('vendorProduct', () => {
  it.each`
    text                                                 | expected
    ${'cpe:2.3:a:apache:log4j:2.14.1:*:*:*:*:*:*:*'}     | ${{ vendor: 'apache', product: 'log4j', key: 'apache:log4j' }}
    ${'cpe:/a:microsoft:internet_explorer:8.0'}          | ${{ vendor: 'microsoft', product: 'internet_explorer', key: 'microsoft:internet_explorer' }}
    ${'cpe:2.3:a:foo\\:bar:big\\$money:*:*:*:*:*:*:*:*'} | ${{ vendor: 'foo:bar', product: 'big$money', key: 'foo\\:bar:big$money' }}
    ${'cpe:2.3:a:*:log4j:*:*:*:*:*:*:*:*'}               | ${undefined}
    ${'cpe:2.3:a:apache:log*:*:*:*:*:*:*:*:*'}           | ${undefined}
    ${'cpe:2.3:a:-:log4j:*:*:*:*:*:*:*:*'}               | ${undefined}
  `('$text', ({ text, expected }) => {
    expect(vendorProduct(wfn(text))).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { versContains, versIntervals, versToOsv } from './vers-ranges.js';

describe('versContains', () => {
  it.each`
    vers                                | version         | expected
    ${'vers:deb/>=1.0-1|<1.0-3'}        | ${'1.0-2'}      | ${true}
    ${'vers:deb/>=1.0-1|<1.0-3'}        | ${'1.0-3'}      | ${false}
    ${'vers:deb/>=1.0-1|<=1.0-3'}       | ${'1.0-3'}      | ${true}
    ${'vers:deb/>1.0-1|<1.0-3'}         | ${'1.0-1'}      | ${false}
    ${'vers:deb/<1.0'}                  | ${'1.0~rc1'}    | ${true}
    ${'vers:deb/<1.0|>=2.0'}            | ${'1.5'}        | ${false}
    ${'vers:deb/<1.0|>=2.0'}            | ${'2.5'}        | ${true}
    ${'vers:deb/>=1.0|<2.0|>=3.0|<4.0'} | ${'3.5'}        | ${true}
    ${'vers:deb/>=1.0|<2.0|>=3.0|<4.0'} | ${'2.5'}        | ${false}
    ${'vers:deb/>=1.0|!=1.5|<2.0'}      | ${'1.5'}        | ${false}
    ${'vers:deb/>=1.0|!=1.5|<2.0'}      | ${'1.6'}        | ${true}
    ${'vers:deb/1.0|3.0'}               | ${'3.0'}        | ${true}
    ${'vers:deb/1.0|3.0'}               | ${'2.0'}        | ${false}
    ${'vers:deb/!=1.0'}                 | ${'2.0'}        | ${true}
    ${'vers:deb/!=1.0'}                 | ${'1.0'}        | ${false}
    ${'vers:deb/*'}                     | ${'9.9'}        | ${true}
    ${'vers:all/*'}                     | ${'anything'}   | ${true}
    ${'vers:none/*'}                    | ${'anything'}   | ${false}
    ${'vers:rpm/<1:2.0-1.el8'}          | ${'2.9-1.el8'}  | ${true}
    ${'vers:apk/<1.0-r2'}               | ${'1.0_rc3-r9'} | ${true}
    ${'vers:cran/>=1.0-2'}              | ${'1.0.10'}     | ${true}
  `('$version in $vers → $expected', ({ vers, version, expected }) => {
    const result = versContains(vers, version);

    expect(result).toEqual({ ok: true, value: expected, issues: [] });
  });

  it.each`
    vers                 | version   | reason
    ${'vers:deb/<1.0'}   | ${'a1.0'} | ${'is not a valid deb version'}
    ${'vers:deb/<x1.0'}  | ${'1.0'}  | ${'in the range is not a valid deb version'}
    ${'vers:conan/<1.0'} | ${'0.5'}  | ${'cannot be evaluated'}
    ${'vers:deb/'}       | ${'1.0'}  | ${'no constraints'}
  `(
    'refuses to decide $version in $vers',
    ({ vers, version, reason }: { vers: string; version: string; reason: string }) => {
      const result = versContains(vers, version);

      expect(result.ok).toBe(false);
      expect(result.issues[0]?.message).toContain(reason);
    },
  );
});

describe('versIntervals', () => {
  it('reads the constraints pairwise, as the vers containment algorithm does', () => {
    const c = (comparator: '<' | '<=' | '>' | '>=', version: string) => ({ comparator, version });

    const intervals = versIntervals([c('<=', '1'), c('>', '2'), c('<', '3'), c('>=', '4')]);

    expect(intervals).toEqual([
      { upper: { version: '1', inclusive: true } },
      { lower: { version: '2', inclusive: false }, upper: { version: '3', inclusive: false } },
      { lower: { version: '4', inclusive: true } },
    ]);
  });
});

describe('versToOsv', () => {
  it.each`
    vers                             | ranges                                                                                          | versions
    ${'vers:deb/>=1.0|<2.0'}         | ${[[{ introduced: '1.0' }, { fixed: '2.0' }]]}                                                  | ${[]}
    ${'vers:deb/<=2.0'}              | ${[[{ introduced: '0' }, { last_affected: '2.0' }]]}                                            | ${[]}
    ${'vers:deb/>=3.0'}              | ${[[{ introduced: '3.0' }]]}                                                                    | ${[]}
    ${'vers:deb/<1.0|>=2.0|<=3.0'}   | ${[[{ introduced: '0' }, { fixed: '1.0' }], [{ introduced: '2.0' }, { last_affected: '3.0' }]]} | ${[]}
    ${'vers:deb/0.5|>=1.0|<2.0|2.5'} | ${[[{ introduced: '1.0' }, { fixed: '2.0' }]]}                                                  | ${['0.5', '2.5']}
    ${'vers:deb/*'}                  | ${[[{ introduced: '0' }]]}                                                                      | ${[]}
  `('$vers', ({ vers, ranges, versions }) => {
    const result = versToOsv(vers);

    expect(result).toEqual({
      ok: true,
      value: {
        ranges: (ranges as object[][]).map((events) => ({ type: 'ECOSYSTEM', events })),
        versions,
      },
      issues: [],
    });
  });

  it('uses SEMVER ranges for the vers semver scheme', () => {
    expect(versToOsv('vers:semver/<1.0.0')).toMatchObject({
      ok: true,
      value: { ranges: [{ type: 'SEMVER' }] },
    });
  });

  it.each`
    vers                      | reason
    ${'vers:deb/>1.0|<2.0'}   | ${'exclusive lower bound'}
    ${'vers:deb/>=1.0|!=1.5'} | ${'"!=" has no OSV equivalent'}
    ${'vers:none/*'}          | ${'names no version'}
  `(
    'refuses $vers rather than widening it',
    ({ vers, reason }: { vers: string; reason: string }) => {
      const result = versToOsv(vers);

      expect(result.ok).toBe(false);
      expect(result.issues[0]?.message).toContain(reason);
    },
  );
});

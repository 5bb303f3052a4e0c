import { describe, expect, it } from 'vitest';
import type { AffectedEntry, AffectedRange, RangeEvent } from '../../advisories/types.js';
import { debian } from '../../versions/debian/index.js';
import { generic } from '../../versions/generic/index.js';
import { isAffected } from './events.js';

const range = (...events: RangeEvent[]): AffectedRange => ({ type: 'ECOSYSTEM', events });
const entry = (ranges: AffectedRange[], versions: string[] = []): AffectedEntry => ({
  ranges,
  versions,
});
const intro = (v: string): RangeEvent => ({ introduced: v });
const fixed = (v: string): RangeEvent => ({ fixed: v });
const last = (v: string): RangeEvent => ({ last_affected: v });
const limit = (v: string): RangeEvent => ({ limit: v });

function affected(version: string, e: AffectedEntry): boolean | string {
  const result = isAffected(version, e, generic);
  return 'error' in result ? result.error : result.affected;
}

describe('isAffected (OSV evaluation)', () => {
  it.each`
    case                                         | ranges                                                                    | version    | expected
    ${'introduced 0 = from the beginning'}       | ${[range(intro('0'), fixed('2.0'))]}                                      | ${'0'}     | ${true}
    ${'fixed is exclusive'}                      | ${[range(intro('1.0'), fixed('2.0'))]}                                    | ${'2.0'}   | ${false}
    ${'fixed is exclusive, below it'}            | ${[range(intro('1.0'), fixed('2.0'))]}                                    | ${'1.9'}   | ${true}
    ${'introduced is inclusive'}                 | ${[range(intro('1.0'), fixed('2.0'))]}                                    | ${'1.0'}   | ${true}
    ${'below introduced'}                        | ${[range(intro('1.0'), fixed('2.0'))]}                                    | ${'0.9'}   | ${false}
    ${'last_affected is inclusive'}              | ${[range(intro('1.0'), last('2.0'))]}                                     | ${'2.0'}   | ${true}
    ${'above last_affected'}                     | ${[range(intro('1.0'), last('2.0'))]}                                     | ${'2.1'}   | ${false}
    ${'no upper bound'}                          | ${[range(intro('1.0'))]}                                                  | ${'99'}    | ${true}
    ${'unsorted events are sorted first'}        | ${[range(fixed('2.0'), intro('1.0'))]}                                    | ${'1.5'}   | ${true}
    ${'unsorted, two intervals, in the gap'}     | ${[range(fixed('3.0'), intro('2.5'), fixed('2.0'), intro('1.0'))]}        | ${'2.2'}   | ${false}
    ${'unsorted, two intervals, second'}         | ${[range(fixed('3.0'), intro('2.5'), fixed('2.0'), intro('1.0'))]}        | ${'2.7'}   | ${true}
    ${'introduced after fixed reopens'}          | ${[range(intro('0'), fixed('1.0'), intro('2.0'))]}                        | ${'2.5'}   | ${true}
    ${'introduced after fixed, in the gap'}      | ${[range(intro('0'), fixed('1.0'), intro('2.0'))]}                        | ${'1.5'}   | ${false}
    ${'fixed before any introduced'}             | ${[range(fixed('1.0'), intro('2.0'))]}                                    | ${'0.5'}   | ${false}
    ${'touching intervals: fixed then reopen'}   | ${[range(intro('1.0'), fixed('2.0'), intro('2.0'), fixed('3.0'))]}        | ${'2.0'}   | ${true}
    ${'empty interval [1.0, 1.0)'}               | ${[range(intro('1.0'), fixed('1.0'))]}                                    | ${'1.0'}   | ${false}
    ${'single version [1.0, 1.0]'}               | ${[range(intro('1.0'), last('1.0'))]}                                     | ${'1.0'}   | ${true}
    ${'limit bounds the search'}                 | ${[range(intro('1.0'), limit('2.0'))]}                                    | ${'2.0'}   | ${false}
    ${'below the limit'}                         | ${[range(intro('1.0'), limit('2.0'))]}                                    | ${'1.5'}   | ${true}
    ${'limit * is no limit'}                     | ${[range(intro('1.0'), limit('*'))]}                                      | ${'50'}    | ${true}
    ${'below any of several limits'}             | ${[range(intro('1.0'), limit('2.0'), limit('3.0'))]}                      | ${'2.5'}   | ${true}
    ${'limit does not extend a fix'}             | ${[range(intro('1.0'), fixed('1.5'), limit('3.0'))]}                      | ${'2.0'}   | ${false}
    ${'overlapping ranges OR-ed'}                | ${[range(intro('1.0'), fixed('2.0')), range(intro('1.5'), fixed('3.0'))]} | ${'2.5'}   | ${true}
    ${'outside both ranges'}                     | ${[range(intro('1.0'), fixed('2.0')), range(intro('2.5'), fixed('3.0'))]} | ${'2.2'}   | ${false}
    ${'numeric, not textual, order'}             | ${[range(intro('1.2'), fixed('1.10'))]}                                   | ${'1.9'}   | ${true}
    ${'version compared with scheme equality'}   | ${[range(intro('1.0'), fixed('2'))]}                                      | ${'2.0.0'} | ${false}
    ${'invalid version'}                         | ${[range(intro('1.0'), fixed('2.0'))]}                                    | ${'1.0a'}  | ${'invalid-version'}
    ${'invalid event version'}                   | ${[range(intro('1.0'), fixed('2.0-rc1'))]}                                | ${'1.5'}   | ${'invalid-range'}
    ${'no introduced event'}                     | ${[range(fixed('2.0'))]}                                                  | ${'1.5'}   | ${'invalid-range'}
    ${'empty events'}                            | ${[range()]}                                                              | ${'1.5'}   | ${'invalid-range'}
    ${'a valid range decides despite a bad one'} | ${[range(fixed('x')), range(intro('1.0'))]}                               | ${'1.5'}   | ${true}
    ${'a bad range blocks "not affected"'}       | ${[range(fixed('x')), range(intro('1.0'), fixed('1.2'))]}                 | ${'1.5'}   | ${'invalid-range'}
    ${'an invalid version outranks a bad range'} | ${[range(fixed('x')), range(intro('1.0'))]}                               | ${'1.0a'}  | ${'invalid-version'}
  `('$case: $version → $expected', ({ ranges, version, expected }) => {
    const result = affected(version, entry(ranges));

    expect(result).toBe(expected);
  });

  it.each`
    case                                     | versions            | version        | expected
    ${'listed version matches'}              | ${['1.5', '1.7']}   | ${'1.7'}       | ${true}
    ${'listed by scheme equality'}           | ${['1.7']}          | ${'1.7.0'}     | ${true}
    ${'not listed'}                          | ${['1.5', '1.7']}   | ${'1.6'}       | ${false}
    ${'listed even when invalid for scheme'} | ${['v1.6-beta']}    | ${'v1.6-beta'} | ${true}
    ${'invalid listed entries are skipped'}  | ${['garbage', '2']} | ${'2.0'}       | ${true}
  `('versions list: $case', ({ versions, version, expected }) => {
    const result = affected(version, entry([range(intro('3.0'))], versions));

    expect(result).toBe(expected);
  });

  it('keeps the opening event and the fix that closes the interval as evidence', () => {
    const r = range(intro('0'), fixed('1.0'), intro('2.0'), fixed('2.4'), intro('3.0'));

    const result = isAffected('2.1', entry([r]), generic);

    expect(result).toEqual({
      affected: true,
      evidence: { range: r, event: { introduced: '2.0' }, until: { fixed: '2.4' } },
    });
  });

  it('names the fix that excludes a version that is not affected', () => {
    const r = range(intro('1.0'), fixed('2.0'));

    const result = isAffected('2.1', entry([r]), generic);

    expect(result).toEqual({ affected: false, evidence: { range: r, event: { fixed: '2.0' } } });
  });

  it('orders with the given scheme (Debian: tilde before release, epochs)', () => {
    const e = entry([range(intro('0'), fixed('1:2.0-1'))]);

    expect(isAffected('2.0-1~bpo1', e, debian)).toMatchObject({ affected: true });
    expect(isAffected('1:2.0-1~deb12u1', e, debian)).toMatchObject({ affected: true });
    expect(isAffected('1:2.0-1+deb12u1', e, debian)).toMatchObject({ affected: false });
  });
});

describe('isAffected: SEMVER and GIT ranges', () => {
  const semver = (...events: RangeEvent[]): AffectedRange => ({ type: 'SEMVER', events });

  it.each`
    case                                 | version             | expected
    ${'prerelease sorts before release'} | ${'2.0.0-rc.1'}     | ${true}
    ${'the fix itself'}                  | ${'2.0.0'}          | ${false}
    ${'numeric prerelease identifiers'}  | ${'1.0.0-alpha.10'} | ${true}
    ${'Go v prefix'}                     | ${'v1.5.0'}         | ${true}
    ${'build metadata ignored'}          | ${'2.0.0+build.5'}  | ${false}
    ${'not SemVer'}                      | ${'1.5'}            | ${'invalid-version'}
  `('SEMVER ranges use SemVer 2.0.0 even under another scheme: $case', ({ version, expected }) => {
    const e = entry([semver(intro('1.0.0-alpha.2'), fixed('2.0.0'))]);

    const result = isAffected(version, e, debian);

    expect('error' in result ? result.error : result.affected).toBe(expected);
  });

  const git: AffectedRange = {
    type: 'GIT',
    repo: 'https://example.org/repo.git',
    events: [intro('abc123'), fixed('def456')],
  };

  it('reports GIT-only entries without versions as undecidable', () => {
    const result = isAffected('1.0', entry([git]), generic);

    expect(result).toMatchObject({ error: 'undecidable' });
  });

  it('decides GIT entries by their versions list and names the GIT ranges it left out', () => {
    const listed = isAffected('1.0', entry([git], ['1.0']), generic);
    const unlisted = isAffected('1.1', entry([git], ['1.0']), generic);

    expect(listed).toEqual({ affected: true, evidence: { listed: '1.0', unevaluated: [git] } });
    expect(unlisted).toEqual({ affected: false, evidence: { unevaluated: [git] } });
  });

  it('decides by the ECOSYSTEM range next to a GIT range', () => {
    const result = isAffected('1.5', entry([git, range(intro('1.0'))]), generic);

    expect(result).toMatchObject({ affected: true, evidence: { unevaluated: [git] } });
  });

  it('treats an entry with neither ranges nor versions as naming every version', () => {
    const result = isAffected('1.5', entry([]), generic);

    expect(result).toEqual({ affected: true, evidence: { allVersions: true } });
  });
});

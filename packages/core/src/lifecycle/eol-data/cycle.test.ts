import { describe, expect, it } from 'vitest';
import { cycleFor } from './cycle.js';
import type { EolProduct } from './types.js';

const product = (...cycles: (string | [string, string])[]): EolProduct => ({
  product: 'p',
  aliases: [],
  identifiers: { purls: [], cpes: [] },
  releases: cycles.map((c) =>
    typeof c === 'string' ? { cycle: c } : { cycle: c[0], label: c[1] },
  ),
  sources: [],
});

describe('cycleFor', () => {
  it.each`
    cycles                                | version                      | result
    ${['3.4', '3.3']}                     | ${'3.4.0'}                   | ${'prefix 3.4'}
    ${['3', '2']}                         | ${'3.4.0'}                   | ${'prefix 3'}
    ${['3.4', '3']}                       | ${'3.4.0'}                   | ${'prefix 3.4'}
    ${['3.4']}                            | ${'3.40.1'}                  | ${'none'}
    ${['5.1', '5.10']}                    | ${'5.10.120'}                | ${'prefix 5.10'}
    ${['22.04', '20.04']}                 | ${'22.04 LTS'}               | ${'prefix 22.04'}
    ${['1.1.1', '3.0']}                   | ${'1.1.1w'}                  | ${'prefix 1.1.1'}
    ${['2019', '2016']}                   | ${'2019'}                    | ${'exact 2019'}
    ${['v3']}                             | ${'v3'}                      | ${'exact v3'}
    ${['18']}                             | ${'v18.17.0'}                | ${'prefix 18'}
    ${['7-sp1', '8.1']}                   | ${'7'}                       | ${'only 7-sp1'}
    ${['7-sp1', '8.1']}                   | ${'7 SP1'}                   | ${'exact 7-sp1'}
    ${['standard-7-sp1', 'compact-7']}    | ${'standard 7'}              | ${'only standard-7-sp1'}
    ${[['5-sp3', 'XP SP3']]}              | ${'XP'}                      | ${'only 5-sp3'}
    ${['11-23h2-e', '11-23h2-w']}         | ${'11 23H2'}                 | ${'ambiguous 11-23h2-e,11-23h2-w'}
    ${['10-21h2-e-lts', '10-1809-e-lts']} | ${'10 Enterprise LTSC 2021'} | ${'none'}
    ${['4.9', '4.14']}                    | ${''}                        | ${'none'}
  `('$version in $cycles → $result', ({ cycles, version, result }) => {
    const match = cycleFor(
      product(...(cycles as (string | [string, string])[])),
      version as string,
    );
    const text =
      match.kind === 'matched'
        ? `${match.rule} ${match.release.cycle}`
        : match.kind === 'ambiguous'
          ? `ambiguous ${match.candidates.join(',')}`
          : 'none';

    expect(text).toBe(result);
  });
});

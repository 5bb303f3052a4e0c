import { describe, expect, it } from 'vitest';
import { didYouMean } from './suggest.js';

describe('didYouMean', () => {
  it.each`
    case                                          | value           | candidates                     | expected
    ${'one substitution'}                         | ${'gatewey'}    | ${['gateway', 'pump']}         | ${'gateway'}
    ${'one deletion'}                             | ${'gatewy'}     | ${['gateway', 'pump']}         | ${'gateway'}
    ${'one insertion'}                            | ${'gateeway'}   | ${['gateway', 'pump']}         | ${'gateway'}
    ${'a transposition is one edit'}              | ${'pmup'}       | ${['pump', 'gateway']}         | ${'pump'}
    ${'a transposition in a two-letter word'}     | ${'ab'}         | ${['ba']}                      | ${'ba'}
    ${'case is ignored'}                          | ${'PUMP'}       | ${['pump']}                    | ${'pump'}
    ${'the closest of several'}                   | ${'sourc'}      | ${['source', 'sourceX', 'sc']} | ${'source'}
    ${'two edits within a third of six letters'}  | ${'abcdef'}     | ${['abcdXY']}                  | ${'abcdXY'}
    ${'three edits past a third of six letters'}  | ${'abcdef'}     | ${['abcXYZ']}                  | ${undefined}
    ${'one edit is always allowed (short words)'} | ${'ab'}         | ${['ax']}                      | ${'ax'}
    ${'two edits on a short word are too many'}   | ${'ab'}         | ${['xy']}                      | ${undefined}
    ${'nothing alike'}                            | ${'telemetry'}  | ${['pump', 'gateway']}         | ${undefined}
    ${'very different lengths'}                   | ${'a'}          | ${['abcdefghijklmnop']}        | ${undefined}
    ${'no candidates'}                            | ${'pump'}       | ${[]}                          | ${undefined}
    ${'an exact match suggests itself'}           | ${'pump'}       | ${['pump', 'pumps']}           | ${'pump'}
    ${'a longer transposed word'}                 | ${'componnets'} | ${['components', 'controls']}  | ${'components'}
  `('$case: "$value" → $expected', ({ value, candidates, expected }) => {
    const hint = didYouMean(value, candidates);

    expect(hint).toBe(expected === undefined ? undefined : `did you mean "${String(expected)}"?`);
  });

  it('breaks ties alphabetically, whatever the candidates order', () => {
    const forward = didYouMean('pum', ['pump', 'puma']);
    const backward = didYouMean('pum', ['puma', 'pump']);

    expect(forward).toBe('did you mean "puma"?');
    expect(backward).toBe('did you mean "puma"?');
  });

  it('accepts any iterable, such as a Set', () => {
    const hint = didYouMean('gatewy', new Set(['gateway']));

    expect(hint).toBe('did you mean "gateway"?');
  });
});

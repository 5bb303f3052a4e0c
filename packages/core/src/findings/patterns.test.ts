import { describe, expect, it } from 'vitest';
import { buildPatternIndex, isPattern, matchesFindingPattern } from './patterns.js';

describe('matchesFindingPattern', () => {
  it.each`
    pattern                | findingId                    | matches
    ${'rule@pump'}         | ${'rule@pump'}               | ${true}
    ${'rule@pump'}         | ${'rule@pump/ble'}           | ${false}
    ${'rule@pump'}         | ${'rule@pump2'}              | ${false}
    ${'rule@*'}            | ${'rule@pump'}               | ${true}
    ${'rule@*'}            | ${'rule@pump/ble'}           | ${true}
    ${'rule@*'}            | ${'rule2@pump'}              | ${false}
    ${'rule@*'}            | ${'other-rule@pump'}         | ${false}
    ${'*@pump'}            | ${'rule@pump'}               | ${true}
    ${'*@pump'}            | ${'other@pump'}              | ${true}
    ${'*@pump'}            | ${'rule@pump/ble'}           | ${false}
    ${'*@pump'}            | ${'rule@pump2'}              | ${false}
    ${'*@pump'}            | ${'rule@my-pump'}            | ${false}
    ${'rule@pump/*'}       | ${'rule@pump/ble'}           | ${true}
    ${'rule@pump/*'}       | ${'rule@pump/usb/1'}         | ${true}
    ${'rule@pump/*'}       | ${'rule@pump'}               | ${false}
    ${'rule@pump/*'}       | ${'rule@pump2/ble'}          | ${false}
    ${'*'}                 | ${'anything@at-all/x'}       | ${true}
    ${'debug-*@pump'}      | ${'debug-port-enabled@pump'} | ${true}
    ${'rule@pump.v2'}      | ${'rule@pumpXv2'}            | ${false}
    ${'rule@pump.v2/*'}    | ${'rule@pumpXv2/ble'}        | ${false}
    ${'rule@pump.v2/*'}    | ${'rule@pump.v2/ble'}        | ${true}
    ${'rule@a+b*'}         | ${'rule@aab'}                | ${false}
    ${'rule@a+b*'}         | ${'rule@a+b/x'}              | ${true}
    ${'rule@(x)?|y/*'}     | ${'rule@(x)?|y/z'}           | ${true}
    ${'rule@(x)?|y/*'}     | ${'rule@/z'}                 | ${false}
    ${'rule@[ab]*'}        | ${'rule@a'}                  | ${false}
    ${'rule@$x^*'}         | ${'rule@$x^1'}               | ${true}
    ${'rule@x{2}*'}        | ${'rule@xx'}                 | ${false}
    ${'rule@back\\slash*'} | ${'rule@back\\slash/1'}      | ${true}
  `('"$pattern" vs "$findingId" → $matches', ({ pattern, findingId, matches }) => {
    const result = matchesFindingPattern(pattern, findingId);

    expect(result).toBe(matches);
  });

  it('gives the same answer when a compiled pattern is reused', () => {
    const first = matchesFindingPattern('rule@*', 'rule@pump');

    const again = [
      matchesFindingPattern('rule@*', 'rule@pump'),
      matchesFindingPattern('rule@*', 'other@pump'),
    ];

    expect(first).toBe(true);
    expect(again).toEqual([true, false]);
  });
});

describe('isPattern', () => {
  it.each`
    value            | expected
    ${'rule@pump'}   | ${false}
    ${'rule@*'}      | ${true}
    ${'*@pump'}      | ${true}
    ${'rule@pump/*'} | ${true}
  `('$value → $expected', ({ value, expected }) => {
    expect(isPattern(value)).toBe(expected);
  });
});

describe('buildPatternIndex', () => {
  it.each`
    pattern           | findingId            | matches
    ${'rule@pump'}    | ${'rule@pump'}       | ${true}
    ${'rule@pump'}    | ${'rule@pump/ble'}   | ${false}
    ${'rule@*'}       | ${'rule@pump'}       | ${true}
    ${'rule@*'}       | ${'rule@pump/ble'}   | ${true}
    ${'rule@*'}       | ${'rule-2@pump'}     | ${false}
    ${'rule@*'}       | ${'rul@pump'}        | ${false}
    ${'*@pump'}       | ${'any-rule@pump'}   | ${true}
    ${'*@pump'}       | ${'any-rule@pump/x'} | ${false}
    ${'rule@pump/*'}  | ${'rule@pump/ble'}   | ${true}
    ${'rule@pump/*'}  | ${'rule@pump'}       | ${false}
    ${'rule@pump/*'}  | ${'other@pump/ble'}  | ${false}
    ${'debug-*@pump'} | ${'debug-port@pump'} | ${true}
    ${'debug-*@pump'} | ${'debug-port@gw'}   | ${false}
    ${'*'}            | ${'rule@pump/ble'}   | ${true}
    ${'rule*'}        | ${'rule-x@pump'}     | ${true}
    ${'rule@pump.v2'} | ${'rule@pumpXv2'}    | ${false}
    ${'rule@a.b/*'}   | ${'rule@aXb/c'}      | ${false}
  `('"$pattern" vs "$findingId" → $matches', ({ pattern, findingId, matches }) => {
    const index = buildPatternIndex([{ pattern, value: 'v' }]);

    const found = index.match(findingId);

    expect(found).toEqual(matches ? ['v'] : []);
  });

  it('agrees with matchesFindingPattern for every pattern and id', () => {
    const patterns = ['r@a', 'r@*', '*@a', 'r@a/*', '*', 'r*@a', 's@*', '*@b/*', 'r@a.b'];
    const ids = ['r@a', 'r@a/x', 'r@b', 's@a', 'rr@a', 's@b/y', 'r@a.b', 'r@aXb'];
    const index = buildPatternIndex(patterns.map((pattern) => ({ pattern, value: pattern })));

    const viaIndex = ids.map((id) => index.match(id));

    expect(viaIndex).toEqual(
      ids.map((id) => patterns.filter((pattern) => matchesFindingPattern(pattern, id))),
    );
  });

  it('lists a value matching through two patterns once', () => {
    const control = { id: 'c1' };
    const index = buildPatternIndex([
      { pattern: 'rule@pump', value: control },
      { pattern: 'rule@*', value: control },
      { pattern: '*@pump', value: control },
    ]);

    const found = index.match('rule@pump');

    expect(found).toEqual([control]);
  });

  it('keeps the order entries were added in, across exact ids and patterns', () => {
    const index = buildPatternIndex([
      { pattern: '*@pump', value: 'a' },
      { pattern: 'rule@pump', value: 'b' },
      { pattern: 'rule@*', value: 'c' },
      { pattern: 'rule@pump', value: 'd' },
      { pattern: '*', value: 'e' },
    ]);

    const found = index.match('rule@pump');

    expect(found).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('lists distinct values that share a pattern', () => {
    const index = buildPatternIndex([
      { pattern: 'rule@*', value: 'first' },
      { pattern: 'rule@*', value: 'second' },
    ]);

    const found = index.match('rule@gw');

    expect(found).toEqual(['first', 'second']);
  });

  it('matches nothing when empty or when no pattern fits', () => {
    const empty = buildPatternIndex<string>([]);
    const other = buildPatternIndex([{ pattern: 'other@*', value: 'x' }]);

    expect(empty.match('rule@pump')).toEqual([]);
    expect(other.match('rule@pump')).toEqual([]);
  });
});

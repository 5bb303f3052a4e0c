import { describe, expect, it } from 'vitest';
import { compareStrings, sortBy } from './order.js';

describe('compareStrings', () => {
  it.each`
    a         | b          | expected
    ${'a'}    | ${'a'}     | ${0}
    ${'a'}    | ${'b'}     | ${-1}
    ${'b'}    | ${'a'}     | ${1}
    ${'B'}    | ${'a'}     | ${-1}
    ${'Z'}    | ${'a'}     | ${-1}
    ${'a-b'}  | ${'a.b'}   | ${-1}
    ${'a10'}  | ${'a9'}    | ${-1}
    ${'z'}    | ${'é'}     | ${-1}
    ${''}     | ${'a'}     | ${-1}
    ${'pump'} | ${'pump2'} | ${-1}
  `('compares "$a" and "$b" by code units → $expected', ({ a, b, expected }) => {
    const result = compareStrings(a, b);

    expect(result).toBe(expected);
  });
});

describe('sortBy', () => {
  it('sorts by the key with code-unit order, without touching the input', () => {
    const items = [{ id: 'b' }, { id: 'a' }, { id: 'B' }, { id: 'é' }];

    const sorted = sortBy(items, (item) => item.id);

    expect(sorted.map((item) => item.id)).toEqual(['B', 'a', 'b', 'é']);
    expect(items.map((item) => item.id)).toEqual(['b', 'a', 'B', 'é']);
  });

  it('keeps the input order of items with equal keys (stable)', () => {
    const items = [
      { id: 'x', n: 1 },
      { id: 'a', n: 2 },
      { id: 'x', n: 3 },
    ];

    const sorted = sortBy(items, (item) => item.id);

    expect(sorted.map((item) => item.n)).toEqual([2, 1, 3]);
  });
});

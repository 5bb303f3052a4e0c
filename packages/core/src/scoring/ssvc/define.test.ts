import { describe, expect, it } from 'vitest';
import { decisionPoint, decisionTable } from './define.js';

const yesNo = decisionPoint({
  id: 'flag',
  namespace: 'x_test.example#t',
  key: 'F',
  version: '1.0.0',
  name: 'Flag',
  description: 'A test point.',
  values: [
    ['N', 'no', 'No', 'no'],
    ['Y', 'yes', 'Yes', 'yes'],
  ],
});
const spec = {
  id: 't',
  namespace: 'x_test.example#t',
  key: 'DT_T',
  version: '1.0.0',
  name: 'T',
  description: 'A test table.',
  inputs: [yesNo, yesNo],
  outcome: yesNo,
  source: 'test',
};

describe('decisionTable', () => {
  it('expands trailing inputs, last input fastest', () => {
    const table = decisionTable({ ...spec, grid: ['N | N Y', 'Y | Y Y'] });

    expect([...table.rows]).toEqual([
      ['N|N', 'N'],
      ['N|Y', 'Y'],
      ['Y|N', 'Y'],
      ['Y|Y', 'Y'],
    ]);
  });

  it.each`
    case                       | grid                        | message
    ${'too few outcomes'}      | ${['N | N', 'Y | Y Y']}     | ${/needs 2 outcomes/}
    ${'unknown input key'}     | ${['X | N Y', 'Y | Y Y']}   | ${/"X" is not a value of flag/}
    ${'unknown outcome key'}   | ${['N | N Q', 'Y | Y Y']}   | ${/"Q" is not a value of flag/}
    ${'a row written twice'}   | ${['N | N Y', 'N | N Y']}   | ${/written twice/}
    ${'a missing row'}         | ${['N | N Y']}              | ${/2 of 4 combinations/}
    ${'more keys than inputs'} | ${['N N N | N', 'Y | Y Y']} | ${/needs 1 outcomes|more keys than inputs/}
  `('refuses a grid with $case (a bug in our data)', ({ grid, message }) => {
    expect(() => decisionTable({ ...spec, grid })).toThrow(message);
  });
});

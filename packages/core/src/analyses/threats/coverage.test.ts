import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../test/builders.js';
import { EXPECTED_STRIDE, isGap, notApplicableIndex, type CoverageCell } from './coverage.js';

describe('EXPECTED_STRIDE', () => {
  it.each`
    element              | letters
    ${'external-entity'} | ${['spoofing', 'repudiation']}
    ${'process'}         | ${['spoofing', 'tampering', 'repudiation', 'information-disclosure', 'denial-of-service', 'elevation-of-privilege']}
    ${'data-store'}      | ${['tampering', 'repudiation', 'information-disclosure', 'denial-of-service']}
    ${'data-flow'}       | ${['tampering', 'information-disclosure', 'denial-of-service']}
  `('expects $letters for a $element (playbook Table 3)', ({ element, letters }) => {
    expect(EXPECTED_STRIDE[element as keyof typeof EXPECTED_STRIDE]).toEqual(letters);
  });
});

describe('isGap', () => {
  const cell = (fields: Partial<CoverageCell>): CoverageCell => ({
    subject: { kind: 'component', id: 'pump' },
    stride: 'spoofing',
    consideredBy: [],
    findings: [],
    ...fields,
  });

  it.each`
    case                                  | fields                                                      | gap
    ${'nothing looked, nobody explained'} | ${{}}                                                       | ${true}
    ${'a rule considered it'}             | ${{ consideredBy: ['weak-auth'] }}                          | ${false}
    ${'a finding covers it'}              | ${{ findings: ['x@pump'] }}                                 | ${false}
    ${'an assumption explains it'}        | ${{ notApplicable: { assumption: 'a', text: 'no users' } }} | ${false}
  `('$case → gap: $gap', ({ fields, gap }) => {
    expect(isGap(cell(fields))).toBe(gap);
  });
});

describe('notApplicableIndex', () => {
  it('indexes each subject and category, with the rationale or else the text, first assumption first', () => {
    const model = aModel({
      components: [
        aComponent('pump'),
        aComponent('log', { type: 'data-store', kind: 'log-store' }),
      ],
      assumptions: [
        {
          id: 'b-second',
          text: 'Second text',
          notApplicable: [{ subject: 'pump', stride: ['spoofing', 'tampering'] }],
        },
        {
          id: 'a-first',
          text: 'First text',
          rationale: 'First rationale',
          notApplicable: [
            { subject: 'pump', stride: ['spoofing'] },
            { subject: 'log', stride: ['repudiation'] },
          ],
        },
        { id: 'c-none', text: 'explains nothing' },
      ],
    });

    const index = notApplicableIndex(model.assumptions);

    expect(Object.fromEntries(index)).toEqual({
      'pump#spoofing': { assumption: 'a-first', text: 'First rationale' },
      'log#repudiation': { assumption: 'a-first', text: 'First rationale' },
      'pump#tampering': { assumption: 'b-second', text: 'Second text' },
    });
  });

  it('is empty without assumptions', () => {
    expect(notApplicableIndex([]).size).toBe(0);
  });
});

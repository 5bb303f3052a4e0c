import { describe, expect, it } from 'vitest';
import { formatIssue } from '../common/issue.js';
import { loadModel, type IncludeResolver } from './load.js';

const header = `medrisk: 1
device:
  name: Pump
  manufacturer: Acme
  intendedUse: Test
  serviceLifeYears: 10
stakeholders:
  - { id: acme, role: manufacturer }
  - { id: hospital-it, role: hdo-it }
components:
  - { id: pump, type: process, kind: medical-device }
`;

const load = (text: string, files: Record<string, string> = {}) => {
  const resolveInclude: IncludeResolver = (_, reference) => {
    const included = files[reference];
    return included === undefined
      ? { error: `${reference} does not exist` }
      : { file: reference, text: included };
  };
  return loadModel({ file: 'm.yaml', text: header + text }, { resolveInclude });
};
const errors = (result: ReturnType<typeof load>) =>
  result.issues.filter((i) => i.severity === 'error').map(formatIssue);

describe('responsibility fields of the model', () => {
  it('reads duties and RACI blocks, sorted and located', () => {
    const result = load(`responsibilities:
  - id: wipe
    title: Wipe pumps
    component: pump
    skill: technical
    accountable: [hospital-it]
  - id: patch
    title: Patch the pump
    responsible: [hospital-it]
    accountable: acme
    communicatedVia: [mds2]
controls:
  - id: seg
    title: Segmentation
    category: authorization
    status: implemented
    mitigates: []
    responsibility: { responsible: [hospital-it], accountable: acme, communicatedVia: [security-guide] }
`);

    expect(errors(result)).toEqual([]);
    expect(result.ok && result.value.responsibilities.map((d) => d.id)).toEqual(['patch', 'wipe']);
    expect(result.ok && result.value.responsibilities[1]?.location?.line).toBe(13);
    expect(result.ok && result.value.controls[0]?.responsibility?.accountable).toBe('acme');
  });

  it.each`
    case                                 | text                                                                                                                                           | expected
    ${'unknown stakeholder in a duty'}   | ${'responsibilities:\n  - { id: d, title: D, responsible: [hospital-itt] }\n'}                                                                 | ${'m.yaml:13:38 responsibilities[0].responsible[0]: unknown stakeholder "hospital-itt" (did you mean "hospital-it"?)'}
    ${'unknown accountable (one id)'}    | ${'responsibilities:\n  - { id: d, title: D, accountable: nobody }\n'}                                                                         | ${'m.yaml:13:37 responsibilities[0].accountable: unknown stakeholder "nobody"'}
    ${'unknown component of a duty'}     | ${'responsibilities:\n  - { id: d, title: D, component: pumpp }\n'}                                                                            | ${'m.yaml:13:35 responsibilities[0].component: unknown component "pumpp" (did you mean "pump"?)'}
    ${'unknown consulted on a control'}  | ${'controls:\n  - { id: c, title: C, category: authorization, status: implemented, mitigates: [], responsibility: { consulted: [ghost] } }\n'} | ${'unknown stakeholder "ghost"'}
    ${'unknown informed on a treatment'} | ${'treatments:\n  x@pump: { strategy: mitigate, responsibility: { informed: [ghost] } }\n'}                                                    | ${'unknown stakeholder "ghost"'}
    ${'duplicate duty id'}               | ${'responsibilities:\n  - { id: d, title: D }\n  - { id: d, title: E }\n'}                                                                     | ${'id "d" is already used'}
    ${'unknown skill level'}             | ${'responsibilities:\n  - { id: d, title: D, skill: guru }\n'}                                                                                 | ${'skill'}
  `('rejects $case', ({ text, expected }) => {
    const result = load(text);

    expect(result.ok).toBe(false);
    expect(errors(result).join('\n')).toContain(expected);
  });

  it('accepts duties from included files', () => {
    const result = load('include: [duties.yaml]\n', {
      'duties.yaml':
        'responsibilities:\n  - { id: d, title: D, responsible: [acme], accountable: acme }\n',
    });

    expect(errors(result)).toEqual([]);
    expect(result.ok && result.value.responsibilities[0]?.location?.file).toBe('duties.yaml');
  });
});

import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../test/builders.js';
import type { DeviceModel } from '../model/types.js';
import { unmatchedPatterns } from './unmatched.js';

const at = (line: number) => ({ file: 'risk.yaml', line, column: 5 });

/** A model whose risk entries carry locations, as loaded from a file. */
const located = (model: DeviceModel): DeviceModel => ({
  ...model,
  controls: model.controls.map((c, i) => ({ ...c, location: at(10 + i) })),
  assumptions: model.assumptions.map((a, i) => ({ ...a, location: at(20 + i) })),
  treatments: model.treatments.map((t, i) => ({ ...t, location: at(30 + i) })),
});

const model = located(
  aModel({
    components: [aComponent('pump')],
    controls: [
      {
        id: 'signing',
        title: 'Signing',
        category: 'cryptography',
        status: 'implemented',
        mitigates: ['unsigned-update@pump', 'unsigned-update@pmup', 'old-rule@*'],
      },
      {
        id: 'wildcard',
        title: 'W',
        category: 'cryptography',
        status: 'implemented',
        mitigates: ['*@pump'],
      },
    ],
    assumptions: [
      { id: 'sealed', text: 't', suppresses: ['debug-port@pump/*', 'debug-port@gateway'] },
      { id: 'silent', text: 't' },
    ],
    treatments: {
      'weak-crypto@pump': { strategy: 'accept' },
      'renamed@*': { strategy: 'accept' },
    },
  }),
);
const findingIds = ['unsigned-update@pump', 'debug-port@pump/jtag', 'weak-crypto@pump'];

describe('unmatchedPatterns', () => {
  it('warns about every stale control, suppression and treatment entry, where it was written', () => {
    const issues = unmatchedPatterns(model, findingIds);

    const hint =
      'the element may have been renamed or the threat designed out; update or remove the entry';
    expect(issues).toEqual([
      {
        code: 'unmatched-reference',
        severity: 'warning',
        path: ['controls', 'signing', 'mitigates'],
        message: 'control "signing" mitigates "old-rule@*", which matches no finding',
        hint,
        location: at(10),
      },
      {
        code: 'unmatched-reference',
        severity: 'warning',
        path: ['controls', 'signing', 'mitigates'],
        message: 'control "signing" mitigates "unsigned-update@pmup", which matches no finding',
        hint,
        location: at(10),
      },
      {
        code: 'unmatched-reference',
        severity: 'warning',
        path: ['assumptions', 'sealed', 'suppresses'],
        message: 'assumption "sealed" suppresses "debug-port@gateway", which matches no finding',
        hint,
        location: at(20),
      },
      {
        code: 'unmatched-reference',
        severity: 'warning',
        path: ['treatments', 'renamed@*'],
        message: 'treatment for "renamed@*" matches no finding',
        hint,
        location: at(30),
      },
    ]);
  });

  it('reports nothing when every entry matches a finding', () => {
    const issues = unmatchedPatterns(model, [
      ...findingIds,
      'unsigned-update@pmup',
      'old-rule@gw',
      'debug-port@gateway',
      'renamed@x',
    ]);

    expect(issues).toEqual([]);
  });

  it('reports every entry as stale when nothing fires', () => {
    const issues = unmatchedPatterns(model, []);

    expect(issues).toHaveLength(8);
  });

  it('leaves the location out when the model was not read from a file', () => {
    const plain = aModel({ treatments: { 'gone@pump': { strategy: 'accept' } } });

    const [issue] = unmatchedPatterns(plain, []);

    expect(issue).not.toHaveProperty('location');
    expect(issue?.path).toEqual(['treatments', 'gone@pump']);
  });

  it('counts one finding for every entry that shares a pattern', () => {
    const shared = aModel({
      controls: [
        {
          id: 'a',
          title: 'A',
          category: 'cryptography',
          status: 'implemented',
          mitigates: ['r@*'],
        },
        {
          id: 'b',
          title: 'B',
          category: 'cryptography',
          status: 'implemented',
          mitigates: ['r@*'],
        },
      ],
      assumptions: [{ id: 'c', text: 't', suppresses: ['r@*'] }],
      treatments: { 'r@*': { strategy: 'accept' } },
    });

    const issues = unmatchedPatterns(shared, ['r@pump']);

    expect(issues).toEqual([]);
  });
});

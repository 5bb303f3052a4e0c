import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { treatmentReliesOnPlannedControl } from './treatment-relies-on-planned-control.js';

type Status = 'implemented' | 'partial' | 'planned' | 'not-implemented';

const FINDING = 'debug-port-open@pump/jtag';
const control = (id: string, status: Status, mitigates: string[] = []) => ({
  id,
  title: id,
  category: 'code-data-execution-integrity' as const,
  status,
  mitigates,
});
const model = (
  controls: ReturnType<typeof control>[],
  treatment: { strategy: 'mitigate' | 'accept'; controls?: string[] },
  findingId = FINDING,
) => aModel({ components: [aComponent('pump')], controls, treatments: { [findingId]: treatment } });

describe('treatment-relies-on-planned-control', () => {
  it.each`
    case                                       | controls                                                          | treatment                                               | fires
    ${'named control planned'}                 | ${[control('fuse', 'planned')]}                                   | ${{ strategy: 'mitigate', controls: ['fuse'] }}         | ${true}
    ${'covering control not implemented'}      | ${[control('fuse', 'not-implemented', ['debug-port-open@*'])]}    | ${{ strategy: 'mitigate' }}                             | ${true}
    ${'one planned, one implemented'}          | ${[control('fuse', 'planned'), control('seal', 'implemented')]}   | ${{ strategy: 'mitigate', controls: ['fuse', 'seal'] }} | ${false}
    ${'partial control exists'}                | ${[control('fuse', 'partial', [FINDING])]}                        | ${{ strategy: 'mitigate' }}                             | ${false}
    ${'mitigate with no control (not judged)'} | ${[control('other', 'planned', ['crc-as-security-integrity@*'])]} | ${{ strategy: 'mitigate' }}                             | ${false}
    ${'accepted, not mitigated'}               | ${[control('fuse', 'planned')]}                                   | ${{ strategy: 'accept', controls: ['fuse'] }}           | ${false}
  `('$case → fires: $fires', ({ controls, treatment, fires }) => {
    expect(findingIds(treatmentReliesOnPlannedControl, model(controls, treatment))).toEqual(
      fires ? [`treatment-relies-on-planned-control@${FINDING}`] : [],
    );
  });

  it('matches controls to a pattern treatment by the same pattern only', () => {
    const controls = [control('fuse', 'planned', ['debug-port-open@*'])];

    const ids = findingIds(
      treatmentReliesOnPlannedControl,
      model(controls, { strategy: 'mitigate' }, 'debug-port-open@*'),
    );

    expect(ids).toEqual(['treatment-relies-on-planned-control@debug-port-open@*']);
  });

  it('lists each missing control with its status', () => {
    const controls = [control('fuse', 'planned'), control('seal', 'not-implemented', [FINDING])];

    const [finding] = runRule(
      treatmentReliesOnPlannedControl,
      model(controls, { strategy: 'mitigate', controls: ['fuse'] }),
    );

    expect(finding?.hit.rationale).toBe(
      '"debug-port-open@pump/jtag" is marked mitigate, but every control it relies on is missing: "fuse" (planned), "seal" (not-implemented).',
    );
    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'controls.fuse.status',
      'controls.seal.status',
    ]);
  });
});

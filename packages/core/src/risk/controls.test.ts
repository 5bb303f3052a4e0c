import { describe, expect, it } from 'vitest';
import { aModel } from '../../test/builders.js';
import type { Control, Treatment } from '../model/types.js';
import { applyControls } from './controls.js';

const controls: readonly Control[] = aModel({
  controls: [
    {
      id: 'd-planned',
      title: 'D',
      category: 'cryptography',
      status: 'planned',
      strength: 'strong',
      mitigates: [],
    },
    {
      id: 'c-strong',
      title: 'C',
      category: 'cryptography',
      status: 'implemented',
      strength: 'strong',
      mitigates: [],
    },
    {
      id: 'b-partial',
      title: 'B',
      category: 'cryptography',
      status: 'partial',
      strength: 'moderate',
      mitigates: [],
    },
    { id: 'a-default', title: 'A', category: 'cryptography', status: 'implemented', mitigates: [] },
    {
      id: 'e-off',
      title: 'E',
      category: 'cryptography',
      status: 'not-implemented',
      strength: 'strong',
      mitigates: [],
    },
  ],
}).controls;
const byId = (...ids: string[]) => ids.map((id) => controls.find((c) => c.id === id)!);
const mitigate = (...names: string[]): Treatment => ({
  findingId: 'r@x',
  strategy: 'mitigate',
  communicatedVia: [],
  controls: names,
});

describe('applyControls', () => {
  it('leaves the exploitability as it is with no control', () => {
    const result = applyControls('high', 'why', controls, [], undefined);

    expect(result).toEqual({
      initial: 'high',
      initialReason: 'why',
      controls: [],
      residual: 'high',
    });
  });

  it.each`
    id             | reduction | residual
    ${'a-default'} | ${1}      | ${'moderate'}
    ${'b-partial'} | ${1}      | ${'moderate'}
    ${'c-strong'}  | ${3}      | ${'very-low'}
    ${'d-planned'} | ${0}      | ${'high'}
    ${'e-off'}     | ${0}      | ${'high'}
  `('$id takes off $reduction', ({ id, reduction, residual }) => {
    const control = byId(id)[0]!;

    const result = applyControls('high', 'why', controls, [control], undefined);

    expect(result.controls).toEqual([
      { id, title: control.title, status: control.status, reduction },
    ]);
    expect(result.residual).toBe(residual);
  });

  it('keeps the model’s id order and lets the strongest decide', () => {
    const result = applyControls(
      'very-high',
      'why',
      controls,
      byId('d-planned', 'b-partial', 'a-default'),
      undefined,
    );

    expect(result.controls.map((c) => [c.id, c.reduction])).toEqual([
      ['a-default', 1],
      ['b-partial', 1],
      ['d-planned', 0],
    ]);
    expect(result.residual).toBe('high');
  });

  it('adds the controls a treatment names, once each, and ignores names it does not know', () => {
    const result = applyControls(
      'very-high',
      'why',
      controls,
      byId('a-default'),
      mitigate('c-strong', 'a-default', 'no-such-control'),
    );

    expect(result.controls.map((c) => c.id)).toEqual(['a-default', 'c-strong']);
    expect(result.residual).toBe('low');
  });

  it('clamps at very-low', () => {
    const result = applyControls('low', 'why', controls, byId('c-strong'), undefined);

    expect(result.residual).toBe('very-low');
  });
});

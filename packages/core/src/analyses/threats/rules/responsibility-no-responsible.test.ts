import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { responsibilityNoResponsible } from './responsibility-no-responsible.js';

const stakeholders = [{ id: 'acme', role: 'manufacturer' as const }];
const model = (parts: object) =>
  aModel({ stakeholders, components: [aComponent('pump')], ...parts });
const control = (fields: Record<string, unknown>) => ({
  id: 'logs',
  title: 'Review logs',
  category: 'event-detection-logging' as const,
  status: 'implemented' as const,
  mitigates: [],
  ...fields,
});

describe('responsibility-no-responsible', () => {
  it.each`
    case                                               | parts                                                                         | expected
    ${'control with an accountable and no doer'}       | ${{ controls: [control({ responsibility: { accountable: 'acme' } })] }}       | ${['responsibility-no-responsible@logs']}
    ${'control whose owner does the work'}             | ${{ controls: [control({ owner: 'acme' })] }}                                 | ${[]}
    ${'duty with an accountable and no doer'}          | ${{ responsibilities: [{ id: 'wipe', title: 'Wipe', accountable: 'acme' }] }} | ${['responsibility-no-responsible@model/wipe']}
    ${'duty with nobody (reported as no accountable)'} | ${{ responsibilities: [{ id: 'wipe', title: 'Wipe' }] }}                      | ${[]}
    ${'ownerless control (control-without-owner)'}     | ${{ controls: [control({})] }}                                                | ${[]}
  `('$case', ({ parts, expected }) => {
    expect(findingIds(responsibilityNoResponsible, model(parts))).toEqual(expected);
  });

  it('says who answers for it and that nobody is named to do it', () => {
    const [finding] = runRule(
      responsibilityNoResponsible,
      model({ controls: [control({ responsibility: { accountable: 'acme' } })] }),
    );

    expect(finding?.hit.rationale).toBe(
      'Nobody is responsible for doing control "logs" (Review logs); "acme" answers for it but nobody is named to do the work.',
    );
  });
});

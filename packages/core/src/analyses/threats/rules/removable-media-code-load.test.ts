import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { removableMediaCodeLoad } from './removable-media-code-load.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;
type Interface = NonNullable<Fields['interfaces']>[number];
type Flow = NonNullable<Parameters<typeof aFlow>[3]>;

const withCard = (card: Omit<Interface, 'id'>, flow?: Flow, fields: Fields = {}) =>
  aModel({
    deployments: [{ id: 'home', type: 'patient-home' }],
    components: [
      aComponent('monitor', {
        kind: 'home-monitor',
        deployment: 'home',
        interfaces: [{ id: 'sd', ...card }],
        ...fields,
      }),
      aComponent('card', { type: 'external-entity', kind: 'other' }),
    ],
    dataFlows:
      flow === undefined
        ? []
        : [aFlow('load', 'card', 'monitor', { targetInterface: 'sd', ...flow })],
  });

describe('removable-media-code-load', () => {
  it.each`
    case                                          | card                                                          | flow                                                        | fields                                                   | fires
    ${'update slot, no update block'}             | ${{ type: 'sd-card', purpose: 'update' }}                     | ${undefined}                                                | ${{}}                                                    | ${true}
    ${'code flow through a data slot'}            | ${{ type: 'sd-card' }}                                        | ${{ data: ['software' as const] }}                          | ${{}}                                                    | ${true}
    ${'code flow with only a CRC'}                | ${{ type: 'sd-card' }}                                        | ${{ data: ['firmware' as const], integrity: 'crc32' }}      | ${{}}                                                    | ${true}
    ${'code flow with a signature'}               | ${{ type: 'sd-card' }}                                        | ${{ data: ['firmware' as const], integrity: 'ecdsa-p256' }} | ${{}}                                                    | ${false}
    ${'slot only exports logs'}                   | ${{ type: 'sd-card' }}                                        | ${{ data: ['diagnostic' as const] }}                        | ${{}}                                                    | ${false}
    ${'slot disabled'}                            | ${{ type: 'sd-card', purpose: 'update', access: 'disabled' }} | ${undefined}                                                | ${{}}                                                    | ${false}
    ${'update path declared (other rule judges)'} | ${{ type: 'sd-card', purpose: 'update' }}                     | ${undefined}                                                | ${{ update: { mechanism: 'removable-media' as const } }} | ${false}
    ${'update block says not updatable'}          | ${{ type: 'sd-card', purpose: 'update' }}                     | ${undefined}                                                | ${{ update: { mechanism: 'none' as const } }}            | ${true}
    ${'USB update port'}                          | ${{ type: 'usb', purpose: 'update' }}                         | ${undefined}                                                | ${{}}                                                    | ${false}
  `('$case → fires: $fires', ({ card, flow, fields, fires }) => {
    const model = withCard(card, flow, fields);

    const ids = findingIds(removableMediaCodeLoad, model);

    expect(ids).toEqual(fires ? ['removable-media-code-load@monitor/sd'] : []);
  });

  it('names the unverified flow and rates household access high', () => {
    const model = withCard({ type: 'sd-card' }, { data: ['firmware'], integrity: 'crc32' });

    const [finding] = runRule(removableMediaCodeLoad, model);

    expect(finding?.hit.rationale).toContain('loads "load"');
    expect(finding?.hit.evidence?.[1]).toEqual({
      path: 'dataFlows.load.integrity',
      text: 'crc32 integrity on code',
    });
    expect(finding?.hit.exploitability?.level).toBe('high');
  });
});

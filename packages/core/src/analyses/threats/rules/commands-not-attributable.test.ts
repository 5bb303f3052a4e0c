import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { commandsNotAttributable } from './commands-not-attributable.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;
type Flow = NonNullable<Parameters<typeof aFlow>[3]>;

const command = { data: ['therapy-command' as const] };
const byUser = { ...command, authentication: { method: 'token' as const, userIdentity: true } };

const scenario = (flow: Flow, source: Fields = {}, target: Fields = {}, split = false) =>
  aModel({
    components: [aComponent('ui', { kind: 'desktop-app', ...source }), aComponent('pump', target)],
    trustBoundaries: split
      ? [
          { id: 'station', members: ['ui'] },
          { id: 'device', members: ['pump'] },
        ]
      : [{ id: 'device', members: ['ui', 'pump'] }],
    dataFlows: [aFlow('program', 'ui', 'pump', flow)],
  });

describe('commands-not-attributable', () => {
  it.each`
    case                                                   | flow                                           | source                                                                            | target                                      | split    | fires
    ${'flow identifies the user, target logs no identity'} | ${byUser}                                      | ${{}}                                                                             | ${{}}                                       | ${true}  | ${true}
    ${'local UI users log in, same boundary'}              | ${command}                                     | ${{ access: { authentication: 'pin' } }}                                          | ${{ logging: { userAttribution: false } }}  | ${false} | ${true}
    ${'target logs the issuer'}                            | ${byUser}                                      | ${{}}                                                                             | ${{ logging: { userAttribution: true } }}   | ${false} | ${false}
    ${'local login but crossing a boundary (other rule)'}  | ${command}                                     | ${{ access: { authentication: 'pin' } }}                                          | ${{}}                                       | ${true}  | ${false}
    ${'nobody identified (other rules)'}                   | ${command}                                     | ${{}}                                                                             | ${{}}                                       | ${false} | ${false}
    ${'source login declared none'}                        | ${command}                                     | ${{ access: { authentication: 'none' } }}                                         | ${{}}                                       | ${false} | ${false}
    ${'external entity source, no user identity'}          | ${command}                                     | ${{ type: 'external-entity', kind: 'person', access: { authentication: 'pin' } }} | ${{}}                                       | ${false} | ${false}
    ${'target is a data store'}                            | ${byUser}                                      | ${{}}                                                                             | ${{ type: 'data-store', kind: 'database' }} | ${false} | ${false}
    ${'telemetry only'}                                    | ${{ ...byUser, data: ['telemetry' as const] }} | ${{}}                                                                             | ${{}}                                       | ${false} | ${false}
  `('$case → fires: $fires', ({ flow, source, target, split, fires }) => {
    const model = scenario(flow, source, target, split);

    const ids = findingIds(commandsNotAttributable, model);

    expect(ids).toEqual(fires ? ['commands-not-attributable@pump'] : []);
  });

  it('cites the missing attribution and how the issuer is known', () => {
    const model = scenario(command, { access: { authentication: 'pin' } });

    const [finding] = runRule(commandsNotAttributable, model);

    expect(finding?.hit.evidence).toEqual([
      {
        path: 'components.pump.logging.userAttribution',
        text: 'components.pump.logging.userAttribution is not declared; treated as absent',
      },
      { path: 'dataFlows.program', text: 'users of "ui" log in (pin)' },
    ]);
  });
});

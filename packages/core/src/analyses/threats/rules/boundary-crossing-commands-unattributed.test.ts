import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { boundaryCrossingCommandsUnattributed } from './boundary-crossing-commands-unattributed.js';

type ComponentFields = NonNullable<Parameters<typeof aComponent>[1]>;

const withCommand = (
  source: ComponentFields,
  flow: Parameters<typeof aFlow>[3] = {},
  { boundaries = true, nurse = false }: { boundaries?: boolean; nurse?: boolean } = {},
) =>
  aModel({
    components: [
      aComponent('tool', source),
      aComponent('implant'),
      aComponent('nurse', { type: 'external-entity', kind: 'person' }),
    ],
    trustBoundaries: boundaries
      ? [
          { id: 'clinic', members: ['tool'] },
          { id: 'patient', members: ['implant'] },
        ]
      : [],
    dataFlows: [
      aFlow('program', 'tool', 'implant', { data: ['therapy-command'], ...flow }),
      ...(nurse ? [aFlow('ui', 'nurse', 'tool')] : []),
    ],
  });

const fires = ['boundary-crossing-commands-unattributed@program'];

describe('boundary-crossing-commands-unattributed', () => {
  it.each`
    case                                    | source                                                                          | flow                                                                           | options                  | expected
    ${'programmer, no user identity'}       | ${{ kind: 'programmer' as const }}                                              | ${{}}                                                                          | ${{}}                    | ${fires}
    ${'identity declared false'}            | ${{ kind: 'programmer' as const }}                                              | ${{ authentication: { method: 'certificate' as const, userIdentity: false } }} | ${{}}                    | ${fires}
    ${'the flow identifies the clinician'}  | ${{ kind: 'programmer' as const }}                                              | ${{ authentication: { method: 'smart-card' as const, userIdentity: true } }}   | ${{}}                    | ${[]}
    ${'a gateway with user roles'}          | ${{ kind: 'gateway' as const, access: { roles: ['nurse'] } }}                   | ${{}}                                                                          | ${{}}                    | ${fires}
    ${'a gateway a person operates'}        | ${{ kind: 'gateway' as const }}                                                 | ${{}}                                                                          | ${{ nurse: true }}       | ${fires}
    ${'an automated gateway'}               | ${{ kind: 'gateway' as const }}                                                 | ${{}}                                                                          | ${{}}                    | ${[]}
    ${'no login, its users modelled'}       | ${{ kind: 'programmer' as const, access: { authentication: 'none' as const } }} | ${{}}                                                                          | ${{ nurse: true }}       | ${[]}
    ${'no login, nobody modelled using it'} | ${{ kind: 'programmer' as const, access: { authentication: 'none' as const } }} | ${{}}                                                                          | ${{}}                    | ${fires}
    ${'telemetry only'}                     | ${{ kind: 'programmer' as const }}                                              | ${{ data: ['telemetry' as const] }}                                            | ${{}}                    | ${[]}
    ${'inside one boundary'}                | ${{ kind: 'programmer' as const }}                                              | ${{}}                                                                          | ${{ boundaries: false }} | ${[]}
  `('$case', ({ source, flow, options, expected }) => {
    expect(
      findingIds(boundaryCrossingCommandsUnattributed, withCommand(source, flow, options)),
    ).toEqual(expected);
  });

  it('leaves commands from external entities to external-entity-repudiation', () => {
    const model = withCommand({ type: 'external-entity', kind: 'person' });

    expect(findingIds(boundaryCrossingCommandsUnattributed, model)).toEqual([]);
  });

  it('says who operates the source and what is missing', () => {
    const [finding] = runRule(
      boundaryCrossingCommandsUnattributed,
      withCommand({ kind: 'gateway' }, {}, { nurse: true }),
    );

    expect(finding?.hit.rationale).toContain('"nurse" operates it');
    expect(finding?.hit.evidence?.[0]?.path).toBe('dataFlows.program.authentication.userIdentity');
  });
});

import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { boundaryCrossingUnauthenticated } from './boundary-crossing-unauthenticated.js';

const monitor = aComponent('monitor', { kind: 'home-monitor' });
const components = [
  monitor,
  aComponent('cloud', { kind: 'cloud-service' }),
  aComponent('lab', { type: 'external-entity', kind: 'third-party-service' }),
];
const trustBoundaries = [
  { id: 'home', members: ['monitor'] },
  { id: 'backend', members: ['cloud'] },
];
const withFlow = (
  flow: Parameters<typeof aFlow>[3],
  source = 'monitor',
  boundaries = trustBoundaries,
) =>
  aModel({
    components,
    trustBoundaries: boundaries,
    dataFlows: [aFlow('upload', source, 'cloud', { data: ['phi'], ...flow })],
  });

const fires = ['boundary-crossing-unauthenticated@upload'];

describe('boundary-crossing-unauthenticated', () => {
  it.each`
    case                                      | flow                                                                                                   | source       | boundaries         | expected
    ${'nothing declared'}                     | ${{ protocol: 'mqtt' as const }}                                                                       | ${'monitor'} | ${trustBoundaries} | ${fires}
    ${'declared none'}                        | ${{ authentication: 'none' as const }}                                                                 | ${'monitor'} | ${trustBoundaries} | ${fires}
    ${'a device token'}                       | ${{ authentication: 'token' as const }}                                                                | ${'monitor'} | ${trustBoundaries} | ${[]}
    ${'TLS proves the server (one-way)'}      | ${{ protocol: 'https' as const }}                                                                      | ${'monitor'} | ${trustBoundaries} | ${[]}
    ${'inside one boundary'}                  | ${{}}                                                                                                  | ${'monitor'} | ${[]}              | ${[]}
    ${'from an external entity: EE spoofing'} | ${{}}                                                                                                  | ${'lab'}     | ${trustBoundaries} | ${[]}
    ${'signed software image'}                | ${{ data: ['software' as const], integrity: { algorithm: 'rsa-3072', purpose: 'security' as const } }} | ${'monitor'} | ${trustBoundaries} | ${[]}
    ${'software with a bare digest'}          | ${{ data: ['software' as const], integrity: { algorithm: 'sha-256', purpose: 'security' as const } }}  | ${'monitor'} | ${trustBoundaries} | ${fires}
  `('$case', ({ flow, source, boundaries, expected }) => {
    expect(findingIds(boundaryCrossingUnauthenticated, withFlow(flow, source, boundaries))).toEqual(
      expected,
    );
  });

  it('names the boundary and rates a cable link lower', () => {
    const [finding] = runRule(boundaryCrossingUnauthenticated, withFlow({ protocol: 'serial' }));

    expect(finding?.hit.rationale).toContain('across trust boundary "backend", "home"');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
    expect(finding?.hit.exploitability?.level).toBe('moderate');
  });

  it('does not treat a screen read by a person as an unauthenticated link', () => {
    const model = aModel({
      components: [monitor, aComponent('patient', { type: 'external-entity', kind: 'person' })],
      trustBoundaries: [{ id: 'home', members: ['monitor'] }],
      dataFlows: [aFlow('display', 'monitor', 'patient', { data: ['alarm'] })],
    });

    expect(findingIds(boundaryCrossingUnauthenticated, model)).toEqual([]);
  });
});

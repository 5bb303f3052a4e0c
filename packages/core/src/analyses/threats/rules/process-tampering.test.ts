import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { processTampering } from './process-tampering.js';

const deployments = [
  { id: 'home', type: 'patient-home' as const },
  { id: 'cloud', type: 'cloud-manufacturer-tenant' as const },
];

describe('process-tampering', () => {
  it.each`
    case                                   | hardening                                            | expected
    ${'nothing declared'}                  | ${undefined}                                         | ${['process-tampering@monitor']}
    ${'both declared false'}               | ${{ secureBoot: false, codeSigningEnforced: false }} | ${['process-tampering@monitor']}
    ${'secure boot'}                       | ${{ secureBoot: true }}                              | ${[]}
    ${'code signing enforced at run time'} | ${{ codeSigningEnforced: true }}                     | ${[]}
  `('$case', ({ hardening, expected }) => {
    const model = aModel({
      deployments,
      components: [aComponent('monitor', { kind: 'home-monitor', deployment: 'home', hardening })],
    });

    expect(findingIds(processTampering, model)).toEqual(expected);
  });

  it.each`
    case                    | component
    ${'a cloud service'}    | ${aComponent('api', { kind: 'cloud-service', deployment: 'cloud' })}
    ${'a data store'}       | ${aComponent('db', { type: 'data-store', kind: 'database' })}
    ${'an external entity'} | ${aComponent('phone', { type: 'external-entity', kind: 'other' })}
  `('does not consider $case', ({ component }) => {
    expect(findingIds(processTampering, aModel({ deployments, components: [component] }))).toEqual(
      [],
    );
  });

  it('judges a device through its firmware and inherits the device hardening', () => {
    const device = (hardening?: { secureBoot: boolean }) =>
      aModel({
        deployments,
        components: [
          aComponent('pump', { kind: 'medical-device', deployment: 'home', hardening }),
          aComponent('pump-fw', { kind: 'device-firmware', parent: 'pump' }),
        ],
      });

    expect(findingIds(processTampering, device())).toEqual(['process-tampering@pump-fw']);
    expect(findingIds(processTampering, device({ secureBoot: true }))).toEqual([]);
  });

  it('rates household access high and says what is missing', () => {
    const model = aModel({
      deployments,
      components: [aComponent('monitor', { kind: 'home-monitor', deployment: 'home' })],
    });

    const [finding] = runRule(processTampering, model);

    expect(finding?.hit.exploitability?.level).toBe('high');
    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'components.monitor.hardening.secureBoot',
      'components.monitor.hardening.codeSigningEnforced',
    ]);
  });
});

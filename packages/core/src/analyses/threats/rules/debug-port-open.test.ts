import { describe, expect, it } from 'vitest';
import { aComponent, aModel, runRule } from '../../../../test/builders.js';
import { debugPortOpen } from './debug-port-open.js';

const withPort = (
  access: 'open' | 'authenticated' | 'locked' | 'disabled' | 'removed' | undefined,
  deployment = 'hospital',
) =>
  aModel({
    deployments: [
      { id: 'hospital', type: 'hospital-clinical-network' },
      { id: 'home', type: 'patient-home' },
    ],
    components: [
      aComponent('pump', {
        deployment,
        interfaces: [
          { id: 'jtag', type: 'jtag', ...(access === undefined ? {} : { access }) },
          { id: 'ble', type: 'ble' },
        ],
      }),
    ],
  });

describe('debug-port-open', () => {
  it.each`
    access             | fires
    ${undefined}       | ${true}
    ${'open'}          | ${true}
    ${'authenticated'} | ${true}
    ${'locked'}        | ${false}
    ${'disabled'}      | ${false}
    ${'removed'}       | ${false}
  `('access $access → fires: $fires', ({ access, fires }) => {
    const ids = runRule(debugPortOpen, withPort(access)).map((f) => f.id);

    expect(ids).toEqual(fires ? ['debug-port-open@pump/jtag'] : []);
  });

  it('says when the port is not declared closed, and rates household access higher', () => {
    const [finding] = runRule(debugPortOpen, withPort(undefined, 'home'));

    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
    expect(finding?.hit.exploitability?.level).toBe('high');
  });

  it('rates an authenticated debug port low', () => {
    const [finding] = runRule(debugPortOpen, withPort('authenticated'));

    expect(finding?.hit.exploitability?.level).toBe('low');
  });

  it('ignores radio interfaces', () => {
    const ids = runRule(debugPortOpen, withPort('removed')).map((f) => f.id);

    expect(ids).not.toContain('debug-port-open@pump/ble');
  });
});

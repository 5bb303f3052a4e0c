import { describe, expect, it } from 'vitest';
import { deriveSystemExposure, deriveValueDensity, type ExposureFacts } from './exposure.js';

const home: ExposureFacts = {
  internetFacing: false,
  hostileNetwork: true,
  unmanaged: true,
  deploymentType: 'patient-home',
};

describe('deriveSystemExposure', () => {
  it.each`
    case                           | facts                                                                                                             | value           | reason
    ${'internet-facing cloud'}     | ${{ internetFacing: true, hostileNetwork: true, unmanaged: false, deploymentType: 'cloud-manufacturer-tenant' }}  | ${'open'}       | ${/reachable from the internet.*\(cloud-manufacturer-tenant\)$/}
    ${'internet-facing wins'}      | ${{ ...home, internetFacing: true, networked: false }}                                                            | ${'open'}       | ${/internet/}
    ${'no network path'}           | ${{ ...home, networked: false }}                                                                                  | ${'small'}      | ${/no network path/}
    ${'isolated hospital segment'} | ${{ internetFacing: false, hostileNetwork: true, unmanaged: false, deploymentType: 'hospital-isolated-segment' }} | ${'small'}      | ${/highly controlled network; choose controlled if the segmentation is not verified/}
    ${'patient home'}              | ${home}                                                                                                           | ${'controlled'} | ${/consumer router.*choose open if it accepts inbound connections/}
    ${'hospital clinical network'} | ${{ internetFacing: false, hostileNetwork: true, unmanaged: false, deploymentType: 'hospital-clinical-network' }} | ${'controlled'} | ${/access restrictions and monitoring/}
    ${'trusted internal network'}  | ${{ internetFacing: false, hostileNetwork: false, unmanaged: false }}                                             | ${'controlled'} | ${/^networked but not internet-facing$/}
  `('$case → $value', ({ facts, value, reason }) => {
    const selection = deriveSystemExposure(facts);

    expect(selection).toMatchObject({ value, source: 'derived' });
    expect(selection.reason).toMatch(reason);
  });
});

describe('deriveValueDensity', () => {
  it.each`
    multiplicity     | value
    ${'per-patient'} | ${'diffuse'}
    ${'shared'}      | ${'concentrated'}
  `('$multiplicity → $value', ({ multiplicity, value }) => {
    expect(deriveValueDensity(multiplicity).value).toBe(value);
  });
});

import type { DeploymentType, Multiplicity } from '../../../model/vocabulary.js';
import type { SsvcSelection } from '../types.js';

/** The deployment facts System Exposure is judged from (a subset of the model's `Exposure`). */
export interface ExposureFacts {
  /** Reachable from the internet (inbound), directly or through port forwarding or a relay. */
  readonly internetFacing: boolean;
  /** The adversary may control the local network (FDA premarket V.A.1). */
  readonly hostileNetwork: boolean;
  /** Nobody with security skills manages or watches the environment (a home, a small clinic). */
  readonly unmanaged: boolean;
  readonly deploymentType?: DeploymentType;
  /** False when the component has no network path at all (a local program, physical ports only). */
  readonly networked?: boolean;
}

/**
 * SSVC System Exposure 1.0.1 in the deployed context, first rule that applies:
 * 1. internet-facing → `open` (access cannot plausibly be restricted);
 * 2. no network path → `small` (a local program);
 * 3. a hospital isolated segment → `small` ("highly controlled network"), if the segmentation is
 *    verified;
 * 4. any other network → `controlled`: reachable, but behind access restrictions. On an unmanaged
 *    network (a patient's home) the only restriction is a consumer router and nobody detects an
 *    attack, which SSVC requires of a mitigation, so the reason says when to choose `open`.
 */
export function deriveSystemExposure(facts: ExposureFacts): SsvcSelection {
  const where = facts.deploymentType === undefined ? '' : ` (${facts.deploymentType})`;
  const derived = (value: string, reason: string): SsvcSelection => ({
    value,
    source: 'derived',
    reason: `${reason}${where}`,
  });
  if (facts.internetFacing)
    return derived(
      'open',
      'reachable from the internet, where access cannot plausibly be restricted',
    );
  if (facts.networked === false)
    return derived('small', 'no network path: reachable only locally or through physical ports');
  if (facts.deploymentType === 'hospital-isolated-segment')
    return derived(
      'small',
      'on an isolated hospital segment, a highly controlled network; choose controlled if the segmentation is not verified',
    );
  if (facts.unmanaged)
    return derived(
      'controlled',
      'not internet-facing, but on an unmanaged network where a consumer router is the only restriction and nobody would detect an attack; choose open if it accepts inbound connections from the internet (port forwarding, UPnP, a cloud relay)',
    );
  return derived(
    'controlled',
    facts.hostileNetwork
      ? 'networked but not internet-facing, behind the operator’s access restrictions and monitoring'
      : 'networked but not internet-facing',
  );
}

/**
 * SSVC Value Density 1.0.0 from how many patients a component serves: a per-patient device holds
 * one patient's data and therapy (`diffuse`); a shared component — a central station, a server, a
 * cloud service — holds many (`concentrated`, "the direct responsibility of system operators").
 */
export function deriveValueDensity(multiplicity: Multiplicity): SsvcSelection {
  return multiplicity === 'shared'
    ? {
        value: 'concentrated',
        source: 'derived',
        reason: 'shared component serving many patients: one exploitation yields many resources',
      }
    : {
        value: 'diffuse',
        source: 'derived',
        reason: 'per-patient component: one exploitation yields one patient’s resources',
      };
}

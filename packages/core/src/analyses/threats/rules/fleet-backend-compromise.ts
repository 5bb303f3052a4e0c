import { steers, type ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { DeploymentType } from '../../../model/vocabulary.js';
import { fact, label } from '../helpers.js';
import { cloudBasis } from '../support/cloud.js';
import {
  blastRadius,
  carriage,
  CLINICAL_CONSOLES,
  deliversCode,
  perPatientReach,
} from '../support/fleet-reach.js';
import type { ThreatRule } from '../types.js';

const SITE_DEPLOYMENTS: readonly DeploymentType[] = [
  'hospital-clinical-network',
  'hospital-isolated-segment',
  'clinic',
];

/**
 * A device server the manufacturer supplies to one hospital or clinic (a pump server, a fleet
 * gateway): every device it manages there trusts it, so its blast radius is the site, not the fleet.
 */
function siteServer(component: Component, query: ModelQuery) {
  const deployment = query.deploymentOf(component);
  return component.type === 'process' &&
    component.kind === 'gateway' &&
    deployment !== undefined &&
    SITE_DEPLOYMENTS.includes(deployment.type)
    ? deployment
    : undefined;
}

export const fleetBackendCompromise = {
  id: 'fleet-backend-compromise',
  version: 2,
  title: "Shared back end can command every patient's device",
  category: 'multi-patient',
  stride: ['tampering', 'elevation-of-privilege'],
  fdaCategory: 'authorization',
  references: {
    attackIcs: ['T0855', 'T0836', 'T0831'],
    fda: [
      'Premarket V.B.2(b) (multi-patient harm view)',
      'Premarket App. 1 B (authorization of commands)',
    ],
  },
  description:
    "A cloud or manufacturer back end that sends commands or configuration to patients' devices is trusted by all of them. An attacker who takes it over, through an exposed API, stolen operator credentials or a compromised cloud account, can change therapy settings or silence alarms on every connected device at once: one intrusion, many patients harmed.",
  detection:
    'A shared component in a cloud or manufacturer back-end deployment (or of kind cloud-service) with flows that steer their target (commands, configuration or therapy-command data the target acts on) and reach per-patient components directly or through others. A device gateway in a hospital or clinic deployment (a pump server managing the pumps of one hospital) is judged the same way, with the site as its blast radius. Flows carrying code are left to one-to-many-update-server, and programmers and clinician workstations to clinic-programmer-multi-patient.',
  falsePositives:
    'Every device asks for a physical confirmation before a harmful change and checks it against safe ranges: declare access.physicalConfirmation on the devices, which lowers the exploitability. The flow carries display data only: correct its data classes.',
  mitigation:
    'Authenticate commands end to end from the authorising clinician to the device (signed per command, not only the TLS session); bound what the back end may change (safe ranges, rate limits, local confirmation for safety-critical settings); separate tenants and the admin plane; require MFA and least privilege for operators; alert on fleet-wide changes.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.multiplicity === 'shared' &&
    !CLINICAL_CONSOLES.includes(component.kind) &&
    (cloudBasis(component, query) !== undefined || siteServer(component, query) !== undefined),
  evaluate(component, query) {
    const site = siteServer(component, query);
    const basis =
      cloudBasis(component, query) ??
      (site === undefined ? undefined : `manages devices at one site (deployment "${site.id}")`);
    if (basis === undefined) return undefined;
    const flows = query
      .flowsFrom(component.id)
      .filter((f) => steers(f) && !deliversCode(f) && perPatientReach([f], query).length > 0);
    const reached = perPatientReach(flows, query);
    if (reached.length === 0) return undefined;
    const radius =
      site === undefined || cloudBasis(component, query) !== undefined
        ? blastRadius(reached, query)
        : {
            text: `${reached.map((id) => `"${id}"`).join(', ')} of every patient at the site`,
            evidence: fact(`deployments.${site.id}.type`, `${site.type}: one site's devices`),
          };
    const confirmed = reached.every(
      (id) => query.component(id)?.access?.physicalConfirmation === true,
    );
    return {
      rationale: `Shared back end ${label(component)} ${basis} and steers patients' devices over ${flows.map((f) => `"${f.id}"`).join(', ')}; whoever controls it can command ${radius.text}.`,
      evidence: [...flows.map(carriage), radius.evidence],
      ...(confirmed
        ? {
            exploitability: {
              level: 'moderate' as const,
              reason:
                'every reached device requires a physical confirmation for harmful operations',
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;

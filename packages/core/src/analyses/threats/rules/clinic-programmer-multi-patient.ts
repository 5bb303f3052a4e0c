import { steers } from '../../../model/query/index.js';
import type { Deployment } from '../../../model/types.js';
import { label } from '../helpers.js';
import {
  blastRadius,
  carriage,
  CLINICAL_CONSOLES,
  deliversCode,
  perPatientReach,
} from '../support/fleet-reach.js';
import type { RuleHit, ThreatRule } from '../types.js';

export const clinicProgrammerMultiPatient = {
  id: 'clinic-programmer-multi-patient',
  version: 1,
  title: "One programmer or clinician workstation programs many patients' devices",
  category: 'multi-patient',
  stride: ['tampering', 'spoofing'],
  fdaCategory: 'authentication',
  references: {
    attackIcs: ['T0864', 'T0843', 'T0836'],
    capec: [441],
    fda: ['Premarket V.B.2(b) (multi-patient harm view)'],
  },
  description:
    'A clinic programmer or clinician workstation sets the therapy of every patient who comes in: implants, pumps, stimulators. Malware on one of them, arriving on a USB stick, a service laptop or the clinic network, can reprogram each device it later connects to, and devices usually trust whatever the programmer sends. One infected console harms patient after patient before anyone notices.',
  detection:
    'A shared component of kind programmer or clinician-workstation (programmers are shared unless the model says otherwise) with flows that steer per-patient components, directly or through others. Firmware it installs is reported here too, not by one-to-many-update-server.',
  falsePositives:
    'A home programmer or remote that serves one patient only: declare multiplicity per-patient on it.',
  mitigation:
    'Make each device authenticate the programmer and the clinician (per-device keys, signed programming sessions), bound what a programming session may change and log it on the device; harden and whitelist the programmer, keep it off general clinic networks, scan removable media, and sign and verify its own software updates.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) =>
    CLINICAL_CONSOLES.includes(component.kind) && component.multiplicity === 'shared',
  evaluate(component, query) {
    const flows = query.flowsFrom(component.id).filter(steers);
    const reached = perPatientReach(flows, query);
    if (reached.length === 0) return undefined;
    const radius = blastRadius(reached, query);
    const installsCode = flows.some(deliversCode);
    return {
      rationale: `Shared ${component.kind} ${label(component)} steers patients' devices over ${flows.map((f) => `"${f.id}"`).join(', ')}${installsCode ? ' and installs code on them' : ''}; malware on it can reprogram ${radius.text}.`,
      evidence: [...flows.map(carriage), radius.evidence],
      ...unmanagedSetting(query.deploymentOf(component)),
    };
  },
} satisfies ThreatRule;

function unmanagedSetting(deployment: Deployment | undefined): Pick<RuleHit, 'exploitability'> {
  if (deployment?.exposure.unmanaged !== true) return {};
  return {
    exploitability: {
      level: 'high',
      reason: `nobody with security skills watches the ${deployment.type} setting to notice an infection`,
    },
  };
}

import { severityRank, type ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { ComponentKind } from '../../../model/vocabulary.js';
import { componentPath, fact, flowPath, label, notDeclared } from '../helpers.js';
import { describeHarm, isSeriousOrWorse, remoteLinkOf } from '../support/fda-design.js';
import { EMBEDDED_KINDS } from '../support/software-update.js';
import { insideOneDevice } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/**
 * Equipment at the patient or in the clinician's hands, where someone can press a button, hold a
 * magnet or place a wand. A cloud service, a hospital server, an interface engine or a phone app
 * relays commands; the physical signal belongs on the device that finally acts on them.
 */
const PHYSICAL_DEVICE_KINDS: readonly ComponentKind[] = [
  ...EMBEDDED_KINDS,
  'home-monitor',
  'programmer',
];

/** The component, or the device it is part of, asks for a physical confirmation. */
function confirmedOnDevice(component: Component, query: ModelQuery): boolean {
  return [component, ...query.ancestors(component.id)].some(
    (c) => c.access?.physicalConfirmation === true,
  );
}

/**
 * Command flows into the component that someone away from it can use, with the link they use.
 * Wiring between two processors of one device is not remote: a command on it was already accepted
 * at the device's edge.
 */
function remoteHarmfulCommands(component: Component, query: ModelQuery) {
  return query.flowsTo(component.id).flatMap((flow) => {
    if (insideOneDevice(flow, query) !== undefined) return [];
    const link = remoteLinkOf(flow, query);
    const harm = query.harmOfFlow(flow.id);
    return flow.carries.includes('commands') &&
      link !== undefined &&
      isSeriousOrWorse(harm.severity)
      ? [{ flow, link, harm }]
      : [];
  });
}

export const harmfulCommandWithoutPhysicalIntent = {
  id: 'harmful-command-without-physical-intent',
  version: 2,
  title: 'Harmful remote command accepted without a physical signal of intent',
  category: 'fda-design',
  stride: ['elevation-of-privilege', 'tampering'],
  fdaCategory: 'authorization',
  references: {
    cwe: [749],
    attackIcs: ['T0855', 'T0836', 'T0831'],
    fda: ['Premarket App. 1 A (non-routine physical signal of intent for harmful operations)'],
  },
  description:
    'When a command that can seriously harm the patient (a large bolus, a shock, a stimulation change, a firmware or mode change) is accepted over radio or a network with nothing happening at the device, anyone who defeats or borrows the remote authentication can deliver it unseen. A non-routine physical action at the device, such as holding a button or tapping a magnet, turns a remote attack into one that needs the patient or a clinician present.',
  detection:
    "A device at the patient or in the clinician's hands (device firmware, embedded OS, bootloader, medical device, sensor, actuator, home monitor, programmer) receiving commands over a radio, network or cross-site link whose flow can affect a clinical function of serious harm or worse, where neither the component nor the device it is part of declares `access.physicalConfirmation: true`. Commands typed by a person at the device are not remote, and neither is wiring between two processors of one device. Cloud services, portals, servers, gateways, workstations and phone apps relay commands: the signal of intent is judged on the device that acts on them.",
  falsePositives:
    'Remote therapy changes are the intended use (e.g. a clinician titrating an implant remotely, an automated closed loop): a physical confirmation would defeat the purpose. Record that decision as a treatment (accept with a rationale, or mitigate with controls such as hard dose limits enforced on the device, confirmation on the patient display, clinician authentication and notification of every change).',
  mitigation:
    'For harmful operations, require a non-routine physical action at the device (momentary switch, magnet, button sequence) or an explicit confirmation on the device itself, limit what remote commands may change (dose ceilings, rate limits), and notify the patient of every change.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'process' &&
    PHYSICAL_DEVICE_KINDS.includes(component.kind) &&
    remoteHarmfulCommands(component, query).length > 0,
  evaluate(component, query) {
    const declared = component.access?.physicalConfirmation;
    if (confirmedOnDevice(component, query)) return undefined;
    const commands = remoteHarmfulCommands(component, query);
    const [worst] = commands
      .map(({ harm }) => harm)
      .sort(
        (a, b) =>
          severityRank(b.severity ?? 'negligible') - severityRank(a.severity ?? 'negligible'),
      );
    if (worst === undefined) return undefined;
    const path = componentPath(component, 'access', 'physicalConfirmation');
    return {
      rationale: `Process ${label(component)} accepts commands over ${commands.map(({ flow, link }) => `"${flow.id}" (${link})`).join(', ')} that ${describeHarm(worst)}, with no physical signal of intent at the device.`,
      evidence: [
        declared === undefined
          ? notDeclared(path, 'false')
          : fact(path, 'physicalConfirmation: false'),
        ...commands.map(({ flow, link }) =>
          fact(flowPath(flow, 'carries'), `commands from "${flow.source}" over ${link}`),
        ),
      ],
    };
  },
} satisfies ThreatRule;

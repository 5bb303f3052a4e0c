import { severityRank } from '../../../model/query/index.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { DEVICE_KINDS, updateOf } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

const SERIOUS = severityRank('serious');

export const noInterruptedUpdateRecovery = {
  id: 'no-interrupted-update-recovery',
  version: 1,
  title: 'No recovery from an interrupted update',
  category: 'software-update',
  stride: ['denial-of-service'],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [755, 1277],
    attackIcs: ['T0800', 'T0826'],
    fda: ['Premarket App. 1 H (plan for interrupted updates at each phase)'],
  },
  description:
    'An update cut short by a power loss, a flat battery, a dropped connection or a deliberate interruption can leave half-written firmware. Without a second image slot or an equivalent fallback the device no longer boots or no longer delivers therapy, and a patient who depends on it is left without it until the device is replaced.',
  detection:
    'An updatable piece of equipment that installs its own firmware (device-firmware, embedded-os, bootloader, medical-device, sensor, actuator, home-monitor, gateway, programmer) whose compromise reaches a clinical function of severity serious or worse, with `update.interruptedUpdateRecovery` not declared true. Apps and servers are left out: their platforms install atomically or redeploy.',
  falsePositives:
    'The device keeps a known-good image (A/B slots, a recovery partition, a bootloader that falls back) that the model does not state: declare `interruptedUpdateRecovery: true`.',
  mitigation:
    'Write the new image to an inactive slot, switch only after it is complete and verified, fall back automatically when the new image fails to boot, check battery and power before starting, and keep therapy running (or in a safe state with an alarm) while the update downloads.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'component',
  when: (component, query) => {
    const severity = query.lossOfComponent(component.id).severity;
    return (
      updateOf(component) !== undefined &&
      DEVICE_KINDS.includes(component.kind) &&
      severity !== undefined &&
      severityRank(severity) >= SERIOUS
    );
  },
  evaluate(component, query) {
    const update = updateOf(component);
    if (update === undefined || update.interruptedUpdateRecovery === true) return undefined;
    const [worst] = query.lossOfComponent(component.id).impacts;
    const path = componentPath(component, 'update', 'interruptedUpdateRecovery');
    const physical = query.exposureOf(component)?.physicalAccess;
    return {
      rationale: `An interrupted ${update.mechanism} update can leave ${label(component)} without working firmware${worst === undefined ? '' : `, stopping ${worst.functionId} (${worst.severity})`}; no recovery from a broken update is declared.`,
      evidence: [
        update.interruptedUpdateRecovery === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'interruptedUpdateRecovery: false'),
      ],
      ...(physical === 'household' || physical === 'public'
        ? {
            exploitability: {
              level: 'high' as const,
              reason: `anyone in the ${physical} setting can cut power or pull the battery mid-update`,
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;

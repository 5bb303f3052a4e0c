import { severityRank } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import { WIRELESS_INTERFACE_TYPES, type InterfaceType } from '../../../model/vocabulary.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { carriedDeployment } from '../support/home-use.js';
import { describeImpact } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

/** NFC and inductive links are powered by the reader's field, so they do not drain the battery. */
const FIELD_POWERED: readonly InterfaceType[] = ['nfc', 'inductive'];

function batteryRadios(component: Component): string[] {
  return component.interfaces
    .filter(
      (iface) =>
        WIRELESS_INTERFACE_TYPES.includes(iface.type) &&
        !FIELD_POWERED.includes(iface.type) &&
        iface.access !== 'disabled' &&
        iface.access !== 'removed',
    )
    .map((iface) => `${iface.id} (${iface.type})`);
}

export const batteryDrainDos = {
  id: 'battery-drain-dos',
  version: 1,
  title: 'Battery can be drained by repeated radio requests',
  category: 'home-use',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    cwe: [400, 770, 799],
    capec: [125],
    attackIcs: ['T0814', 'T0826'],
    fda: [
      'Premarket App. 1 G (handle denial of service and excess traffic)',
      'Playbook Table 2 (SpO2 sensor flooded with pairing requests)',
    ],
  },
  description:
    'Every connection or pairing request wakes the radio and the processor. Someone within range who keeps sending them can empty the battery of a sensor or pump within hours, silently ending monitoring or therapy; for an implant, early battery depletion means surgery to replace it.',
  detection:
    'A component with `hardware.battery: true` and an enabled battery-powered radio (BLE, Bluetooth, Wi-Fi, cellular, MICS, proprietary RF, Zigbee; NFC and inductive links are powered by the reader) whose `access.rateLimiting` is not true. Severity is what stops when the battery is empty: the functions the component serves and those of components depending on it that declare no offline mode; at least serious for an implant. On-body, implanted and patient-phone deployments raise exploitability. process-denial-of-service reports the same missing limit as a loss of service while the flood lasts; this rule reports the lasting effect on the battery, which outlives the attack.',
  falsePositives:
    'The radio firmware already limits connection attempts, advertising responses and wake-ups per time window: declare `access.rateLimiting: true`.',
  mitigation:
    'Limit and back off connection and pairing attempts, ignore unbonded peers outside an explicit pairing window, cap radio wake-ups per hour, and alarm the patient when battery use is abnormal or runtime falls below a safe margin.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'component',
  when: (component) => component.hardware?.battery === true && batteryRadios(component).length > 0,
  evaluate(component, query) {
    const rateLimiting = component.access?.rateLimiting;
    if (rateLimiting === true) return undefined;
    const radios = batteryRadios(component);
    const carried = carriedDeployment(component, query);
    const path = componentPath(component, 'access', 'rateLimiting');
    const loss = query.lossOfComponent(component.id).impacts[0];
    const surgery =
      carried === 'implanted' &&
      (loss === undefined || severityRank(loss.severity) < severityRank('serious'));
    return {
      rationale: `Battery-powered ${label(component)} answers radio requests on ${radios.join(', ')} with ${rateLimiting === false ? 'no' : 'no declared'} rate limiting; repeated connection or pairing attempts can drain it${loss === undefined ? '' : ` and stop ${describeImpact(loss)}`}.`,
      evidence: [
        fact(componentPath(component, 'hardware', 'battery'), 'battery: true'),
        rateLimiting === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'rateLimiting: false'),
      ],
      ...(carried === undefined
        ? {}
        : {
            exploitability: {
              level: 'high' as const,
              reason: `the ${carried} device goes wherever the patient goes, within radio range of strangers`,
            },
          }),
      // Replacing a drained implant battery means surgery, whatever else stops.
      ...(surgery
        ? {
            severity: {
              level: 'serious' as const,
              reason: 'a drained implant battery means surgery to replace the device',
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;

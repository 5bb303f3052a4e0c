import { severityRank } from '../../../model/query/index.js';
import { WIRELESS_INTERFACE_TYPES } from '../../../model/vocabulary.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { batteryRadios, livesOnBattery } from '../support/availability.js';
import { carriedDeployment } from '../support/home-use.js';
import { describeImpact } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

export const batteryDrainDos = {
  id: 'battery-drain-dos',
  version: 2,
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
    'A component with `hardware.battery: true`, deployed where it lives on its battery (on-body, implanted, patient phone, patient home), with an enabled battery-powered radio (BLE, Bluetooth, Wi-Fi, cellular, MICS, proprietary RF, Zigbee; NFC and inductive links are powered by the reader) that accepts connections, and whose `access.rateLimiting` is not true. A radio the component only broadcasts or calls out on (every flow through it opened by the component) answers nobody. Hospital and clinic equipment is charged routinely and its low-battery alarm is answered by staff: floods there are judged by process-denial-of-service. Severity is what stops when the battery is empty: the functions the component serves and those of components depending on it that declare no offline mode; at least serious for an implant. On-body, implanted and patient-phone deployments raise exploitability. Where this rule reports a component, process-denial-of-service does not report the same missing rate limit again: the drained battery outlives the flood and is the worse outcome.',
  falsePositives:
    'The radio firmware already limits connection attempts, advertising responses and wake-ups per time window: declare `access.rateLimiting: true`.',
  mitigation:
    'Limit and back off connection and pairing attempts, ignore unbonded peers outside an explicit pairing window, cap radio wake-ups per hour, and alarm the patient when battery use is abnormal or runtime falls below a safe margin.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'component',
  when: (component, query) =>
    livesOnBattery(component, query) &&
    component.interfaces.some((iface) => WIRELESS_INTERFACE_TYPES.includes(iface.type)),
  evaluate(component, query) {
    const rateLimiting = component.access?.rateLimiting;
    if (rateLimiting === true) return undefined;
    const radios = batteryRadios(component, query);
    if (radios.length === 0) return undefined;
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

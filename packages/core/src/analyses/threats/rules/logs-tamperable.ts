import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { isBackEnd } from '../support/back-end.js';
import type { ThreatRule } from '../types.js';

const HANDS_ON = ['household', 'public', 'staff'] as const;
/** Destinations that keep a copy off the device as events are exported. */
const OFF_DEVICE = ['siem', 'cloud'] as const;

export const logsTamperable = {
  id: 'logs-tamperable',
  version: 2,
  title: 'Security log can be altered or erased by an intruder',
  category: 'logging',
  stride: ['repudiation', 'tampering'],
  fdaCategory: 'event-detection-logging',
  references: {
    cwe: [353, 117],
    capec: [268, 93],
    attackIcs: ['T0872'],
    fda: ['Premarket App. 1 F (protect logs and support forensic evidence capture)'],
  },
  description:
    "An attacker who reaches a device over a hostile network or with hands on it erases or rewrites its log to hide what was done. Investigators then cannot tell whether a wrong dose or a missed alarm was a malfunction, a user error or an attack, and cannot tell which other patients' devices to check.",
  detection:
    'A device-side component (cloud and back-end components are judged by cloud-audit-log-missing) with `logging.security: true`, in a deployment exposed to a hostile network or to household, public or staff physical access, whose `logging.tamperProtected` is not declared true. A log exported to a SIEM or the cloud lowers exploitability one level: an intruder can erase only the events not exported yet.',
  falsePositives:
    'Logs are append-only, signed or hash-chained, or forwarded in near real time to a store the device cannot modify, but the model does not say so: declare `tamperProtected: true`.',
  mitigation:
    'Make the log append-only for all device software except a minimal logging service, chain entries with a MAC or signature keyed in a secure element, forward them promptly to an off-device store, and record log clearing as an event of its own.',
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) => {
    const exposure = query.exposureOf(component);
    return (
      component.logging?.security === true &&
      exposure !== undefined &&
      (exposure.hostileNetwork ||
        (HANDS_ON as readonly string[]).includes(exposure.physicalAccess)) &&
      !isBackEnd(component, query)
    );
  },
  evaluate(component, query) {
    const tamperProtected = component.logging?.tamperProtected;
    if (tamperProtected === true) return undefined;
    const exposure = query.exposureOf(component);
    const physical = exposure?.physicalAccess;
    const reach = [
      ...(exposure?.hostileNetwork === true ? ['a hostile network'] : []),
      ...(physical !== undefined && (HANDS_ON as readonly string[]).includes(physical)
        ? [`${physical} physical access`]
        : []),
    ].join(' and ');
    const path = componentPath(component, 'logging', 'tamperProtected');
    const exported = component.logging?.export;
    const offDevice =
      exported !== undefined && (OFF_DEVICE as readonly string[]).includes(exported);
    const handsOn = physical === 'household' || physical === 'public';
    return {
      rationale: `${label(component)} keeps a security log that is ${tamperProtected === false ? 'declared unprotected' : 'not declared tamper-protected'}, and is exposed to ${reach}: an intruder can erase the traces of an attack.`,
      evidence: [
        tamperProtected === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'tamperProtected: false'),
        ...(exported === undefined
          ? []
          : [fact(componentPath(component, 'logging', 'export'), `export: ${exported}`)]),
      ],
      ...(offDevice
        ? {
            exploitability: {
              level: handsOn ? ('low' as const) : ('very-low' as const),
              reason: `${handsOn ? `anyone in the ${physical} setting can get at the device and its storage, but ` : ''}the log is exported to ${exported}: only events not exported yet can be erased`,
            },
          }
        : handsOn
          ? {
              exploitability: {
                level: 'moderate' as const,
                reason: `anyone in the ${physical} setting can get at the device and its storage`,
              },
            }
          : {}),
    };
  },
} satisfies ThreatRule;

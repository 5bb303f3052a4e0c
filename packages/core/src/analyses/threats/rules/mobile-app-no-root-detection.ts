import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { deploymentTypeOf } from '../support/home-use.js';
import { describeImpact, seriousImpact } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

export const mobileAppNoRootDetection = {
  id: 'mobile-app-no-root-detection',
  version: 2,
  title: 'Medical mobile app runs on rooted or jailbroken phones unchecked',
  category: 'home-use',
  stride: ['tampering', 'elevation-of-privilege'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [693],
    capec: [207, 640],
    attackIcs: ['T0874', 'T0851'],
    fda: ['Premarket App. 1 D (integrity of the execution state of running software)'],
  },
  description:
    "On a rooted or jailbroken phone, malware and tinkering tools can read the app's keys, hook its code and change the values it shows or sends. An app that steers therapy or carries alarms should know when the platform beneath it can no longer be trusted, instead of silently continuing.",
  detection:
    "A component of kind `mobile-app` that serves or steers a function of severity serious or worse and whose `hardening.rootDetection` is not true. The device side of the same trust problem (accepting the phone as authority) is reported separately by patient-phone-trusted-gateway. Exploitability is moderate on the patient's own phone: the phone must first be rooted or jailbroken, by its owner or by an exploit chain, before malware can hook the app; low on a phone a hospital or clinic manages.",
  falsePositives:
    'Phones managed by a hospital or clinic whose device management refuses rooted phones: deploy the app there rather than on `patient-mobile-device` (exploitability then drops to low) and record the management policy as a control mitigating this finding.',
  mitigation:
    'Detect rooting, jailbreak, hooking frameworks and debuggers, use platform attestation (Play Integrity, App Attest) checked by the back end, keep keys in the hardware keystore, and on detection warn the patient and restrict therapy-changing functions. Detection can be bypassed, so the device must still not trust the phone blindly.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.kind === 'mobile-app' && seriousImpact(component, query) !== undefined,
  evaluate(component, query) {
    const rootDetection = component.hardening?.rootDetection;
    const impact = seriousImpact(component, query);
    if (rootDetection === true || impact === undefined) return undefined;
    const path = componentPath(component, 'hardening', 'rootDetection');
    const where = deploymentTypeOf(component, query);
    return {
      rationale: `Mobile app ${label(component)} can affect ${describeImpact(impact)} but ${rootDetection === false ? 'does not' : 'is not declared to'} detect a rooted or jailbroken phone${where === undefined ? '' : ` (deployed on ${where})`}; malware with root rights can alter what it sends or shows.`,
      evidence: [
        rootDetection === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'rootDetection: false'),
      ],
      ...(where === undefined || where === 'patient-mobile-device'
        ? {}
        : {
            exploitability: {
              level: 'low' as const,
              reason: `the phone is deployed in ${where}, not owned and configured by the patient`,
            },
          }),
    };
  },
} satisfies ThreatRule;

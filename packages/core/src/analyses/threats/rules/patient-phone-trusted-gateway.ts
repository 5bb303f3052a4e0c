import { steers, type ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import type { AuthMethod } from '../../../model/vocabulary.js';
import { componentPath, fact, flowPath, label } from '../helpers.js';
import { isPatientPhoneApp } from '../support/home-use.js';
import { describeImpact, seriousImpact } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

/** Secrets held by the phone itself: they prove this phone was paired, never who authorised a command. */
const PHONE_LEVEL: readonly AuthMethod[] = ['pairing', 'pin', 'pre-shared-key'];

function phoneCommandFlows(device: Component, query: ModelQuery): DataFlow[] {
  return query.flowsTo(device.id).filter((flow) => {
    const source = query.component(flow.source);
    return steers(flow) && source !== undefined && isPatientPhoneApp(source, query);
  });
}

export const patientPhoneTrustedGateway = {
  id: 'patient-phone-trusted-gateway',
  version: 1,
  title: "Therapy commands trusted because they come from the patient's phone",
  category: 'home-use',
  stride: ['spoofing', 'elevation-of-privilege'],
  fdaCategory: 'authentication',
  references: {
    cwe: [602, 306, 863],
    capec: [151, 202],
    attackIcs: ['T0855', 'T0836'],
    fda: [
      'Premarket App. 1 A (authenticate commands that could cause harm)',
      'Premarket App. 1 B (authorization by role)',
    ],
  },
  description:
    "The patient's phone is a consumer device the manufacturer does not control: it may be rooted, run malware, or run a modified app. If a pump or implant accepts therapy commands merely because they arrive from the paired phone, whoever controls the phone can change therapy as if they were the prescribing clinician.",
  detection:
    'A per-patient component that serves or steers a function of severity serious or worse and receives commands, code or safety data directly from a mobile app deployed on `patient-mobile-device`, over a flow authenticated only by `pairing`, `pin` or `pre-shared-key` (secrets the phone holds), without `userIdentity: true`. Flows with no authentication at all are left to the spoofing rules (process-spoofing, external-entity-spoofing, boundary-crossing-unauthenticated); other methods (certificate, token, signature) are taken to carry an authorisation from outside the phone.',
  falsePositives:
    'Commands are signed by the clinic or the manufacturer back end and verified on the device: declare the flow authentication as `signature` (or `userIdentity: true` when the person is authenticated). The device enforces safe limits whatever the phone sends: record it as a control mitigating this finding.',
  mitigation:
    'Have the device verify an authorisation that the phone cannot forge: prescription limits signed by the clinician system, or commands signed end to end by the manufacturer back end. Enforce hard therapy limits on the device itself and ask for confirmation on the device for dose-changing commands.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.multiplicity === 'per-patient' &&
    seriousImpact(component, query) !== undefined &&
    phoneCommandFlows(component, query).length > 0,
  evaluate(device, query) {
    const impact = seriousImpact(device, query);
    if (impact === undefined) return undefined;
    return phoneCommandFlows(device, query).flatMap((flow) => {
      const authentication = flow.authentication;
      if (
        authentication === undefined ||
        authentication.userIdentity === true ||
        !PHONE_LEVEL.includes(authentication.method)
      )
        return [];
      return [
        {
          qualifier: flow.id,
          rationale: `Component ${label(device)} accepts ${flow.data.length > 0 ? flow.data.join(', ') : flow.carries.join(', ')} from app "${flow.source}" on the patient's phone over flow "${flow.id}", authenticated by ${authentication.method} alone: that proves the paired phone, not that a clinician authorised the change, so whoever controls the phone controls ${describeImpact(impact)}.`,
          evidence: [
            fact(
              flowPath(flow, 'authentication'),
              `authentication: ${authentication.method}, a secret the phone holds; no user identity or outside signature`,
            ),
            fact(
              componentPath(device, 'multiplicity'),
              `per-patient; receives ${flow.carries.join(', ')} from "${flow.source}" (patient-mobile-device)`,
            ),
          ],
          ...(device.access?.physicalConfirmation === true
            ? {
                exploitability: {
                  level: 'low' as const,
                  reason: `"${device.id}" asks for a physical confirmation on the device before harmful operations`,
                },
              }
            : {}),
        },
      ];
    });
  },
} satisfies ThreatRule;

import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { componentPath, fact, flowPath, label } from '../helpers.js';
import { deploymentTypeOf } from '../support/home-use.js';
import { describeImpact, seriousImpact } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

function storeFlows(app: Component, query: ModelQuery): DataFlow[] {
  return query.flowsTo(app.id).filter((flow) => {
    const source = query.component(flow.source);
    return source !== undefined && deploymentTypeOf(source, query) === 'app-store';
  });
}

function distributedByStore(app: Component, query: ModelQuery): boolean {
  return app.update?.mechanism === 'app-store' || storeFlows(app, query).length > 0;
}

export const appStoreImpersonation = {
  id: 'app-store-impersonation',
  version: 1,
  title: 'Look-alike or trojanised copy of the app in a public app store',
  category: 'home-use',
  stride: ['spoofing'],
  fdaCategory: 'authentication',
  references: {
    cwe: [290, 940],
    capec: [616, 504, 186],
    attackIcs: ['T0849', 'T0863'],
    fda: [
      'Premarket App. 1 A (entity authentication of communication endpoints)',
      'Premarket V.A.1 (supply chain and distribution threats)',
    ],
  },
  description:
    'Anyone can publish an app with the same name and icon, or a repackaged copy of the genuine app with malware inside. A patient who installs it hands it the pairing with the device and their health data, and it can show false readings or send its own commands. The store operator, not the manufacturer, decides what is published.',
  detection:
    'A component of kind `mobile-app` distributed through an app store (`update.mechanism: app-store`, or a flow into it from a component deployed in an `app-store` deployment) that serves or steers a function of severity serious or worse. The threat is inherent to public distribution, so the rule fires for every such app.',
  falsePositives:
    'It keeps firing by design: record the controls that make a fake app useless or short-lived (the device and back end accept only apps that pass platform attestation or hold a manufacturer-issued credential, store monitoring and takedown, links to the genuine listing in the labeling) as `controls` mitigating this finding; they lower its exploitability and residual risk.',
  mitigation:
    'Make the device and back end verify the genuine app (platform attestation such as Play Integrity or App Attest, device-unique credentials provisioned at enrolment), monitor the stores for look-alikes and have them taken down, publish the official store links in the labeling and the device packaging, and tell patients to install only from them.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.kind === 'mobile-app' &&
    distributedByStore(component, query) &&
    seriousImpact(component, query) !== undefined,
  evaluate(app, query) {
    const impact = seriousImpact(app, query);
    if (impact === undefined) return undefined;
    const flows = storeFlows(app, query);
    return {
      rationale: `Mobile app ${label(app)} is distributed through a public app store and can affect ${describeImpact(impact)}; a look-alike or repackaged copy installed by the patient would inherit that reach unless the device or back end can tell it apart from the genuine app.`,
      evidence: [
        ...(app.update?.mechanism === 'app-store'
          ? [fact(componentPath(app, 'update', 'mechanism'), 'mechanism: app-store')]
          : []),
        ...flows.map((flow) =>
          fact(flowPath(flow), `delivered from "${flow.source}" in an app-store deployment`),
        ),
      ],
    };
  },
} satisfies ThreatRule;

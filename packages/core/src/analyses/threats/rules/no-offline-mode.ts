import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import type { ComponentKind, DeploymentType } from '../../../model/vocabulary.js';
import { componentPath, fact, flowPath, label, notDeclared } from '../helpers.js';
import { onlyDistributes, worksWithoutFeed } from '../../../model/query/index.js';
import { isCloud } from '../support/cloud.js';
import { deploymentTypeOf } from '../support/home-use.js';
import { describeImpact, isSerious } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

/** What the manufacturer builds and places with the patient or the clinic; people and HDO systems are out of scope. */
const DEVICE_SIDE: readonly ComponentKind[] = [
  'device-firmware',
  'embedded-os',
  'sensor',
  'actuator',
  'medical-device',
  'mobile-app',
  'desktop-app',
  'gateway',
  'home-monitor',
  'programmer',
  'clinician-workstation',
  'ai-model',
];

/** Where the internet link is a consumer one: home broadband, a phone's mobile data, a relay phone. */
const INTERMITTENT: readonly DeploymentType[] = [
  'patient-home',
  'on-body',
  'implanted',
  'patient-mobile-device',
];

/** Run-time flows from cloud components; software, model and training deliveries only delay releases. */
function cloudFeeds(component: Component, query: ModelQuery): DataFlow[] {
  return query.flowsTo(component.id).filter((flow) => {
    const source = query.component(flow.source);
    return source !== undefined && isCloud(source, query) && !onlyDistributes(flow);
  });
}

/**
 * Functions a cloud component serves itself (the follow alerts a cloud relays, the inference a cloud
 * model runs) exist only while the cloud does: no offline mode on a device can keep them going, and
 * their outage is reported once, on the cloud, by cloud-outage-patient-harm.
 */
function servedInTheCloud(functionId: string, query: ModelQuery): boolean {
  return query.model.components.some(
    (c) => isCloud(c, query) && query.servedFunctions(c.id).includes(functionId),
  );
}

function seriousLoss(component: Component, query: ModelQuery) {
  const worst = query
    .lossOfComponent(component.id)
    .impacts.find((impact) => !servedInTheCloud(impact.functionId, query));
  return worst !== undefined && isSerious(worst.severity) ? worst : undefined;
}

export const noOfflineMode = {
  id: 'no-offline-mode',
  version: 2,
  title: 'Device-side component stops working without the cloud',
  category: 'cloud',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    capec: [607],
    attackIcs: ['T0826', 'T0827'],
    fda: [
      'Premarket App. 1 G (independent function when communications are disrupted, including for long periods)',
      'MITRE 2026 evolving technologies (offline modes for cloud-dependent devices)',
    ],
  },
  description:
    'A component at the patient or the clinic that needs a cloud service to do its job fails whenever the cloud, the internet provider or the home router does, and an attacker who can block the connection can switch the function off. FDA expects devices to state how much they still do on their own while communications are down.',
  detection:
    'A device-side component (device, sensor, app, gateway, home monitor, programmer, workstation or AI model; not a cloud component) that receives run-time data, commands or safety data from a cloud component (software, model and training-data deliveries do not count), declares neither `resilience.offlineMode: true` nor `onCommunicationLoss: continue-locally`, and whose loss stops a function of severity serious or worse (one it serves, or one served by components depending on it that declare no offline mode either) that no cloud component serves itself. A function the cloud delivers (alerts it relays to followers, inference it runs) cannot be kept going by an offline mode on the device; its outage is reported on the cloud by cloud-outage-patient-harm.',
  falsePositives:
    'The component keeps its clinical function without the cloud: declare `resilience.offlineMode: true` and the `offlineDuration` it lasts. This rule asks whether the function survives without the cloud; what the component does at the moment a link drops (safe state, alarm) is the subject of no-safe-state-on-communication-loss, and the cloud side of the dependence of cloud-outage-patient-harm.',
  mitigation:
    'Keep the clinical function running locally while the cloud is unreachable (cached settings, local alarm evaluation, buffered readings synchronised later), state how long that lasts, tell the patient when the connection is lost, and test the offline mode with long outages.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'component',
  when: (component, query) =>
    DEVICE_SIDE.includes(component.kind) &&
    !isCloud(component, query) &&
    cloudFeeds(component, query).length > 0,
  evaluate(component, query) {
    if (worksWithoutFeed(component)) return undefined;
    const loss = seriousLoss(component, query);
    if (loss === undefined) return undefined;
    const resilience = component.resilience;
    const feeds = cloudFeeds(component, query);
    const where = deploymentTypeOf(component, query);
    const path = componentPath(component, 'resilience', 'offlineMode');
    return {
      rationale: `Component ${label(component)} depends on ${feeds.map((f) => `"${f.source}" (flow "${f.id}")`).join(', ')} in the cloud and ${resilience?.offlineMode === false ? 'has no' : 'declares no'} offline mode: while the cloud or the internet link is down, ${describeImpact(loss)} stops${resilience?.onCommunicationLoss === undefined ? '' : `; on communication loss it is declared to "${resilience.onCommunicationLoss}"`}.`,
      evidence: [
        resilience?.offlineMode === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'offlineMode: false'),
        ...feeds.map((f) =>
          fact(
            flowPath(f),
            `from cloud "${f.source}": ${f.data.length > 0 ? f.data.join(', ') : f.carries.join(', ')}`,
          ),
        ),
      ],
      ...(where !== undefined && INTERMITTENT.includes(where)
        ? {
            exploitability: {
              level: 'high' as const,
              reason: `connectivity in ${where} is a consumer link, lost for hours or days at a time`,
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;

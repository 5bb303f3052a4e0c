import type { Evidence } from '../../../findings/types.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { stoppingDependants } from '../support/availability.js';
import { cloudBasis, isCloud } from '../support/cloud.js';
import { describeImpact, isSerious } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

export const cloudOutagePatientHarm = {
  id: 'cloud-outage-patient-harm',
  version: 2,
  title: 'Cloud outage interrupts a clinical function',
  category: 'cloud',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    capec: [607, 125],
    attackIcs: ['T0826', 'T0813'],
    fda: [
      'Premarket IV.B (availability objective, including cloud services)',
      'Premarket App. 1 G (independent function when communications are disrupted)',
      'MITRE 2026 evolving technologies (cloud outage as indirect and latent harm)',
    ],
  },
  description:
    'Cloud regions fail, providers have outages, accounts get suspended and services are knocked offline by denial of service or ransomware. When a clinical function needs the cloud to run, every outage reaches all patients at once: alarms are not forwarded, readings are not analysed, therapy settings cannot be delivered. The harm is indirect and may only show hours later.',
  detection:
    'A cloud component (deployed in cloud-manufacturer-tenant, cloud-third-party-saas or manufacturer-backend, or of kind `cloud-service`) whose loss stops a function of severity serious or worse: a function it serves, one declared on a flow to or from it, or one served by a component that depends on its run-time flows, directly or through others, and declares no offline mode (`resilience.offlineMode` or `onCommunicationLoss: continue-locally`). Flows that only deliver software, models or training data are not followed: losing them delays a release, not care. Exploitability is lowered when `resilience.redundancy` or `cloud.multiRegion` is true. Only the outermost cloud component is judged: a part nested in a cloud service is unreachable exactly when the service is. The device side of the same dependence is reported by no-offline-mode.',
  falsePositives:
    'The dependent component keeps its function going without the cloud: declare `resilience.offlineMode: true` (or `onCommunicationLoss: continue-locally`) on it, and the function no longer counts. A function listed on a flow it does not need at run time: remove it from that flow.',
  mitigation:
    'Run the service redundantly across regions with tested failover and backups, agree availability, recovery time and incident notification in the SLA, protect it against denial of service, and design the devices to keep the clinical function going (or fail safe and alert the patient) while the cloud is unreachable.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'component',
  when: (component, query) => isCloud(component, query),
  evaluate(cloud, query) {
    // A part nested in a cloud service (a model inside the inference service) is unreachable
    // exactly when the service is: the outage is reported once, on the service.
    if (query.ancestors(cloud.id).some((a) => isCloud(a, query))) return undefined;
    const worst = query.lossOfComponent(cloud.id).impacts[0];
    if (worst === undefined || !isSerious(worst.severity)) return undefined;
    const redundancy = cloud.resilience?.redundancy;
    const multiRegion = cloud.cloud?.multiRegion;
    const tolerable = query.clinicalFunction(worst.functionId)?.maxTolerableOutageMinutes;
    const resilient = [
      ...(redundancy === true ? ['redundancy'] : []),
      ...(multiRegion === true ? ['multi-region deployment'] : []),
    ];
    return {
      rationale: `Component ${label(cloud)} ${cloudBasis(cloud, query) ?? ''}; when it is unreachable, ${describeImpact(worst)} is interrupted${tolerable === undefined ? '' : `, which tolerates at most ${tolerable} minutes of outage`}.`,
      evidence: [
        redundancy === undefined
          ? notDeclared(componentPath(cloud, 'resilience', 'redundancy'), 'absent')
          : fact(
              componentPath(cloud, 'resilience', 'redundancy'),
              `redundancy: ${String(redundancy)}`,
            ),
        multiRegion === undefined
          ? notDeclared(componentPath(cloud, 'cloud', 'multiRegion'), 'absent')
          : fact(
              componentPath(cloud, 'cloud', 'multiRegion'),
              `multiRegion: ${String(multiRegion)}`,
            ),
        ...stoppingDependants(worst, query).map((c): Evidence =>
          c.resilience?.offlineMode === undefined
            ? notDeclared(
                componentPath(c, 'resilience', 'offlineMode'),
                'stopping when its input stops',
              )
            : fact(componentPath(c, 'resilience', 'offlineMode'), 'offlineMode: false'),
        ),
      ],
      ...(resilient.length === 0
        ? {}
        : {
            exploitability: {
              level: 'low' as const,
              reason: `declared ${resilient.join(' and ')}: the service survives the loss of one site`,
            },
          }),
    };
  },
} satisfies ThreatRule;

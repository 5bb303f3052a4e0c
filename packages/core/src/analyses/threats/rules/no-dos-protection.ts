import { componentPath, fact, flowPath, label, notDeclared } from '../helpers.js';
import { describeInternetEntries, internetEntries } from '../support/fda-design.js';
import { isPipeline } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

export const noDosProtection = {
  id: 'no-dos-protection',
  version: 2,
  title: 'Internet-facing component without protection against floods',
  category: 'fda-design',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    cwe: [770, 400],
    capec: [125, 482, 488],
    attackIcs: ['T0814'],
    fda: ['Premarket App. 1 G (handle denial of service, excess bandwidth and scanning noise)'],
  },
  description:
    'Anything reachable from the internet receives scans, floods and malformed traffic every day, and booter services sell floods cheaply. A back end that stops answering under load stops alarms, remote monitoring and updates for every patient it serves at once.',
  detection:
    'A process or data store in an internet-facing deployment that something outside that deployment opens connections to (its ways in from the internet), whose `access.rateLimiting` is not true, whatever the harm it can cause. A database, queue or worker that only its neighbours in the same deployment call is not internet-facing: a flood has to get through the service in front of it. Exposed processes that are not internet-facing are judged by process-denial-of-service. Build and release infrastructure (repositories, CI/CD, artifact stores, signing services) is left out: its loss delays releases, and its safeguards are judged by ci-cd-compromise.',
  falsePositives:
    'The provider in front of the service absorbs floods (a DDoS protection service, an API gateway with quotas): declare `access.rateLimiting: true` and describe the service and its SLA in a control.',
  mitigation:
    'Put rate limits, quotas and connection limits on every internet-facing endpoint, use the cloud provider or a DDoS protection service in front of it, scale out across zones, and make devices degrade safely when it is unreachable.',
  exploitability: 'high',
  harm: 'availability',
  appliesTo: 'component',
  when: (component, query) =>
    component.type !== 'external-entity' &&
    !isPipeline(component) &&
    internetEntries(component, query).length > 0,
  evaluate(component, query) {
    const declared = component.access?.rateLimiting;
    if (declared === true) return undefined;
    const path = componentPath(component, 'access', 'rateLimiting');
    return {
      rationale: `${component.type === 'process' ? 'Process' : 'Data store'} ${label(component)} is internet-facing (${describeInternetEntries(component, query) ?? `deployment "${component.deployment ?? ''}"`}) and declares no rate limiting or flood protection.`,
      evidence: [
        declared === undefined ? notDeclared(path, 'false') : fact(path, 'rateLimiting: false'),
        ...internetEntries(component, query).map((flow) =>
          fact(
            flowPath(flow),
            `opened by "${flow.initiator === 'source' ? flow.source : flow.target}" from outside deployment "${component.deployment ?? ''}"`,
          ),
        ),
      ],
      ...(component.resilience?.redundancy === true
        ? {
            exploitability: {
              level: 'moderate' as const,
              reason: 'redundant instances absorb part of a flood',
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;

import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { componentPath, fact, flowPath, label } from '../helpers.js';
import { missingFlag } from '../support/stride-facts.js';
import { outageTolerance } from '../support/availability.js';
import {
  farFieldRadio,
  isRemoteLink,
  isSeriousOrWorse,
  linkKind,
} from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/** Network and radio flows of the component that come from beyond one of its trust boundaries. */
function exposedFlows(process: Component, query: ModelQuery): DataFlow[] {
  return query.flowsOf(process.id).filter((flow) => {
    return isRemoteLink(linkKind(flow, query)) && query.crossedBoundaries(flow).length > 0;
  });
}

export const processDenialOfService = {
  id: 'process-denial-of-service',
  version: 1,
  title: 'Safety-relevant process can be flooded from across a trust boundary',
  category: 'stride',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    cwe: [400, 770],
    capec: [125],
    attackIcs: ['T0814', 'T0813', 'T0826'],
    fda: ['Premarket App. 1 G (resiliency and recovery)'],
  },
  description:
    'A process that serves a clinical function and accepts network or radio traffic from outside its trust boundary can be overwhelmed by connection floods, malformed-packet storms or repeated pairing requests. If nothing limits that load and no second instance takes over, the function it serves stops: alarms, monitoring or therapy control are lost.',
  detection:
    'A process that is not internet-facing, that has a network or radio flow crossing a trust boundary, whose loss stops a clinical function of serious harm or worse (one it serves, or one served by a component consuming its flows, or declared on those flows), and that declares neither `access.rateLimiting` nor `resilience.redundancy`. Internet-facing components are left to no-dos-protection. A tolerable outage of a day or more lowers exploitability.',
  falsePositives:
    'Load is limited by something in front of the process (a gateway or radio stack that rate-limits): declare `access.rateLimiting: true` on the process and describe the control. A standby takes over: declare `resilience.redundancy: true`.',
  mitigation:
    'Limit connection and request rates per peer, drop malformed traffic early, reserve resources for the therapy function so communication load cannot starve it, and provide a redundant path or a safe local mode when the link is saturated.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'process' &&
    query.exposureOf(component)?.internetFacing !== true &&
    exposedFlows(component, query).length > 0,
  evaluate(process, query) {
    const loss = query.lossOfComponent(process.id).impacts[0];
    if (loss === undefined || !isSeriousOrWorse(loss.severity)) return undefined;
    const rateLimiting = process.access?.rateLimiting;
    const redundancy = process.resilience?.redundancy;
    if (rateLimiting === true || redundancy === true) return undefined;
    const flows = exposedFlows(process, query);
    const radio = flows.find((flow) => farFieldRadio(flow, query) !== undefined);
    const tolerance = outageTolerance(loss, query);
    return {
      rationale: `Losing ${label(process)} stops ${loss.functionId} (${loss.severity}); it is reached across a trust boundary by ${flows.map((f) => `"${f.id}"`).join(', ')}, with no rate limiting and no redundancy declared: flooding it stops the function.`,
      evidence: [
        missingFlag(componentPath(process, 'access', 'rateLimiting'), rateLimiting),
        missingFlag(componentPath(process, 'resilience', 'redundancy'), redundancy),
        ...flows.map((flow) =>
          fact(flowPath(flow), `crosses ${query.crossedBoundaries(flow).join(', ')}`),
        ),
      ],
      ...(tolerance !== undefined
        ? { exploitability: tolerance }
        : radio === undefined
          ? {}
          : {
              exploitability: {
                level: 'high' as const,
                reason: `anyone in radio range of flow "${radio.id}" can flood it`,
              },
            }),
    };
  },
} satisfies ThreatRule;

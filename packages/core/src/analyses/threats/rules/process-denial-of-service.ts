import { worksWithoutFeed, type ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import type { Exploitability } from '../../../findings/scales.js';
import { componentPath, fact, flowPath, label } from '../helpers.js';
import { internetEntries } from '../support/fda-design.js';
import { missingFlag } from '../support/stride-facts.js';
import {
  batteryDrainReports,
  leastExploitable,
  oneLevelLower,
  outageTolerance,
} from '../support/availability.js';
import {
  farFieldRadio,
  isRemoteLink,
  isSeriousOrWorse,
  linkKind,
} from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/**
 * Network and radio flows that bring traffic into the process from beyond one of its trust
 * boundaries, opened or sent by the other end (a connection, a broadcast it listens to). A one-way
 * flow out of the process brings nothing in, and a connection the process opens itself is no way to
 * flood it: jamming that link is flow-denial-of-service.
 */
function exposedFlows(process: Component, query: ModelQuery): DataFlow[] {
  return query.flowsOf(process.id).filter((flow) => {
    if (!isRemoteLink(linkKind(flow, query)) || query.crossedBoundaries(flow).length === 0)
      return false;
    if (flow.oneWay && flow.target !== process.id) return false;
    const initiator = flow.initiator === 'source' ? flow.source : flow.target;
    return initiator !== process.id;
  });
}

/** Any network or radio flow across a trust boundary: the process is examined for floods. */
function crossesRemotely(process: Component, query: ModelQuery): boolean {
  return query
    .flowsOf(process.id)
    .some(
      (flow) => isRemoteLink(linkKind(flow, query)) && query.crossedBoundaries(flow).length > 0,
    );
}

interface Rated {
  readonly level: Exploitability;
  readonly reason: string;
}

/**
 * A far-reaching radio makes flooding easy; a process that declares it keeps working when
 * communication is lost has to be starved, not just cut off; and a function that tolerates a long
 * outage caps it all.
 */
function floodExploitability(
  process: Component,
  radio: DataFlow | undefined,
  tolerance: Rated | undefined,
): Rated | undefined {
  let rated: Rated | undefined =
    radio === undefined
      ? undefined
      : { level: 'high', reason: `anyone in radio range of flow "${radio.id}" can flood it` };
  if (worksWithoutFeed(process)) {
    const base = rated?.level ?? 'moderate';
    rated = {
      level: oneLevelLower(base),
      reason: `${rated === undefined ? '' : `${rated.reason}, but `}"${process.id}" declares it keeps working when communication is lost, so the flood has to starve the process itself, not just cut its links`,
    };
  }
  if (tolerance === undefined) return rated;
  return rated === undefined ? tolerance : leastExploitable(rated, tolerance);
}

export const processDenialOfService = {
  id: 'process-denial-of-service',
  version: 2,
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
    'A process that is not internet-facing, that receives traffic across a trust boundary over a network or radio that the other end opens or sends (a connection to it, a broadcast it listens to; not a one-way flow out of it, nor a connection it opens itself, whose jamming is flow-denial-of-service), whose loss stops a clinical function of serious harm or worse (one it serves, or one served by a component consuming its flows, or declared on those flows), and that declares neither `access.rateLimiting` nor `resilience.redundancy`. Components something outside their internet-facing deployment connects to are left to no-dos-protection, and battery-powered devices that battery-drain-dos reports for the same missing rate limit are left to it. A far-field radio raises exploitability; a process that declares it keeps working when communication is lost (`resilience.onCommunicationLoss: continue-locally` or `offlineMode: true`) lowers it one level, since the flood must starve the process rather than cut its links; a tolerable outage of four hours or more caps it at moderate, of a day or more at low.',
  falsePositives:
    'Load is limited by something in front of the process (a gateway or radio stack that rate-limits): declare `access.rateLimiting: true` on the process and describe the control. A standby takes over: declare `resilience.redundancy: true`.',
  mitigation:
    'Limit connection and request rates per peer, drop malformed traffic early, reserve resources for the therapy function so communication load cannot starve it, and provide a redundant path or a safe local mode when the link is saturated.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'process' &&
    internetEntries(component, query).length === 0 &&
    crossesRemotely(component, query),
  evaluate(process, query) {
    const loss = query.lossOfComponent(process.id).impacts[0];
    if (loss === undefined || !isSeriousOrWorse(loss.severity)) return undefined;
    const rateLimiting = process.access?.rateLimiting;
    const redundancy = process.resilience?.redundancy;
    if (rateLimiting === true || redundancy === true) return undefined;
    if (batteryDrainReports(process, query)) return undefined;
    const flows = exposedFlows(process, query);
    if (flows.length === 0) return undefined;
    const radio = flows.find((flow) => farFieldRadio(flow, query) !== undefined);
    const exploitability = floodExploitability(process, radio, outageTolerance(loss, query));
    return {
      rationale: `Losing ${label(process)} stops ${loss.functionId} (${loss.severity}); it is reached across a trust boundary by ${flows.map((f) => `"${f.id}"`).join(', ')}, with no rate limiting and no redundancy declared: flooding it stops the function.`,
      evidence: [
        missingFlag(componentPath(process, 'access', 'rateLimiting'), rateLimiting),
        missingFlag(componentPath(process, 'resilience', 'redundancy'), redundancy),
        ...flows.map((flow) =>
          fact(flowPath(flow), `crosses ${query.crossedBoundaries(flow).join(', ')}`),
        ),
      ],
      ...(exploitability === undefined ? {} : { exploitability }),
    };
  },
} satisfies ThreatRule;

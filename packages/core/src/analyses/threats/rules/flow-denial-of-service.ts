import type { ModelQuery } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { componentPath, fact, flowPath, label } from '../helpers.js';
import { onlyDistributes } from '../../../model/query/index.js';
import { outageTolerance } from '../support/availability.js';
import { missingFlag } from '../support/stride-facts.js';
import {
  crossesInternet,
  describeLink,
  farFieldRadio,
  isSeriousOrWorse,
  linkKind,
} from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/** How an attacker away from the devices reaches the link to jam, flood or cut it. */
function reachableLink(flow: DataFlow, query: ModelQuery): string | undefined {
  const kind = linkKind(flow, query);
  if (kind === 'radio') return describeLink(flow, query);
  if (crossesInternet(flow, query)) return 'the internet';
  const crossed = query.crossedBoundaries(flow);
  return kind === 'network' && crossed.length > 0
    ? `${describeLink(flow, query)} across ${crossed.map((b) => `"${b}"`).join(', ')}`
    : undefined;
}

export const flowDenialOfService = {
  id: 'flow-denial-of-service',
  version: 2,
  title: 'Safety-relevant link can be jammed or flooded',
  category: 'stride',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    cwe: [400],
    capec: [601, 604, 605, 125],
    attackIcs: ['T0814', 'T0803', 'T0804'],
    fda: ['Premarket App. 1 G (resiliency and recovery)'],
  },
  description:
    'Radio links can be jammed with cheap equipment from a distance, and network links flooded, poisoned or cut by whoever controls part of a hostile network. When such a link carries what a clinical function needs (therapy commands, glucose readings, alarms), losing it can stop therapy, blind monitoring or silence an alarm. The link cannot be made unjammable; the system has to tolerate its loss.',
  detection:
    'A data flow over a radio (protocol or named interface), between an internet-facing deployment and another one, or over a network link crossing a trust boundary (networks are assumed hostile), whose loss stops a clinical function of serious harm or worse: a function the flow declares in `functions`, or else one its receiving component serves. The receiving component declares no `resilience.redundancy`. Flows that only distribute code, models, keys, credentials, training data or logs are left to the update and provisioning rules: losing them delays a change rather than stopping care. How the device behaves when the link drops is judged by no-safe-state-on-communication-loss; this rule is about the link. A tolerable outage of four hours or more caps exploitability at moderate (the attacker has to stay within reach of the link all that time), of a day or more at low.',
  falsePositives:
    'The function does not depend on this link (e.g. a programming session the implant does not need to keep pacing): list on the flow the `functions` that really depend on it. A second, independent path delivers the same data: declare `resilience.redundancy: true` on the receiving component and model the alternative flow.',
  mitigation:
    'Make the link robust (frequency hopping, retransmission, rate limits at the server, DDoS protection for cloud endpoints), detect its loss quickly and alarm, provide an alternative path where the function needs one, and define safe behaviour for as long as the link is down.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'flow',
  when: (flow, query) => reachableLink(flow, query) !== undefined && !onlyDistributes(flow),
  evaluate(flow, query) {
    const loss = query.lossOfFlow(flow.id).impacts[0];
    const target = query.component(flow.target);
    if (loss === undefined || target === undefined || !isSeriousOrWorse(loss.severity))
      return undefined;
    const redundancy = target.resilience?.redundancy;
    if (redundancy === true) return undefined;
    const link = reachableLink(flow, query) ?? describeLink(flow, query);
    const farRadio = farFieldRadio(flow, query);
    const onLoss = target.resilience?.onCommunicationLoss;
    const outage = query.clinicalFunction(loss.functionId)?.maxTolerableOutageMinutes;
    const tolerance = outageTolerance(loss, query);
    return {
      rationale: `Flow ${label(flow)} runs over ${link} and its loss stops ${loss.functionId} (${loss.severity})${outage === undefined ? '' : `, which tolerates ${String(outage)} minutes of outage`}; "${target.id}" has no declared alternative path.`,
      evidence: [
        fact(flowPath(flow), `reachable over ${link}`),
        missingFlag(componentPath(target, 'resilience', 'redundancy'), redundancy),
        ...(onLoss === undefined
          ? []
          : [
              fact(
                componentPath(target, 'resilience', 'onCommunicationLoss'),
                `on loss: ${onLoss}`,
              ),
            ]),
      ],
      ...(tolerance !== undefined
        ? { exploitability: tolerance }
        : farRadio === undefined
          ? {}
          : {
              exploitability: {
                level: 'high' as const,
                reason: `a cheap jammer within ${farRadio} range blocks the link`,
              },
            }),
    };
  },
} satisfies ThreatRule;

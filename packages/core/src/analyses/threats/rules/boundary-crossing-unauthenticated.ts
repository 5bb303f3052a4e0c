import { classifyAlgorithm } from '../../../model/algorithms.js';
import { authenticationOf } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { fact, flowPath, label, notDeclared } from '../helpers.js';
import { describeContent } from '../support/stride-data.js';
import { describeLink, linkKind } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/**
 * Code whose every image carries a signature: the image proves who made it wherever it came from,
 * and whether the receiver checks it is judged by unauthenticated-update-path.
 */
function signedCode(flow: DataFlow): boolean {
  return (
    flow.carries.every((c) => c === 'code') &&
    flow.integrity?.purpose === 'security' &&
    classifyAlgorithm(flow.integrity.algorithm).kind === 'signature'
  );
}

export const boundaryCrossingUnauthenticated = {
  id: 'boundary-crossing-unauthenticated',
  version: 2,
  title: 'Unauthenticated flow across a trust boundary',
  category: 'stride',
  stride: ['spoofing', 'elevation-of-privilege'],
  fdaCategory: 'authentication',
  references: {
    cwe: [306, 287],
    capec: [151],
    attackIcs: ['T0855', 'T0886'],
    fda: [
      'Premarket App. 1 A (authenticate communication endpoints)',
      'Playbook §2.4.2 (STRIDE per interaction across trust boundaries)',
    ],
  },
  description:
    'A trust boundary is where one part of the system stops trusting the other: phone and pump, home monitor and cloud, hospital network and device. A flow that crosses it with no authentication at all lets anyone who reaches the link pose as either side, so the more trusted side takes orders and data from whoever sends them: spoofing that becomes control.',
  detection:
    'A data flow whose ends sit in different trust boundaries (`crossedBoundaries`), whose source is not an external entity and that is not a person at a user interface, and which has no authentication: none declared or `none`, and no secure-channel protocol. Flows from external entities are judged by external-entity-spoofing; one-way authentication by process-spoofing. A flow carrying only code signed with a signature algorithm (`integrity` with `purpose: security`) is not judged: the image proves its origin, and whether the receiver verifies it is judged by unauthenticated-update-path.',
  falsePositives:
    'The boundary is drawn around parts that in fact share one protected channel (e.g. two boards on one backplane inside a sealed enclosure): redraw the boundary, or declare the channel authentication that exists.',
  mitigation:
    'Mutually authenticate both ends of every boundary-crossing flow (authenticated pairing, mutual TLS, per-device keys with challenge-response) and authorize each request on the receiving side.',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'flow',
  when: (flow, query) =>
    query.crossedBoundaries(flow).length > 0 &&
    query.component(flow.source)?.type !== 'external-entity' &&
    linkKind(flow, query) !== 'user-interface',
  evaluate(flow, query) {
    if (authenticationOf(flow) !== undefined || signedCode(flow)) return undefined;
    const crossed = query.crossedBoundaries(flow);
    const path = flowPath(flow, 'authentication');
    return {
      rationale: `Flow ${label(flow)} carries ${describeContent(flow)} from "${flow.source}" to "${flow.target}" across trust boundary ${crossed.map((b) => `"${b}"`).join(', ')} over ${describeLink(flow, query)}, and neither end authenticates the other.`,
      evidence: [
        flow.authentication === undefined ? notDeclared(path, 'none') : fact(path, 'method: none'),
        fact(flowPath(flow), `crosses ${crossed.join(', ')}`),
      ],
      ...(linkKind(flow, query) === 'physical'
        ? {
            exploitability: {
              level: 'moderate' as const,
              reason: 'an impostor needs access to the cable or port',
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;

import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import type { ComponentKind } from '../../../model/vocabulary.js';
import { flowPath, label } from '../helpers.js';
import { describeContent } from '../support/stride-data.js';
import { missingFlag } from '../support/stride-facts.js';
import type { ThreatRule } from '../types.js';

/** Components people operate to issue commands: a clinician's programmer, a patient's app … */
const OPERATED_KINDS: readonly ComponentKind[] = [
  'programmer',
  'clinician-workstation',
  'mobile-app',
  'desktop-app',
  'web-portal',
];

/** Why a person stands behind what the component sends, or undefined for automated senders. */
function operatedBy(source: Component, query: ModelQuery): string | undefined {
  if (OPERATED_KINDS.includes(source.kind)) return `it is a ${source.kind}`;
  if ((source.access?.roles ?? []).length > 0) return `it has user roles`;
  const person = query
    .flowsTo(source.id)
    .find((flow) => query.component(flow.source)?.kind === 'person');
  return person === undefined ? undefined : `"${person.source}" operates it`;
}

/**
 * The people who use the source reach it over flows of their own, and the source (or the device it
 * is part of) declares that nobody logs in: there is no identity to carry. The missing login is
 * reported once, on those people's flows, by external-entity-repudiation and external-entity-spoofing.
 */
function noLoginReportedOnItsUsers(source: Component, query: ModelQuery): boolean {
  const family = [source, ...query.ancestors(source.id), ...query.selfAndDescendants(source.id)];
  const declaresNoLogin = family.some((c) => c.access?.authentication === 'none');
  const usedByPeople = family.some((c) =>
    query.flowsTo(c.id).some((flow) => query.component(flow.source)?.kind === 'person'),
  );
  return declaresNoLogin && usedByPeople;
}

function inScope(flow: DataFlow, query: ModelQuery): boolean {
  const source = query.component(flow.source);
  return (
    source !== undefined &&
    source.type !== 'external-entity' &&
    flow.carries.includes('commands') &&
    query.crossedBoundaries(flow).length > 0 &&
    operatedBy(source, query) !== undefined
  );
}

export const boundaryCrossingCommandsUnattributed = {
  id: 'boundary-crossing-commands-unattributed',
  version: 2,
  title: 'Commands cross a trust boundary without the identity of who issued them',
  category: 'stride',
  stride: ['repudiation', 'elevation-of-privilege'],
  fdaCategory: 'authentication',
  references: {
    cwe: [778, 223, 287],
    attackIcs: ['T0855', 'T0859'],
    fda: [
      'Premarket App. 1 A (authentication)',
      'Premarket App. 1 F (event detection and logging)',
    ],
  },
  description:
    'A programmer, app or portal relays what a person asks for across a trust boundary to the device or service that acts on it. If the command carries no proof of who asked, the receiving side cannot log who changed the therapy and cannot check that this person may do it: any user of the sending tool, or anyone who controls it, acts with all of its rights and can later deny it.',
  detection:
    'A flow carrying commands across a trust boundary from a component operated by people (a programmer, clinician workstation, mobile or desktop app, web portal, a component with user roles, or one a person sends to), where `authentication.userIdentity` is not true. Commands from external entities are judged by external-entity-repudiation, and so is a tool that declares no login at all (`access.authentication: none`, on it or the device it is part of) when the people who use it are modelled: the identity is lost at the missing login, and that is reported once, on their flows.',
  falsePositives:
    'Commands are generated automatically with no person involved: model the source without user roles or operators. The receiving side identifies the person another way (e.g. a signed order with the prescriber identity): declare `authentication.userIdentity: true` on the flow.',
  mitigation:
    'Carry an authenticated user identity with every command across the boundary (individual accounts, signed or token-bound requests), authorize it on the receiving side, and log it there with the command.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'flow',
  when: inScope,
  evaluate(flow, query) {
    const identity = flow.authentication?.userIdentity;
    const source = query.component(flow.source);
    const operator = source === undefined ? undefined : operatedBy(source, query);
    if (identity === true || source === undefined || operator === undefined) return undefined;
    if (noLoginReportedOnItsUsers(source, query)) return undefined;
    const crossed = query.crossedBoundaries(flow);
    return {
      rationale: `Flow ${label(flow)} carries ${describeContent(flow)} from ${label(source)}, which people operate (${operator}), across ${crossed.map((b) => `"${b}"`).join(', ')} to "${flow.target}" without identifying who issued them.`,
      evidence: [missingFlag(flowPath(flow, 'authentication', 'userIdentity'), identity)],
    };
  },
} satisfies ThreatRule;

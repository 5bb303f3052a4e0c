import type { Evidence } from '../../../findings/types.js';
import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { componentPath, fact, flowPath, label } from '../helpers.js';
import { isBackEnd } from '../support/back-end.js';
import { signatureOf, updateOf } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

/** One is the other, or nested in it: a signing module inside the update server is the server. */
function sameSystem(a: string, b: string, query: ModelQuery): boolean {
  return (
    a === b ||
    query.ancestors(a).some((c) => c.id === b) ||
    query.ancestors(b).some((c) => c.id === a)
  );
}

/**
 * Flows between the key holder and anything outside the manufacturer's back end (devices, apps,
 * users, third parties). Back-end deployment types all default to internet-facing, so the flows,
 * not the deployment type alone, show that the holder really faces the outside world.
 */
function outsideFlows(holder: Component, query: ModelQuery): readonly DataFlow[] {
  return query.flowsOf(holder.id).filter((flow) => {
    const peer = query.component(flow.source === holder.id ? flow.target : flow.source);
    return peer !== undefined && !isBackEnd(peer, query);
  });
}

export const signingKeyOnUpdateServer = {
  id: 'signing-key-on-update-server',
  version: 1,
  title: 'Update signing key held by the distribution server or an internet-facing system',
  category: 'software-update',
  stride: ['tampering'],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [653, 522],
    capec: [206, 68],
    attackIcs: ['T0862', 'T0857'],
    fda: ['Premarket App. 1 C (key management)', 'Playbook App. A (threats to the update source)'],
  },
  description:
    'Signing is meant to make the distribution server untrusted: even if it is breached, it can only hand out images the manufacturer signed elsewhere. When the server that distributes updates, or any internet-facing system, holds the signing key, one intrusion yields both the channel and the signature, and malicious firmware reaches every device in the fleet.',
  detection:
    'An updatable component whose update `signature.keyHolder` is the component named in `update.source` (or nested in it, or it in the holder), or is internet-facing: its deployment type is internet-facing and it has data flows with components outside the cloud and manufacturer back end (devices, apps, users, third parties).',
  falsePositives:
    'A holder whose outside flows never reach the signing key (for example a front end that only queues signing requests for an isolated HSM): model the isolated part as its own component and name it as `keyHolder`, or accept the finding with the isolation as rationale.',
  mitigation:
    'Sign releases in an isolated signing service with the key in an HSM and no inbound path from the internet; publish only signed artefacts to the update server; require multi-person approval for signing, and keep an offline root key to revoke a compromised signing key.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => signatureOf(component)?.keyHolder !== undefined,
  evaluate(component, query) {
    const holderId = signatureOf(component)?.keyHolder;
    const holder = holderId === undefined ? undefined : query.component(holderId);
    if (holder === undefined) return undefined;
    const source = updateOf(component)?.source;
    const distributes = source !== undefined && sameSystem(holder.id, source, query);
    const deployment = query.deploymentOf(holder);
    const outside = outsideFlows(holder, query);
    const exposed =
      deployment?.exposure.internetFacing === true && outside.length > 0 ? deployment : undefined;
    if (!distributes && exposed === undefined) return undefined;
    const evidence: Evidence[] = [
      fact(componentPath(component, 'update', 'signature', 'keyHolder'), `keyHolder: ${holder.id}`),
    ];
    if (distributes)
      evidence.push(fact(componentPath(component, 'update', 'source'), `source: ${source}`));
    if (exposed !== undefined)
      evidence.push(
        fact(
          componentPath(holder, 'deployment'),
          `deployment "${exposed.id}" (${exposed.type}) is internet-facing`,
        ),
        ...outside.map((flow) =>
          fact(flowPath(flow), `${flow.source} → ${flow.target} leaves the back end`),
        ),
      );
    const where = [
      ...(distributes ? ['the server that distributes the updates'] : []),
      ...(exposed === undefined
        ? []
        : [`internet-facing and talks to the outside (${outside.map((f) => f.id).join(', ')})`]),
    ].join(' and ');
    return {
      rationale: `The key that signs updates of ${label(component)} is held by ${label(holder)}, which is ${where}; compromising it gives an attacker a valid signature for any image.`,
      evidence,
      ...(distributes
        ? {
            exploitability: {
              level: 'high' as const,
              reason: 'one compromise of the distribution server yields both channel and signature',
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;

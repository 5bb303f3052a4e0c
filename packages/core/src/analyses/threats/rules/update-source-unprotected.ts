import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { backEndReason, isBackEnd } from '../support/back-end.js';
import { updateOf } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

/** Components that take their updates from `sourceId`. */
function updatedFrom(sourceId: string, query: ModelQuery): readonly Component[] {
  return query.model.components.filter((c) => updateOf(c)?.source === sourceId);
}

/** Signed end to end with a key the source does not hold: the source cannot forge an image. */
function independentlySigned(component: Component, sourceId: string, query: ModelQuery): boolean {
  const update = updateOf(component);
  const holder = update?.signature?.keyHolder;
  return (
    update?.authentication === 'signature' &&
    holder !== undefined &&
    holder !== sourceId &&
    !query.ancestors(holder).some((c) => c.id === sourceId)
  );
}

export const updateSourceUnprotected = {
  id: 'update-source-unprotected',
  version: 1,
  title: 'Update source without declared access protection',
  category: 'software-update',
  stride: ['tampering'],
  fdaCategory: 'authentication',
  references: {
    cwe: [306, 308],
    capec: [439, 186],
    attackIcs: ['T0862'],
    fda: [
      'Premarket App. 1 A (multi-factor authentication for privileged access)',
      'Playbook App. A (threats to the update source)',
    ],
  },
  description:
    'Whoever can publish on the server the fleet takes its updates from decides what the fleet installs, or that it installs nothing: a forged or withdrawn release, an old vulnerable build pushed as current, a patch held back. An update source that nobody must authenticate to, or that a single stolen password opens, is one phishing e-mail away from every patient.',
  detection:
    'A cloud or back-end component (cloud, manufacturer-backend or manufacturer-offline deployment, or kind cloud-service, update-server, signing-service, ci-cd) named as `update.source` by an updatable component, whose `access.authentication` is not declared or is `none`, or whose `access.mfa` is not true while it declares no `privilegedRoles` (with privileged roles declared, privileged-access-without-mfa reports the missing MFA). Missing security logs there are reported by cloud-audit-log-missing; the fleet reach itself by one-to-many-update-server.',
  falsePositives:
    "Publishing happens only through a separate, protected release system and the source is a read-only mirror: model that release system as the source, or declare the mirror's `access` (e.g. `authentication: certificate`, `mfa: true`).",
  mitigation:
    'Require strong, multi-factor authentication (ideally phishing-resistant) for every account that can publish or withdraw releases, separate publishing from signing, require a second person to approve a release, and have devices verify signatures made with a key the source never holds.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    isBackEnd(component, query) && updatedFrom(component.id, query).length > 0,
  evaluate(component, query) {
    const authentication = component.access?.authentication;
    const noAuthentication = authentication === undefined || authentication === 'none';
    const singleFactor =
      component.access?.mfa !== true && (component.access?.privilegedRoles ?? []).length === 0;
    if (!noAuthentication && !singleFactor) return undefined;
    const fleet = updatedFrom(component.id, query);
    const authPath = componentPath(component, 'access', 'authentication');
    const mfaPath = componentPath(component, 'access', 'mfa');
    const forgeable = fleet.filter((c) => !independentlySigned(c, component.id, query));
    return {
      rationale: `${label(component)} ${backEndReason(component, query)} and is the update source of ${fleet.map((c) => `"${c.id}"`).join(', ')}, yet ${noAuthentication ? 'no authentication is declared for those who publish on it' : 'publishing on it needs a single factor only'}.`,
      evidence: noAuthentication
        ? [
            authentication === undefined
              ? notDeclared(authPath, 'none')
              : fact(authPath, 'authentication: none'),
          ]
        : [
            fact(authPath, `authentication: ${authentication}`),
            component.access?.mfa === undefined
              ? notDeclared(mfaPath, 'absent')
              : fact(mfaPath, 'mfa: false'),
          ],
      ...(forgeable.length === 0
        ? {
            exploitability: {
              level: 'low' as const,
              reason:
                'every component it updates verifies a signature made with a key it does not hold; control of the source withholds or replays releases but cannot forge one',
            },
          }
        : query.exposureOf(component)?.internetFacing === true
          ? {
              exploitability: {
                level: 'high' as const,
                reason: 'the source is internet-facing',
              },
            }
          : {}),
    };
  },
} satisfies ThreatRule;

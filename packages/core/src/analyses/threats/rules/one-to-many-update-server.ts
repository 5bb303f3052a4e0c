import type { Component, DataFlow } from '../../../model/types.js';
import type { ModelQuery } from '../../../model/query/index.js';
import { label } from '../helpers.js';
import {
  blastRadius,
  carriage,
  CLINICAL_CONSOLES,
  deliversCode,
  perPatientReach,
} from '../support/fleet-reach.js';
import { isPipeline } from '../support/software-update.js';
import type { RuleHit, ThreatRule } from '../types.js';

export const oneToManyUpdateServer = {
  id: 'one-to-many-update-server',
  version: 2,
  title: "Shared component delivers code to every patient's device",
  category: 'multi-patient',
  stride: ['tampering'],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [494],
    capec: [186, 187],
    attackIcs: ['T0862', 'T0857', 'T0839'],
    fda: [
      'Premarket V.B.2(b) (multi-patient harm view)',
      'Premarket App. 1 H (firmware and software updates)',
    ],
  },
  description:
    "An update server, app distribution point or fleet gateway that pushes firmware or software to many patients' devices is a single point of compromise: whoever controls it can install their code on every device it serves at once, turning one intrusion into harm to many patients. FDA asks for a multi-patient harm view for exactly these one-to-many paths.",
  detection:
    'A shared component (multiplicity shared) with a flow carrying code, firmware or software, whose targets are per-patient components or steer per-patient components further on. Programmers and clinician workstations are reported by clinic-programmer-multi-patient instead, and build and release infrastructure (source repositories, CI/CD, artifact stores, signing services) by ci-cd-compromise, which names the safeguard that is missing.',
  falsePositives:
    'The devices accept only code signed with a key this server never holds: declare update.authentication signature and update.signature.keyHolder (the signing service or HSM) on the devices (or on the updatable parts nested in them), which lowers the exploitability. The flow carries data, not code: correct carries and data.',
  mitigation:
    'Sign releases offline or in an HSM-backed signing service separate from distribution, and have every device verify the signature, version and target before installing; stage roll-outs with canary groups and a kill switch; monitor the distribution infrastructure and keep a recovery path that does not depend on it.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.multiplicity === 'shared' &&
    !CLINICAL_CONSOLES.includes(component.kind) &&
    !isPipeline(component) &&
    query.flowsFrom(component.id).some(deliversCode),
  evaluate(component, query) {
    const flows = query.flowsFrom(component.id).filter(deliversCode);
    const reached = perPatientReach(flows, query);
    if (reached.length === 0) return undefined;
    const radius = blastRadius(reached, query);
    return {
      rationale: `Shared component ${label(component)} delivers code over ${flows.map((f) => `"${f.id}"`).join(', ')}; one compromise of it can install malicious code on ${radius.text}.`,
      evidence: [...flows.map(carriage), radius.evidence],
      ...signingExploitability(component, flows, query),
    };
  },
} satisfies ThreatRule;

/**
 * Whether compromising the server also gives the power to sign what its targets install. Judged on
 * the components that receive code from it: a target that declares no update check is unknown.
 */
function signingExploitability(
  server: Component,
  flows: readonly DataFlow[],
  query: ModelQuery,
): Pick<RuleHit, 'exploitability'> {
  // A device that installs firmware on its parts (two boards, each verifying its own image) is judged
  // by the update checks of those parts.
  const updates = [...new Set(flows.map((f) => f.target))].flatMap((id) => {
    const own = query.component(id)?.update;
    if (own !== undefined) return [own];
    const nested = query
      .selfAndDescendants(id)
      .flatMap((c) => (c.update === undefined || c.update.mechanism === 'none' ? [] : [c.update]));
    return nested.length > 0 ? nested : [undefined];
  });
  if (updates.some((u) => u?.signature?.keyHolder === server.id))
    return {
      exploitability: {
        level: 'high',
        reason: `"${server.id}" also holds the signing key its targets verify`,
      },
    };
  if (
    updates.every((u) => u?.authentication === 'signature' && u.signature?.keyHolder !== undefined)
  )
    return {
      exploitability: {
        level: 'low',
        reason: `its targets verify a signature made with a key "${server.id}" does not hold`,
      },
    };
  return {};
}

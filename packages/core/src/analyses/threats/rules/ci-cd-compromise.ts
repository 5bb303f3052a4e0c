import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { Evidence } from '../../../findings/types.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { PIPELINE_KINDS } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

interface Safeguard {
  readonly path: readonly [string, string];
  readonly what: string;
  readonly value: (component: Component) => boolean | undefined;
}

const signedCommits: Safeguard = {
  path: ['pipeline', 'signedCommits'],
  what: 'signed commits',
  value: (c) => c.pipeline?.signedCommits,
};
const protectedBranches: Safeguard = {
  path: ['pipeline', 'protectedBranches'],
  what: 'protected branches with review',
  value: (c) => c.pipeline?.protectedBranches,
};
const isolatedBuilders: Safeguard = {
  path: ['pipeline', 'isolatedBuilders'],
  what: 'isolated, ephemeral builders',
  value: (c) => c.pipeline?.isolatedBuilders,
};
const secretsInVault: Safeguard = {
  path: ['pipeline', 'secretsInVault'],
  what: 'secrets kept in a vault',
  value: (c) => c.pipeline?.secretsInVault,
};
const integrityProtected: Safeguard = {
  path: ['storage', 'integrityProtected'],
  what: 'integrity-protected artifacts',
  value: (c) => c.storage?.integrityProtected,
};

/** A build server holds the source controls itself unless a separate repository feeds it code. */
function expectedSafeguards(component: Component, query: ModelQuery): readonly Safeguard[] {
  switch (component.kind) {
    case 'source-repository':
      return [signedCommits, protectedBranches];
    case 'artifact-store':
      return [integrityProtected];
    case 'signing-service':
      return [{ ...secretsInVault, what: 'vaulted credentials for requesting signatures' }];
    default: {
      const fedByRepository = query
        .flowsTo(component.id)
        .some((f) => query.component(f.source)?.kind === 'source-repository');
      return fedByRepository
        ? [isolatedBuilders, secretsInVault]
        : [signedCommits, protectedBranches, isolatedBuilders, secretsInVault];
    }
  }
}

/**
 * Build servers next to the component: the CI/CD a repository feeds, or the one that sends a
 * signing service its requests. Teams often declare repository and credential settings on the
 * pipeline that uses them.
 */
function neighbourPipelines(component: Component, query: ModelQuery): Component[] {
  return query
    .flowsOf(component.id)
    .map((flow) => query.component(flow.source === component.id ? flow.target : flow.source))
    .filter((c): c is Component => c?.kind === 'ci-cd' && c.id !== component.id);
}

/** Requests to this signing service need a smart card and a second person or a physical action. */
function hardwareGatedSigning(component: Component): boolean {
  return (
    component.kind === 'signing-service' &&
    component.access?.authentication === 'smart-card' &&
    component.access.physicalConfirmation === true
  );
}

interface Judged {
  readonly safeguard: Safeguard;
  readonly holds: boolean;
  readonly evidence: Evidence;
}

/** A safeguard as the component declares it, or else as a neighbouring pipeline declares it for it. */
function judge(component: Component, safeguard: Safeguard, query: ModelQuery): Judged {
  const own = safeguard.value(component);
  if (
    own === undefined &&
    safeguard.path[1] === 'secretsInVault' &&
    hardwareGatedSigning(component)
  )
    return {
      safeguard,
      holds: true,
      evidence: fact(
        componentPath(component, 'access', 'authentication'),
        'signature requests need a smart card and a physical confirmation',
      ),
    };
  const from =
    own === undefined
      ? neighbourPipelines(component, query).find((c) => safeguard.value(c) !== undefined)
      : undefined;
  const holder = from ?? component;
  const value = safeguard.value(holder);
  const path = componentPath(holder, ...safeguard.path);
  return {
    safeguard,
    holds: value === true,
    evidence:
      value === undefined
        ? notDeclared(componentPath(component, ...safeguard.path), 'absent')
        : fact(
            path,
            `${safeguard.path[1]}: ${String(value)}${from === undefined ? '' : ` (declared on the pipeline "${from.id}")`}`,
          ),
  };
}

/** Fielded components (serving a function, or one per patient) that code from `start` reaches. */
function codeTargets(start: Component, query: ModelQuery): string[] {
  const seen = new Set<string>([start.id]);
  const queue = [start.id];
  const targets: string[] = [];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const flow of query.flowsFrom(id)) {
      if (!flow.carries.includes('code') || seen.has(flow.target)) continue;
      seen.add(flow.target);
      queue.push(flow.target);
      const target = query.component(flow.target);
      if (
        target !== undefined &&
        !PIPELINE_KINDS.includes(target.kind) &&
        (target.multiplicity === 'per-patient' || query.servedFunctions(target.id).length > 0)
      )
        targets.push(target.id);
    }
  }
  return targets.sort();
}

export const ciCdCompromise = {
  id: 'ci-cd-compromise',
  version: 2,
  title: 'Build pipeline can insert malware into fielded devices',
  category: 'cloud',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [506, 522],
    capec: [444, 511, 678, 206],
    attackIcs: ['T0862'],
    fda: [
      'Premarket V.A.1 (supply chain and development environment threats)',
      'Premarket VII.C (524B(b)(2): related systems must be cybersecure)',
      'MITRE 2026 evolving technologies (CI/CD compromise inserting malware fleet-wide)',
    ],
  },
  description:
    'Source repositories, build servers, artifact stores and signing services decide what code every device runs. An attacker who changes code there gets it built, signed and shipped as a genuine update, so signature checks on the device pass and the malware reaches the whole fleet at once.',
  detection:
    'A component of kind `source-repository`, `ci-cd`, `artifact-store` or `signing-service` from which flows carrying code reach a fielded component (per-patient, or serving a clinical function), and that lacks a safeguard for its kind: signed commits and protected branches for repositories (and for a ci-cd with no separate repository feeding it), isolated builders and vaulted secrets for ci-cd, vaulted credentials for requesting signatures for signing services (where the signing key itself lives is judged by signing-key-storage-weak), and integrity-protected storage for artifact stores. A safeguard the component does not declare counts when the CI/CD it is connected to declares it (branch protection and commit signing are often configured with the pipeline, as is the vault for signing credentials), and the evidence says where it was declared. A signing service whose requests need a smart card and a physical confirmation (two-person approval) has its request credentials in hardware. This rule is the only one that reports the pipeline: one-to-many-update-server and the device-design checks (input validation, deny by default, flood protection) leave repositories, CI/CD, artifact stores and signing services to it, so a pipeline weakness is reported once, with the safeguard that is missing.',
  falsePositives:
    'The safeguard exists but is not modelled: declare it under `pipeline` (or `storage.integrityProtected` for artifact stores). Components that only hold documentation or test data: do not model flows carrying code from them.',
  mitigation:
    'Require signed commits and reviewed, protected branches; build on isolated, ephemeral runners from pinned dependencies, reproducibly where possible; keep credentials and signing keys in a vault or HSM with approvals for release signing; make stored artifacts immutable and verify their digests before signing and release.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    PIPELINE_KINDS.includes(component.kind) && codeTargets(component, query).length > 0,
  evaluate(component, query) {
    const missing = expectedSafeguards(component, query)
      .map((safeguard) => judge(component, safeguard, query))
      .filter((judged) => !judged.holds);
    if (missing.length === 0) return undefined;
    const targets = codeTargets(component, query);
    return {
      rationale: `${component.kind} ${label(component)} passes code on to ${targets.map((t) => `"${t}"`).join(', ')} without ${missing.map((m) => m.safeguard.what).join(', ')}; code altered there is shipped to the fleet as a genuine build.`,
      evidence: missing.map((m) => m.evidence),
    };
  },
} satisfies ThreatRule;

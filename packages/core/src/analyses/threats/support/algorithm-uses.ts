import { classifyAlgorithm, type AlgorithmInfo } from '../../../model/algorithms.js';
import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { SENSITIVE_DATA, type Stride } from '../../../model/vocabulary.js';
import { componentPath, flowPath } from '../helpers.js';
import type { RuleHit } from '../types.js';

/** What the model says an algorithm is used for. */
type AlgorithmRole =
  | 'encryption'
  | 'key-exchange'
  | 'integrity'
  | 'authentication'
  | 'storage-encryption'
  | 'update-signature'
  | 'credential';

/** One algorithm named in the model, where it is named and what it protects. */
export interface AlgorithmUse {
  readonly element: { readonly kind: 'component' | 'flow'; readonly id: string };
  /** Unique per element, so it serves as the finding qualifier. */
  readonly qualifier: string;
  readonly role: AlgorithmRole;
  readonly algorithm: string;
  readonly info: AlgorithmInfo;
  readonly path: string;
  /** The data the protected flow carries (empty for component uses). */
  readonly data: DataFlow['data'];
}

const CONFIDENTIALITY_ROLES: readonly AlgorithmRole[] = [
  'encryption',
  'key-exchange',
  'storage-encryption',
];

/** Every algorithm the model names, components first, both in id order (so output is stable). */
export function algorithmUses(query: ModelQuery): AlgorithmUse[] {
  return [
    ...query.model.components.flatMap(componentAlgorithmUses),
    ...query.model.dataFlows.flatMap(flowAlgorithmUses),
  ];
}

function flowAlgorithmUses(flow: DataFlow): AlgorithmUse[] {
  const use = (role: AlgorithmRole, algorithm: string | undefined, ...path: string[]) =>
    algorithm === undefined
      ? []
      : [
          {
            element: { kind: 'flow' as const, id: flow.id },
            qualifier: role,
            role,
            algorithm,
            info: classifyAlgorithm(algorithm),
            path: flowPath(flow, ...path),
            data: flow.data,
          },
        ];
  return [
    ...use('encryption', flow.encryption?.algorithm, 'encryption'),
    ...use('key-exchange', flow.encryption?.keyExchange, 'encryption', 'keyExchange'),
    ...use('integrity', flow.integrity?.algorithm, 'integrity'),
    ...use('authentication', flow.authentication?.algorithm, 'authentication', 'algorithm'),
  ];
}

function componentAlgorithmUses(component: Component): AlgorithmUse[] {
  const use = (
    role: AlgorithmRole,
    qualifier: string,
    algorithm: string | undefined,
    ...path: string[]
  ) =>
    algorithm === undefined
      ? []
      : [
          {
            element: { kind: 'component' as const, id: component.id },
            qualifier,
            role,
            algorithm,
            info: classifyAlgorithm(algorithm),
            path: componentPath(component, ...path),
            data: [],
          },
        ];
  return [
    ...use(
      'storage-encryption',
      'storage-encryption',
      component.storage?.encryptionAlgorithm,
      'storage',
      'encryptionAlgorithm',
    ),
    ...use(
      'update-signature',
      'update-signature',
      component.update?.signature?.algorithm,
      'update',
      'signature',
      'algorithm',
    ),
    ...component.credentials.flatMap((credential) =>
      use(
        'credential',
        `credential-${credential.id}`,
        credential.algorithm,
        'credentials',
        credential.id,
        'algorithm',
      ),
    ),
  ];
}

/** Breaking encryption or key exchange discloses; breaking a signature or MAC allows forgery. */
function strideOfRole(role: AlgorithmRole): Stride[] {
  return CONFIDENTIALITY_ROLES.includes(role) ? ['information-disclosure'] : ['tampering'];
}

/**
 * Severity for a use whose failure only discloses data: a privacy harm (minor), unless the disclosed
 * data are credentials or keys, which open the system to tampering (then the subject's patient harm
 * applies and the hit sets nothing).
 */
export function disclosureSeverity(use: AlgorithmUse): RuleHit['severity'] {
  if (!CONFIDENTIALITY_ROLES.includes(use.role)) return undefined;
  if (use.data.includes('credentials') || use.data.includes('keys')) return undefined;
  return {
    level: 'minor',
    reason: `breaking ${use.algorithm} discloses data but does not by itself alter what the device does (privacy harm)`,
  };
}

export function sensitiveDataOf(use: AlgorithmUse): DataFlow['data'] {
  return use.data.filter((d) => SENSITIVE_DATA.includes(d));
}

/** `Flow "link" uses ecdh-p256 for key exchange`: the opening every algorithm rationale shares. */
export function describeUse(use: AlgorithmUse): string {
  const element = use.element.kind === 'flow' ? 'Flow' : 'Component';
  return `${element} "${use.element.id}" uses ${use.algorithm} for ${use.role.replaceAll('-', ' ')}`;
}

/** The hit fields every algorithm rule shares: the element, the use as qualifier, its STRIDE. */
export function useHit(use: AlgorithmUse): Pick<RuleHit, 'subject' | 'qualifier' | 'stride'> {
  return { subject: use.element, qualifier: use.qualifier, stride: strideOfRole(use.role) };
}

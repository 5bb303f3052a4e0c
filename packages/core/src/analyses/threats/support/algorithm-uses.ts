import { classifyAlgorithm, type AlgorithmInfo } from '../../../model/algorithms.js';
import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { SENSITIVE_DATA, type CryptoPurpose, type Stride } from '../../../model/vocabulary.js';
import { componentPath, flowPath } from '../helpers.js';
import type { RuleHit } from '../types.js';

/** What the model says an algorithm is used for. */
export type AlgorithmRole =
  | 'encryption'
  | 'key-exchange'
  | 'integrity'
  | 'authentication'
  | 'storage-encryption'
  | 'update-signature'
  | 'credential'
  | 'other';

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
  /** For `crypto:` entries: the declared purpose, which rationales name instead of the role. */
  readonly purpose?: CryptoPurpose;
}

const CONFIDENTIALITY_ROLES: readonly AlgorithmRole[] = [
  'encryption',
  'key-exchange',
  'storage-encryption',
];

/**
 * Every algorithm the model names, components first, both in id order (so output is stable): the
 * fields that name one (encryption, integrity, authentication, storage, update signature,
 * credentials), then the `crypto:` inventory entries whose algorithm no field of the same element
 * already names — one weakness is reported once per element.
 */
export function algorithmUses(query: ModelQuery): AlgorithmUse[] {
  const known = cache.get(query.model);
  if (known !== undefined) return known;
  const fields = [
    ...query.model.components.flatMap(componentAlgorithmUses),
    ...query.model.dataFlows.flatMap(flowAlgorithmUses),
  ];
  const named = new Set(
    fields.map((use) => `${use.element.kind}:${use.element.id}:${use.info.name}`),
  );
  const declared = [
    ...query.model.components.flatMap((c) =>
      declaredUses({ kind: 'component', id: c.id }, c.crypto, [], (...rest) =>
        componentPath(c, ...rest),
      ),
    ),
    ...query.model.dataFlows.flatMap((f) =>
      declaredUses({ kind: 'flow', id: f.id }, f.crypto, f.data, (...rest) => flowPath(f, ...rest)),
    ),
  ].filter((use) => !named.has(`${use.element.kind}:${use.element.id}:${use.info.name}`));
  const all = [...fields, ...declared];
  cache.set(query.model, all);
  return all;
}

const cache = new WeakMap<ModelQuery['model'], AlgorithmUse[]>();

/** The role a declared purpose plays for the algorithm rules (STRIDE, wording, channel grouping). */
const ROLE_OF_PURPOSE: Readonly<Record<CryptoPurpose, AlgorithmRole>> = {
  'firmware-signing': 'update-signature',
  'code-signing': 'update-signature',
  'tls-key-exchange': 'key-exchange',
  'key-establishment': 'key-exchange',
  'key-wrapping': 'key-exchange',
  pairing: 'key-exchange',
  'tls-authentication': 'authentication',
  'command-authentication': 'authentication',
  'data-in-transit': 'encryption',
  'data-at-rest': 'storage-encryption',
  other: 'other',
};

type CryptoEntries = Component['crypto'];

function declaredUses(
  element: AlgorithmUse['element'],
  entries: CryptoEntries,
  flowData: DataFlow['data'],
  path: (...rest: string[]) => string,
): AlgorithmUse[] {
  return (entries ?? []).map((entry) => ({
    element,
    qualifier: `crypto-${entry.id}`,
    role: ROLE_OF_PURPOSE[entry.purpose],
    algorithm: entry.algorithm,
    info: classifyAlgorithm(entry.algorithm),
    path: path('crypto', entry.id, 'algorithm'),
    data: element.kind === 'flow' ? flowData : (entry.data ?? []),
    purpose: entry.purpose,
  }));
}

const HANDSHAKE_CHANNEL = /^(tls|https|dtls|ssh|sftp)/;

/**
 * A secure-channel flow (TLS, DTLS, SSH, by its encryption or protocol) whose key exchange is not
 * declared: its handshake is classical (ECDHE or RSA) unless a hybrid or ML-KEM group is declared
 * (in `encryption.keyExchange` or a `crypto:` entry with purpose `tls-key-exchange`).
 */
export function inferredHandshake(flow: DataFlow): AlgorithmUse | undefined {
  if (flow.encryption?.keyExchange !== undefined) return undefined;
  // A `crypto:` entry for the handshake names its key exchange: nothing is left to infer.
  if ((flow.crypto ?? []).some((entry) => entry.purpose === 'tls-key-exchange')) return undefined;
  const declared =
    flow.encryption === undefined ? undefined : classifyAlgorithm(flow.encryption.algorithm).name;
  const channel = [declared, flow.protocol?.name].find(
    (name) => name !== undefined && HANDSHAKE_CHANNEL.test(name),
  );
  if (channel === undefined) return undefined;
  return {
    element: { kind: 'flow', id: flow.id },
    qualifier: 'key-exchange',
    role: 'key-exchange',
    algorithm: channel,
    info: classifyAlgorithm(channel),
    path: flowPath(flow, 'encryption', 'keyExchange'),
    data: flow.data,
  };
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
  const what = use.purpose ?? use.role;
  return `${element} "${use.element.id}" uses ${use.algorithm} for ${what.replaceAll('-', ' ')}`;
}

/** The hit fields every algorithm rule shares: the element, the use as qualifier, its STRIDE. */
export function useHit(use: AlgorithmUse): Pick<RuleHit, 'subject' | 'qualifier' | 'stride'> {
  return { subject: use.element, qualifier: use.qualifier, stride: strideOfRole(use.role) };
}

/**
 * The component whose configuration decides a flow's handshake: the responder (the server that
 * offers the key-exchange groups), or the initiator when the responder is an external entity.
 */
export function channelEndpoint(flowId: string, query: ModelQuery): string {
  const flow = query.flow(flowId);
  if (flow === undefined) return flowId;
  const [responder, initiator] =
    flow.initiator === 'source' ? [flow.target, flow.source] : [flow.source, flow.target];
  return query.component(responder)?.type === 'external-entity' ? initiator : responder;
}

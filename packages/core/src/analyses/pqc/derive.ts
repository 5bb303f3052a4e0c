import { compareStrings } from '../../common/order.js';
import { classifyAlgorithm } from '../../model/algorithms.js';
import type { ModelQuery } from '../../model/query/index.js';
import type { Component, DataFlow } from '../../model/types.js';
import type { ComponentKind, CryptoPurpose, DataClass } from '../../model/vocabulary.js';
import {
  algorithmUses,
  inferredHandshake,
  type AlgorithmUse,
} from '../threats/support/algorithm-uses.js';
import { componentUpdatability, weakestUpdatability } from './updatability.js';
import type { CryptoUse } from './types.js';

/** Software that is signed as a package rather than flashed as firmware. */
const CODE_KINDS: readonly ComponentKind[] = [
  'mobile-app',
  'desktop-app',
  'web-portal',
  'web-api',
  'cloud-service',
  'clinician-workstation',
  'programmer',
  'ai-model',
];
const CHANNEL = /^(tls|https|dtls|ssh|sftp|grpc)/;
const KEY_STORAGE_HARDWARE = {
  'secure-element': 'secure-element',
  tpm: 'tpm',
  hsm: 'hsm',
} as const;

/**
 * The uses the model implies without a `crypto:` list: update signatures, storage encryption,
 * credentials and the encryption, integrity and authentication of flows (from `algorithmUses`, so
 * the algorithm rules and this inventory read the same facts), plus every TLS, DTLS or SSH
 * handshake — its key exchange taken from the cipher suite when one is named, else inferred.
 */
export function derivedUses(query: ModelQuery): CryptoUse[] {
  const fieldUses = algorithmUses(query).filter((use) => use.purpose === undefined);
  const signers = signerKeys(query);
  const out: CryptoUse[] = [];
  for (const use of fieldUses) {
    const derived = fromFieldUse(use, query, signers);
    if (derived !== undefined) out.push(derived);
  }
  for (const flow of query.model.dataFlows) out.push(...handshakeUses(flow, query, out));
  return out;
}

/** `component#algorithm` of signing keys held for update signatures: the private half of those uses. */
function signerKeys(query: ModelQuery): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const c of query.model.components) {
    const signature = c.update?.signature;
    if (signature?.keyHolder !== undefined)
      keys.add(`${signature.keyHolder}#${classifyAlgorithm(signature.algorithm).name}`);
  }
  return keys;
}

function fromFieldUse(
  use: AlgorithmUse,
  query: ModelQuery,
  signers: ReadonlySet<string>,
): CryptoUse | undefined {
  // Checksums and `none` protect nothing; a channel name (tls-1.2) is its handshake's, below.
  if (!use.info.cryptographic && use.info.kind !== 'unknown') return undefined;
  if (use.info.kind === 'channel') return undefined;
  const base = {
    id: `${use.element.id}/${use.qualifier}`,
    element: use.element,
    qualifier: use.qualifier,
    algorithm: use.algorithm,
    info: use.info,
    origin: 'derived' as const,
    inferred: false,
    paths: [use.path],
    role: use.role,
  };
  if (use.element.kind === 'component') {
    const component = query.component(use.element.id);
    if (component === undefined) return undefined;
    return componentUse(base, use, component, query, signers);
  }
  const flow = query.flow(use.element.id);
  if (flow === undefined) return undefined;
  return flowUse(base, use, flow, query);
}

type Base = Pick<
  CryptoUse,
  'id' | 'element' | 'qualifier' | 'algorithm' | 'info' | 'origin' | 'inferred' | 'paths' | 'role'
>;

function componentUse(
  base: Base,
  use: AlgorithmUse,
  component: Component,
  query: ModelQuery,
  signers: ReadonlySet<string>,
): CryptoUse | undefined {
  const updatable = componentUpdatability(component, query);
  const own = { ...(updatable === undefined ? {} : { fieldUpdatable: updatable }) };
  switch (use.role) {
    case 'update-signature': {
      const signature = component.update?.signature;
      const verifiers = (signature?.verifiedBy ?? [])
        .map((id) => query.component(id))
        .filter((c): c is Component => c !== undefined);
      const verifying = verifiers.length > 0 ? verifiers : [component];
      const fixed = weakestUpdatability(verifying, query);
      const code = CODE_KINDS.includes(component.kind);
      return {
        ...base,
        purpose: code ? 'code-signing' : 'firmware-signing',
        basis: `the update signature of "${component.id}", verified by ${verifying.map((c) => `"${c.id}"`).join(', ')}`,
        data: [code ? 'software' : 'firmware'],
        constrainedBy: verifying.map((c) => c.id),
        ...(fixed === undefined ? {} : { fieldUpdatable: fixed }),
        ...(verifying.some((c) => c.update?.mechanism === 'none')
          ? { hardware: { kind: 'rom' as const } }
          : {}),
      };
    }
    case 'storage-encryption':
      return {
        ...base,
        ...own,
        purpose: 'data-at-rest',
        basis: `storage encryption of "${component.id}"; protects the data of the flows it stores`,
        data: storedData(component, query),
        constrainedBy: [component.id],
      };
    case 'credential': {
      const credential = component.credentials.find((c) => use.qualifier === `credential-${c.id}`);
      if (credential === undefined) return undefined;
      // The private half of an update signature: that use already names the scheme.
      if (signers.has(`${component.id}#${use.info.name}`)) return undefined;
      const hardware =
        credential.storage === undefined
          ? undefined
          : (KEY_STORAGE_HARDWARE as Partial<Record<string, 'secure-element' | 'tpm' | 'hsm'>>)[
              credential.storage
            ];
      const asymmetric = credential.kind === 'private-key' || credential.kind === 'certificate';
      const tls = asymmetric && query.flowsOf(component.id).some(usesCertificates);
      return {
        ...base,
        ...own,
        purpose: tls ? 'tls-authentication' : 'other',
        basis: `credential "${credential.id}" (${credential.kind}) of "${component.id}"`,
        data: ['keys'],
        constrainedBy: [component.id],
        ...(hardware === undefined ? {} : { hardware: { kind: hardware } }),
        ...(credential.purpose === undefined ? {} : { description: credential.purpose }),
      };
    }
    default:
      return undefined;
  }
}

function usesCertificates(flow: DataFlow): boolean {
  return flow.authentication?.method === 'certificate';
}

/** What a data store holds: the data of every flow into or out of it. */
function storedData(component: Component, query: ModelQuery): DataClass[] {
  return [...new Set(query.flowsOf(component.id).flatMap((f) => f.data))].sort(compareStrings);
}

function flowUse(
  base: Base,
  use: AlgorithmUse,
  flow: DataFlow,
  query: ModelQuery,
): CryptoUse | undefined {
  const ends = endpoints(flow, query);
  const updatable = weakestUpdatability(ends, query);
  const common = {
    ...base,
    data: flow.data,
    constrainedBy: ends.map((c) => c.id),
    ...(updatable === undefined ? {} : { fieldUpdatable: updatable }),
  };
  const channel = isChannel(flow);
  const commands = flow.carries.includes('commands');
  const purpose = ((): CryptoPurpose | undefined => {
    switch (use.role) {
      case 'encryption':
        return 'data-in-transit';
      case 'key-exchange':
        return channel ? 'tls-key-exchange' : 'key-establishment';
      case 'integrity':
        // The same AEAD as the encryption is one use; a code signature is the update signature's.
        if (use.info.name === classifyName(flow.encryption?.algorithm)) return undefined;
        if (use.info.kind === 'signature' && flow.carries.every((c) => c === 'code'))
          return undefined;
        return commands ? 'command-authentication' : 'data-in-transit';
      case 'authentication':
        if (flow.authentication?.method === 'pairing') return 'pairing';
        if (channel && flow.authentication?.method === 'certificate') return 'tls-authentication';
        return commands ? 'command-authentication' : 'other';
      default:
        return undefined;
    }
  })();
  if (purpose === undefined) return undefined;
  return {
    ...common,
    purpose,
    basis: `the ${use.role.replaceAll('-', ' ')} of flow "${flow.id}"`,
    ...(channel && (purpose === 'tls-key-exchange' || purpose === 'tls-authentication')
      ? { negotiable: negotiated(flow) }
      : {}),
  };
}

function classifyName(name: string | undefined): string | undefined {
  return name === undefined ? undefined : classifyAlgorithm(name).name;
}

/** The ends whose configuration decides the flow's cryptography (people and other parties' systems excluded). */
export function endpoints(flow: DataFlow, query: ModelQuery): Component[] {
  return [flow.source, flow.target]
    .map((id) => query.component(id))
    .filter((c): c is Component => c !== undefined && c.type !== 'external-entity');
}

function isChannel(flow: DataFlow): boolean {
  const names = [classifyName(flow.encryption?.algorithm), flow.protocol?.name];
  return names.some((n) => n !== undefined && CHANNEL.test(n));
}

function negotiated(flow: DataFlow) {
  return {
    value: true,
    basis: `flow "${flow.id}" is a ${flow.protocol?.name ?? 'secure channel'} session: the peers negotiate groups and signature schemes`,
    declared: false,
  };
}

/** Key exchange from a TLS 1.2 cipher suite name: TLS_ECDHE_ECDSA_WITH_… → ecdhe, ecdsa. */
const SUITE = /^tls-(ecdhe|dhe|ecdh|dh|rsa|psk)(?:-(ecdsa|rsa|dss|psk))?-with-/;

function handshakeUses(
  flow: DataFlow,
  query: ModelQuery,
  known: readonly CryptoUse[],
): CryptoUse[] {
  const inferred = inferredHandshake(flow);
  if (inferred === undefined) return [];
  const suite = SUITE.exec(classifyName(flow.encryption?.cipherSuite) ?? '');
  const ends = endpoints(flow, query);
  const updatable = weakestUpdatability(ends, query);
  const common = {
    element: { kind: 'flow' as const, id: flow.id },
    origin: 'derived' as const,
    data: flow.data,
    constrainedBy: ends.map((c) => c.id),
    negotiable: negotiated(flow),
    ...(updatable === undefined ? {} : { fieldUpdatable: updatable }),
  };
  const kex = suite?.[1];
  const uses: CryptoUse[] = [
    kex === undefined
      ? {
          ...common,
          id: `${flow.id}/key-exchange`,
          qualifier: 'key-exchange',
          purpose: 'tls-key-exchange',
          algorithm: 'ecdhe',
          info: classifyAlgorithm('ecdhe'),
          inferred: true,
          paths: [inferred.path],
          role: 'key-exchange',
          basis: `the ${inferred.algorithm} handshake of flow "${flow.id}": its key exchange is not declared, and a handshake is classical (ECDHE or RSA) unless a hybrid or ML-KEM group is declared`,
        }
      : {
          ...common,
          id: `${flow.id}/key-exchange`,
          qualifier: 'key-exchange',
          purpose: 'tls-key-exchange',
          algorithm: kex,
          info: classifyAlgorithm(kex),
          inferred: false,
          paths: [`dataFlows.${flow.id}.encryption.cipherSuite`],
          role: 'key-exchange',
          basis: `the key exchange named by the cipher suite of flow "${flow.id}"`,
        },
  ];
  const signer = suite?.[2];
  const hasAuth = known.some((u) => u.element.id === flow.id && u.purpose === 'tls-authentication');
  if (signer !== undefined && signer !== 'psk' && !hasAuth)
    uses.push({
      ...common,
      id: `${flow.id}/tls-authentication`,
      qualifier: 'tls-authentication',
      purpose: 'tls-authentication',
      algorithm: signer === 'dss' ? 'dsa' : signer,
      info: classifyAlgorithm(signer === 'dss' ? 'dsa' : signer),
      inferred: false,
      paths: [`dataFlows.${flow.id}.encryption.cipherSuite`],
      role: 'authentication',
      basis: `the server signature named by the cipher suite of flow "${flow.id}"`,
    });
  return uses;
}

import type { Evidence } from '../../../findings/types.js';
import { classifyAlgorithm } from '../../../model/algorithms.js';
import { compareStrings } from '../../../common/order.js';
import type { ModelQuery } from '../../../model/query/index.js';
import type { DeviceInfo } from '../../../model/types.js';
import { fact, notDeclared } from '../helpers.js';
import {
  algorithmUses,
  channelEndpoint,
  describeUse,
  disclosureSeverity,
  inferredHandshake,
  sensitiveDataOf,
  useHit,
  type AlgorithmUse,
} from '../support/algorithm-uses.js';
import type { RuleHit, ThreatRule } from '../types.js';

/** NIST IR 8547 ipd: quantum-vulnerable algorithms are deprecated after 2030, disallowed after 2035. */
const DEPRECATED_AFTER = 2030;
const DISALLOWED_AFTER = 2035;

export const quantumVulnerableLongLived = {
  id: 'quantum-vulnerable-long-lived',
  version: 3,
  title: 'Quantum-vulnerable public-key cryptography in service past 2030',
  category: 'cryptography',
  stride: ['information-disclosure', 'tampering'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [327, 326],
    capec: [97],
    attackIcs: ['T0842', 'T0830', 'T0857'],
    fda: ['Premarket App. 1 C (cryptography strong throughout the service life)'],
  },
  description:
    'RSA, Diffie-Hellman and elliptic-curve algorithms (ECDH, ECDSA, EdDSA) fall to a cryptographically relevant quantum computer. NIST IR 8547 (initial public draft) deprecates them after 2030 and disallows them after 2035. A device still in service then keeps them unless it can be updated: traffic recorded today can be decrypted later (harvest now, decrypt later), and once a firmware-signing key can be forged anyone can sign firmware that controls the therapy.',
  detection:
    "A quantum-vulnerable algorithm named as a flow encryption algorithm or key exchange, a flow integrity or authentication algorithm, a storage encryption algorithm, an update signature algorithm, a credential algorithm or a `crypto:` inventory entry (unless a field of the same element names the same algorithm); or a TLS, DTLS or SSH flow with no declared key exchange (its handshake is classical unless a hybrid or ML-KEM group is declared). Only when the end of service (device.marketDate plus device.serviceLifeYears) is after 2030; without a market date the end of service is unknown and taken to be after 2030. Algorithms already deprecated today (e.g. RSA-1024) are left to deprecated-crypto-algorithm. One finding per element and use, with two groupings so one weakness is reported once: a channel's key exchange or encryption is reported on the endpoint that decides it (the responder, or the initiator when the responder is an external entity), listing every affected flow in the evidence; and a firmware signature scheme is reported on the update signature of the devices that verify it, not again as the signing service's private key (a credential held by the update signature's `keyHolder` with the same algorithm) or as the integrity of the flows carrying the signed code.",
  falsePositives:
    'The device leaves service before 2031: declare device.marketDate. The channel already negotiates a hybrid or post-quantum key exchange: declare encryption.keyExchange (e.g. x25519mlkem768). The algorithm can be replaced in the field by an update whose verification does not rely on it: record that as a control.',
  mitigation:
    'Plan the migration now: hybrid key exchange (X25519MLKEM768) for TLS; ML-DSA or stateful hash-based signatures (LMS or XMSS, SP 800-208) for firmware, with a post-quantum trust anchor provisioned before release; reserve flash, RAM and bootloader space for larger keys and signatures; make every algorithm replaceable by a signed update.',
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'model',
  evaluate(query) {
    const service = serviceEnd(query.model.device);
    if (service.year !== undefined && service.year <= DEPRECATED_AFTER) return undefined;
    const signatures = signatureIndex(query);
    const declared = algorithmUses(query)
      .filter((use) => use.info.quantumVulnerable && use.info.deprecated === undefined)
      .filter((use) => !coveredByUpdateSignature(use, query, signatures))
      .map((use) => ({ use, found: fact(use.path, `${use.algorithm}: quantum-vulnerable`) }));
    const inferred = query.model.dataFlows.flatMap((flow) => {
      const use = inferredHandshake(flow);
      return use === undefined
        ? []
        : [{ use, found: notDeclared(use.path, `the classical ${use.algorithm} handshake`) }];
    });
    const all = [...declared, ...inferred];
    const channels = all.filter(({ use }) => CHANNEL_ROLES.includes(use.role));
    return [
      ...all
        .filter(({ use }) => !CHANNEL_ROLES.includes(use.role))
        .map(({ use, found }) => hit(use, service, [found])),
      ...groupByEndpoint(channels, query).map((group) => groupHit(group, service)),
    ];
  },
} satisfies ThreatRule;

/** Channel protection negotiated by the two ends: reported once per endpoint that offers it. */
const CHANNEL_ROLES: readonly AlgorithmUse['role'][] = ['encryption', 'key-exchange'];

interface FoundUse {
  readonly use: AlgorithmUse;
  readonly found: Evidence;
}

/**
 * One firmware signature scheme shows up three times in a model: the verification key in the
 * devices (the update signature), the private key in the signing service (a credential) and the
 * signed images on their way (the integrity of flows carrying code). The update signature is the
 * trust anchor that is hard to replace, so it alone is reported.
 */
/** The update-signature schemes of the model, once: every algorithm use is checked against them. */
interface SignatureIndex {
  readonly schemes: ReadonlySet<string>;
  readonly byHolder: ReadonlyMap<string, ReadonlySet<string>>;
}

function signatureIndex(query: ModelQuery): SignatureIndex {
  const schemes = new Set<string>();
  const byHolder = new Map<string, Set<string>>();
  for (const component of query.model.components) {
    const signature = component.update?.signature;
    if (signature === undefined) continue;
    const scheme = classifyAlgorithm(signature.algorithm).name;
    schemes.add(scheme);
    if (signature.keyHolder !== undefined)
      byHolder.set(
        signature.keyHolder,
        (byHolder.get(signature.keyHolder) ?? new Set()).add(scheme),
      );
  }
  return { schemes, byHolder };
}

function coveredByUpdateSignature(
  use: AlgorithmUse,
  query: ModelQuery,
  index: SignatureIndex,
): boolean {
  const scheme = use.info.name;
  if (use.role === 'credential' && use.element.kind === 'component') {
    return index.byHolder.get(use.element.id)?.has(scheme) === true;
  }
  if ((use.role === 'integrity' || use.role === 'authentication') && use.element.kind === 'flow') {
    const flow = query.flow(use.element.id);
    return (
      flow !== undefined && flow.carries.every((c) => c === 'code') && index.schemes.has(scheme)
    );
  }
  return false;
}

interface EndpointGroup {
  readonly endpoint: string;
  readonly role: AlgorithmUse['role'];
  readonly uses: readonly FoundUse[];
}

function groupByEndpoint(uses: readonly FoundUse[], query: ModelQuery): EndpointGroup[] {
  const groups = new Map<string, EndpointGroup>();
  for (const found of uses) {
    const endpoint = channelEndpoint(found.use.element.id, query);
    const key = `${endpoint}#${found.use.role}`;
    const group = groups.get(key);
    groups.set(key, {
      endpoint,
      role: found.use.role,
      uses: [...(group?.uses ?? []), found],
    });
  }
  return [...groups.values()].sort((a, b) =>
    a.endpoint === b.endpoint
      ? compareStrings(a.role, b.role)
      : compareStrings(a.endpoint, b.endpoint),
  );
}

interface ServiceEnd {
  /** Undefined when the model gives no market date. */
  readonly year?: number;
  readonly text: string;
  readonly evidence: readonly Evidence[];
}

function serviceEnd(device: DeviceInfo): ServiceEnd {
  const life = fact('device.serviceLifeYears', `service life ${device.serviceLifeYears} years`);
  if (device.marketDate === undefined)
    return {
      text: 'an unknown date',
      evidence: [notDeclared('device.marketDate', 'unknown: the service may run past 2030'), life],
    };
  const end = new Date(`${device.marketDate}T00:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() + Math.round(device.serviceLifeYears * 12));
  return {
    year: end.getUTCFullYear(),
    text: end.toISOString().slice(0, 7),
    evidence: [fact('device.marketDate', `on the market from ${device.marketDate}`), life],
  };
}

function hit(
  use: AlgorithmUse,
  service: ServiceEnd,
  found: readonly Evidence[],
  opening = describeUse(use),
): RuleHit {
  const pastDisallowed = service.year !== undefined && service.year > DISALLOWED_AFTER;
  const severity = disclosureSeverity(use);
  return {
    ...useHit(use),
    rationale: `${opening}, and the device stays in service until ${service.text}: past the NIST IR 8547 ipd deprecation of quantum-vulnerable algorithms (after 2030)${pastDisallowed ? ' and their disallowance (after 2035)' : ''}. ${consequence(use)}`,
    evidence: [...found, ...service.evidence],
    ...(pastDisallowed
      ? {
          exploitability: {
            level: 'moderate' as const,
            reason: `still in service in ${String(service.year)}, when NIST IR 8547 ipd disallows the algorithm`,
          },
        }
      : {}),
    ...(severity === undefined ? {} : { severity }),
  };
}

/** One hit for every flow whose handshake or channel cipher the endpoint decides. */
function groupHit(group: EndpointGroup, service: ServiceEnd): RuleHit {
  const [first] = group.uses;
  if (first === undefined) throw new Error('empty endpoint group');
  const data = [...new Set(group.uses.flatMap(({ use }) => use.data))].sort(compareStrings);
  const merged: AlgorithmUse = {
    ...first.use,
    element: { kind: 'component', id: group.endpoint },
    qualifier: group.role,
    data,
  };
  const flows = group.uses.map(({ use }) => `"${use.element.id}" (${use.algorithm})`).join(', ');
  const what = group.role === 'key-exchange' ? 'key exchange' : 'encryption';
  return hit(
    merged,
    service,
    group.uses.map(({ found }) => found),
    `Component "${group.endpoint}" negotiates a quantum-vulnerable ${what} on ${group.uses.length === 1 ? 'flow' : 'flows'} ${flows}`,
  );
}

function consequence(use: AlgorithmUse): string {
  const sensitive = sensitiveDataOf(use);
  switch (use.role) {
    case 'update-signature':
      return 'The verification key is a trust anchor in every fielded device and can only be replaced by an update signed with the old key; once that signature can be forged, anyone can sign firmware the device will install.';
    case 'credential':
      return 'Once the private key can be computed from its public half, anyone can act as the key holder.';
    case 'other':
      return 'Once the algorithm can be broken, whatever it protects here can be read or forged.';
    case 'integrity':
    case 'authentication':
      return 'Once the algorithm can be forged, an attacker can impersonate the endpoint and inject messages on this flow.';
    default:
      return sensitive.length > 0
        ? `Traffic carrying ${sensitive.join(', ')} recorded today can be decrypted once a quantum computer exists (harvest now, decrypt later), while that data is still sensitive.`
        : 'Sessions recorded today can be decrypted once a quantum computer exists (harvest now, decrypt later).';
  }
}

import type { Evidence } from '../../../findings/types.js';
import { classifyAlgorithm } from '../../../model/algorithms.js';
import type { DataFlow, DeviceInfo } from '../../../model/types.js';
import { fact, flowPath, notDeclared } from '../helpers.js';
import {
  algorithmUses,
  describeUse,
  disclosureSeverity,
  sensitiveDataOf,
  useHit,
  type AlgorithmUse,
} from '../support/algorithm-uses.js';
import type { RuleHit, ThreatRule } from '../types.js';

/** NIST IR 8547 ipd: quantum-vulnerable algorithms are deprecated after 2030, disallowed after 2035. */
const DEPRECATED_AFTER = 2030;
const DISALLOWED_AFTER = 2035;
const HANDSHAKE_CHANNEL = /^(tls|https|dtls|ssh|sftp)/;

export const quantumVulnerableLongLived = {
  id: 'quantum-vulnerable-long-lived',
  version: 1,
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
    'A quantum-vulnerable algorithm named as a flow encryption algorithm or key exchange, a flow integrity or authentication algorithm, a storage encryption algorithm, an update signature algorithm or a credential algorithm; or a TLS, DTLS or SSH flow with no declared key exchange (its handshake is classical unless a hybrid or ML-KEM group is declared). Only when the end of service (device.marketDate plus device.serviceLifeYears) is after 2030; without a market date the end of service is unknown and taken to be after 2030. Algorithms already deprecated today (e.g. RSA-1024) are left to deprecated-crypto-algorithm. One finding per element and use.',
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
    const declared = algorithmUses(query)
      .filter((use) => use.info.quantumVulnerable && use.info.deprecated === undefined)
      .map((use) => hit(use, service, fact(use.path, `${use.algorithm}: quantum-vulnerable`)));
    const inferred = query.model.dataFlows.flatMap((flow) => {
      const use = classicalHandshake(flow);
      return use === undefined
        ? []
        : [hit(use, service, notDeclared(use.path, `the classical ${use.algorithm} handshake`))];
    });
    return [...declared, ...inferred];
  },
} satisfies ThreatRule;

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

/** A secure-channel flow whose key exchange is not declared: its handshake is classical ECDH/RSA. */
function classicalHandshake(flow: DataFlow): AlgorithmUse | undefined {
  if (flow.encryption?.keyExchange !== undefined) return undefined;
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

function hit(use: AlgorithmUse, service: ServiceEnd, found: Evidence): RuleHit {
  const pastDisallowed = service.year !== undefined && service.year > DISALLOWED_AFTER;
  const severity = disclosureSeverity(use);
  return {
    ...useHit(use),
    rationale: `${describeUse(use)}, and the device stays in service until ${service.text}: past the NIST IR 8547 ipd deprecation of quantum-vulnerable algorithms (after 2030)${pastDisallowed ? ' and their disallowance (after 2035)' : ''}. ${consequence(use)}`,
    evidence: [found, ...service.evidence],
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

function consequence(use: AlgorithmUse): string {
  const sensitive = sensitiveDataOf(use);
  switch (use.role) {
    case 'update-signature':
      return 'The verification key is a trust anchor in every fielded device and can only be replaced by an update signed with the old key; once that signature can be forged, anyone can sign firmware the device will install.';
    case 'credential':
      return 'Once the private key can be computed from its public half, anyone can act as the key holder.';
    case 'integrity':
    case 'authentication':
      return 'Once the algorithm can be forged, an attacker can impersonate the endpoint and inject messages on this flow.';
    default:
      return sensitive.length > 0
        ? `Traffic carrying ${sensitive.join(', ')} recorded today can be decrypted once a quantum computer exists (harvest now, decrypt later), while that data is still sensitive.`
        : 'Sessions recorded today can be decrypted once a quantum computer exists (harvest now, decrypt later).';
  }
}

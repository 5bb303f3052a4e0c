import { classifyAlgorithm } from '../../model/algorithms.js';
import type { ModelQuery } from '../../model/query/index.js';
import type { DataFlow } from '../../model/types.js';
import type { PqcStrategy } from '../../model/vocabulary.js';
import { parameterSet, type ParameterSet } from './data/sizes.js';
import { checkOption, type Demand, type OptionFeasibility } from './feasibility.js';
import { regulatoryDeadline, type MoscaAssessment } from './mosca.js';
import type { PqcScenario } from './scenario.js';
import type { CryptoUse } from './types.js';

export interface MigrationPlan {
  readonly strategy: PqcStrategy;
  /** Year by which fielded devices should no longer rely on the algorithm; absent when nothing is due. */
  readonly targetYear?: number;
  /** Why that year: the regulatory deadline, Mosca, or the end of service. */
  readonly targetBasis?: string;
  /** The replacement medrisk recommends (first feasible option), when one is needed. */
  readonly recommended?: string;
  readonly options: readonly OptionFeasibility[];
  /** What to do, in order. */
  readonly steps: readonly string[];
  /** The manufacturer's own plan, when the model declares one. */
  readonly declared?: CryptoUse['migration'];
}

type Family = 'signature' | 'kem' | 'online-signature';

/** Replacement candidates per kind of use, preferred first (see docs/pqc.md for the reasoning). */
const CANDIDATES: Readonly<Record<Family, readonly string[]>> = {
  signature: [
    'lms-sha256-h10-w4',
    'xmss-sha2-10-256',
    'ml-dsa-65',
    'slh-dsa-sha2-128s',
    'ml-dsa-87',
  ],
  kem: ['x25519mlkem768', 'ml-kem-768', 'ml-kem-512', 'ml-kem-1024'],
  'online-signature': ['ml-dsa-44', 'ml-dsa-65', 'fn-dsa-512'],
};

function familyOf(use: CryptoUse): Family | undefined {
  switch (use.purpose) {
    case 'firmware-signing':
    case 'code-signing':
      return 'signature';
    case 'tls-authentication':
    case 'command-authentication':
      return 'online-signature';
    case 'other':
      return use.info.kind === 'signature' ? 'online-signature' : 'kem';
    default:
      return 'kem';
  }
}

export function migrationPlan(
  use: CryptoUse,
  mosca: MoscaAssessment,
  scenario: PqcScenario,
  query: ModelQuery,
): MigrationPlan {
  const declared = use.migration === undefined ? {} : { declared: use.migration };
  const info = use.info;
  if (info.quantum === 'unknown' && info.deprecated === undefined)
    return {
      strategy: 'none',
      options: [],
      steps: ['Name the algorithm (and its key size or parameter set) so it can be judged.'],
      ...declared,
    };
  if (info.deprecated !== undefined && info.quantum !== 'vulnerable')
    return {
      strategy: 'replace-deprecated',
      ...target(regulatoryDeadline(info, scenario)?.year, 'deprecated now', scenario),
      options: [],
      steps: [`Replace ${use.algorithm} now: ${info.deprecated}.`],
      ...declared,
    };
  if (info.quantum !== 'vulnerable')
    return { strategy: 'none', options: [], steps: [], ...declared };
  const family = familyOf(use) ?? 'kem';
  const links = linksOf(use, query);
  const options = CANDIDATES[family].map((id) => {
    const set = parameterSet(id);
    return checkOption(set, demandOf(set, use), use, links, query);
  });
  // Drafts are shown but not recommended, except the hybrid TLS groups: their parts are standards
  // (FIPS 203 and X25519) and they are what TLS libraries ship today.
  const usable = options.filter((o) => {
    const set = parameterSet(o.option);
    return o.status !== 'exceeds' && (set.status === 'standard' || set.family === 'hybrid-kem');
  });
  const recommended = usable[0]?.option;
  const deadline = regulatoryDeadline(info, scenario);
  const required = requiredYear(deadline?.year, mosca, scenario);
  const end = scenario.serviceEnd.year;
  const fixed = use.fieldUpdatable?.value === 'no';
  const strategy: PqcStrategy =
    end !== undefined &&
    required !== undefined &&
    end <= required.year &&
    mosca.result !== 'at-risk'
      ? 'accept-until-end-of-service'
      : fixed || recommended === undefined
        ? 'replace-hardware'
        : (use.migration?.strategy ?? strategyFor(recommended));
  return {
    strategy,
    ...(strategy === 'accept-until-end-of-service' || required === undefined
      ? {}
      : target(required.year, required.basis, scenario)),
    ...(recommended === undefined ? {} : { recommended }),
    options,
    steps: stepsFor(use, strategy, recommended, scenario, links),
    ...declared,
  };
}

/** The earlier of the regulatory deadline and the last year Mosca allows (Z − X). */
function requiredYear(deadline: number | undefined, mosca: MoscaAssessment, scenario: PqcScenario) {
  const x = mosca.x?.years ?? 0;
  const moscaYear = scenario.crqc.year - x;
  if (deadline === undefined) return undefined;
  return moscaYear < deadline
    ? {
        year: moscaYear,
        basis: `Mosca: ${String(x)} years of protection must end by the CRQC estimate ${String(scenario.crqc.year)}`,
      }
    : { year: deadline, basis: 'NIST IR 8547 ipd deadline' };
}

function target(year: number | undefined, basis: string, scenario: PqcScenario) {
  if (year === undefined) return { targetBasis: basis };
  const now = scenario.asOf?.year;
  return now !== undefined && year < now
    ? {
        targetYear: now,
        targetBasis: `${basis} — ${String(year)}, already past: as soon as possible`,
      }
    : { targetYear: year, targetBasis: basis };
}

function strategyFor(option: string): PqcStrategy {
  const set = parameterSet(option);
  if (set.family === 'hybrid-kem') return 'hybrid-kem';
  if (set.family === 'ml-kem') return 'pure-pqc';
  if (set.stateful) return 'stateful-hash-signature';
  return set.family === 'slh-dsa' ? 'stateless-hash-signature' : 'lattice-signature';
}

/** The flows that carry what the use protects over a constrained link. */
function linksOf(use: CryptoUse, query: ModelQuery): DataFlow[] {
  if (use.element.kind === 'flow') {
    const flow = query.flow(use.element.id);
    return flow === undefined ? [] : [flow];
  }
  if (use.purpose !== 'firmware-signing' && use.purpose !== 'code-signing') return [];
  const ids = new Set([use.element.id, ...use.constrainedBy]);
  for (const id of [...ids]) for (const a of query.ancestors(id)) ids.add(a.id);
  const flows = [...ids]
    .flatMap((id) => query.flowsTo(id))
    .filter((f) => f.carries.includes('code'));
  return [...new Map(flows.map((f) => [f.id, f] as const)).values()].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
}

const HASH_BASED = ['lms', 'xmss', 'slh-dsa'];

/** RAM, flash and link needs of one replacement for one use, from the published sizes. */
function demandOf(set: ParameterSet, use: CryptoUse): Demand {
  if (set.kind === 'kem') {
    const wire =
      set.shares === undefined ? set.publicKey + set.output : set.shares.client + set.shares.server;
    return {
      operation: 'key encapsulation',
      ramBytes: (set.secretKey ?? 0) + set.output,
      ramNote: 'decapsulation key and ciphertext held at once (lower bound)',
      ...(use.purpose === 'key-wrapping' ? { flashBytes: set.secretKey ?? 0 } : {}),
      wireBytes: wire,
      largestMessage: Math.max(
        set.shares?.client ?? set.publicKey,
        set.shares?.server ?? set.output,
      ),
      cost: set.cost.private,
    };
  }
  if (use.purpose === 'firmware-signing' || use.purpose === 'code-signing') {
    const streamed = HASH_BASED.includes(set.family);
    return {
      operation: 'signature verification',
      ramBytes: streamed ? set.publicKey : set.publicKey + set.output,
      ramNote: streamed
        ? 'public key; the signature is hashed as it is read'
        : 'public key and signature held at once (lower bound)',
      flashBytes: set.publicKey + set.output,
      wireBytes: set.output,
      largestMessage: set.output,
      cost: set.cost.public,
    };
  }
  // Online signatures: a certificate (key + issuer signature) and one signature per handshake or message.
  const chain = use.purpose === 'tls-authentication';
  const wire = chain ? set.publicKey + 2 * set.output : set.output;
  return {
    operation: chain ? 'certificate and handshake signature' : 'message signature',
    ramBytes: Math.max(
      set.publicKey + (chain ? 2 : 1) * set.output,
      (set.secretKey ?? 0) + set.output,
    ),
    ramNote: chain
      ? 'leaf key, issuer signature and handshake signature, or the signing key (lower bound)'
      : 'public key and signature, or the signing key (lower bound)',
    flashBytes: set.publicKey + (set.secretKey ?? 0) + (chain ? set.output : 0),
    wireBytes: wire,
    largestMessage: chain ? set.publicKey + set.output : set.output,
    cost: set.cost.private === 'high' ? 'high' : set.cost.public,
  };
}

function stepsFor(
  use: CryptoUse,
  strategy: PqcStrategy,
  recommended: string | undefined,
  scenario: PqcScenario,
  links: readonly DataFlow[],
): string[] {
  const label = recommended === undefined ? undefined : parameterSet(recommended).label;
  const end =
    scenario.serviceEnd.year === undefined
      ? 'the end of service'
      : String(scenario.serviceEnd.year);
  switch (strategy) {
    case 'accept-until-end-of-service':
      return [
        `Keep ${use.algorithm}: the last device leaves service (${end}) before it must be replaced; record the acceptance.`,
      ];
    case 'replace-hardware':
      return [
        use.fieldUpdatable?.value === 'no'
          ? `Fielded devices cannot replace ${use.algorithm} (${use.fieldUpdatable.basis}): they keep it until ${end}; add compensating controls and monitor the CRQC estimate.`
          : `No standard post-quantum replacement fits the declared constraints: plan new hardware.`,
        ...(label === undefined
          ? []
          : [
              `Build ${label} into the next hardware platform${use.purpose === 'firmware-signing' ? ', with the verifier in the boot ROM or bootloader' : ''}.`,
            ]),
      ];
    case 'hybrid-kem':
      return [
        ...(links.some(olderThanTls13)
          ? ['Move the channel to TLS 1.3 (the hybrid groups are defined for TLS 1.3 only).']
          : []),
        `Offer ${label ?? 'X25519MLKEM768'} first and keep the classical group as a fallback for old peers; update both ends' TLS libraries.`,
        'Check the larger ClientHello on the link (fragmentation, middleboxes).',
      ];
    case 'stateful-hash-signature':
      return [
        `Sign with ${label ?? 'LMS'} (NIST SP 800-208) in an HSM that enforces one-time use of each key (state management); plan the tree size for every release over the service life.`,
        'Provision the new public key with an update signed by the current key, and verify the new signature in the bootloader.',
        'Keep dual (classical + post-quantum) signatures until every fielded device verifies the new one.',
      ];
    default:
      return [
        `Replace ${use.algorithm} with ${label ?? 'a post-quantum algorithm'}.`,
        ...(use.purpose === 'firmware-signing' || use.purpose === 'code-signing'
          ? [
              'Provision the new public key with an update signed by the current key, and verify the new signature in the bootloader.',
            ]
          : []),
      ];
  }
}

/** A TLS or DTLS channel declared at version 1.2 or older. */
function olderThanTls13(flow: DataFlow): boolean {
  const encryption =
    flow.encryption === undefined ? '' : classifyAlgorithm(flow.encryption.algorithm).name;
  if (/^d?tls-?v?1[.-]?[0-2]$/.test(encryption)) return true;
  const version = flow.protocol?.version ?? '';
  return /^(tls|https|dtls)$/.test(flow.protocol?.name ?? '') && /^1\.[0-2]\b/.test(version);
}

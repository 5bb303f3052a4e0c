import { compareStrings } from '../../common/order.js';
import type { ModelQuery } from '../../model/query/index.js';
import type { Component } from '../../model/types.js';
import type { CryptoUpdatability } from '../../model/vocabulary.js';
import type { CryptoUse } from './types.js';

type FactorState = 'yes' | 'partial' | 'no' | 'unknown' | 'not-applicable';

/** One crypto-agility factor of a component, its weight and what it is based on. */
interface AgilityFactor {
  readonly id:
    | 'negotiation'
    | 'field-updatable-crypto'
    | 'pqc-capable-hardware'
    | 'signed-updates'
    | 'rollback-protection'
    | 'resource-reserve';
  readonly title: string;
  readonly weight: number;
  readonly state: FactorState;
  /** 0–1; unknown counts 0 (not declared is not credited). */
  readonly value: number;
  readonly basis: string;
}

export interface AgilityScore {
  readonly component: string;
  /** 0–100: weighted share of the applicable factors met. */
  readonly score: number;
  readonly factors: readonly AgilityFactor[];
  /** The uses the score was judged on (ids). */
  readonly uses: readonly string[];
}

/**
 * Weights are medrisk's: field updatability first (without it nothing else can change), then
 * negotiation and signed updates (how a new algorithm arrives and is trusted), then hardware,
 * rollback protection and reserved resources (the Medcrypt crypto-agility checklist and FDA
 * premarket guidance App. 1 on reserving resources for updates, REQUIREMENTS A29).
 */
const WEIGHTS: Readonly<Record<AgilityFactor['id'], number>> = {
  'field-updatable-crypto': 3,
  negotiation: 2,
  'signed-updates': 2,
  'pqc-capable-hardware': 1,
  'rollback-protection': 1,
  'resource-reserve': 1,
};
const UPDATABILITY_VALUE: Readonly<Record<CryptoUpdatability, number>> = {
  library: 1,
  firmware: 0.75,
  no: 0,
};
const PROTOCOL_PURPOSES: readonly CryptoUse['purpose'][] = [
  'tls-key-exchange',
  'tls-authentication',
  'key-establishment',
  'pairing',
];

/** Scores every component that performs or holds a use (people and other parties' systems aside). */
export function agilityScores(uses: readonly CryptoUse[], query: ModelQuery): AgilityScore[] {
  const byComponent = new Map<string, CryptoUse[]>();
  for (const use of uses)
    for (const id of new Set([
      ...(use.element.kind === 'component' ? [use.element.id] : []),
      ...use.constrainedBy,
    ]))
      byComponent.set(id, [...(byComponent.get(id) ?? []), use]);
  return [...byComponent.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .flatMap(([id, list]) => {
      const component = query.component(id);
      if (component === undefined || component.type === 'external-entity') return [];
      return [score(component, list, query)];
    });
}

function score(component: Component, uses: readonly CryptoUse[], query: ModelQuery): AgilityScore {
  const update = [component, ...query.ancestors(component.id)].find((c) => c.update !== undefined);
  const factors = [
    updatable(uses),
    negotiation(uses),
    signedUpdates(update),
    hardware(uses),
    flag(
      'rollback-protection',
      'Rollback (downgrade) protection',
      update,
      (u) => u.antiRollback,
      'antiRollback',
    ),
    flag(
      'resource-reserve',
      'Flash, RAM and CPU reserved for updates',
      update,
      (u) => u.resourceReserve,
      'resourceReserve',
    ),
  ];
  const applicable = factors.filter((f) => f.state !== 'not-applicable');
  const total = applicable.reduce((n, f) => n + f.weight, 0);
  const met = applicable.reduce((n, f) => n + f.weight * f.value, 0);
  return {
    component: component.id,
    score: total === 0 ? 0 : Math.round((100 * met) / total),
    factors,
    uses: uses.map((u) => u.id).sort(compareStrings),
  };
}

function factor(
  id: AgilityFactor['id'],
  title: string,
  state: FactorState,
  value: number,
  basis: string,
): AgilityFactor {
  return { id, title, weight: WEIGHTS[id], state, value, basis };
}

/**
 * One algorithm that cannot change holds the component to it: any fixed use makes the factor `no`.
 * Otherwise the value is the mean over the uses (library 1, firmware 0.75, not declared 0).
 */
function updatable(uses: readonly CryptoUse[]): AgilityFactor {
  const title = 'Cryptography replaceable in the field';
  const relevant = uses.filter(
    (u) => u.info.quantum === 'vulnerable' || u.info.deprecated !== undefined,
  );
  const judged = relevant.length > 0 ? relevant : uses;
  const fixed = judged.filter((u) => u.fieldUpdatable?.value === 'no').map((u) => u.id);
  const unknown = judged.filter((u) => u.fieldUpdatable === undefined).map((u) => u.id);
  const basis = [
    ...(fixed.length > 0 ? [`cannot be replaced: ${fixed.join(', ')}`] : []),
    ...(unknown.length > 0 ? [`not declared: ${unknown.join(', ')}`] : []),
    ...(fixed.length === 0 && unknown.length === 0
      ? [
          `every use can be replaced (${[...new Set(judged.map((u) => u.fieldUpdatable?.value ?? ''))].join(', ')})`,
        ]
      : []),
  ].join('; ');
  if (fixed.length > 0) return factor('field-updatable-crypto', title, 'no', 0, basis);
  if (unknown.length === judged.length)
    return factor('field-updatable-crypto', title, 'unknown', 0, basis);
  const value =
    judged.reduce(
      (n, u) =>
        n + (u.fieldUpdatable === undefined ? 0 : UPDATABILITY_VALUE[u.fieldUpdatable.value]),
      0,
    ) / judged.length;
  return factor('field-updatable-crypto', title, value >= 1 ? 'yes' : 'partial', value, basis);
}

function negotiation(uses: readonly CryptoUse[]): AgilityFactor {
  const title = 'Algorithm negotiation with peers';
  const relevant = uses.filter((u) => PROTOCOL_PURPOSES.includes(u.purpose));
  if (relevant.length === 0)
    return factor(
      'negotiation',
      title,
      'not-applicable',
      0,
      'no key exchange or handshake authentication',
    );
  const yes = relevant.filter((u) => u.negotiable?.value === true);
  const state: FactorState =
    yes.length === relevant.length
      ? 'yes'
      : yes.length > 0
        ? 'partial'
        : relevant.some((u) => u.negotiable === undefined)
          ? 'unknown'
          : 'no';
  const fixed = relevant.filter((u) => u.negotiable?.value !== true).map((u) => u.id);
  return factor(
    'negotiation',
    title,
    state,
    yes.length / relevant.length,
    fixed.length === 0
      ? 'every key exchange and handshake is negotiated'
      : `not negotiated or not declared: ${fixed.join(', ')}`,
  );
}

function hardware(uses: readonly CryptoUse[]): AgilityFactor {
  const title = 'Crypto hardware can run post-quantum algorithms';
  const bound = uses.filter((u) => u.hardware !== undefined && u.hardware.kind !== 'software');
  if (bound.length === 0)
    return factor(
      'pqc-capable-hardware',
      title,
      'not-applicable',
      0,
      'no use is bound to a secure element, TPM, HSM, accelerator or ROM',
    );
  const capable = bound.filter((u) => u.hardware?.postQuantum === true);
  const blocked = bound.filter(
    (u) => u.hardware?.postQuantum === false || u.hardware?.kind === 'rom',
  );
  const state: FactorState =
    capable.length === bound.length
      ? 'yes'
      : blocked.length > 0
        ? capable.length > 0
          ? 'partial'
          : 'no'
        : 'unknown';
  return factor(
    'pqc-capable-hardware',
    title,
    state,
    capable.length / bound.length,
    bound
      .map(
        (u) =>
          `${u.id}: ${u.hardware?.kind ?? ''}${u.hardware?.part === undefined ? '' : ` ${u.hardware.part}`} ${u.hardware?.postQuantum === true ? 'supports PQC' : u.hardware?.postQuantum === false || u.hardware?.kind === 'rom' ? 'cannot run PQC' : '(PQC support not declared)'}`,
      )
      .join('; '),
  );
}

type Update = NonNullable<Component['update']>;

function signedUpdates(owner: Component | undefined): AgilityFactor {
  const title = 'Signed updates (how new algorithms arrive)';
  const update = owner?.update;
  if (owner === undefined || update === undefined)
    return factor('signed-updates', title, 'unknown', 0, 'no update path declared');
  const path = `components.${owner.id}.update`;
  if (update.mechanism === 'none')
    return factor('signed-updates', title, 'no', 0, `${path}.mechanism is none`);
  const signed = update.authentication === 'signature' || update.signature !== undefined;
  if (signed)
    return factor(
      'signed-updates',
      title,
      'yes',
      1,
      `${path} is signed${update.signature === undefined ? '' : ` (${update.signature.algorithm})`}`,
    );
  return update.authentication === undefined
    ? factor('signed-updates', title, 'unknown', 0, `${path}.authentication is not declared`)
    : factor(
        'signed-updates',
        title,
        'no',
        0,
        `${path}.authentication is ${update.authentication}`,
      );
}

function flag(
  id: AgilityFactor['id'],
  title: string,
  owner: Component | undefined,
  get: (u: Update) => boolean | undefined,
  field: string,
): AgilityFactor {
  const update = owner?.update;
  if (owner === undefined || update === undefined)
    return factor(id, title, 'unknown', 0, 'no update path declared');
  const path = `components.${owner.id}.update.${field}`;
  if (update.mechanism === 'none')
    return factor(id, title, 'no', 0, `components.${owner.id}.update.mechanism is none`);
  const value = get(update);
  if (value === undefined) return factor(id, title, 'unknown', 0, `${path} is not declared`);
  return factor(id, title, value ? 'yes' : 'no', value ? 1 : 0, `${path} is ${String(value)}`);
}

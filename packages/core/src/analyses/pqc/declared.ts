import { classifyAlgorithm } from '../../model/algorithms.js';
import type { ModelQuery } from '../../model/query/index.js';
import type { Component, DataFlow } from '../../model/types.js';
import { componentUpdatability, weakestUpdatability } from './updatability.js';
import { endpoints } from './derive.js';
import type { CryptoUse } from './types.js';

type Entry = NonNullable<Component['crypto']>[number];

/**
 * Adds the `crypto:` entries to the derived uses. An entry with the same element, purpose and
 * algorithm as a derived use is that use: its declared facts (library, hardware, updatability,
 * plan …) replace what was derived, and the use keeps the derived id, so findings keep their ids.
 * Every other entry is a use of its own (`element/crypto-<id>`); a `tls-key-exchange` entry is one
 * too, since it leaves nothing to infer (`inferredHandshake`).
 */
export function withDeclaredUses(derived: readonly CryptoUse[], query: ModelQuery): CryptoUse[] {
  const uses = [...derived];
  for (const component of query.model.components)
    for (const entry of component.crypto ?? [])
      merge(uses, declaredUse(entry, component, undefined, query), () =>
        componentUpdatability(component, query),
      );
  for (const flow of query.model.dataFlows)
    for (const entry of flow.crypto ?? [])
      merge(uses, declaredUse(entry, undefined, flow, query), () =>
        weakestUpdatability(endpoints(flow, query), query),
      );
  return uses;
}

/**
 * `fallback` gives the updatability of a use of its own that declares none (from the element's
 * update path); a merged use keeps what was derived for it (e.g. from the signature's verifier).
 */
function merge(
  uses: CryptoUse[],
  declared: CryptoUse,
  fallback: () => CryptoUse['fieldUpdatable'],
): void {
  const same = (u: CryptoUse) =>
    u.origin === 'derived' &&
    u.element.kind === declared.element.kind &&
    u.element.id === declared.element.id &&
    u.purpose === declared.purpose;
  const index = uses.findIndex((u) => same(u) && u.info.name === declared.info.name);
  if (index < 0) {
    const updatable = declared.fieldUpdatable ?? fallback();
    uses.push(updatable === undefined ? declared : { ...declared, fieldUpdatable: updatable });
    return;
  }
  const found = uses[index];
  if (found === undefined) return;
  uses[index] = {
    ...found,
    ...declared,
    id: found.id,
    qualifier: found.qualifier,
    ...(found.role === undefined ? {} : { role: found.role }),
    inferred: false,
    paths: [...declared.paths, ...found.paths],
    basis: `${declared.basis}; also ${found.basis}`,
    data: declared.data.length > 0 ? declared.data : found.data,
    constrainedBy: found.constrainedBy,
    // Derived facts stay where the entry says nothing.
    ...(declared.fieldUpdatable === undefined && found.fieldUpdatable !== undefined
      ? { fieldUpdatable: found.fieldUpdatable }
      : {}),
    ...(declared.negotiable === undefined && found.negotiable !== undefined
      ? { negotiable: found.negotiable }
      : {}),
    ...(declared.hardware === undefined && found.hardware !== undefined
      ? { hardware: found.hardware }
      : {}),
  };
}

function declaredUse(
  entry: Entry,
  component: Component | undefined,
  flow: DataFlow | undefined,
  query: ModelQuery,
): CryptoUse {
  const element =
    component === undefined
      ? { kind: 'flow' as const, id: flow?.id ?? '' }
      : { kind: 'component' as const, id: component.id };
  const root = `${element.kind === 'flow' ? 'dataFlows' : 'components'}.${element.id}.crypto.${entry.id}`;
  const ends = flow === undefined ? [] : endpoints(flow, query);
  return {
    id: `${element.id}/crypto-${entry.id}`,
    element,
    qualifier: `crypto-${entry.id}`,
    purpose: entry.purpose,
    algorithm: entry.algorithm,
    info: classifyAlgorithm(entry.algorithm),
    origin: 'declared',
    inferred: false,
    paths: [`${root}.algorithm`],
    basis: `declared in ${root}`,
    data: flow?.data ?? entry.data ?? [],
    constrainedBy: component === undefined ? ends.map((c) => c.id) : [component.id],
    ...(entry.fieldUpdatable === undefined
      ? {}
      : {
          fieldUpdatable: {
            value: entry.fieldUpdatable,
            basis: `${root}.fieldUpdatable`,
            declared: true,
          },
        }),
    ...(entry.negotiable === undefined
      ? {}
      : { negotiable: { value: entry.negotiable, basis: `${root}.negotiable`, declared: true } }),
    ...(entry.parameters === undefined ? {} : { parameters: entry.parameters }),
    ...(entry.keyBits === undefined ? {} : { keyBits: entry.keyBits }),
    ...(entry.library === undefined
      ? {}
      : {
          library: {
            name: entry.library.name,
            ...(entry.library.version === undefined
              ? {}
              : { version: String(entry.library.version) }),
          },
        }),
    ...(entry.hardware === undefined ? {} : { hardware: entry.hardware }),
    ...(entry.protectionYears === undefined ? {} : { protectionYears: entry.protectionYears }),
    ...(entry.migration === undefined ? {} : { migration: entry.migration }),
    ...(entry.description === undefined ? {} : { description: entry.description }),
  };
}

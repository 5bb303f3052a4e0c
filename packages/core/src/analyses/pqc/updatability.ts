import type { ModelQuery } from '../../model/query/index.js';
import type { Component } from '../../model/types.js';
import type { CryptoUpdatability } from '../../model/vocabulary.js';
import type { Derived } from './types.js';

const RANK: Readonly<Record<CryptoUpdatability, number>> = { no: 0, firmware: 1, library: 2 };

/**
 * Whether a component's cryptography can be replaced in the field, from its update path: a
 * component with `update.mechanism: none` keeps what it was built with (ROM, fuses); one with any
 * other update mechanism can change it with a full update. Nested components without an `update`
 * follow the nearest ancestor that has one. Undefined when nothing in the model says.
 */
export function componentUpdatability(
  component: Component,
  query: ModelQuery,
): Derived<CryptoUpdatability> | undefined {
  for (const c of [component, ...query.ancestors(component.id)]) {
    if (c.update === undefined) continue;
    const inherited = c.id === component.id ? '' : ` (inherited from "${c.id}")`;
    return c.update.mechanism === 'none'
      ? {
          value: 'no',
          basis: `components.${c.id}.update.mechanism is none${inherited}: it cannot be updated in the field`,
          declared: false,
        }
      : {
          value: 'firmware',
          basis: `components.${c.id}.update.mechanism is ${c.update.mechanism}${inherited}: replaced with a full update`,
          declared: false,
        };
  }
  return undefined;
}

/**
 * The least updatable of several components (both ends of a flow, every verifier of a signature):
 * one that cannot change holds the algorithm in place. Undefined when any of them is unknown and
 * none is known to be fixed — an unknown is never counted as updatable.
 */
export function weakestUpdatability(
  components: readonly Component[],
  query: ModelQuery,
): Derived<CryptoUpdatability> | undefined {
  const known = components.map((c) => componentUpdatability(c, query));
  const fixed = known.find((k) => k?.value === 'no');
  if (fixed !== undefined) return fixed;
  if (known.length === 0 || known.some((k) => k === undefined)) return undefined;
  const defined = known.filter((k): k is Derived<CryptoUpdatability> => k !== undefined);
  return defined.reduce((a, b) => (RANK[b.value] < RANK[a.value] ? b : a));
}

import type { RuleReferences } from '../analyses/threats/types.js';
import type { Reference } from '../findings/types.js';

/** Rule reference ids → typed references with canonical URLs (computed once per rule). */
export function referencesOf(refs: RuleReferences): readonly Reference[] {
  let known = cache.get(refs);
  if (known === undefined) {
    known = build(refs);
    cache.set(refs, known);
  }
  return known;
}

const cache = new WeakMap<RuleReferences, readonly Reference[]>();

function build(refs: RuleReferences): Reference[] {
  return [
    ...(refs.cwe ?? []).map((n): Reference => ({
      type: 'cwe',
      id: `CWE-${String(n)}`,
      url: `https://cwe.mitre.org/data/definitions/${String(n)}.html`,
    })),
    ...(refs.capec ?? []).map((n): Reference => ({
      type: 'capec',
      id: `CAPEC-${String(n)}`,
      url: `https://capec.mitre.org/data/definitions/${String(n)}.html`,
    })),
    ...(refs.attackIcs ?? []).map((id): Reference => ({
      type: 'attack-ics',
      id,
      url: `https://attack.mitre.org/techniques/${id.replace('.', '/')}/`,
    })),
    ...(refs.atlas ?? []).map((id): Reference => ({
      type: 'atlas',
      id,
      url: `https://atlas.mitre.org/${id.startsWith('AML.M') ? 'mitigations' : 'techniques'}/${id}`,
    })),
    ...(refs.fda ?? []).map((id): Reference => ({ type: 'fda', id })),
    ...(refs.standards ?? []).map((id): Reference => ({ type: 'standard', id })),
  ];
}

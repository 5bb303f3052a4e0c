import type { RuleReferences } from '../analyses/threats/types.js';
import type { Reference } from '../findings/types.js';

/** Rule reference ids → typed references with canonical URLs. */
export function referencesOf(refs: RuleReferences): Reference[] {
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
      url: `https://atlas.mitre.org/techniques/${id}`,
    })),
    ...(refs.fda ?? []).map((id): Reference => ({ type: 'fda', id })),
  ];
}

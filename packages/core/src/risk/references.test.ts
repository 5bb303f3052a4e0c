import { describe, expect, it } from 'vitest';
import { referencesOf } from './references.js';

describe('referencesOf', () => {
  it.each`
    refs                               | expected
    ${{ cwe: [306] }}                  | ${{ type: 'cwe', id: 'CWE-306', url: 'https://cwe.mitre.org/data/definitions/306.html' }}
    ${{ capec: [94] }}                 | ${{ type: 'capec', id: 'CAPEC-94', url: 'https://capec.mitre.org/data/definitions/94.html' }}
    ${{ attackIcs: ['T0843'] }}        | ${{ type: 'attack-ics', id: 'T0843', url: 'https://attack.mitre.org/techniques/T0843/' }}
    ${{ attackIcs: ['T0866.001'] }}    | ${{ type: 'attack-ics', id: 'T0866.001', url: 'https://attack.mitre.org/techniques/T0866/001/' }}
    ${{ atlas: ['AML.T0020'] }}        | ${{ type: 'atlas', id: 'AML.T0020', url: 'https://atlas.mitre.org/techniques/AML.T0020' }}
    ${{ atlas: ['AML.T0043.001'] }}    | ${{ type: 'atlas', id: 'AML.T0043.001', url: 'https://atlas.mitre.org/techniques/AML.T0043.001' }}
    ${{ atlas: ['AML.M0015'] }}        | ${{ type: 'atlas', id: 'AML.M0015', url: 'https://atlas.mitre.org/mitigations/AML.M0015' }}
    ${{ fda: ['Premarket App. 1 A'] }} | ${{ type: 'fda', id: 'Premarket App. 1 A' }}
  `('$refs → $expected.url', ({ refs, expected }) => {
    const references = referencesOf(refs);

    expect(references).toEqual([expected]);
  });

  it('lists CWE, CAPEC, ATT&CK for ICS, ATLAS then FDA, each in written order', () => {
    const refs = {
      fda: ['Premarket V.B.1'],
      atlas: ['AML.M0015', 'AML.T0020'],
      attackIcs: ['T0843'],
      capec: [94, 1],
      cwe: [306, 20],
    };

    const ids = referencesOf(refs).map((r) => r.id);

    expect(ids).toEqual([
      'CWE-306',
      'CWE-20',
      'CAPEC-94',
      'CAPEC-1',
      'T0843',
      'AML.M0015',
      'AML.T0020',
      'Premarket V.B.1',
    ]);
  });

  it('gives no references for a rule without any', () => {
    expect(referencesOf({})).toEqual([]);
  });

  it('computes the list once per rule references object', () => {
    const refs = { cwe: [287] };

    const first = referencesOf(refs);
    const second = referencesOf(refs);

    expect(second).toBe(first);
    expect(referencesOf({ cwe: [287] })).not.toBe(first);
  });
});

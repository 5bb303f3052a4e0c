import { describe, expect, it } from 'vitest';
import { THREAT_RULES } from '../threats/rules/index.js';
import { ATLAS_NAMES, atlasLabel } from './atlas.js';

describe('ATLAS names', () => {
  it('names every ATLAS id a rule cites (the conformance suite checks the names against ATLAS)', () => {
    const cited = [...new Set(THREAT_RULES.flatMap((r) => r.references.atlas ?? []))].sort();

    expect(cited.filter((id) => ATLAS_NAMES[id] === undefined)).toEqual([]);
  });

  it('labels known ids and leaves unknown ones bare', () => {
    expect(atlasLabel('AML.T0020')).toBe('AML.T0020 Poison Training Data');
    expect(atlasLabel('AML.T9999')).toBe('AML.T9999');
  });
});

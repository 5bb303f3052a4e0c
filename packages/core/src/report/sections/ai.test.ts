import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../test/builders.js';
import { analyze } from '../../analyze.js';
import { buildReportDocument } from '../document.js';
import { aiSection } from './ai.js';

const docOf = (model: ReturnType<typeof aModel>) => buildReportDocument(model, analyze(model));

describe('AI/ML report section', () => {
  it('is absent without AI components', () => {
    expect(aiSection(docOf(aModel({ components: [aComponent('fw')] })))).toBeUndefined();
  });

  it('shows undeclared facts as such, the digest status and the ATLAS techniques', () => {
    const model = aModel({
      components: [aComponent('scorer', { kind: 'ai-model', ai: { learning: 'adaptive' } })],
    });

    const section = aiSection(docOf(model));

    expect(section?.id).toBe('ai-ml');
    const tables = section?.blocks.filter((b) => b.kind === 'table') ?? [];
    expect(tables.map((t) => t.caption)).toEqual([
      'Change and oversight',
      'Training data and inputs',
      'Model artefact and ML-BOM (check a file with medrisk verify-model FILE --mlbom BOM)',
      'MITRE ATLAS 5.6.0 techniques that apply (before controls)',
    ]);
    expect(tables[0]?.rows).toEqual([
      ['scorer', '—', 'adaptive', 'not declared', 'not declared', 'not declared'],
    ]);
    expect(tables[2]?.rows[0]).toEqual([
      'scorer',
      'not declared',
      'none linked',
      '—',
      '—',
      'no digest in the model',
      '—',
    ]);
    expect(tables[3]?.rows.map((r) => r[1])).toContain('AML.T0020 Poison Training Data');
  });
});

import { buildRuleContext } from '../context.js';
import { describe, expect, it } from 'vitest';
import { runRules } from '../engine.js';
import { aComponent, aFlow, aModel } from '../../../../test/builders.js';
import { hardcodedCredentials } from './hardcoded-credentials.js';
import { strideCoverageGap } from './stride-coverage-gap.js';

describe('stride-coverage-gap', () => {
  const model = aModel({
    components: [
      aComponent('nurse', { type: 'external-entity', kind: 'person' }),
      aComponent('pump', { credentials: [{ id: 'pw', kind: 'password', hardcoded: false }] }),
    ],
    dataFlows: [aFlow('cmd', 'nurse', 'pump')],
    assumptions: [
      {
        id: 'A1',
        text: 'Nurses are identified by the hospital badge system',
        notApplicable: [{ subject: 'nurse', stride: ['repudiation'] }],
      },
    ],
  });

  it('reports every expected cell nothing examined, one finding per cell', () => {
    const ids = runRules([strideCoverageGap], buildRuleContext(model)).findings.map((f) => f.id);

    expect(ids).toContain('stride-coverage-gap@nurse/spoofing');
    expect(ids).toContain('stride-coverage-gap@pump/spoofing');
    expect(ids).toContain('stride-coverage-gap@cmd/tampering');
    expect(ids).toHaveLength(1 + 6 + 3);
  });

  it('closes cells that a rule considered or an assumption explains', () => {
    const ids = runRules(
      [hardcodedCredentials, strideCoverageGap],
      buildRuleContext(model),
    ).findings.map((f) => f.id);

    expect(ids).not.toContain('stride-coverage-gap@pump/spoofing');
    expect(ids).not.toContain('stride-coverage-gap@pump/elevation-of-privilege');
    expect(ids).not.toContain('stride-coverage-gap@nurse/repudiation');
    expect(ids).toContain('stride-coverage-gap@pump/tampering');
  });
});

import { describe, expect, it } from 'vitest';
import { aComponent, aModel, runRule } from '../../../../test/builders.js';
import { aiModelSupplyChain } from './ai-model-supply-chain.js';

type Ai = NonNullable<Parameters<typeof aComponent>[1]>['ai'];

const modelWith = (ai: Ai, kind: 'ai-model' | 'web-api' = 'ai-model') =>
  aModel({
    device: { manufacturer: 'Acme Medical' },
    components: [aComponent('segmenter', { kind, ...(ai === undefined ? {} : { ai }) })],
  });

describe('ai-model-supply-chain', () => {
  it.each`
    case                                 | ai                                                                | kind          | exploitability
    ${'no digest, supplier unknown'}     | ${undefined}                                                      | ${'ai-model'} | ${'default'}
    ${'no digest, third-party supplier'} | ${{ supplier: 'OpenVision Labs' }}                                | ${'ai-model'} | ${'high'}
    ${'no digest, built in house'}       | ${{ supplier: 'acme medical ' }}                                  | ${'ai-model'} | ${'default'}
    ${'digest recorded'}                 | ${{ supplier: 'OpenVision Labs', artifactDigest: 'sha256:9f2c' }} | ${'ai-model'} | ${'none'}
    ${'not an AI component'}             | ${undefined}                                                      | ${'web-api'}  | ${'none'}
  `('$case → $exploitability', ({ ai, kind, exploitability }) => {
    const model = modelWith(ai, kind);

    const findings = runRule(aiModelSupplyChain, model);

    expect(findings.map((f) => f.hit.exploitability?.level ?? 'default')).toEqual(
      exploitability === 'none' ? [] : [exploitability],
    );
  });

  it('names the supplier and says the digest is not declared', () => {
    const [finding] = runRule(aiModelSupplyChain, modelWith({ supplier: 'OpenVision Labs' }));

    expect(finding?.hit.rationale).toContain('supplied by "OpenVision Labs"');
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
  });
});

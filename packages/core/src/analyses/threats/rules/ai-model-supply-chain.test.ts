import { describe, expect, it } from 'vitest';
import { aComponent, aModel, runRule } from '../../../../test/builders.js';
import { MODEL_SHA256, mlbomText, runWithMlbom } from '../../ai/__fixtures__/mlbom.js';
import { aiModelSupplyChain } from './ai-model-supply-chain.js';

type Ai = NonNullable<Parameters<typeof aComponent>[1]>['ai'];

const modelWith = (ai: Ai, kind: 'ai-model' | 'web-api' = 'ai-model') =>
  aModel({
    device: { manufacturer: 'Acme Medical' },
    components: [aComponent('segmenter', { kind, ...(ai === undefined ? {} : { ai }) })],
  });

describe('ai-model-supply-chain', () => {
  it.each`
    case                                 | ai                                                                           | kind          | exploitability
    ${'no digest, supplier unknown'}     | ${undefined}                                                                 | ${'ai-model'} | ${'default'}
    ${'no digest, third-party supplier'} | ${{ supplier: 'OpenVision Labs' }}                                           | ${'ai-model'} | ${'high'}
    ${'no digest, built in house'}       | ${{ supplier: 'acme medical ' }}                                             | ${'ai-model'} | ${'default'}
    ${'digest recorded'}                 | ${{ supplier: 'OpenVision Labs', artifactDigest: `sha256:${MODEL_SHA256}` }} | ${'ai-model'} | ${'none'}
    ${'digest too short to be SHA-256'}  | ${{ artifactDigest: 'sha256:9f2c' }}                                         | ${'ai-model'} | ${'default'}
    ${'not an AI component'}             | ${undefined}                                                                 | ${'web-api'}  | ${'none'}
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

  describe('with an ML-BOM', () => {
    const linked = aModel({
      components: [aComponent('segmenter', { kind: 'ai-model', ai: { learning: 'locked' } })],
      boms: [{ id: 'ml', type: 'mlbom', path: 'ml.cdx.json', component: 'segmenter' }],
    });

    it.each`
      case                 | hashes                                         | fires
      ${'SHA-256 listed'}  | ${[{ alg: 'SHA-256', content: MODEL_SHA256 }]} | ${false}
      ${'only MD5 listed'} | ${[{ alg: 'MD5', content: 'ab'.repeat(16) }]}  | ${true}
      ${'no hash listed'}  | ${[]}                                          | ${true}
    `('$case → fires: $fires', ({ hashes, fires }) => {
      const text = mlbomText([{ ref: 'seg', hashes, datasets: [] }]);

      const findings = runWithMlbom(aiModelSupplyChain, linked, [{ id: 'ml', text }]);

      expect(findings.map((f) => f.id)).toEqual(fires ? ['ai-model-supply-chain@segmenter'] : []);
    });

    it('says what the ML-BOM lists when it does not pin the model', () => {
      const text = mlbomText([
        { ref: 'seg', hashes: [{ alg: 'SHA-1', content: 'ab'.repeat(20) }] },
      ]);

      const [finding] = runWithMlbom(aiModelSupplyChain, linked, [{ id: 'ml', text }]);

      expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
        'components.segmenter.ai.artifactDigest is not declared; treated as absent',
        'ml.cdx.json#seg lists only SHA-1, not accepted as integrity evidence',
      ]);
    });
  });
});

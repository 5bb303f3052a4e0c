import { describe, expect, it } from 'vitest';
import { aComponent, aModel, runRule } from '../../../../test/builders.js';
import { MODEL_SHA256, mlbomText, runWithMlbom } from '../../ai/__fixtures__/mlbom.js';
import { aiModelDigestMismatch } from './ai-model-digest-mismatch.js';

const OTHER = 'ab'.repeat(32);

const modelWith = (artifactDigest: string, mlbomRef?: string) =>
  aModel({
    components: [
      aComponent('host', { kind: 'cloud-service' }),
      aComponent('detector', {
        kind: 'ai-model',
        parent: 'host',
        ai: { artifactDigest, ...(mlbomRef === undefined ? {} : { mlbomRef }) },
      }),
    ],
    // Linked to the host: the model is found through the component it is nested in.
    boms: [{ id: 'ml', type: 'mlbom', path: 'ml.cdx.json', component: 'host' }],
  });

const sha256 = (content: string) => [{ alg: 'SHA-256', content }];

describe('ai-model-digest-mismatch', () => {
  it.each`
    case                                 | digest                       | listed                                            | fires
    ${'same SHA-256'}                    | ${`sha256:${MODEL_SHA256}`}  | ${sha256(MODEL_SHA256)}                           | ${false}
    ${'upper-case listing, same value'}  | ${`SHA-256:${MODEL_SHA256}`} | ${sha256(MODEL_SHA256.toUpperCase())}             | ${false}
    ${'different SHA-256'}               | ${`sha256:${MODEL_SHA256}`}  | ${sha256(OTHER)}                                  | ${true}
    ${'bare hex, different same-length'} | ${MODEL_SHA256}              | ${sha256(OTHER)}                                  | ${true}
    ${'only SHA-512 listed'}             | ${`sha256:${MODEL_SHA256}`}  | ${[{ alg: 'SHA-512', content: 'cd'.repeat(64) }]} | ${false}
    ${'one of two algorithms differs'}   | ${`sha256:${MODEL_SHA256}`}  | ${[...sha256(MODEL_SHA256), ...sha256(OTHER)]}    | ${true}
  `('$case → fires: $fires', ({ digest, listed, fires }) => {
    const text = mlbomText([{ ref: 'ich', hashes: listed, datasets: ['train'] }]);

    const ids = runWithMlbom(aiModelDigestMismatch, modelWith(digest), [{ id: 'ml', text }]).map(
      (f) => f.id,
    );

    expect(ids).toEqual(fires ? ['ai-model-digest-mismatch@detector'] : []);
  });

  it('quotes both values and where each is written', () => {
    const text = mlbomText([{ ref: 'ich', hashes: sha256(OTHER) }]);

    const [finding] = runWithMlbom(aiModelDigestMismatch, modelWith(`sha256:${MODEL_SHA256}`), [
      { id: 'ml', text },
    ]);

    expect(finding?.hit.rationale).toContain(`lists SHA-256 ${OTHER}`);
    expect(finding?.hit.evidence).toEqual([
      {
        path: 'components.detector.ai.artifactDigest',
        text: `artifactDigest: sha256:${MODEL_SHA256}`,
      },
      { path: 'boms.ml', text: `ml.cdx.json#ich SHA-256: ${OTHER}` },
    ]);
  });

  it('uses ai.mlbomRef to pick the model among several', () => {
    const text = mlbomText([
      { ref: 'ich', hashes: sha256(MODEL_SHA256) },
      { ref: 'ich-previous', hashes: sha256(OTHER) },
    ]);

    const right = runWithMlbom(aiModelDigestMismatch, modelWith(`sha256:${MODEL_SHA256}`, 'ich'), [
      { id: 'ml', text },
    ]);
    const wrong = runWithMlbom(
      aiModelDigestMismatch,
      modelWith(`sha256:${MODEL_SHA256}`, 'ich-previous'),
      [{ id: 'ml', text }],
    );

    expect(right).toEqual([]);
    expect(wrong.map((f) => f.id)).toEqual(['ai-model-digest-mismatch@detector']);
  });

  it('stays silent when the ML-BOM was not read (nothing to compare)', () => {
    expect(runRule(aiModelDigestMismatch, modelWith(`sha256:${MODEL_SHA256}`))).toEqual([]);
  });
});

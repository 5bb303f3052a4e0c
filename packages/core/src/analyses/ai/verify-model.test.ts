import { describe, expect, it } from 'vitest';
import { readInventory } from '../../inventory/read.js';
import { MODEL_SHA256, mlbomText, type TestModel } from './__fixtures__/mlbom.js';
import { compareModelDigests, modelToVerify } from './verify-model.js';

const inventoryOf = (models: readonly TestModel[]) => {
  const read = readInventory('ml.cdx.json', mlbomText(models));
  if (!read.ok) throw new Error('fixture does not read');
  return read.value;
};

const ICH: TestModel = {
  ref: 'ich',
  name: 'ICH detector',
  hashes: [{ alg: 'SHA-256', content: MODEL_SHA256 }],
};

describe('modelToVerify', () => {
  it('takes the only model and its strong hashes, and says which it skips', () => {
    const inventory = inventoryOf([
      {
        ...ICH,
        hashes: [
          ...(ICH.hashes ?? []),
          { alg: 'MD5', content: 'ab'.repeat(16) },
          { alg: 'BLAKE3', content: 'cd'.repeat(32) },
        ],
      },
    ]);

    const result = modelToVerify(inventory);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.hashes.map((h) => [h.algorithm.id, h.algorithm.node])).toEqual([
      ['SHA-256', 'sha256'],
    ]);
    expect(result.value.skipped).toEqual([
      { algorithm: 'BLAKE3', reason: 'not computable by this medrisk' },
      { algorithm: 'MD5', reason: 'broken (practical collisions); not accepted as evidence' },
    ]);
  });

  it.each`
    case                  | models                                                                | ref          | message
    ${'no model'}         | ${[]}                                                                 | ${undefined} | ${'lists no machine-learning-model component'}
    ${'several, no ref'}  | ${[ICH, { ...ICH, ref: 'ich-old', name: 'old' }]}                     | ${undefined} | ${'lists several models (ich, ich-old); choose one with --model-ref'}
    ${'ref not found'}    | ${[ICH]}                                                              | ${'icj'}     | ${'has no model with bom-ref or name "icj"'}
    ${'only a weak hash'} | ${[{ ...ICH, hashes: [{ alg: 'SHA-1', content: 'ab'.repeat(20) }] }]} | ${undefined} | ${'lists no hash that can be checked (SHA-1: broken'}
    ${'no hash at all'}   | ${[{ ...ICH, hashes: undefined }]}                                    | ${undefined} | ${'model ich in ml.cdx.json lists no hash that can be checked'}
  `('refuses $case', ({ models, ref, message }) => {
    const result = modelToVerify(inventoryOf(models), ref);

    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toContain(message);
  });

  it('suggests the closest ref', () => {
    const result = modelToVerify(inventoryOf([ICH]), 'icj');

    expect(result.issues[0]?.hint).toBe('did you mean "ich"?');
  });

  it('chooses by bom-ref or by name', () => {
    const inventory = inventoryOf([ICH, { ...ICH, ref: 'ich-old', name: 'old' }]);

    expect(modelToVerify(inventory, 'ich-old').ok).toBe(true);
    expect(modelToVerify(inventory, 'ICH detector').ok).toBe(true);
  });
});

describe('compareModelDigests', () => {
  it('matches case-insensitively and reports a mismatch with both values', () => {
    const result = modelToVerify(inventoryOf([ICH]));
    if (!result.ok) throw new Error('fixture');

    expect(
      compareModelDigests(result.value, { 'SHA-256': MODEL_SHA256.toUpperCase() })[0]?.match,
    ).toBe(true);
    expect(compareModelDigests(result.value, { 'SHA-256': 'ab'.repeat(32) })).toEqual([
      { algorithm: 'SHA-256', listed: MODEL_SHA256, actual: 'ab'.repeat(32), match: false },
    ]);
  });
});

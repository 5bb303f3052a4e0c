import type { Issue } from '../../common/issue.js';
import type { ParseResult } from '../../common/result.js';
import { didYouMean } from '../../common/suggest.js';
import type { Inventory, InventoryComponent } from '../../inventory/types.js';
import { hashAlgorithm, type DigestComparison, type HashAlgorithm } from './digests.js';

/** The ML-BOM model a file is checked against, and which of its hashes can be checked. */
export interface ModelToVerify {
  readonly model: InventoryComponent;
  /** Strong hashes the shell can compute, each with the algorithm Node knows it by. */
  readonly hashes: readonly {
    readonly algorithm: HashAlgorithm & { readonly node: string };
    readonly value: string;
  }[];
  /** Listed hashes that are not checked, and why. */
  readonly skipped: readonly { readonly algorithm: string; readonly reason: string }[];
}

/**
 * Picks the machine-learning-model component of an ML-BOM (by bom-ref or name when `ref` is given,
 * else the only one) and the hashes to check. No model, several without `ref`, or no hash that
 * can be checked are input errors: there is nothing to verify against.
 */
export function modelToVerify(inventory: Inventory, ref?: string): ParseResult<ModelToVerify> {
  const models = inventory.components.filter((c) => c.type === 'machine-learning-model');
  const refs = models.map((m) => m.ref);
  if (models.length === 0)
    return fail(`${inventory.file} lists no machine-learning-model component`);
  const chosen = ref === undefined ? models : models.filter((m) => m.ref === ref || m.name === ref);
  const [model] = chosen;
  if (model === undefined)
    return fail(
      `${inventory.file} has no model with bom-ref or name "${ref ?? ''}" (it lists ${refs.join(', ')})`,
      didYouMean(ref ?? '', [...refs, ...models.map((m) => m.name)]),
    );
  if (chosen.length > 1)
    return fail(
      `${inventory.file} lists ${ref === undefined ? 'several models' : `several models named "${ref}"`} (${chosen.map((m) => m.ref).join(', ')}); choose one with --model-ref and its bom-ref`,
    );
  const hashes: ModelToVerify['hashes'][number][] = [];
  const skipped: ModelToVerify['skipped'][number][] = [];
  for (const hash of model.hashes) {
    const algorithm = hashAlgorithm(hash.algorithm);
    const value = hash.value.trim().toLowerCase();
    if (algorithm === undefined)
      skipped.push({ algorithm: hash.algorithm, reason: 'unknown hash algorithm' });
    else if (!algorithm.strong)
      skipped.push({
        algorithm: algorithm.id,
        reason: 'broken (practical collisions); not accepted as evidence',
      });
    else if (algorithm.node === undefined)
      skipped.push({ algorithm: algorithm.id, reason: 'not computable by this medrisk' });
    else if (!/^[0-9a-f]+$/.test(value) || value.length !== algorithm.length * 2)
      skipped.push({
        algorithm: algorithm.id,
        reason: `listed value is not ${String(algorithm.length)} bytes of hex`,
      });
    else hashes.push({ algorithm: { ...algorithm, node: algorithm.node }, value });
  }
  if (hashes.length === 0)
    return fail(
      `model ${model.ref} in ${inventory.file} lists no hash that can be checked${
        skipped.length === 0
          ? ''
          : ` (${skipped.map((s) => `${s.algorithm}: ${s.reason}`).join('; ')})`
      }`,
      'add a SHA-256, SHA-384 or SHA-512 hash of the model file to its hashes',
    );
  return { ok: true, value: { model, hashes, skipped }, issues: [] };
}

/** Listed against computed digests; the file matches only when every comparison does. */
export function compareModelDigests(
  target: ModelToVerify,
  computed: Readonly<Record<string, string>>,
): DigestComparison[] {
  return target.hashes.map(({ algorithm, value }) => {
    const actual = (computed[algorithm.id] ?? '').toLowerCase();
    return { algorithm: algorithm.id, listed: value, actual, match: actual === value };
  });
}

function fail(message: string, hint?: string): ParseResult<never> {
  const issue: Issue = {
    code: 'invalid-value',
    severity: 'error',
    path: [],
    message,
    ...(hint === undefined ? {} : { hint }),
  };
  return { ok: false, issues: [issue] };
}

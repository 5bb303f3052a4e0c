import { runRules, type RawFinding } from '../../threats/engine.js';
import { buildRuleContext } from '../../threats/context.js';
import type { RuleContext, ThreatRule } from '../../threats/types.js';
import { readInventory } from '../../../inventory/read.js';
import type { DeviceModel } from '../../../model/types.js';

/** SHA-256 of the ASCII text "model" (`printf model | sha256sum`), the test artefact. */
export const MODEL_SHA256 = '9372c470eeadd5ecd9c3c74c2b3cb633f8e2f2fad799250a0f70d652b6b825e4';

export interface TestModel {
  readonly ref: string;
  readonly name?: string;
  readonly hashes?: readonly { readonly alg: string; readonly content: string }[];
  /** Dataset refs named by the card; `undefined` writes no model card at all. */
  readonly datasets?: readonly string[];
}

/** A CycloneDX 1.6 ML-BOM as a tool would write it: models with hashes and cards, datasets as data. */
export function mlbomText(models: readonly TestModel[]): string {
  const datasets = [...new Set(models.flatMap((m) => m.datasets ?? []))];
  return JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components: [
      ...models.map((m) => ({
        type: 'machine-learning-model',
        'bom-ref': m.ref,
        name: m.name ?? m.ref,
        version: '1.0',
        ...(m.hashes === undefined ? {} : { hashes: m.hashes }),
        ...(m.datasets === undefined
          ? {}
          : {
              modelCard: {
                modelParameters: {
                  approach: { type: 'supervised' },
                  task: 'classification',
                  datasets: m.datasets.map((ref) => ({ ref })),
                },
              },
            }),
      })),
      ...datasets.map((ref) => ({ type: 'data', 'bom-ref': ref, name: ref })),
    ],
  });
}

/** The rule context with the ML-BOMs read through the real CycloneDX reader. */
export function contextWith(
  model: DeviceModel,
  boms: readonly { readonly id: string; readonly text?: string }[],
): RuleContext {
  return buildRuleContext(model, {
    boms: boms.map(({ id, text }) => {
      const file = `${id}.cdx.json`;
      if (text === undefined) return { id, file };
      const read = readInventory(file, text);
      if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'));
      return { id, file, inventory: read.value };
    }),
  });
}

export function runWithMlbom(
  rule: ThreatRule,
  model: DeviceModel,
  boms: readonly { readonly id: string; readonly text?: string }[],
): readonly RawFinding[] {
  const run = runRules([rule], contextWith(model, boms));
  if (run.failures.length > 0) throw new Error(run.failures.map((f) => f.message).join('\n'));
  return run.findings;
}

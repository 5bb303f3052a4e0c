import { buildRuleContext } from '../../threats/context.js';
import { runRules, type RawFinding } from '../../threats/engine.js';
import type { RuleContext, ThreatRule } from '../../threats/types.js';
import type { Inventory } from '../../../inventory/types.js';
import type { EolProduct, EolRelease } from '../../../lifecycle/eol-data/types.js';
import type { DeviceModel } from '../../../model/types.js';

/** A small endoflife.date product (our own data, shaped like a product file). */
export function eolProduct(
  product: string,
  releases: readonly EolRelease[],
  extra: Partial<EolProduct> = {},
): EolProduct {
  return {
    product,
    aliases: [],
    identifiers: { purls: [], cpes: [] },
    releases,
    sources: [{ file: `products/${product}.md`, format: 'endoflife-product' }],
    ...extra,
  };
}

export const UBUNTU = eolProduct(
  'ubuntu',
  [
    { cycle: '24.04', lts: true, eol: '2029-05-31' },
    { cycle: '22.04', lts: true, eol: '2027-06-01', label: '22.04 LTS' },
    { cycle: '18.04', lts: true, eol: '2023-05-31', extendedSupport: '2028-04-01' },
  ],
  { category: 'os', aliases: ['ubuntu-linux'] },
);

export const OPENSSL = eolProduct(
  'openssl',
  [
    { cycle: '3.0', eol: '2026-09-07' },
    { cycle: '1.1.1', eol: '2023-09-11', extendedSupport: '2026-09-11' },
  ],
  { category: 'framework', identifiers: { purls: [], cpes: ['cpe:2.3:a:openssl:openssl'] } },
);

export interface LifecycleRun {
  readonly asOf?: string;
  readonly eol?: readonly EolProduct[];
  /** Inventories by model BOM id (the model must list those boms). */
  readonly sboms?: Readonly<Record<string, Inventory>>;
}

export function lifecycleContextFor(model: DeviceModel, run: LifecycleRun = {}): RuleContext {
  const boms = Object.entries(run.sboms ?? {}).map(([id, inventory]) => ({
    id,
    file: inventory.file,
    inventory,
  }));
  return buildRuleContext(
    model,
    boms.length === 0 ? undefined : { boms },
    run.asOf === undefined ? undefined : { asOf: run.asOf },
    run.eol === undefined ? undefined : { products: run.eol, source: 'test data' },
  );
}

export function runLifecycleRule(
  rule: ThreatRule,
  model: DeviceModel,
  run: LifecycleRun = {},
): readonly RawFinding[] {
  const result = runRules([rule], lifecycleContextFor(model, run));
  if (result.failures.length > 0) throw new Error(result.failures.map((f) => f.message).join('\n'));
  return result.findings;
}

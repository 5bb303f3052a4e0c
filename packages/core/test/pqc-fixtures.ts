import { buildRuleContext } from '../src/analyses/threats/context.js';
import { runRules, type RawFinding } from '../src/analyses/threats/engine.js';
import type { RuleContext, ThreatRule } from '../src/analyses/threats/types.js';
import type { AnalysisParameters } from '../src/analyses/parameters.js';
import type { SupplyChainInput } from '../src/analyses/vulnerabilities/facts.js';
import type { CryptoAsset, Inventory } from '../src/inventory/types.js';
import type { DeviceModel } from '../src/model/types.js';

/** A CycloneDX 1.6 algorithm asset as the readers return it. */
export function anAlgorithmAsset(
  name: string,
  algorithmProperties: Readonly<Record<string, unknown>> = {},
): CryptoAsset {
  return {
    ref: `crypto/${name}`,
    name,
    assetType: 'algorithm',
    properties: { assetType: 'algorithm', algorithmProperties },
  };
}

/** A CBOM holding only crypto assets, read from `file`. */
export function aCbom(file: string, assets: readonly CryptoAsset[]): Inventory {
  return {
    format: 'cyclonedx',
    specVersion: '1.6',
    encoding: 'json',
    file,
    metadata: { authors: [], tools: [] },
    components: [],
    dependencies: [],
    cryptoAssets: assets,
    modelCards: [],
  };
}

/** The rule context of a model, with an analysis date and the CBOMs the shell would have read. */
export function pqcContext(
  model: DeviceModel,
  parameters: AnalysisParameters = {},
  boms: SupplyChainInput['boms'] = [],
): RuleContext {
  return buildRuleContext(model, boms.length === 0 ? undefined : { boms }, parameters);
}

/** Runs one post-quantum rule with parameters and CBOMs; a failing rule fails the test. */
export function runPqcRule(
  rule: ThreatRule,
  model: DeviceModel,
  parameters: AnalysisParameters = {},
  boms: SupplyChainInput['boms'] = [],
): readonly RawFinding[] {
  const run = runRules([rule], pqcContext(model, parameters, boms));
  if (run.failures.length > 0) throw new Error(run.failures.map((f) => f.message).join('\n'));
  return run.findings;
}

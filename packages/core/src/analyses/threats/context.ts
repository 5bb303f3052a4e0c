import { buildQuery } from '../../model/query/index.js';
import type { DeviceModel } from '../../model/types.js';
import { supplyChainFacts, type SupplyChainInput } from '../vulnerabilities/facts.js';
import type { AnalysisParameters } from '../parameters.js';
import type { EolDataInput } from '../lifecycle/context.js';
import type { RuleContext } from './types.js';

/** The model query plus the supply-chain facts: what every rule is evaluated against. */
export function buildRuleContext(
  model: DeviceModel,
  supplyChain?: SupplyChainInput,
  parameters?: AnalysisParameters,
  eol?: EolDataInput,
): RuleContext {
  return {
    ...buildQuery(model),
    supplyChain: supplyChainFacts(model, supplyChain),
    ...(parameters === undefined ? {} : { parameters }),
    ...(eol === undefined ? {} : { eol }),
  };
}

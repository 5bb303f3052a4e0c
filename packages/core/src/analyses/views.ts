import type { RuleContext } from './threats/types.js';
import { supplyChainView, type SupplyChainView } from './vulnerabilities/view.js';

/**
 * What the analyses compute besides findings: tables and plans a report shows as a section of its
 * own (the SBOM assessment, the post-quantum plan, cloud availability, the responsibility
 * matrix …). Each analysis adds one field here and one line in `computeViews`; its findings still
 * come from rules, so every format lists them like any other.
 */
export interface AnalysisViews {
  /** Present when the model lists SBOMs. */
  readonly supplyChain?: SupplyChainView;
}

export function computeViews(query: RuleContext): AnalysisViews {
  const supplyChain = supplyChainView(query);
  return { ...(supplyChain === undefined ? {} : { supplyChain }) };
}

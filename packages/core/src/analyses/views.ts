import { aiView, type AiView } from './ai/view.js';
import { cloudView, type CloudView } from './cloud/view.js';
import { lifecycleView, type LifecycleView } from './lifecycle/view.js';
import { pqcView, type PqcView } from './pqc/view.js';
import type { RuleContext } from './threats/types.js';
import { supplyChainView, type SupplyChainView } from './vulnerabilities/view.js';
import { responsibilityView, type ResponsibilityMatrix } from './responsibility/matrix.js';

/**
 * What the analyses compute besides findings: tables and plans a report shows as a section of its
 * own (the SBOM assessment, the post-quantum plan, cloud availability, the responsibility
 * matrix …). Each analysis adds one field here and one line in `computeViews`; its findings still
 * come from rules, so every format lists them like any other.
 */
export interface AnalysisViews {
  /** Present when the model lists SBOMs. */
  readonly supplyChain?: SupplyChainView;
  /** The RACI matrix, its problems and the contract checklist; present when the model names stakeholders or has controls, treatments or duties. */
  readonly responsibility?: ResponsibilityMatrix;
  /** Each AI component: learning, PCCP, monitoring, provenance, digest vs ML-BOM, ATLAS; present when the model has one. */
  readonly ai?: AiView;
  /** Cloud dependencies, their SLAs and each clinical function's tolerance verdicts; present when a function depends on the cloud. */
  readonly cloud?: CloudView;
  /** Device service life and stage, and every piece of software's end of support; present when the model has software to judge or declares a lifecycle. */
  readonly lifecycle?: LifecycleView;
  /** Crypto inventory, Mosca, deadlines, feasibility, agility and migration plan; present when the model uses cryptography. */
  readonly pqc?: PqcView;
}

export function computeViews(query: RuleContext): AnalysisViews {
  const supplyChain = supplyChainView(query);
  const responsibility = responsibilityView(query);
  const ai = aiView(query);
  const cloud = cloudView(query);
  const lifecycle = lifecycleView(query);
  const pqc = pqcView(query);
  return {
    ...(supplyChain === undefined ? {} : { supplyChain }),
    ...(responsibility === undefined ? {} : { responsibility }),
    ...(ai === undefined ? {} : { ai }),
    ...(cloud === undefined ? {} : { cloud }),
    ...(lifecycle === undefined ? {} : { lifecycle }),
    ...(pqc === undefined ? {} : { pqc }),
  };
}

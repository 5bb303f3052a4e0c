import { compareStrings } from '../../common/order.js';
import type { RuleContext } from '../threats/types.js';
import { agilityScores, type AgilityScore } from './agility.js';
import { withCbomUses } from './cbom.js';
import { withDeclaredUses } from './declared.js';
import { derivedUses } from './derive.js';
import { mosca, regulatoryDeadline, type Deadline, type MoscaAssessment } from './mosca.js';
import { migrationPlan, type MigrationPlan } from './plan.js';
import { pqcScenario, type PqcScenario } from './scenario.js';
import type { CryptoUse } from './types.js';

/** One crypto use as the post-quantum analysis judges it. */
export interface PqcUse extends CryptoUse {
  /** The regulatory deadline (NIST IR 8547 ipd, or now for deprecated algorithms). */
  readonly deadline?: Deadline;
  readonly mosca: MoscaAssessment;
  readonly plan: MigrationPlan;
}

export interface PqcSummary {
  readonly uses: number;
  readonly vulnerable: number;
  readonly hybrid: number;
  readonly postQuantum: number;
  readonly deprecated: number;
  readonly atRisk: number;
  readonly undetermined: number;
  /** Vulnerable uses that cannot be replaced in the field. */
  readonly fixed: number;
  /** Vulnerable uses for which every standard replacement exceeds a declared constraint. */
  readonly infeasible: number;
}

/** The post-quantum analysis: crypto inventory, Mosca, deadlines, feasibility, agility, plan. */
export interface PqcView {
  readonly scenario: PqcScenario;
  /** Sorted by id. */
  readonly uses: readonly PqcUse[];
  /** Crypto agility of each component that performs or holds a use, sorted by id. */
  readonly components: readonly AgilityScore[];
  readonly summary: PqcSummary;
}

const cache = new WeakMap<RuleContext, PqcView>();

/** Computed once per analysis (rules and the view ask for it): memoized on the rule context. */
export function pqcAnalysis(query: RuleContext): PqcView {
  const known = cache.get(query);
  if (known !== undefined) return known;
  const scenario = pqcScenario(query.model, query.parameters);
  const inventory = withCbomUses(withDeclaredUses(derivedUses(query), query), query);
  const uses = inventory
    .map((use): PqcUse => {
      const assessment = mosca(use, scenario);
      const deadline = regulatoryDeadline(use.info, scenario);
      return {
        ...use,
        ...(deadline === undefined ? {} : { deadline }),
        mosca: assessment,
        plan: migrationPlan(use, assessment, scenario, query),
      };
    })
    .sort((a, b) => compareStrings(a.id, b.id));
  const view: PqcView = {
    scenario,
    uses,
    components: agilityScores(uses, query),
    summary: summarize(uses),
  };
  cache.set(query, view);
  return view;
}

/** The view in `Analysis.views`: present when the model has any cryptography to inventory. */
export function pqcView(query: RuleContext): PqcView | undefined {
  const view = pqcAnalysis(query);
  return view.uses.length === 0 ? undefined : view;
}

export function isInfeasible(use: PqcUse): boolean {
  return (
    use.info.quantum === 'vulnerable' &&
    use.plan.options.length > 0 &&
    use.plan.recommended === undefined
  );
}

function summarize(uses: readonly PqcUse[]): PqcSummary {
  const count = (test: (u: PqcUse) => boolean) => uses.filter(test).length;
  return {
    uses: uses.length,
    vulnerable: count((u) => u.info.quantum === 'vulnerable'),
    hybrid: count((u) => u.info.quantum === 'hybrid'),
    postQuantum: count((u) => u.info.quantum === 'post-quantum'),
    deprecated: count((u) => u.info.deprecated !== undefined),
    atRisk: count((u) => u.mosca.result === 'at-risk'),
    undetermined: count((u) => u.mosca.result === 'undetermined'),
    fixed: count((u) => u.info.quantum === 'vulnerable' && u.fieldUpdatable?.value === 'no'),
    infeasible: count(isInfeasible),
  };
}

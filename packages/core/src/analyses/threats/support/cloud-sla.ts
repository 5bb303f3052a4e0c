import type { ModelQuery } from '../../../model/query/index.js';
import type { ClinicalFunction } from '../../../model/types.js';
import { cloudAnalysis } from '../../cloud/analysis.js';
import type { ToleranceCheck } from '../../cloud/types.js';
import type { RuleHit } from '../types.js';

/**
 * Helpers for the rules that judge cloud SLAs against clinical tolerance. The numbers and their
 * explanations come from analyses/cloud (the same values `views.cloud` prints); rules only pick
 * the verdicts they report.
 */

/** True when the component is the primary of a cloud dependency some clinical function has. */
export function isCloudDependency(componentId: string, query: ModelQuery): boolean {
  return cloudAnalysis(query).groups.some((g) => g.id === componentId);
}

/** True when the component is any member (primary or failover) of such a dependency. */
export function isCloudDependencyMember(componentId: string, query: ModelQuery): boolean {
  return cloudAnalysis(query).groups.some((g) => g.members.some((m) => m.id === componentId));
}

/** Failed checks of one kind on one dependency, with the function each is about. */
export function failedChecks(
  dependency: string,
  kind: ToleranceCheck['check'],
  query: ModelQuery,
): { readonly fn: ClinicalFunction; readonly check: ToleranceCheck }[] {
  const result: { fn: ClinicalFunction; check: ToleranceCheck }[] = [];
  for (const [functionId, checks] of cloudAnalysis(query).checks) {
    const fn = query.clinicalFunction(functionId);
    if (fn === undefined) continue;
    for (const check of checks)
      if (
        check.check === kind &&
        check.verdict === 'not-met' &&
        check.dependencies.includes(dependency)
      )
        result.push({ fn, check });
  }
  return result;
}

/**
 * The severity of a finding about one function's outage: its loss severity, as declared. Outage
 * findings on a function (rather than on an element) state it in the hit, because the function's
 * `severity` is the worst case of corruption, not of loss.
 */
export function lossSeverityOf(fn: ClinicalFunction): NonNullable<RuleHit['severity']> {
  const level = fn.lossSeverity ?? fn.severity;
  return {
    level,
    reason: `its loss stops clinical function ${fn.id} (${level}${fn.lossSeverity === undefined ? '' : ', declared lossSeverity'})${fn.multiPatient === true ? '; the function is declared multi-patient: one cloud outage stops it for every patient at once' : ''}`,
  };
}

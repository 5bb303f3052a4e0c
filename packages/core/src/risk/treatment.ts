import { isPattern, matchesFindingPattern } from '../findings/patterns.js';
import type { FindingStatus, TreatmentView } from '../findings/types.js';
import type { Treatment } from '../model/types.js';

/** The treatment for a finding: an exact id wins over a pattern; among patterns the first (sorted). */
export function findTreatment(
  findingId: string,
  treatments: readonly Treatment[],
): Treatment | undefined {
  return (
    treatments.find((t) => t.findingId === findingId) ??
    treatments.find((t) => isPattern(t.findingId) && matchesFindingPattern(t.findingId, findingId))
  );
}

/** What the treatment means for the finding's status, and what is wrong with it (P2: nothing silent). */
export function evaluateTreatment(
  treatment: Treatment,
  acceptable: boolean,
  residual: string,
): { view: TreatmentView; status: FindingStatus } {
  const problems: string[] = [];
  const need = (value: string | undefined, what: string): void => {
    if (value === undefined || value.trim() === '') problems.push(`no ${what}`);
  };
  let status: FindingStatus;
  switch (treatment.strategy) {
    case 'mitigate':
      status = acceptable ? 'mitigated' : 'open';
      if (!acceptable)
        problems.push(`mitigation leaves residual risk ${residual}, which is not acceptable`);
      break;
    case 'accept':
      need(treatment.rationale, 'rationale');
      need(treatment.approver, 'approver');
      status = 'accepted';
      break;
    case 'transfer':
      need(treatment.rationale, 'rationale');
      need(treatment.approver, 'approver');
      need(treatment.recipient, 'recipient');
      if (treatment.communicatedVia.length === 0)
        problems.push('no communication channel (labeling, contract, MDS2 …) to the recipient');
      status = 'transferred';
      break;
    case 'eliminate':
      problems.push(
        'marked eliminated, but the rule still fires: the design change is not in the model',
      );
      status = 'open';
      break;
  }
  const view: TreatmentView = {
    strategy: treatment.strategy,
    ...(treatment.rationale === undefined ? {} : { rationale: treatment.rationale }),
    ...(treatment.approver === undefined ? {} : { approver: treatment.approver }),
    ...(treatment.recipient === undefined ? {} : { recipient: treatment.recipient }),
    communicatedVia: treatment.communicatedVia,
    problems,
  };
  return { view, status };
}

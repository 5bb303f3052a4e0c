import { isPattern } from '../findings/patterns.js';
import type { FindingStatus, TreatmentView } from '../findings/types.js';
import type { Treatment } from '../model/types.js';

/**
 * The treatment for a finding among those whose key matches it: an exact id wins over a pattern, and
 * among patterns the first in id order (treatments are sorted when the model is normalized).
 */
export function findTreatment(matching: readonly Treatment[]): Treatment | undefined {
  return matching.find((t) => !isPattern(t.findingId)) ?? matching[0];
}

/** What the treatment means for the finding's status, and what is wrong with it (P2: nothing silent). */
export function evaluateTreatment(
  treatment: Treatment,
  acceptable: boolean,
  residual: string,
  controlsApplied: number,
): { view: TreatmentView; status: FindingStatus } {
  const problems: string[] = [];
  const need = (value: string | undefined, what: string): void => {
    if (value === undefined || value.trim() === '') problems.push(`no ${what}`);
  };
  let status: FindingStatus;
  switch (treatment.strategy) {
    case 'mitigate':
      status = acceptable && controlsApplied > 0 ? 'mitigated' : 'open';
      if (controlsApplied === 0)
        problems.push(
          'no implemented control mitigates this finding (planned controls do not count yet)',
        );
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

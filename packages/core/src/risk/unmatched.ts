import type { Issue } from '../common/issue.js';
import { buildPatternIndex } from '../findings/patterns.js';
import type { DeviceModel } from '../model/types.js';

/**
 * Controls, suppressions and treatments that match no finding are stale (a renamed element, a fixed
 * design, a typo). They are warnings: the analysis is still right, but the risk file is not.
 */
export function unmatchedPatterns(model: DeviceModel, findingIds: readonly string[]): Issue[] {
  const patterns = [
    ...model.controls.flatMap((c) => c.mitigates),
    ...model.assumptions.flatMap((a) => a.suppresses ?? []),
    ...model.treatments.map((t) => t.findingId),
  ];
  const index = buildPatternIndex(patterns.map((pattern) => ({ pattern, value: pattern })));
  const used = new Set(findingIds.flatMap((id) => index.match(id)));
  const matchesAny = (pattern: string): boolean => used.has(pattern);
  const issues: Issue[] = [];
  for (const control of model.controls) {
    control.mitigates.forEach((pattern) => {
      if (!matchesAny(pattern))
        issues.push(
          warning(
            ['controls', control.id, 'mitigates'],
            `control "${control.id}" mitigates "${pattern}", which matches no finding`,
            control.location,
          ),
        );
    });
  }
  for (const assumption of model.assumptions) {
    (assumption.suppresses ?? []).forEach((pattern) => {
      if (!matchesAny(pattern))
        issues.push(
          warning(
            ['assumptions', assumption.id, 'suppresses'],
            `assumption "${assumption.id}" suppresses "${pattern}", which matches no finding`,
            assumption.location,
          ),
        );
    });
  }
  for (const treatment of model.treatments) {
    if (!matchesAny(treatment.findingId))
      issues.push(
        warning(
          ['treatments', treatment.findingId],
          `treatment for "${treatment.findingId}" matches no finding`,
          treatment.location,
        ),
      );
  }
  return issues;
}

function warning(path: string[], message: string, location: Issue['location']): Issue {
  return {
    code: 'unmatched-reference',
    severity: 'warning',
    path,
    message,
    hint: 'the element may have been renamed or the threat designed out; update or remove the entry',
    ...(location === undefined ? {} : { location }),
  };
}

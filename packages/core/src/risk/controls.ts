import type { ControlEffect, ExploitabilityAssessment } from '../findings/types.js';
import type { Control, Treatment } from '../model/types.js';
import type { ControlStrength } from '../model/vocabulary.js';
import { shiftExploitability, type Exploitability } from '../findings/scales.js';

const REDUCTION: Readonly<Record<ControlStrength, number>> = { weak: 1, moderate: 2, strong: 3 };

/**
 * Residual exploitability after the model's controls: those whose `mitigates` patterns match the
 * finding (`matching`, from the pattern index) and those its `mitigate` treatment names. Only
 * implemented controls count (a partial one one level less); planned ones are listed with no effect.
 * Reductions do not add up: the strongest control decides, because stacking weak controls rarely
 * stops a determined attacker and summing would overstate assurance.
 */
export function applyControls(
  initial: Exploitability,
  initialReason: string,
  controls: readonly Control[],
  matching: readonly Control[],
  treatment: Treatment | undefined,
): ExploitabilityAssessment {
  // Only the matching and the named controls are visited (a model can have hundreds); the result
  // keeps the model's control order (sorted by id) so reports are stable.
  const named = new Set(treatment?.controls ?? []);
  const relevant =
    named.size === 0 ? matching : [...matching, ...controls.filter((c) => named.has(c.id))];
  const effects: ControlEffect[] = [...new Set(relevant)]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((control) => {
      const full = REDUCTION[control.strength ?? 'weak'];
      const reduction =
        control.status === 'implemented'
          ? full
          : control.status === 'partial'
            ? Math.max(0, full - 1)
            : 0;
      return { id: control.id, title: control.title, status: control.status, reduction };
    });
  const best = effects.reduce((max, effect) => Math.max(max, effect.reduction), 0);
  return {
    initial,
    initialReason,
    controls: effects,
    residual: shiftExploitability(initial, -best),
  };
}

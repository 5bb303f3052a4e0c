import type { Evidence } from '../../findings/types.js';
import type { RuleHit } from '../threats/types.js';
import { protectsConfidentiality } from './mosca.js';
import type { PqcScenario } from './scenario.js';
import type { PqcUse } from './view.js';

/** What the post-quantum rules cite: the use, where it is written, and how it was found. */
export function useEvidence(use: PqcUse): Evidence[] {
  const [first, ...rest] = use.paths;
  return [
    {
      ...(first === undefined ? {} : { path: first }),
      text: `${use.algorithm} for ${use.purpose.replaceAll('-', ' ')} (${use.info.quantum}${use.info.source === undefined ? '' : `: ${use.info.source}`}); ${use.inferred ? 'inferred' : use.origin}: ${use.basis}`,
    },
    ...rest.map((path) => ({ path, text: `also named here` })),
  ];
}

export function scenarioEvidence(scenario: PqcScenario): Evidence[] {
  return [
    {
      path: scenario.crqc.basis === 'model' ? 'risk.quantum.crqcYear' : 'risk.quantum',
      text: `CRQC estimate (Z): ${String(scenario.crqc.year)} — ${scenario.crqc.source}`,
    },
    {
      path: 'device.serviceLifeYears',
      text: `end of service: ${scenario.serviceEnd.date ?? 'unknown'} (${scenario.serviceEnd.basis})`,
    },
  ];
}

/** `Flow "x"` or `Component "x"`. */
export function elementLabel(use: PqcUse): string {
  return `${use.element.kind === 'flow' ? 'Flow' : 'Component'} "${use.element.id}"`;
}

/**
 * A broken key exchange or cipher discloses what it protected: a privacy harm (minor) unless the
 * data are credentials or keys, which open the system to tampering (then the subject's patient
 * harm applies). A forged signature or MAC steers what the verifier does: patient harm.
 */
export function harmOf(uses: readonly PqcUse[]): Pick<RuleHit, 'severity' | 'stride'> {
  if (!uses.every(protectsConfidentiality)) return { stride: ['tampering', 'spoofing'] };
  const keys = uses.some((u) => u.data.includes('keys') || u.data.includes('credentials'));
  return keys
    ? { stride: ['information-disclosure'] }
    : {
        stride: ['information-disclosure'],
        severity: {
          level: 'minor',
          reason:
            'breaking the key exchange or cipher discloses recorded data but does not by itself alter what the device does (privacy harm)',
        },
      };
}

import { compareStrings } from '../../../common/order.js';
import { elementLabel, harmOf, scenarioEvidence, useEvidence } from '../../pqc/evidence.js';
import { pqcAnalysis, type PqcUse } from '../../pqc/view.js';
import type { RuleHit, ThreatRule } from '../types.js';

export const cryptoNotFieldUpdatable = {
  id: 'crypto-not-field-updatable',
  version: 1,
  title: 'Quantum-vulnerable cryptography that cannot be replaced in the field',
  category: 'cryptography',
  stride: ['tampering', 'spoofing', 'information-disclosure'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [327, 1329],
    fda: [
      'Premarket App. 1 C (cryptography strong throughout the service life)',
      'Premarket App. 1 H (firmware and software updates)',
    ],
    standards: ['NIST IR 8547 ipd (Nov 2024)', 'NSA CNSA 2.0 (software and firmware signing)'],
  },
  description:
    'A device that keeps a quantum-vulnerable algorithm in ROM, fuses, fixed hardware or a verifier that cannot be updated has no crypto agility: when the algorithm must go (NIST IR 8547 deprecates it after 2030 and disallows it after 2035) or a quantum computer can break it, fielded devices cannot follow. For a firmware-signing trust anchor, whoever can forge the signature then controls every device still in service.',
  detection:
    'An element of the crypto inventory with at least one quantum-vulnerable use that cannot be replaced in the field: `fieldUpdatable: no` declared, or derived — the verifier of an update signature (or the component itself, or its nearest ancestor with an `update`) has update.mechanism none. Only when the device is still in service at that use’s NIST IR 8547 deadline, or its end of service is unknown. One finding per element, listing the uses.',
  falsePositives:
    'The algorithm can be replaced by an update whose verification does not rely on it: declare fieldUpdatable (library or firmware). The device leaves service before the deadline: declare device.marketDate.',
  mitigation:
    'Design agility into the next platform: a verifier that accepts more than one algorithm, a post-quantum trust anchor (LMS/XMSS or ML-DSA public key) provisioned before release, key and signature slots sized for post-quantum sizes, crypto libraries that can be updated on their own. For fielded devices: compensating controls (update and session gating by the manufacturer’s back end, monitoring for forged images), a documented end-of-service plan, and yearly review of the CRQC estimate.',
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'model',
  evaluate(query) {
    const view = pqcAnalysis(query);
    const end = view.scenario.serviceEnd.year;
    const fixed = view.uses.filter(
      (u) =>
        u.info.quantum === 'vulnerable' &&
        u.fieldUpdatable?.value === 'no' &&
        (end === undefined || u.deadline?.year === undefined || end > u.deadline.year),
    );
    const byElement = new Map<string, PqcUse[]>();
    for (const use of fixed) {
      const key = `${use.element.kind}:${use.element.id}`;
      byElement.set(key, [...(byElement.get(key) ?? []), use]);
    }
    return [...byElement.entries()]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([, uses]): RuleHit => {
        const [first] = uses;
        if (first === undefined) throw new Error('empty group');
        const list = uses
          .map(
            (u) =>
              `${u.algorithm} for ${u.purpose.replaceAll('-', ' ')} (${u.fieldUpdatable?.basis ?? ''}; NIST deadline ${String(u.deadline?.year ?? '?')})`,
          )
          .join('; ');
        return {
          subject: first.element,
          rationale: `${elementLabel(first)} relies on quantum-vulnerable cryptography that fielded devices cannot replace: ${list}. The device is in service until ${view.scenario.serviceEnd.date ?? 'an unknown date'}, past the deadline, so the algorithm stays in the field after it must be gone.`,
          evidence: [...uses.flatMap(useEvidence), ...scenarioEvidence(view.scenario)],
          ...harmOf(uses),
        };
      });
  },
} satisfies ThreatRule;

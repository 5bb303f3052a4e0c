import { bytes } from '../../pqc/feasibility.js';
import { elementLabel, scenarioEvidence, useEvidence } from '../../pqc/evidence.js';
import { isInfeasible, pqcAnalysis } from '../../pqc/view.js';
import type { RuleHit, ThreatRule } from '../types.js';

export const pqcReplacementInfeasible = {
  id: 'pqc-replacement-infeasible',
  version: 1,
  title: 'No post-quantum replacement fits the component’s constraints',
  category: 'cryptography',
  stride: ['information-disclosure', 'tampering'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [327, 1329],
    fda: [
      'Premarket App. 1 C (cryptography strong throughout the service life)',
      'Premarket App. 1 H (reserve storage and computational resources for future updates)',
    ],
    standards: ['FIPS 203', 'FIPS 204', 'FIPS 205', 'NIST SP 800-208'],
  },
  description:
    'Post-quantum keys, ciphertexts and signatures are one to two orders of magnitude larger than elliptic-curve ones (ML-KEM-768: 1,184-byte key and 1,088-byte ciphertext against 32-byte X25519 shares; ML-DSA-44: 2,420-byte signatures against 64 bytes for ECDSA). A component whose declared free RAM, flash, link MTU or bandwidth cannot hold any standard replacement cannot migrate by a software update: it needs new hardware, or keeps the quantum-vulnerable algorithm with compensating controls.',
  detection:
    'A quantum-vulnerable use in the crypto inventory for which every standard candidate (LMS, XMSS, ML-DSA, SLH-DSA for signatures; X25519MLKEM768 and ML-KEM for key establishment) exceeds a declared constraint of a component that performs it (free or total RAM and flash) or of its link (bandwidth), computed from the published sizes (FIPS 203/204/205, RFC 8554, RFC 8391). Constraints the model does not declare are not assessed and never count as exceeded. Only when the device is in service at the use’s NIST IR 8547 deadline or its end of service is unknown.',
  falsePositives:
    'The implementation streams keys or signatures and needs less memory than the published sizes held at once (the check is a lower bound of what fits in the declared space, so this is rare); or more memory is free than declared: declare hardware.freeRamKb / freeFlashKb.',
  mitigation:
    'Plan the hardware change now: size RAM, flash and the boot ROM for post-quantum keys and signatures on the next platform, prefer hash-based firmware signatures (LMS/XMSS: 56–68-byte public keys, about 2.5 KB signatures, verification by hashing), and keep the fielded devices under compensating controls until their end of service.',
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'model',
  evaluate(query) {
    const view = pqcAnalysis(query);
    const end = view.scenario.serviceEnd.year;
    return view.uses
      .filter(isInfeasible)
      .filter((u) => end === undefined || u.deadline?.year === undefined || end > u.deadline.year)
      .map((use): RuleHit => {
        const exceeded = use.plan.options.flatMap((o) =>
          o.checks
            .filter((c) => c.status === 'exceeds')
            .map((c) => ({ option: o.label, check: c })),
        );
        return {
          subject: use.element,
          qualifier: use.qualifier,
          rationale: `${elementLabel(use)} uses ${use.algorithm} for ${use.purpose.replaceAll('-', ' ')}, and no standard post-quantum replacement fits: ${use.plan.options.map((o) => `${o.label} ${o.status}`).join(', ')}.`,
          evidence: [
            ...useEvidence(use),
            ...exceeded.map(({ option, check }) => ({
              path:
                check.constraint === 'ram' || check.constraint === 'flash'
                  ? `components.${check.on}.hardware`
                  : `dataFlows.${check.on}.link`,
              text: `${option}: ${check.detail}${check.needBytes === undefined ? '' : ` (needs ${bytes(check.needBytes)})`}`,
            })),
            ...scenarioEvidence(view.scenario),
          ],
          stride:
            use.purpose.endsWith('signing') || use.purpose.endsWith('authentication')
              ? ['tampering']
              : ['information-disclosure'],
        };
      });
  },
} satisfies ThreatRule;

import { compareStrings } from '../../../common/order.js';
import { elementLabel, harmOf, scenarioEvidence, useEvidence } from '../../pqc/evidence.js';
import { protectsConfidentiality } from '../../pqc/mosca.js';
import { pqcAnalysis, type PqcUse } from '../../pqc/view.js';
import { channelEndpoint } from '../support/algorithm-uses.js';
import type { RuleContext, RuleHit, ThreatRule } from '../types.js';

export const quantumMoscaAtRisk = {
  id: 'quantum-mosca-at-risk',
  version: 1,
  title: 'Quantum-vulnerable protection must outlast the CRQC estimate (Mosca)',
  category: 'cryptography',
  stride: ['information-disclosure', 'tampering', 'spoofing'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [327, 326],
    capec: [97],
    fda: ['Premarket App. 1 C (cryptography strong throughout the service life)'],
    standards: [
      'NIST IR 8547 ipd (Nov 2024)',
      "Mosca's inequality (M. Mosca, IEEE Security & Privacy 2018)",
      'Global Risk Institute Quantum Threat Timeline Report 2024',
    ],
  },
  description:
    "Mosca's inequality: if the years a protection must hold (X) plus the years it takes to migrate (Y) exceed the years until a cryptographically relevant quantum computer exists (Z), the protection fails while it is still needed. For a key exchange or cipher, data recorded while the quantum-vulnerable algorithm is in use can be decrypted once the machine exists (harvest now, decrypt later); for a signature, anyone can forge what verifiers still accept after that date.",
  detection:
    "Every quantum-vulnerable use in the crypto inventory (declared `crypto:` entries, uses derived from update signatures, storage encryption, credentials and flow protection, TLS handshakes, CBOM algorithms) whose last year of reliance plus its protection period is after the CRQC year. Reliance ends at the use's declared migration target, at the end of service when it cannot be replaced in the field, after risk.quantum.migrationYears, or — assumed, and said so — at its NIST IR 8547 deadline, never after the end of service. X is the use's protectionYears, else the longest risk.quantum.confidentialityYears of the data it protects (for key exchanges and ciphers), else 0 for signatures. Z is risk.quantum.crqcYear, --years-to-crqc or the default (docs/pqc.md). TLS key exchanges are reported once per endpoint that decides them.",
  falsePositives:
    'The data need not stay confidential that long: declare risk.quantum.confidentialityYears (or the use’s protectionYears). A migration is planned earlier than assumed: declare the use’s migration.targetYear. The CRQC estimate differs: set risk.quantum.crqcYear with its source.',
  mitigation:
    'Migrate sooner than the CRQC estimate minus the protection period: hybrid X25519MLKEM768 key exchange on TLS 1.3 now for data that must stay confidential for years; post-quantum signatures (LMS/XMSS per SP 800-208, or ML-DSA) with the verifier and a post-quantum trust anchor in place before the estimate; shorten how long sensitive data is kept or re-encrypt stored data with fresh keys.',
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'model',
  evaluate(query) {
    const view = pqcAnalysis(query);
    const atRisk = view.uses.filter((u) => u.mosca.result === 'at-risk');
    const handshakes = atRisk.filter(
      (u) => u.element.kind === 'flow' && u.purpose === 'tls-key-exchange',
    );
    const others = atRisk.filter((u) => !handshakes.includes(u));
    const evidence = scenarioEvidence(view.scenario);
    const crqc = view.scenario.crqc.year;
    return [
      ...others.map((use) =>
        hit([use], use.element, use.qualifier, elementLabel(use), evidence, crqc),
      ),
      ...groupByEndpoint(handshakes, query).map(([endpoint, uses]) =>
        hit(
          uses,
          { kind: 'component', id: endpoint },
          'tls-key-exchange',
          `Component "${endpoint}"`,
          evidence,
          crqc,
        ),
      ),
    ];
  },
} satisfies ThreatRule;

function groupByEndpoint(uses: readonly PqcUse[], query: RuleContext): [string, PqcUse[]][] {
  const groups = new Map<string, PqcUse[]>();
  for (const use of uses) {
    const endpoint = channelEndpoint(use.element.id, query);
    groups.set(endpoint, [...(groups.get(endpoint) ?? []), use]);
  }
  return [...groups.entries()].sort(([a], [b]) => compareStrings(a, b));
}

function hit(
  uses: readonly PqcUse[],
  subject: RuleHit['subject'],
  qualifier: string,
  label: string,
  scenario: RuleHit['evidence'],
  crqcYear: number,
): RuleHit {
  const [first] = uses;
  if (first === undefined) throw new Error('empty group');
  const latest = uses.reduce((a, b) =>
    (b.mosca.mustHoldUntil ?? 0) > (a.mosca.mustHoldUntil ?? 0) ? b : a,
  );
  const m = latest.mosca;
  const where =
    uses.length === 1 && subject?.id === first.element.id
      ? `uses ${first.algorithm} for ${first.purpose.replaceAll('-', ' ')}`
      : `negotiates ${first.algorithm} key exchange on ${uses.length === 1 ? 'flow' : 'flows'} ${uses.map((u) => `"${u.element.id}"`).join(', ')}`;
  const consequence = protectsConfidentiality(first)
    ? `Traffic or data protected now can be recorded and decrypted once the machine exists (harvest now, decrypt later)${latest.data.length > 0 ? `, while ${latest.data.join(', ')} must still be confidential` : ''}.`
    : 'From then on, anyone can forge what verifiers still accept.';
  return {
    subject,
    qualifier,
    rationale: `${label} ${where}. It is relied on until ${String(m.until?.year ?? '?')} (${m.until?.basis ?? ''}) and must hold ${String(m.x?.years ?? 0)} more years (${m.x?.basis ?? ''}), to ${String(m.mustHoldUntil ?? '?')}: X + Y > Z, past the CRQC estimate. ${consequence}`,
    evidence: [
      ...uses.flatMap(useEvidence),
      ...uses.map((u) => ({
        ...(u.paths[0] === undefined ? {} : { path: u.paths[0] }),
        text: `Mosca for ${u.id}: X ${String(u.mosca.x?.years ?? 0)} years, relied on until ${String(u.mosca.until?.year ?? '?')}${u.mosca.y === undefined ? '' : ` (Y ${String(u.mosca.y)} years)`}, CRQC ${String(crqcYear)}${u.mosca.z === undefined ? '' : ` (Z ${String(u.mosca.z)} years)`} → must hold until ${String(u.mosca.mustHoldUntil ?? '?')}`,
      })),
      ...(scenario ?? []),
    ],
    mitigation: `${latest.plan.steps.join(' ')}${latest.plan.targetYear === undefined ? '' : ` Target: ${String(latest.plan.targetYear)} (${latest.plan.targetBasis ?? ''}).`}`,
    ...harmOf(uses),
  };
}

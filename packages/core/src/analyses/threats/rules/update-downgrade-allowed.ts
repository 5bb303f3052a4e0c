import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { selfInstalledUpdateOf } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

export const updateDowngradeAllowed = {
  id: 'update-downgrade-allowed',
  version: 2,
  title: 'Update accepts older software versions (no anti-rollback)',
  category: 'software-update',
  stride: ['tampering'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [1328],
    attackIcs: ['T0857', 'T0839'],
    fda: [
      'Premarket App. 1 C (no downgrades or version rollbacks unless needed for safety, and then logged)',
    ],
  },
  description:
    'Every release the manufacturer ever signed stays valid forever unless the device refuses versions older than the one it runs. An attacker who can reach the update path installs an old, genuinely signed release with a known, published vulnerability and then exploits it, undoing every security patch since, including those that protect therapy delivery.',
  detection:
    'A component that installs its own updates (mechanism other than `none`, `app-store` or `deployment-pipeline`, where the store or the operator decides which version runs) whose `update.antiRollback` is not declared true. It fires whether or not the updates are signed: signing proves who built an image, not that it is current, so anti-rollback is a separate control. Updates declared with `authentication: none` are left to unauthenticated-update-path: when any image installs, an attacker has no need of an old one, and a version check on an unauthenticated image can be forged with it.',
  falsePositives:
    'The device enforces a minimum security version (a monotonic counter in fuses, a secure element or replay-protected memory) that the model does not state: declare `update.antiRollback: true`. A deliberate downgrade path kept for safety reasons should be accepted with a treatment that names the safety rationale and says the downgrade is logged.',
  mitigation:
    'Keep a monotonic security version in tamper-resistant storage (OTP fuses, secure element, RPMB), bind it into the signed image metadata, refuse any image below it in the bootloader and the updater, and raise it with every security release. Log any authorised downgrade.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => selfInstalledUpdateOf(component) !== undefined,
  evaluate(component) {
    const update = selfInstalledUpdateOf(component);
    if (update === undefined || update.antiRollback === true) return undefined;
    if (update.authentication === 'none') return undefined;
    const path = componentPath(component, 'update', 'antiRollback');
    const signed = update.authentication === 'signature' || update.authentication === 'mac';
    return {
      rationale: `Component ${label(component)} installs ${update.mechanism} updates${update.source === undefined ? '' : ` from "${update.source}"`} with ${update.antiRollback === false ? 'anti-rollback declared off' : 'no declared anti-rollback check'}; ${signed ? 'an older release with known vulnerabilities still carries a valid signature and would be accepted' : 'nothing stops an older release with known vulnerabilities from being installed'}.`,
      evidence: [
        update.antiRollback === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'antiRollback: false'),
      ],
    };
  },
} satisfies ThreatRule;

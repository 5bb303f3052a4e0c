import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { signatureOf } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

export const signatureOmitsVersion = {
  id: 'signature-omits-version',
  version: 1,
  title: 'Update signature does not cover the version metadata',
  category: 'software-update',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [347, 1328],
    capec: [477],
    attackIcs: ['T0857'],
    fda: ['Premarket App. 1 D (authenticate software content and its version metadata)'],
  },
  description:
    'When the version number sits outside what the signature protects, anyone on the update path can relabel an image: an old, vulnerable release presented as new passes any anti-rollback check that reads the label, and signed parts of different releases can be mixed into a combination that was never tested. The device then runs code nobody validated on a patient.',
  detection:
    'An updatable component with an update `signature` whose `covers` list is not declared or does not include `version`.',
  falsePositives:
    'The version is stored inside the signed image (for example in a header the signature spans) but the model lists only `content`: declare `covers: [content, version]`.',
  mitigation:
    'Sign a manifest that binds the image digest to its version, security version and target hardware, verify it on the device before installing, and compare the signed version, never an unsigned label, with the installed one.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => signatureOf(component) !== undefined,
  evaluate(component) {
    const signature = signatureOf(component);
    if (signature === undefined || signature.covers?.includes('version') === true) return undefined;
    const path = componentPath(component, 'update', 'signature', 'covers');
    const antiRollback = component.update?.antiRollback === true;
    return {
      rationale: `The ${signature.algorithm} signature over updates of ${label(component)} ${signature.covers === undefined ? 'is not declared to cover' : `covers ${signature.covers.join(', ')} but not`} the version metadata, so the version can be changed without breaking the signature${antiRollback ? '; the declared anti-rollback check then compares a number the attacker chose' : ''}.`,
      evidence: [
        signature.covers === undefined
          ? notDeclared(path, 'not covering the version')
          : fact(path, `covers: ${signature.covers.join(', ')}`),
        ...(antiRollback
          ? [fact(componentPath(component, 'update', 'antiRollback'), 'antiRollback: true')]
          : []),
      ],
    };
  },
} satisfies ThreatRule;

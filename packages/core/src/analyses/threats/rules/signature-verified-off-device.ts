import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import { componentPath, fact, label } from '../helpers.js';
import { signatureOf } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

/** The outermost enclosing component: firmware, its bootloader and its device share one. */
function hardwareRoot(id: string, query: ModelQuery): string {
  return query.ancestors(id).at(-1)?.id ?? id;
}

function verifiersOf(component: Component): readonly string[] {
  return signatureOf(component)?.verifiedBy ?? [];
}

export const signatureVerifiedOffDevice = {
  id: 'signature-verified-off-device',
  version: 1,
  title: 'Update signature is verified only by an intermediary, not by the device',
  category: 'software-update',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [347, 602, 807],
    capec: [475, 186],
    attackIcs: ['T0857', 'T0839'],
    fda: ['Premarket App. 1 D (only install cryptographically verified software)'],
  },
  description:
    'A signature protects the device only if the device itself checks it. When a phone app, gateway or server checks the signature and then forwards the image, the device installs whatever that intermediary hands it: malware on the phone, a compromised gateway or anyone on the last hop can replace therapy firmware with valid-looking code.',
  detection:
    'An updatable component whose update `signature.verifiedBy` is declared and names no component on the same device: not the component, nothing nested in it, and nothing under the same outermost parent (so a bootloader of the same pump counts as on the device). An undeclared `verifiedBy` is not judged here.',
  falsePositives:
    'The device does verify, but the model lists only the intermediary: add the component (or its bootloader) to `verifiedBy`. Models that nest every element under one system-level component hide off-device verifiers; nest only what is physically inside a device.',
  mitigation:
    'Verify the signature on the device, in the bootloader or a secure element, with a public key anchored in immutable storage, immediately before installing and again at boot; intermediaries may check too, but only as an early rejection.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => verifiersOf(component).length > 0,
  evaluate(component, query) {
    const verifiers = verifiersOf(component);
    const root = hardwareRoot(component.id, query);
    if (verifiers.some((id) => hardwareRoot(id, query) === root)) return undefined;
    const unmanaged = verifiers.filter((id) => {
      const verifier = query.component(id);
      return verifier !== undefined && query.exposureOf(verifier)?.unmanaged === true;
    });
    return {
      rationale: `Updates of ${label(component)} are verified only by ${verifiers.map((id) => `"${id}"`).join(', ')}, off the device; whoever controls ${verifiers.length === 1 ? 'that component' : 'one of them'} or the link after it can deliver an image ${label(component)} installs unchecked.`,
      evidence: [
        fact(
          componentPath(component, 'update', 'signature', 'verifiedBy'),
          `verifiedBy: ${verifiers.join(', ')}`,
        ),
      ],
      ...(unmanaged.length > 0
        ? {
            exploitability: {
              level: 'high' as const,
              reason: `${unmanaged.join(', ')} runs in an unmanaged environment nobody secures`,
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;

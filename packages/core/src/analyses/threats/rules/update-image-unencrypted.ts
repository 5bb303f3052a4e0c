import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { EMBEDDED_KINDS, updateOf } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

export const updateImageUnencrypted = {
  id: 'update-image-unencrypted',
  version: 1,
  title: 'Firmware update image distributed unencrypted',
  category: 'software-update',
  stride: ['information-disclosure'],
  fdaCategory: 'confidentiality',
  references: {
    cwe: [311],
    capec: [188, 190, 37],
    fda: ['Premarket App. 2 (cryptographic protection of firmware and software updates)'],
  },
  description:
    'A firmware image that travels in clear through phones, gateways, download servers or removable media can be collected by anyone and disassembled at leisure. It reveals protocol details, parsing code and sometimes embedded secrets, which shortens the road to a working exploit against the device that treats the patient.',
  detection:
    'An updatable firmware-like component (device-firmware, embedded-os, bootloader, medical-device, sensor, actuator) whose `update.encrypted` is not declared true. A TLS channel to the update server does not count: the image is in clear at both ends and at every intermediary.',
  falsePositives:
    'Encrypting firmware is defence in depth, not a security boundary: a determined attacker can still read the flash of a device. When the image holds no secrets and security does not rely on its confidentiality, accept the finding with that rationale; never treat encryption as a substitute for signing, which unauthenticated-update-path and the signature rules check.',
  mitigation:
    'Encrypt update images with a key held only by the device (ideally in a secure element, per device or per product line) on top of signing them; keep secrets out of firmware images altogether; read-protect the flash.',
  exploitability: 'low',
  harm: 'privacy',
  appliesTo: 'component',
  when: (component) => updateOf(component) !== undefined && EMBEDDED_KINDS.includes(component.kind),
  evaluate(component) {
    const update = updateOf(component);
    if (update === undefined || update.encrypted === true) return undefined;
    const path = componentPath(component, 'update', 'encrypted');
    return {
      rationale: `Update images for ${component.kind} ${label(component)} (${update.mechanism} updates${update.source === undefined ? '' : ` from "${update.source}"`}) are ${update.encrypted === false ? 'declared unencrypted' : 'not declared encrypted'}; anyone on the way can keep a copy to reverse-engineer.`,
      evidence: [
        update.encrypted === undefined
          ? notDeclared(path, 'unencrypted')
          : fact(path, 'encrypted: false'),
      ],
    };
  },
} satisfies ThreatRule;

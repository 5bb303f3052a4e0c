import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { EMBEDDED_KINDS, updateOf } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

export const noUpdateResourceReserve = {
  id: 'no-update-resource-reserve',
  version: 1,
  title: 'No spare storage or compute reserved for future patches',
  category: 'software-update',
  stride: ['denial-of-service', 'tampering'],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [1329, 1277],
    capec: [682],
    fda: ['Premarket App. 1 H (reserve storage and computational resources for future updates)'],
  },
  description:
    'Firmware sized to fill its flash and RAM at launch leaves no room for the fixes a device needs over a service life of many years: a larger TLS stack, a patched library, post-quantum signatures several kilobytes long. When a vulnerability appears, the patch does not fit, and patients keep a device that can be attacked until it is replaced.',
  detection:
    'An updatable firmware-like component (device-firmware, embedded-os, bootloader, medical-device, sensor, actuator) whose `update.resourceReserve` is not declared true.',
  falsePositives:
    'Headroom exists but is not recorded: declare `resourceReserve: true` and, ideally, the flash and RAM sizes under `hardware`. Components whose software is replaced together with their hardware can be accepted with that rationale.',
  mitigation:
    'Budget and document spare flash, RAM and CPU (and secure-element slots) for the whole service life, including room for a second image slot and larger post-quantum keys and signatures; keep the update mechanism itself small and separately updatable.',
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => updateOf(component) !== undefined && EMBEDDED_KINDS.includes(component.kind),
  evaluate(component) {
    const update = updateOf(component);
    if (update === undefined || update.resourceReserve === true) return undefined;
    const path = componentPath(component, 'update', 'resourceReserve');
    const { flashKb, ramKb } = component.hardware ?? {};
    const sizes = [
      ...(flashKb === undefined ? [] : [`${flashKb} KB flash`]),
      ...(ramKb === undefined ? [] : [`${ramKb} KB RAM`]),
    ];
    return {
      rationale: `No spare resources are declared for future patches of ${component.kind} ${label(component)}${sizes.length === 0 ? '' : ` (${sizes.join(', ')})`}; a security fix may not fit when one is needed.`,
      evidence: [
        update.resourceReserve === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'resourceReserve: false'),
        ...(sizes.length === 0
          ? []
          : [fact(componentPath(component, 'hardware'), sizes.join(', '))]),
      ],
    };
  },
} satisfies ThreatRule;

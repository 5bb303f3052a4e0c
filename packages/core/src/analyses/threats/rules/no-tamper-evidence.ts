import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { ComponentKind } from '../../../model/vocabulary.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

/** Components that are, or stand for, a physical enclosure someone can open. */
const HARDWARE_KINDS: readonly ComponentKind[] = [
  'device-firmware',
  'medical-device',
  'home-monitor',
  'gateway',
  'programmer',
];
const SHARED_ROOMS = ['household', 'public', 'staff'] as const;

/** Seals go on the enclosure: judge the outermost hardware, not the firmware nested in it. */
function isEnclosure(component: Component, query: ModelQuery): boolean {
  return (
    HARDWARE_KINDS.includes(component.kind) &&
    !query.ancestors(component.id).some((a) => HARDWARE_KINDS.includes(a.kind))
  );
}

export const noTamperEvidence = {
  id: 'no-tamper-evidence',
  version: 1,
  title: 'No tamper evidence on a device others can physically reach',
  category: 'physical-access',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [1263],
    capec: [401, 440],
    fda: ['Premarket App. 1 D (tamper-evident seals on enclosures and ports)'],
  },
  description:
    'Where household members, visitors or ward staff can reach a device, someone can open it, attach a probe or swap a part without leaving a trace. Tamper-evident seals do not stop that, but they let a clinician, caregiver or biomedical technician see that the device was opened before it is used on a patient again.',
  detection:
    'The outermost hardware component (device-firmware, medical-device, home-monitor, gateway or programmer not nested in another of these) in a deployment whose physical access is household, public or staff, with `hardening.tamperEvidence` not declared true. Harm is none on purpose: the physical attacks themselves (open debug, service or console ports, exposed keys) are reported with their patient harm by their own rules, and FDA rates missing seals as information.',
  falsePositives:
    'The enclosure is sealed or potted, or opening it is evident by design (for example welded or ultrasonically bonded): declare `hardening.tamperEvidence: true`.',
  mitigation:
    'Fit tamper-evident seals or labels on the enclosure screws and service ports (or use a bonded enclosure), tell users and biomedical staff in the labeling how to check them, and where feasible detect opening electronically and log it.',
  exploitability: 'low',
  harm: 'none',
  appliesTo: 'component',
  when: (component, query) => {
    const physical = query.exposureOf(component)?.physicalAccess;
    return (
      physical !== undefined &&
      (SHARED_ROOMS as readonly string[]).includes(physical) &&
      isEnclosure(component, query)
    );
  },
  evaluate(component, query) {
    const tamperEvidence = component.hardening?.tamperEvidence;
    if (tamperEvidence === true) return undefined;
    const physical = query.exposureOf(component)?.physicalAccess ?? 'shared';
    const path = componentPath(component, 'hardening', 'tamperEvidence');
    return {
      rationale: `${label(component)} sits where ${physical} physical access is expected, and nothing would show that its enclosure or ports were opened.`,
      evidence: [
        tamperEvidence === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'tamperEvidence: false'),
      ],
    };
  },
} satisfies ThreatRule;

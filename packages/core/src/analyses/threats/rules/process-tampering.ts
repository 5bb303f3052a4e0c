import type { Evidence } from '../../../findings/types.js';
import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import type { ComponentKind } from '../../../model/vocabulary.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { physicalExposure } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/** Software the manufacturer ships onto hardware in the field, where an attacker can replace it. */
const FIELD_CODE_KINDS: readonly ComponentKind[] = [
  'device-firmware',
  'embedded-os',
  'bootloader',
  'medical-device',
  'sensor',
  'actuator',
  'gateway',
  'home-monitor',
  'programmer',
  'mobile-app',
  'desktop-app',
];

const runsFieldCode = (component: Component): boolean =>
  component.type === 'process' && FIELD_CODE_KINDS.includes(component.kind);

type Enforcement = 'secureBoot' | 'codeSigningEnforced';

/** A hardening fact holds for everything nested in the component that declares it. */
function enforcement(
  component: Component,
  name: Enforcement,
  query: ModelQuery,
): { readonly holds: boolean; readonly evidence: Evidence } {
  const declaring = [component, ...query.ancestors(component.id)].find(
    (c) => c.hardening?.[name] !== undefined,
  );
  if (declaring === undefined)
    return {
      holds: false,
      evidence: notDeclared(componentPath(component, 'hardening', name), 'false'),
    };
  const value = declaring.hardening?.[name] === true;
  return {
    holds: value,
    evidence: fact(componentPath(declaring, 'hardening', name), `${name}: ${String(value)}`),
  };
}

export const processTampering = {
  id: 'process-tampering',
  version: 1,
  title: 'Device software can be replaced or modified',
  category: 'stride',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [1326, 345],
    capec: [638, 184],
    attackIcs: ['T0857', 'T0839', 'T0889'],
    fda: [
      'Premarket App. 1 A (authenticity of software binaries and execution state)',
      'Premarket App. 1 D (code, data and execution integrity)',
    ],
  },
  description:
    'Firmware, operating systems and apps that run in the field can be modified by anyone who reaches the storage they boot from: through a debug port, a removed flash chip, an exploited service or a rooted phone. Without a hardware root of trust checking signatures at boot and load, modified code runs with full control over therapy and survives restarts.',
  detection:
    'A process that runs shipped code (firmware, embedded OS, bootloader, device, sensor, actuator, gateway, home monitor, programmer, mobile or desktop app) for which neither `hardening.secureBoot` nor `hardening.codeSigningEnforced` is declared true, on the component or an enclosing one. A component whose nested components run shipped code is judged through them. Exploitability follows who can physically reach the hardware.',
  falsePositives:
    'The platform enforces code signing (e.g. a phone OS for an app store app, a verified-boot chain on a gateway): declare `codeSigningEnforced: true` or `secureBoot: true` on the component or the device that encloses it.',
  mitigation:
    'Anchor a secure boot chain in immutable hardware (ROM bootloader, fused key hash) that verifies every stage and application image before it runs, enforce signatures for code loaded at run time, and fail to a safe state on a failed check.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    runsFieldCode(component) &&
    !query.selfAndDescendants(component.id).some((c) => c.id !== component.id && runsFieldCode(c)),
  evaluate(process, query) {
    const boot = enforcement(process, 'secureBoot', query);
    const signing = enforcement(process, 'codeSigningEnforced', query);
    if (boot.holds || signing.holds) return undefined;
    const exposure = physicalExposure(process, query);
    return {
      rationale: `${process.kind} ${label(process)} has no declared secure boot or code-signing enforcement: modified code would run unchecked${exposure === undefined ? '' : `, and ${exposure.reason}`}.`,
      evidence: [boot.evidence, signing.evidence],
      ...(exposure === undefined ? {} : { exploitability: exposure }),
    };
  },
} satisfies ThreatRule;

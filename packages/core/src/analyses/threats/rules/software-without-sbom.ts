import type { ComponentKind } from '../../../model/vocabulary.js';
import { componentPath, label, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

/** Kinds whose software the manufacturer ships or runs, and must list in an SBOM. */
const SOFTWARE: ReadonlySet<ComponentKind> = new Set<ComponentKind>([
  'device-firmware',
  'embedded-os',
  'bootloader',
  'medical-device',
  'mobile-app',
  'desktop-app',
  'web-portal',
  'web-api',
  'cloud-service',
  'gateway',
  'home-monitor',
  'programmer',
  'update-server',
  'signing-service',
]);

export const softwareWithoutSbom = {
  id: 'software-without-sbom',
  version: 1,
  title: 'Software without an SBOM',
  category: 'supply-chain',
  stride: [],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [1104, 1357],
    fda: [
      '524B(b)(3) (SBOM incl. commercial, open-source and off-the-shelf components)',
      'Premarket V.A.4.b (SBOM)',
    ],
  },
  description:
    "The FDA requires a software bill of materials for the device's software, with each component's level of support and end-of-support date, so that known vulnerabilities in third-party code can be found the day they are published. Software with no SBOM cannot be checked: its vulnerabilities stay unknown, which is not the same as absent.",
  detection:
    'A manufacturer-owned (or unowned) component of a software kind (firmware, OS, apps, portals, APIs, cloud services, gateways, programmers, update and signing services) that neither it nor a component it is nested in links to an SBOM (boms[].component or sbom).',
  falsePositives:
    'Software with no third-party code at all still needs an SBOM stating so. A nested component whose parent lists its software in one SBOM is covered: link the SBOM on the parent.',
  mitigation:
    'Generate a CycloneDX or SPDX SBOM in the build (with purls, suppliers, level of support and end-of-support dates), list it in boms with the component it describes, and scan it with medrisk scan or medrisk analyze --advisories.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'component',
  when: (component, query) => {
    if (!SOFTWARE.has(component.kind)) return false;
    const owner = component.owner === undefined ? undefined : query.stakeholder(component.owner);
    return owner === undefined || owner.role === 'manufacturer';
  },
  evaluate(component, query) {
    const linked = [component, ...query.ancestors(component.id)].some(
      (c) => query.supplyChain.bomsOf(c.id).length > 0,
    );
    if (linked) return undefined;
    return {
      rationale: `${label(component)} is ${component.kind} software with no SBOM linked to it or to a component it is nested in: its third-party components cannot be checked for known vulnerabilities.`,
      evidence: [notDeclared(componentPath(component, 'sbom'), 'no SBOM')],
    };
  },
} satisfies ThreatRule;

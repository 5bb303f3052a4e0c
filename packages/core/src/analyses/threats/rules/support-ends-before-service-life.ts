import { formatMonths } from '../../lifecycle/dates.js';
import { itemsOf, lifecycleFacts } from '../../lifecycle/facts.js';
import { describeEnd, gapExploitability, supportEvidence } from '../../lifecycle/rule-support.js';
import { label } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const supportEndsBeforeServiceLife = {
  id: 'support-ends-before-service-life',
  version: 1,
  title: "Component support ends before the device's service life does",
  category: 'lifecycle',
  stride: ['tampering', 'elevation-of-privilege'],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [1104, 1329],
    capec: [310],
    attackIcs: ['T0866'],
    fda: [
      'Premarket V.A.4 (plans to update or replace third-party components at end of support)',
      'Premarket V.A.4(b) (SBOM: level of support and end-of-support date per component)',
      'Premarket VI.A (labeling: end of support and the transfer of risk)',
    ],
  },
  description:
    'Medical devices stay in service for ten years or more; the operating systems and libraries inside them are usually supported for less. Once a component loses support, vulnerabilities found in it are never fixed, yet the device keeps running it: the risk grows every month of the gap, and the manufacturer can no longer meet its duty to patch (FD&C Act 524B(b)(2)).',
  detection:
    "Each piece of software of a component — its declared support, its operating system (matched in endoflife.date data, or medrisk's built-in list of ended cycles) and the components of its SBOM (FDA end-of-support fields, then EOL data) — whose end of support is still ahead (or the analysis date is unknown) but before the device's end of service: device.endOfSupport, else device.marketDate plus serviceLifeYears. One finding per piece of software. Software whose support already ended is reported by component-past-end-of-support or legacy-operating-system instead. Exploitability grows with the gap: under a year very low, under three years low, else moderate.",
  falsePositives:
    'An extended-support contract covers the gap: declare it as components[].support.endOfSupport with its source. The software is replaced by a planned update before its support ends: record that update as a control mitigating this finding. The device is retired early: declare device.endOfSupport.',
  mitigation:
    "Plan, date and budget the upgrade or replacement of the component before its support ends (a supported release cycle, another supplier, or extended support bought for the gap); keep the plan in the cybersecurity management plan, reserve flash, RAM and update capacity for it, and state the component's end of support in the labeling and SBOM so customers can plan too.",
  exploitability: 'low',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) => itemsOf(query, component.id).length > 0,
  evaluate(component, query) {
    const { device } = lifecycleFacts(query);
    return itemsOf(query, component.id)
      .filter((item) => item.status === 'ends-before-service-life' && item.gapMonths !== undefined)
      .map((item) => {
        const gap = item.gapMonths ?? 0;
        return {
          qualifier: item.key,
          title: `Support for ${item.name} ends ${formatMonths(gap)} before the device's end of service`,
          rationale: `${item.name} in ${label(component)} loses support: ${describeEnd(item.effective)} (${item.effective.detail}), ${formatMonths(gap)} before the device's end of service ${device.endOfService ?? ''} (${device.endOfServiceText}). For that long the device would run it without security fixes.`,
          evidence: supportEvidence(item, device),
          exploitability: gapExploitability(gap),
          mitigation: `Plan the upgrade or replacement of ${item.name} before ${item.effective.end ?? 'its end of support'} (or buy extended support up to ${device.endOfService ?? 'the end of service'}), record the plan and its date in the cybersecurity management plan, reserve resources for the update, and state the date in the labeling and the SBOM.`,
        };
      });
  },
} satisfies ThreatRule;

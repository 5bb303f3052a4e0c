import { formatMonths } from '../../lifecycle/dates.js';
import { itemsOf, lifecycleFacts } from '../../lifecycle/facts.js';
import {
  compensatingControls,
  describeEnd,
  endedExploitability,
  levelContradiction,
  supportEvidence,
} from '../../lifecycle/rule-support.js';
import { label } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const componentPastEndOfSupport = {
  id: 'component-past-end-of-support',
  version: 1,
  title: 'Third-party software past its end of support',
  category: 'lifecycle',
  stride: ['tampering', 'elevation-of-privilege', 'information-disclosure'],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [1104, 1395],
    capec: [310],
    attackIcs: ['T0866', 'T0819'],
    fda: [
      'Premarket V.A.4 (plans to update or replace third-party components at end of support)',
      'Premarket V.A.4(b) (SBOM: level of support and end-of-support date per component)',
      'Postmarket VI (compensating controls for uncontrolled risk)',
    ],
  },
  description:
    'A library, runtime or application whose supplier no longer fixes it stays vulnerable to everything found in it from now on. A device that still ships or runs it cannot be patched by its manufacturer, however good the update process is; only the component itself can be replaced.',
  detection:
    'A component\'s software (its declared support, or an SBOM component: FDA end-of-support date or level such as "no longer maintained", then endoflife.date data by purl, CPE or exact name, and its version mapped to a release cycle) whose end of support is before the analysis date, or whose source says support ended. Operating systems are left to legacy-operating-system. Needs the analysis date (the CLI passes today) unless the source says ended without a date. Exploitability moderate; raised one step when support ended two or more years ago and one when the component\'s deployment is internet-facing (a hostile network is assumed everywhere, so it is in the base level); at most high.',
  falsePositives:
    "A distribution or vendor still backports fixes (e.g. an enterprise Linux package after upstream's end): declare components[].support.endOfSupport with that source, or correct the SBOM's end-of-support date. The code that uses it is unreachable: record the analysis as an assumption that suppresses this finding.",
  mitigation:
    'Replace or upgrade the component to a supported release and ship it as a cybersecurity update. Until then, apply compensating controls: segment it, allow-list what runs, disable what is not needed, monitor it, and tell customers which controls to apply and when the replacement comes.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) => itemsOf(query, component.id).some((i) => i.kind === 'software'),
  evaluate(component, query) {
    const { today, device } = lifecycleFacts(query);
    return itemsOf(query, component.id)
      .filter((item) => item.kind === 'software' && item.status === 'ended')
      .map((item) => ({
        qualifier: item.key,
        title: `${item.name} is past its end of support`,
        rationale: `${item.name} in ${label(component)} is no longer supported: ${describeEnd(item.effective)} (${item.effective.detail})${item.endedMonthsAgo === undefined ? '' : `, ${formatMonths(item.endedMonthsAgo)} before the analysis date ${today ?? ''}`}. Vulnerabilities found in it from now on will not be fixed.${levelContradiction(item)}`,
        evidence: supportEvidence(item, device),
        exploitability: endedExploitability(item, component, query),
        mitigation: `Replace or upgrade ${item.name} to a supported release and ship it as a cybersecurity update. Until then: ${compensatingControls(item, component, query, today)}.`,
      }));
  },
} satisfies ThreatRule;

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

export const legacyOperatingSystem = {
  id: 'legacy-operating-system',
  version: 1,
  title: 'Operating system past its end of support',
  category: 'lifecycle',
  stride: ['tampering', 'elevation-of-privilege', 'denial-of-service'],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [1104, 1329],
    capec: [310, 541],
    attackIcs: ['T0866', 'T0890'],
    fda: [
      'Premarket V.A.4 (plans to update or replace third-party components at end of support)',
      'Premarket VI.A (labeling: end of support and the transfer of risk)',
      'IMDRF N70 (legacy devices: compensating controls after end of support)',
    ],
  },
  description:
    'An operating system out of support (Windows 7 or XP, Windows Embedded Standard 7, a Linux kernel past its long-term support, an RTOS release no longer maintained) carries every vulnerability found after its end: its network stack, file sharing and services are the first thing malware scans for. Unpatched Windows systems were how WannaCry stopped hospital equipment in 2017. The device cannot be fixed without replacing the operating system.',
  detection:
    "The operating system of a component — components[].os matched in endoflife.date data (product by name or an alias table entry, version mapped to a release cycle), components[].support.product and cycle, or an SBOM component of type operating-system — whose end of support (endoflife.date `eol`, the SBOM's FDA end-of-support date, or a declared date) is before the analysis date. Without EOL data, medrisk's built-in list of ended Windows, Windows Embedded, Windows Server and Linux LTS kernel cycles is used. Needs the analysis date unless the source says ended without a date. Exploitability moderate; raised one step when support ended two or more years ago and one when the component's deployment is internet-facing (a hostile network is assumed everywhere, so it is in the base level); at most high.",
  falsePositives:
    'The operating system is covered by extended security updates the device receives: declare components[].support.endOfSupport with the contract as source. The name or version matched the wrong cycle: declare components[].support.product and cycle.',
  mitigation:
    'Move the component to a supported operating-system release (or one with long-term support covering the service life) and ship it as an update. Until then apply compensating controls: segment it, allow-list what runs, disable what is not needed, monitor it, buy extended security updates if they exist, and give customers a dated replacement plan.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    itemsOf(query, component.id).some((i) => i.kind === 'operating-system'),
  evaluate(component, query) {
    const { today, device } = lifecycleFacts(query);
    return itemsOf(query, component.id)
      .filter((item) => item.kind === 'operating-system' && item.status === 'ended')
      .map((item) => ({
        qualifier: item.key,
        title: `Operating system ${item.name} is past its end of support`,
        rationale: `${label(component)} runs ${item.name}, out of support: ${describeEnd(item.effective)} (${item.effective.detail})${item.endedMonthsAgo === undefined ? '' : `, ${formatMonths(item.endedMonthsAgo)} before the analysis date ${today ?? ''}`}. Vulnerabilities found in it since are not fixed, and everything on the component runs on it.${levelContradiction(item)}`,
        evidence: supportEvidence(item, device),
        exploitability: endedExploitability(item, component, query),
        mitigation: `Move ${label(component)} to a supported operating-system release and ship it as an update. Until then: ${compensatingControls(item, component, query, today)}.`,
      }));
  },
} satisfies ThreatRule;

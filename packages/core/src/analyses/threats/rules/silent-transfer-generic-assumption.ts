import type { Evidence } from '../../../findings/types.js';
import { fact, notDeclared } from '../helpers.js';
import { genericEnvironmentPhrase } from '../support/responsibility.js';
import type { ThreatRule } from '../types.js';

export const silentTransferGenericAssumption = {
  id: 'silent-transfer-generic-assumption',
  version: 1,
  title: 'Assumption silently transfers risk to a generic environmental control',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Playbook §2.5 (no silent transfer of risk)',
      'Premarket V.A.1 (threat model assumptions)',
      'Premarket VI.A (risks transferred to users are communicated)',
    ],
  },
  description:
    'An assumption such as "the device is on a secure network" or "behind the hospital firewall" hands risk to whoever runs that environment without saying which threats they must stop or telling them so. The MITRE/MDIC playbook calls this an insidious problem: the hospital or patient never learns what they are now responsible for, and the threats it covers are never analysed.',
  detection:
    'A model assumption whose text names a generic environmental control (a secure, trusted, private, isolated or segmented network; network segmentation; a firewall; a VPN; an air gap; a physically secure place or a secure, trusted or controlled environment) and that has no owner, or names neither the findings it suppresses nor the STRIDE cells it marks not applicable. This rule takes precedence over assumption-without-owner for such assumptions.',
  falsePositives:
    'The phrase is description, not reliance (e.g. "the pump does not rely on a secure network"): reword it. Otherwise name the owner and list the findings (suppresses) or cells (notApplicable) the assumption covers.',
  mitigation:
    'Replace the generic assumption by named threats and named controls: list the findings it covers, give it an owner, transfer the residual risk explicitly (treatment with recipient and labeling or MDS2 text), and design the device to stay safe on a hostile network.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'assumption',
  when: (assumption) => genericEnvironmentPhrase(assumption.text) !== undefined,
  evaluate(assumption) {
    const phrase = genericEnvironmentPhrase(assumption.text);
    if (phrase === undefined) return undefined;
    const at = `assumptions.${assumption.id}`;
    const gaps: { what: string; evidence: Evidence }[] = [];
    if (assumption.owner === undefined)
      gaps.push({ what: 'owner', evidence: notDeclared(`${at}.owner`, 'nobody') });
    if ((assumption.suppresses ?? []).length === 0 && (assumption.notApplicable ?? []).length === 0)
      gaps.push({
        what: 'list of the threats it covers',
        evidence: notDeclared(`${at}.suppresses`, 'covering no named threat'),
      });
    if (gaps.length === 0) return undefined;
    return {
      rationale: `Assumption "${assumption.id}" relies on "${phrase}" with no ${gaps.map((g) => g.what).join(' and no ')}: the risk passes to whoever runs the environment without anyone being told what to stop.`,
      evidence: [fact(`${at}.text`, assumption.text), ...gaps.map((g) => g.evidence)],
    };
  },
} satisfies ThreatRule;

import { compareStrings } from '../../../common/order.js';
import { notDeclared } from '../helpers.js';
import { genericEnvironmentPhrase } from '../support/responsibility.js';
import type { ThreatRule } from '../types.js';

export const assumptionWithoutOwner = {
  id: 'assumption-without-owner',
  version: 1,
  title: 'Assumption without an owner',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Premarket V.A.1 (threat model assumptions)',
      'Playbook §2.6.2 (assumptions have an owner and are validated)',
    ],
  },
  description:
    'Every assumption in a threat model narrows what was analysed, and some suppress findings outright. If nobody owns an assumption, nobody checks that it still holds when the design, the environment or the threat landscape changes, and the findings it hides stay hidden.',
  detection:
    'A model-level assumption with no owner. Assumptions that rely on a generic environmental control (secure network, firewall, VPN …) are reported by silent-transfer-generic-assumption instead, which also covers their missing owner.',
  falsePositives: 'None: name the stakeholder who keeps the assumption true and re-validates it.',
  mitigation:
    'Give each assumption an owner (a stakeholder id), a rationale and a way to validate it, and review it whenever the model or its deployment changes.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'assumption',
  when: (assumption) => genericEnvironmentPhrase(assumption.text) === undefined,
  evaluate(assumption) {
    if (assumption.owner !== undefined) return undefined;
    // Sorted here: the model keeps the authored order, and reports must not depend on it.
    const suppresses = [...(assumption.suppresses ?? [])].sort(compareStrings);
    return {
      rationale: `Assumption "${assumption.id}" has no owner, so nobody is responsible for checking it still holds${suppresses.length === 0 ? '' : `, yet it suppresses ${suppresses.join(', ')}`}.`,
      evidence: [notDeclared(`assumptions.${assumption.id}.owner`, 'nobody')],
    };
  },
} satisfies ThreatRule;

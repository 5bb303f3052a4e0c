import type { RuleMeta } from '../../../analyses/threats/types.js';
import { referencesOf } from '../../../risk/references.js';

/** A SARIF reportingDescriptor from rule metadata; `help.markdown` is what GitHub shows on an alert. */
export function ruleDescriptor(rule: RuleMeta) {
  const refs = referencesOf(rule.references);
  const markdown = [
    rule.description,
    '',
    `**Detection:** ${rule.detection}`,
    '',
    `**Mitigation:** ${rule.mitigation}`,
    '',
    `**False positives:** ${rule.falsePositives}`,
    '',
    `**References:** ${refs.map((r) => (r.url === undefined ? r.id : `[${r.id}](${r.url})`)).join(', ')}`,
  ].join('\n');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_m: string, _d: string, c: string) =>
      c.toUpperCase(),
    ),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: `${rule.description} Mitigation: ${rule.mitigation}`, markdown },
    properties: {
      tags: [
        'security',
        'medical-device',
        rule.category,
        ...rule.stride,
        ...refs.filter((r) => r.type === 'cwe').map((r) => `external/cwe/${r.id.toLowerCase()}`),
      ],
      precision: 'medium',
      fdaControlCategory: rule.fdaCategory,
      version: rule.version,
    },
  };
}

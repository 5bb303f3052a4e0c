import { severityRank } from '../../../model/query/index.js';
import { cloudAnalysis } from '../../cloud/analysis.js';
import { lossSeverityOf } from '../support/cloud-sla.js';
import type { ThreatRule } from '../types.js';

export const cloudSingleRegion = {
  id: 'cloud-single-region',
  version: 1,
  title: 'Critical clinical function depends on cloud services in a single region',
  category: 'cloud',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    capec: [607],
    attackIcs: ['T0826'],
    fda: [
      'Premarket IV.B (availability objective, including cloud services)',
      'MITRE 2026 evolving technologies (multi-region backups and resilient architecture)',
    ],
  },
  description:
    'Whole cloud regions fail: power, cooling, network or control-plane incidents take every zone of a region down for hours, whatever availability was promised. A function whose loss is critical or catastrophic and that needs a service living in one region stops for every patient served from it until the region returns.',
  detection:
    'A clinical function of loss severity critical or catastrophic that needs, directly (not behind an offline mode), a cloud dependency declaring neither cloud.multiRegion: true nor a failover (cloud.failover: a standby in another region or at another provider). One finding per function, listing every such dependency. Listing several regions does not count: a service deployed per market in two regions still serves each patient from one. A multi-region service of a single provider is not reported; views.cloud notes that provider-wide failures (account, control plane, identity) still stop it.',
  falsePositives:
    'The service runs active-active in several regions: declare cloud.multiRegion: true. A warm standby exists: model it as a component and name it in cloud.failover with the tested failoverTime.',
  mitigation:
    'Add a tested failover to a second region (or provider) with replicated data, or keep the critical function going locally for longer than a regional outage lasts; say in the labeling what patients and clinicians do meanwhile.',
  exploitability: 'low',
  harm: 'availability',
  appliesTo: 'function',
  when: (fn, query) => cloudAnalysis(query).checks.has(fn.id),
  evaluate(fn, query) {
    if (severityRank(fn.lossSeverity ?? fn.severity) < severityRank('critical')) return undefined;
    const analysis = cloudAnalysis(query);
    const single = analysis.dependences
      .filter((d) => d.functionId === fn.id && d.shield === undefined)
      .flatMap((d) => {
        const site = analysis.sites.get(d.group);
        return site === undefined || site.diverse ? [] : [{ group: d.group, site }];
      });
    if (single.length === 0) return undefined;
    return {
      rationale: `${fn.id} (loss ${fn.lossSeverity ?? fn.severity}) needs ${single.map((s) => `"${s.group}", which ${s.site.text}`).join('; ')}: when that region fails, ${fn.id} stops for every patient served from it.`,
      evidence: single.flatMap((s) => s.site.evidence),
      severity: lossSeverityOf(fn),
    };
  },
} satisfies ThreatRule;

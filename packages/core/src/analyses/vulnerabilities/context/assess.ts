import type { Component } from '../../../model/types.js';
import type { FindingVulnerability } from '../../../findings/vulnerability.js';
import type { RuleContext } from '../../threats/types.js';
import { confidentialityOnly } from '../impact.js';
import { baseVector, deviceContextCvss } from './cvss-context.js';
import { deviceFacts } from './device-facts.js';
import { vulnerabilityPriority } from './priority.js';
import { deployerDecision } from './ssvc-context.js';

/**
 * A vulnerability on a model component, scored in the device's context: the CVSS environmental
 * score, the SSVC deployer decision and the priority, added to the finding's `vulnerability`.
 */
export function inDeviceContext(
  v: FindingVulnerability,
  component: Component,
  query: RuleContext,
  references: readonly { readonly type: string; readonly url: string }[],
): FindingVulnerability {
  const facts = deviceFacts(component, query);
  const cvss = deviceContextCvss(v.severity, facts);
  const vector = baseVector(v.severity);
  const privacy = confidentialityOnly(v);
  const ssvc = deployerDecision(
    {
      ...(vector === undefined ? {} : { vector }),
      ...(v.kev === undefined ? {} : { kev: v.kev }),
      ...(v.epss === undefined ? {} : { epss: v.epss }),
      references,
    },
    facts,
    (id) => query.clinicalFunction(id),
    privacy?.reason,
  );
  const severity = privacy?.level ?? facts.worstIntegrity ?? facts.worstLoss;
  const harm = {
    ...(severity === undefined ? {} : { severity }),
    reason:
      privacy?.reason ??
      (severity === undefined
        ? 'the component reaches no clinical function'
        : `worst clinical function the component can corrupt or stop: ${severity}`),
  };
  const score = cvss.context ?? cvss.base;
  const priority = vulnerabilityPriority({
    ...(v.kev === undefined ? {} : { kev: v.kev }),
    ...(v.epss === undefined ? {} : { epss: v.epss }),
    ...(score === undefined ? {} : { cvss: score }),
    harm,
    ssvc,
  });
  return { ...v, cvss, ssvc, priority };
}

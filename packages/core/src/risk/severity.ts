import type { RawFinding } from '../analyses/threats/engine.js';
import type { SeverityAssessment } from '../findings/types.js';
import {
  severityRank,
  type FunctionImpact,
  type HarmReach,
  type ModelQuery,
} from '../model/query/index.js';
import { HARM_SEVERITIES, type HarmSeverity } from '../model/vocabulary.js';

/** Used when a subject reaches no clinical function: visible as assumed, never as "no harm". */
const ASSUMED_SEVERITY: HarmSeverity = 'minor';

export function assessSeverity(raw: RawFinding, query: ModelQuery): SeverityAssessment {
  const { rule, hit, subject } = raw;
  if (hit.severity !== undefined) {
    return { level: hit.severity.level, assumed: false, reason: hit.severity.reason, impacts: [] };
  }
  if (rule.harm === 'none') {
    return {
      assumed: false,
      reason: 'documentation or process gap; no patient harm of its own',
      impacts: [],
    };
  }
  if (rule.harm === 'privacy') {
    return {
      level: 'minor',
      assumed: false,
      reason:
        'confidentiality breach (privacy); ISO 14971 severity minor, as no physical harm follows directly',
      impacts: [],
    };
  }
  const loss = rule.harm === 'availability';
  const reach = loss ? lossReach(raw, query) : harmReach(raw, query);
  const worst = reach.impacts[0];
  if (reach.severity === undefined || worst === undefined) {
    const what = loss
      ? `losing ${subject.id} stops no clinical function in the model`
      : `${subject.id} reaches no clinical function in the model`;
    return {
      level: ASSUMED_SEVERITY,
      assumed: true,
      reason: `${what}; severity assumed ${ASSUMED_SEVERITY} — list the functions it serves to assess patient harm`,
      impacts: [],
    };
  }
  return {
    level: reach.severity,
    assumed: false,
    reason: describeImpact(worst, loss),
    impacts: reach.impacts,
  };
}

function harmReach(raw: RawFinding, query: ModelQuery): HarmReach {
  const { subject } = raw;
  switch (subject.kind) {
    case 'component':
      return query.harmOfComponent(subject.id);
    case 'interface':
      return query.harmOfComponent(subject.id.split('/')[0] ?? subject.id);
    case 'flow':
      return query.harmOfFlow(subject.id);
    case 'boundary':
      return combine(query.boundaryMembers(subject.id).map((id) => query.harmOfComponent(id)));
    case 'deployment':
      return combine(
        query.model.components
          .filter((c) => c.deployment === subject.id)
          .map((c) => query.harmOfComponent(c.id)),
      );
    case 'function': {
      const fn = query.clinicalFunction(subject.id);
      return fn === undefined
        ? { impacts: [] }
        : {
            severity: fn.severity,
            impacts: [
              {
                functionId: fn.id,
                severity: fn.severity,
                multiPatient: fn.multiPatient ?? false,
                path: [],
              },
            ],
          };
    }
    default:
      return combine(
        query.model.clinicalFunctions.map((fn) => ({
          severity: fn.severity,
          impacts: [
            {
              functionId: fn.id,
              severity: fn.severity,
              multiPatient: fn.multiPatient ?? false,
              path: [],
            },
          ],
        })),
      );
  }
}

function lossReach(raw: RawFinding, query: ModelQuery): HarmReach {
  const { subject } = raw;
  switch (subject.kind) {
    case 'component':
      return query.lossOfComponent(subject.id);
    case 'interface':
      return query.lossOfComponent(subject.id.split('/')[0] ?? subject.id);
    case 'flow':
      return query.lossOfFlow(subject.id);
    case 'boundary':
      return combine(query.boundaryMembers(subject.id).map((id) => query.lossOfComponent(id)));
    default:
      return harmReach(raw, query);
  }
}

function combine(reaches: readonly HarmReach[]): HarmReach {
  const byFunction = new Map<string, FunctionImpact>();
  for (const impact of reaches.flatMap((r) => r.impacts)) {
    const known = byFunction.get(impact.functionId);
    if (known === undefined || impact.path.length < known.path.length)
      byFunction.set(impact.functionId, impact);
  }
  const impacts = [...byFunction.values()].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) || (a.functionId < b.functionId ? -1 : 1),
  );
  return impacts[0] === undefined ? { impacts } : { severity: impacts[0].severity, impacts };
}

function describeImpact(impact: FunctionImpact, loss: boolean): string {
  const via = impact.path.length > 1 ? ` via ${impact.path.join(' → ')}` : '';
  return `${loss ? 'its loss stops' : 'can affect'} clinical function ${impact.functionId} (${impact.severity})${via}`;
}

/** One level up, capped (FDA premarket V.B.2(b): multi-patient harm may be assessed differently). */
export function escalate(level: HarmSeverity): HarmSeverity {
  return (
    HARM_SEVERITIES[Math.min(HARM_SEVERITIES.length - 1, HARM_SEVERITIES.indexOf(level) + 1)] ??
    level
  );
}

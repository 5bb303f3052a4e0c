import { HARM_SEVERITIES, type HarmSeverity } from '../../../model/vocabulary.js';
import type { ModelQuery } from '../../../model/query/index.js';
import type { MatrixRow } from '../../responsibility/types.js';
import { raciHits } from '../support/raci.js';
import type { ThreatRule } from '../types.js';

export const responsibilityLayTechnicalTask = {
  id: 'responsibility-lay-technical-task',
  version: 1,
  title: 'Patient or caregiver given a task that needs technical or expert skill',
  category: 'responsibility',
  stride: [],
  fdaCategory: 'resiliency-recovery',
  references: {
    fda: [
      'Premarket VI.A (instructions patients and caregivers can follow; transferred risks in human-factors testing)',
      'Playbook §2.5.5 (what the user is able to do)',
    ],
  },
  description:
    'A home device has no IT department: the patient or a relative is its operator. When a security task that needs IT knowledge (configuring a router, renewing a certificate, installing an update by hand) or security expertise (reading logs, handling an incident) is given to them, many will not be able to do it, and the component it protects stays exposed. If that component steers therapy, the patient carries the harm, so this finding is rated by what the component can do to the patient, not as a paperwork gap.',
  detection:
    'A control, mitigation, transfer or declared duty whose `skill` is declared technical or expert and where a stakeholder with role patient or caregiver is responsible or accountable. Severity of harm comes from the components or flows the task protects (a duty’s component, the subjects of the findings a control or treatment covers) through the harm reach; when it names none, the worst clinical function of the model is assumed and the finding says so. Tasks with no declared skill are judged from the control category by patient-task-requires-skill.',
  falsePositives:
    'The task was simplified and validated in human-factors testing: declare its real skill (`basic`) and record the study in the description.',
  mitigation:
    'Remove the task by design (secure defaults, automatic signed updates, pairing by physical presence, alerts the manufacturer acts on), or give it to a party with the skill (the clinic, the manufacturer’s support); where a lay step remains, give plain-language instructions and include it in human-factors testing.',
  // The chance that the task is left undone and the protection it provides is missing.
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'model',
  evaluate: (query) =>
    raciHits(query, 'lay-technical-task', (_, row) => ({ severity: severityOf(row, query) })),
} satisfies ThreatRule;

/** Worst harm the protected elements can do; the model's worst function when the task names none. */
function severityOf(row: MatrixRow, query: ModelQuery): { level: HarmSeverity; reason: string } {
  let worst: { level: HarmSeverity; reason: string } | undefined;
  for (const id of row.elements) {
    const reach =
      query.component(id) === undefined ? query.harmOfFlow(id) : query.harmOfComponent(id);
    const impact = reach.impacts[0];
    if (impact === undefined) continue;
    if (
      worst !== undefined &&
      HARM_SEVERITIES.indexOf(impact.severity) <= HARM_SEVERITIES.indexOf(worst.level)
    )
      continue;
    const via = impact.path.length > 1 ? ` via ${impact.path.join(' → ')}` : '';
    worst = {
      level: impact.severity,
      reason: `the task protects ${id}, which can affect clinical function ${impact.functionId} (${impact.severity})${via}; left undone by a lay user, that protection is missing`,
    };
  }
  if (worst !== undefined) return worst;
  const fn = [...query.model.clinicalFunctions].sort(
    (a, b) => HARM_SEVERITIES.indexOf(b.severity) - HARM_SEVERITIES.indexOf(a.severity),
  )[0];
  return fn === undefined
    ? { level: 'minor', reason: 'the model lists no clinical function; severity assumed minor' }
    : {
        level: fn.severity,
        reason: `the task names no component it protects, so the worst clinical function of the model, ${fn.id} (${fn.severity}), is assumed (reasonable worst case); name the component to rate it`,
      };
}

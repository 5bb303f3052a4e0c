import { compareStrings } from '../../../common/order.js';
import type { Evidence } from '../../../findings/types.js';
import type { ModelQuery } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import type { ComponentKind } from '../../../model/vocabulary.js';
import { fact, flowPath, notDeclared } from '../helpers.js';

/**
 * Programmers and clinician workstations: clinic-programmer-multi-patient reports them whatever they
 * send (commands or firmware), so the update-server and back-end rules leave them out.
 */
export const CLINICAL_CONSOLES: readonly ComponentKind[] = ['programmer', 'clinician-workstation'];

export function deliversCode(flow: DataFlow): boolean {
  return (
    flow.carries.includes('code') || flow.data.some((d) => d === 'firmware' || d === 'software')
  );
}

/** Evidence for a flow: what it carries and to whom. */
export function carriage(flow: DataFlow): Evidence {
  const data = flow.data.length === 0 ? '' : ` (${flow.data.join(', ')})`;
  return fact(
    flowPath(flow, 'carries'),
    `carries ${flow.carries.join(', ')}${data} to "${flow.target}"`,
  );
}

/** Per-patient components the flows reach: their targets and whatever those steer in turn. */
export function perPatientReach(flows: readonly DataFlow[], query: ModelQuery): string[] {
  const reached = new Set<string>();
  for (const flow of flows) {
    if (query.component(flow.target)?.multiplicity === 'per-patient') reached.add(flow.target);
    for (const id of query.steeredPerPatient(flow.target)) reached.add(id);
  }
  return [...reached].sort(compareStrings);
}

/** Words to splice into a rationale, and the model fact (or its absence) behind them. */
export interface Wording {
  readonly text: string;
  readonly evidence: Evidence;
}

/**
 * The multi-patient blast radius in words (FDA premarket V.B.2(b)), with the fleet size if known:
 * `"pump", "app" of every patient (up to 40000 devices in the field)`.
 */
export function blastRadius(reached: readonly string[], query: ModelQuery): Wording {
  const fleet = fleetSize(query);
  const components = reached.map((id) => `"${id}"`).join(', ');
  return { text: `${components} of every patient${fleet.text}`, evidence: fleet.evidence };
}

/** ` (up to 40000 devices in the field)`, or nothing when unknown (the evidence then says so). */
export function fleetSize(query: ModelQuery): Wording {
  const fleet = query.model.device.fleetSize;
  return fleet === undefined
    ? { text: '', evidence: notDeclared('device.fleetSize', 'unknown: every fielded device') }
    : {
        text: ` (up to ${String(fleet)} devices in the field)`,
        evidence: fact('device.fleetSize', `${String(fleet)} devices in the field`),
      };
}

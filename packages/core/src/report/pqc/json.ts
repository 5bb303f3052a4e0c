import type { PqcUse, PqcView } from '../../analyses/pqc/view.js';
import type { DeviceModel } from '../../model/types.js';
import { TOOL_VERSION } from '../../version.js';

/** Version of the JSON `medrisk pqc` prints; bumped when a field changes meaning or goes away. */
export const PQC_FORMAT_VERSION = 1;

/**
 * One crypto use as `medrisk pqc --format json` prints it: where it is and what it protects, its
 * classification, deadline, Mosca verdict, the feasibility of each replacement, and the plan.
 */
function useEntry(use: PqcUse) {
  const { info, mosca, plan } = use;
  const recommended = plan.options.find((o) => o.option === plan.recommended);
  return {
    id: use.id,
    element: use.element,
    purpose: use.purpose,
    algorithm: use.algorithm,
    ...(use.parameters === undefined ? {} : { parameters: use.parameters }),
    ...(use.keyBits === undefined ? {} : { keyBits: use.keyBits }),
    ...(use.library === undefined ? {} : { library: use.library }),
    ...(use.hardware === undefined ? {} : { hardware: use.hardware }),
    origin: use.origin,
    inferred: use.inferred,
    paths: use.paths,
    basis: use.basis,
    data: use.data,
    classification: {
      quantum: info.quantum,
      family: info.family,
      kind: info.kind,
      ...(info.securityBits === undefined ? {} : { securityBits: info.securityBits }),
      ...(info.nistCategory === undefined ? {} : { nistCategory: info.nistCategory }),
      ...(info.deprecated === undefined ? {} : { deprecated: info.deprecated }),
      ...(info.source === undefined ? {} : { source: info.source }),
    },
    ...(use.fieldUpdatable === undefined ? {} : { fieldUpdatable: use.fieldUpdatable }),
    ...(use.negotiable === undefined ? {} : { negotiable: use.negotiable }),
    ...(use.deadline === undefined ? {} : { deadline: use.deadline }),
    mosca,
    feasibility: {
      /** The recommended option's verdict; without one, the worst over the options (or none). */
      status: recommended?.status ?? (plan.options.length === 0 ? 'not-applicable' : 'exceeds'),
      constrainedBy: use.constrainedBy,
      options: plan.options,
    },
    plan: {
      strategy: plan.strategy,
      ...(plan.targetYear === undefined ? {} : { targetYear: plan.targetYear }),
      ...(plan.targetBasis === undefined ? {} : { targetBasis: plan.targetBasis }),
      ...(plan.recommended === undefined ? {} : { recommended: plan.recommended }),
      steps: plan.steps,
      ...(plan.declared === undefined ? {} : { declared: plan.declared }),
    },
    ...(use.notes === undefined || use.notes.length === 0 ? {} : { notes: use.notes }),
  };
}

/** The whole post-quantum analysis as one JSON document; deterministic, no timestamps. */
export function pqcJson(view: PqcView, model: DeviceModel): string {
  const d = model.device;
  const document = {
    formatVersion: PQC_FORMAT_VERSION,
    tool: { name: 'medrisk', version: TOOL_VERSION },
    device: {
      name: d.name,
      serviceLifeYears: d.serviceLifeYears,
      ...(d.marketDate === undefined ? {} : { marketDate: d.marketDate }),
    },
    scenario: view.scenario,
    summary: view.summary,
    uses: view.uses.map(useEntry),
    agility: view.components,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

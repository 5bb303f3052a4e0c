import type { Issue, IssuePath } from '../common/issue.js';
import { didYouMean } from '../common/suggest.js';
import type { AuthoredModel } from './schema/index.js';
import { HARM_SEVERITIES } from './vocabulary.js';
import { checkBoundaries, checkCycles } from './validate-structure.js';

type Kind =
  | 'component'
  | 'flow'
  | 'boundary'
  | 'element'
  | 'deployment'
  | 'stakeholder'
  | 'function'
  | 'control'
  | 'bom'
  | 'duty';

interface Raci {
  readonly responsible?: readonly string[] | undefined;
  readonly accountable?: string | readonly string[] | undefined;
  readonly consulted?: readonly string[] | undefined;
  readonly informed?: readonly string[] | undefined;
}

interface Ref {
  readonly path: IssuePath;
  readonly value: string | undefined;
  readonly kind: Kind;
}

/** Checks what a schema cannot: unique ids, resolvable references, acyclic nesting, closed boundaries. */
export function validateModel(model: AuthoredModel): Issue[] {
  const issues: Issue[] = [];
  const ids = collectIds(model, issues);
  for (const ref of references(model)) {
    if (ref.value === undefined || ids[ref.kind].has(ref.value)) continue;
    const hint = didYouMean(ref.value, ids[ref.kind]);
    issues.push({
      code: 'unknown-reference',
      severity: 'error',
      path: ref.path,
      message: `unknown ${ref.kind === 'element' ? 'component or data flow' : ref.kind} "${ref.value}"`,
      ...(hint ? { hint } : {}),
    });
  }
  checkInterfaces(model, issues);
  checkSeverities(model, issues);
  checkCycles(model, issues);
  checkBoundaries(model, issues);
  return issues;
}

function collectIds(model: AuthoredModel, issues: Issue[]): Record<Kind, Set<string>> {
  const elementIds = new Map<string, IssuePath>();
  const unique = (
    collection: string,
    items: readonly { id: string }[] | undefined,
    sharedWith?: Map<string, IssuePath>,
  ): Set<string> => {
    const seen = new Map<string, IssuePath>();
    (items ?? []).forEach((item, index) => {
      const path: IssuePath = [collection, index, 'id'];
      const first = seen.get(item.id) ?? sharedWith?.get(item.id);
      if (first !== undefined) {
        issues.push({
          code: 'duplicate-id',
          severity: 'error',
          path,
          message: `id "${item.id}" is already used at ${String(first[0])}[${String(first[1])}]`,
          hint: 'component, data-flow and trust-boundary ids share one namespace because finding ids name them',
        });
      }
      seen.set(item.id, path);
      sharedWith?.set(item.id, path);
    });
    return new Set(seen.keys());
  };
  return {
    component: unique('components', model.components, elementIds),
    flow: unique('dataFlows', model.dataFlows, elementIds),
    boundary: unique('trustBoundaries', model.trustBoundaries, elementIds),
    // Components and data flows: the elements STRIDE cells belong to.
    element: new Set([...(model.components ?? []), ...(model.dataFlows ?? [])].map((e) => e.id)),
    deployment: unique('deployments', model.deployments),
    stakeholder: unique('stakeholders', model.stakeholders),
    function: unique('clinicalFunctions', model.clinicalFunctions),
    control: unique('controls', model.controls),
    bom: unique('boms', model.boms),
    duty: unique('responsibilities', model.responsibilities),
  };
}

function references(model: AuthoredModel): Ref[] {
  const refs: Ref[] = [];
  const add = (path: IssuePath, value: string | undefined, kind: Kind): void => {
    refs.push({ path, value, kind });
  };
  const addAll = (path: IssuePath, values: readonly string[] | undefined, kind: Kind): void => {
    values?.forEach((value, index) => {
      add([...path, index], value, kind);
    });
  };
  /** Every stakeholder a RACI names must be declared (a typo would silently drop a party). */
  const addRaci = (path: IssuePath, raci: Raci | undefined): void => {
    if (raci === undefined) return;
    for (const letter of ['responsible', 'consulted', 'informed'] as const)
      addAll([...path, letter], raci[letter], 'stakeholder');
    if (typeof raci.accountable === 'string')
      add([...path, 'accountable'], raci.accountable, 'stakeholder');
    else addAll([...path, 'accountable'], raci.accountable, 'stakeholder');
  };
  model.components?.forEach((c, i) => {
    const at = ['components', i];
    add([...at, 'deployment'], c.deployment, 'deployment');
    add([...at, 'owner'], c.owner, 'stakeholder');
    add([...at, 'parent'], c.parent, 'component');
    add([...at, 'sbom'], c.sbom, 'bom');
    addAll([...at, 'functions'], c.functions, 'function');
    add([...at, 'update', 'source'], c.update?.source, 'component');
    add([...at, 'update', 'signature', 'keyHolder'], c.update?.signature?.keyHolder, 'component');
    addAll(
      [...at, 'update', 'signature', 'verifiedBy'],
      c.update?.signature?.verifiedBy,
      'component',
    );
    addAll([...at, 'cloud', 'failover'], c.cloud?.failover, 'component');
  });
  model.dataFlows?.forEach((f, i) => {
    add(['dataFlows', i, 'source'], f.source, 'component');
    add(['dataFlows', i, 'target'], f.target, 'component');
    addAll(['dataFlows', i, 'functions'], f.functions, 'function');
  });
  model.trustBoundaries?.forEach((b, i) => {
    add(['trustBoundaries', i, 'parent'], b.parent, 'boundary');
    addAll(['trustBoundaries', i, 'members'], b.members, 'component');
  });
  model.deployments?.forEach((d, i) => {
    d.assumptions?.forEach((a, j) => {
      add(['deployments', i, 'assumptions', j, 'owner'], a.owner, 'stakeholder');
    });
  });
  model.controls?.forEach((c, i) => {
    add(['controls', i, 'owner'], c.owner, 'stakeholder');
    addRaci(['controls', i, 'responsibility'], c.responsibility);
  });
  model.assumptions?.forEach((a, i) => {
    add(['assumptions', i, 'owner'], a.owner, 'stakeholder');
    a.notApplicable?.forEach((n, j) => {
      add(['assumptions', i, 'notApplicable', j, 'subject'], n.subject, 'element');
    });
  });
  for (const [findingId, t] of Object.entries(model.treatments ?? {})) {
    add(['treatments', findingId, 'recipient'], t.recipient, 'stakeholder');
    addAll(['treatments', findingId, 'controls'], t.controls, 'control');
    addRaci(['treatments', findingId, 'responsibility'], t.responsibility);
  }
  model.responsibilities?.forEach((d, i) => {
    add(['responsibilities', i, 'component'], d.component, 'component');
    addRaci(['responsibilities', i], d);
  });
  model.boms?.forEach((b, i) => {
    add(['boms', i, 'component'], b.component, 'component');
  });
  return refs;
}

function checkInterfaces(model: AuthoredModel, issues: Issue[]): void {
  const byComponent = new Map((model.components ?? []).map((c) => [c.id, c] as const));
  model.components?.forEach((component, i) => {
    const seen = new Set<string>();
    component.interfaces?.forEach((iface, j) => {
      if (seen.has(iface.id))
        issues.push({
          code: 'duplicate-id',
          severity: 'error',
          path: ['components', i, 'interfaces', j, 'id'],
          message: `interface "${iface.id}" is declared twice on "${component.id}"`,
        });
      seen.add(iface.id);
    });
  });
  model.dataFlows?.forEach((flow, i) => {
    if (flow.source === flow.target) {
      issues.push({
        code: 'inconsistent',
        severity: 'error',
        path: ['dataFlows', i, 'target'],
        message: `flow "${flow.id}" starts and ends at "${flow.source}"`,
        hint: 'a data flow connects two different elements',
      });
    }
    for (const end of ['source', 'target'] as const) {
      const ifaceId = flow[`${end}Interface`];
      const component = byComponent.get(flow[end]);
      if (ifaceId === undefined || component === undefined) continue;
      const known = (component.interfaces ?? []).map((iface) => iface.id);
      if (!known.includes(ifaceId)) {
        const hint =
          didYouMean(ifaceId, known) ??
          (known.length === 0
            ? `"${component.id}" declares no interfaces`
            : `"${component.id}" has: ${known.join(', ')}`);
        issues.push({
          code: 'unknown-reference',
          severity: 'error',
          path: ['dataFlows', i, `${end}Interface`],
          message: `unknown interface "${ifaceId}" on component "${component.id}"`,
          hint,
        });
      }
    }
  });
}

/** `severity` is the worst case of losing or corrupting the function, so losing it cannot be worse. */
function checkSeverities(model: AuthoredModel, issues: Issue[]): void {
  model.clinicalFunctions?.forEach((fn, i) => {
    if (
      fn.lossSeverity !== undefined &&
      HARM_SEVERITIES.indexOf(fn.lossSeverity) > HARM_SEVERITIES.indexOf(fn.severity)
    ) {
      issues.push({
        code: 'inconsistent',
        severity: 'error',
        path: ['clinicalFunctions', i, 'lossSeverity'],
        message: `lossSeverity "${fn.lossSeverity}" is worse than severity "${fn.severity}"`,
        hint: 'severity is the worst case of losing or corrupting the function; raise it, or lower lossSeverity',
      });
    }
  });
}

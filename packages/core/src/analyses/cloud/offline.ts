import { compareStrings } from '../../common/order.js';
import { durationToMinutes } from '../../model/durations.js';
import type { ModelQuery } from '../../model/query/index.js';
import type { ClinicalFunction, Component } from '../../model/types.js';
import type { Dependence } from './dependencies.js';
import { isCloudDependency } from './dependencies.js';
import { formatSeconds } from './downtime.js';
import type { Span } from './types.js';

/** What one device-side component declares about running without its inputs (absent: not declared). */
export interface OfflineDeclaration {
  readonly component: string;
  readonly offlineMode?: boolean;
  readonly offlineDuration?: Span;
  readonly onCommunicationLoss?: string;
  readonly description?: string;
}

/**
 * How a clinical function behaves while its cloud dependencies are down:
 * - `stops`: some dependency reaches it with nothing in between that keeps working offline;
 * - `limited`: every dependency is behind an offline mode of declared duration, so it stops once
 *   the shortest of them runs out.
 * (A function behind an offline mode with no declared duration is taken to keep working, as the
 * loss query takes it, and has no dependence at all.)
 */
export interface OfflineBehaviour {
  readonly mode: 'stops' | 'limited';
  /** `limited`: the shortest offline mode that keeps the function going. */
  readonly lasts?: Span;
  /** Cloud dependencies the function needs directly (no offline mode between them and it). */
  readonly stopsWith: readonly string[];
  /** Device-side components serving the function or on its dependence paths, by id. */
  readonly declarations: readonly OfflineDeclaration[];
  readonly text: string;
}

const span = (minutes: number): Span => ({
  seconds: minutes * 60,
  text: formatSeconds(minutes * 60),
});

function declarationOf(component: Component): OfflineDeclaration {
  const r = component.resilience;
  return {
    component: component.id,
    ...(r?.offlineMode === undefined ? {} : { offlineMode: r.offlineMode }),
    ...(r?.offlineDuration === undefined
      ? {}
      : { offlineDuration: span(durationToMinutes(r.offlineDuration)) }),
    ...(r?.onCommunicationLoss === undefined ? {} : { onCommunicationLoss: r.onCommunicationLoss }),
    ...(r?.description === undefined ? {} : { description: r.description }),
  };
}

/** `dicom-gateway: offlineMode false, on communication loss "alarm"`; undeclared facts say so. */
export function describeDeclaration(d: OfflineDeclaration): string {
  const parts = [
    d.offlineMode === undefined
      ? 'offline mode not declared'
      : `offlineMode ${String(d.offlineMode)}`,
    ...(d.offlineDuration === undefined ? [] : [`for ${d.offlineDuration.text}`]),
    ...(d.onCommunicationLoss === undefined
      ? []
      : [`on communication loss "${d.onCommunicationLoss}"`]),
  ];
  return `${d.component}: ${parts.join(', ')}`;
}

/** Device-side components that serve the function, or sit on a path from a dependency to it. */
function deviceSide(
  fn: ClinicalFunction,
  deps: readonly Dependence[],
  query: ModelQuery,
): Component[] {
  const ids = new Set<string>();
  for (const c of query.model.components)
    if (!isCloudDependency(c, query) && query.servedFunctions(c.id).includes(fn.id)) ids.add(c.id);
  for (const d of deps)
    for (const id of d.path) {
      const c = query.component(id);
      if (c !== undefined && !isCloudDependency(c, query) && c.kind !== 'person') ids.add(id);
    }
  return [...ids]
    .sort(compareStrings)
    .flatMap((id) => query.component(id) ?? [])
    .filter((c) => query.ancestors(c.id).every((a) => !isCloudDependency(a, query)));
}

/** The offline behaviour of one function from its dependences (all of them about this function). */
export function offlineBehaviour(
  fn: ClinicalFunction,
  deps: readonly Dependence[],
  query: ModelQuery,
): OfflineBehaviour {
  const declarations = deviceSide(fn, deps, query).map(declarationOf);
  const direct = [...new Set(deps.filter((d) => d.shield === undefined).map((d) => d.group))];
  const declared =
    declarations.length === 0 ? '' : `; ${declarations.map(describeDeclaration).join('; ')}`;
  if (direct.length > 0) {
    const inCloud = deps.filter((d) => d.shield === undefined && d.path.length === 1);
    const why =
      inCloud.length > 0
        ? `it is delivered by ${[...new Set(inCloud.map((d) => d.group))].join(', ')} in the cloud, so no device-side offline mode can keep it going`
        : 'nothing between them and the function keeps working offline';
    return {
      mode: 'stops',
      stopsWith: direct,
      declarations,
      text: `${fn.id} stops when ${direct.join(' or ')} stops: ${why}${declared}.`,
    };
  }
  const shortest = deps
    .flatMap((d) => (d.shield === undefined ? [] : [d.shield]))
    .sort(
      (a, b) => a.offlineMinutes - b.offlineMinutes || compareStrings(a.component, b.component),
    )[0];
  const lasts = span(shortest?.offlineMinutes ?? 0);
  return {
    mode: 'limited',
    lasts,
    stopsWith: [],
    declarations,
    text: `${fn.id} is kept going offline by ${shortest?.component ?? '?'} for ${lasts.text}, then stops${declared}.`,
  };
}

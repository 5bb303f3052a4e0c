import { compareStrings } from '../../common/order.js';
import type { RuleContext } from '../threats/types.js';
import { lifecycleContextOf } from './context.js';
import { platformItem } from './platform.js';
import { sbomItems } from './sbom-items.js';
import { deviceLifecycle, type DeviceLifecycle } from './service-life.js';
import { statusOf, type ItemStatus } from './status.js';
import type { NotAssessedSupport, SupportItem } from './types.js';

/** What the lifecycle rules and view share, computed once per analysis. */
export interface LifecycleFacts {
  readonly today?: string;
  readonly device: DeviceLifecycle;
  /** Sorted by component, then key. */
  readonly items: readonly (SupportItem & ItemStatus)[];
  readonly notAssessed: readonly NotAssessedSupport[];
  /** Things worth saying that are neither items nor gaps (an os described by the SBOM instead). */
  readonly notes: readonly string[];
}

const cache = new WeakMap<RuleContext, LifecycleFacts>();

/** Memoized on the rule context: the EOL data and today belong to it, not to the model. */
export function lifecycleFacts(query: RuleContext): LifecycleFacts {
  const known = cache.get(query);
  if (known !== undefined) return known;
  const ctx = lifecycleContextOf(query);
  const device = deviceLifecycle(query.model, ctx.today);
  const items: (SupportItem & ItemStatus)[] = [];
  const notAssessed: NotAssessedSupport[] = [];
  const notes: string[] = [];
  for (const component of query.model.components) {
    const inventories = query.supplyChain.inventoriesOf(component.id, 'sbom');
    const sbom = sbomItems(component.id, inventories, ctx);
    const sbomOs = sbom.items.find((i) => i.kind === 'operating-system');
    const platform = platformItem(component, ctx, sbomOs?.name);
    for (const item of [...(platform.item === undefined ? [] : [platform.item]), ...sbom.items])
      items.push({ ...item, ...statusOf(item, device, ctx.today) });
    if (platform.notAssessed !== undefined) notAssessed.push(platform.notAssessed);
    notAssessed.push(...sbom.notAssessed);
    if (platform.note !== undefined) notes.push(platform.note);
  }
  const facts: LifecycleFacts = {
    ...(ctx.today === undefined ? {} : { today: ctx.today }),
    device,
    items: items.sort(
      (a, b) => compareStrings(a.component, b.component) || compareStrings(a.key, b.key),
    ),
    notAssessed: notAssessed.sort(
      (a, b) => compareStrings(a.component, b.component) || compareStrings(a.name, b.name),
    ),
    notes,
  };
  cache.set(query, facts);
  return facts;
}

/** The items of one component. */
export function itemsOf(
  query: RuleContext,
  componentId: string,
): readonly (SupportItem & ItemStatus)[] {
  return lifecycleFacts(query).items.filter((i) => i.component === componentId);
}

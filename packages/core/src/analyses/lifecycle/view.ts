import type { RuleContext } from '../threats/types.js';
import { lifecycleContextOf } from './context.js';
import { lifecycleFacts } from './facts.js';
import { legacyProtocolOf } from './legacy-protocols.js';
import { recommendationFor } from './recommendation.js';
import type { DeviceLifecycle } from './service-life.js';
import type { ItemStatus } from './status.js';
import type { NotAssessedSupport, SupportItem } from './types.js';

/** One row of the lifecycle table: a piece of software, its support end, where that comes from. */
export interface LifecycleRow extends ItemStatus {
  readonly component: string;
  readonly key: string;
  readonly name: string;
  readonly kind: SupportItem['kind'];
  readonly origin: SupportItem['origin'];
  readonly sbomFile?: string;
  readonly supportEnd?: string;
  /** `true`: ended on an unstated date; `false`: no end announced. */
  readonly ended?: boolean;
  readonly source: SupportItem['effective'];
  readonly others: SupportItem['others'];
  /** What to do: compensating controls once support has ended, a dated plan while it has not. */
  readonly recommendation?: string;
}

/** A flow whose protocol cannot carry modern cryptography (the legacy-protocol rule's facts). */
interface LegacyProtocolRow {
  readonly flow: string;
  readonly source: string;
  readonly target: string;
  readonly protocol: string;
  readonly why: string;
  readonly fix: string;
  readonly assumed?: string;
}

/** The device's service life and stage, and the support of every piece of software in the model. */
export interface LifecycleView {
  /** The date support was judged by; absent when the analysis was given none. */
  readonly today?: string;
  readonly eolData: { readonly products: number; readonly source?: string } | 'none';
  readonly device: DeviceLifecycle;
  readonly rows: readonly LifecycleRow[];
  readonly notAssessed: readonly NotAssessedSupport[];
  readonly notes: readonly string[];
  readonly legacyProtocols: readonly LegacyProtocolRow[];
}

export function lifecycleView(query: RuleContext): LifecycleView | undefined {
  const facts = lifecycleFacts(query);
  const d = query.model.device;
  const declared =
    d.lifecycleStage !== undefined || d.endOfSupport !== undefined || d.endOfLife !== undefined;
  const legacyProtocols = query.model.dataFlows.flatMap((flow): LegacyProtocolRow[] => {
    const legacy = legacyProtocolOf(flow);
    if (legacy === undefined) return [];
    return [
      {
        flow: flow.id,
        source: flow.source,
        target: flow.target,
        protocol: legacy.name,
        why: legacy.why,
        fix: legacy.fix,
        ...(legacy.assumed === undefined ? {} : { assumed: legacy.assumed }),
      },
    ];
  });
  if (
    facts.items.length === 0 &&
    facts.notAssessed.length === 0 &&
    legacyProtocols.length === 0 &&
    !declared
  )
    return undefined;
  const ctx = lifecycleContextOf(query);
  return {
    ...(facts.today === undefined ? {} : { today: facts.today }),
    eolData:
      ctx.eol === undefined
        ? 'none'
        : {
            products: ctx.eol.products.length,
            ...(ctx.eolSource === undefined ? {} : { source: ctx.eolSource }),
          },
    device: facts.device,
    rows: facts.items.map((full) => {
      const { effective, others, ...item } = full;
      const component = query.component(item.component);
      const recommendation =
        component === undefined ? undefined : recommendationFor(full, component, query, facts);
      return {
        ...item,
        ...(effective.end === undefined ? {} : { supportEnd: effective.end }),
        ...(effective.ended === undefined ? {} : { ended: effective.ended }),
        source: effective,
        others,
        ...(recommendation === undefined ? {} : { recommendation }),
      };
    }),
    notAssessed: facts.notAssessed,
    notes: facts.notes,
    legacyProtocols,
  };
}

import type { ModelQuery } from '../../model/query/index.js';
import type { Component, DataFlow } from '../../model/types.js';
import type { CostClass, ParameterSet } from './data/sizes.js';
import type { CryptoUse } from './types.js';

export type ConstraintStatus = 'ok' | 'tight' | 'exceeds' | 'not-assessable';

/** One constraint of one component or link against what a replacement needs. */
interface ConstraintCheck {
  readonly constraint: 'ram' | 'flash' | 'mtu' | 'bandwidth' | 'compute';
  /** The component or flow checked. */
  readonly on: string;
  readonly needBytes?: number;
  readonly availableBytes?: number;
  readonly status: ConstraintStatus;
  readonly detail: string;
}

export interface OptionFeasibility {
  readonly option: string;
  readonly label: string;
  /** The operation the constrained side performs and its qualitative cost (not a benchmark). */
  readonly cost: { readonly operation: string; readonly class: CostClass };
  /** The worst check; `not-assessable` only when no check could be made. */
  readonly status: ConstraintStatus;
  readonly checks: readonly ConstraintCheck[];
}

/** What a replacement asks of the constrained side and of the link, from the published sizes. */
export interface Demand {
  readonly operation: string;
  readonly ramBytes: number;
  readonly ramNote: string;
  /** Bytes stored in flash; undefined when nothing is stored (ephemeral keys). */
  readonly flashBytes?: number;
  /** Bytes on the wire per operation, and the largest single message. */
  readonly wireBytes: number;
  readonly largestMessage: number;
  readonly cost: CostClass;
}

/** Share of total RAM or flash above which a need counts as tight when free space is not declared. */
const TIGHT_SHARE = 0.25;
/** Seconds on the link above which a handshake or signature transfer is tight, and unusable. */
const TIGHT_SECONDS = 1;
const UNUSABLE_SECONDS = 10;
const STREAM = /^(tcp|tls|https|http|mqtt|websocket|grpc|amqp|ssh|sftp|fhir|hl7v2|dicom|smtp)$/;

export function checkOption(
  set: ParameterSet,
  demand: Demand,
  use: CryptoUse,
  links: readonly DataFlow[],
  query: ModelQuery,
): OptionFeasibility {
  const components = use.constrainedBy
    .map((id) => query.component(id))
    .filter((c): c is Component => c !== undefined);
  const checks: ConstraintCheck[] = [
    ...components.flatMap((c) => [
      memory(c, 'ram', demand.ramBytes, demand.ramNote, query),
      ...(demand.flashBytes === undefined
        ? []
        : [memory(c, 'flash', demand.flashBytes, 'keys and signatures stored', query)]),
      ...compute(c, demand, query),
    ]),
    ...links.flatMap((flow) => [
      mtu(flow, demand.largestMessage),
      bandwidth(flow, demand.wireBytes),
    ]),
  ];
  return {
    option: set.id,
    label: set.label,
    cost: { operation: demand.operation, class: demand.cost },
    status: worst(checks),
    checks,
  };
}

export function worst(checks: readonly { readonly status: ConstraintStatus }[]): ConstraintStatus {
  const order: readonly ConstraintStatus[] = ['exceeds', 'tight', 'ok'];
  return order.find((s) => checks.some((c) => c.status === s)) ?? 'not-assessable';
}

/** The hardware of a component, or of the nearest enclosing component that declares it. */
function hardwareOf(component: Component, query: ModelQuery) {
  for (const c of [component, ...query.ancestors(component.id)])
    if (c.hardware !== undefined) return { owner: c.id, hardware: c.hardware };
  return undefined;
}

function memory(
  component: Component,
  constraint: 'ram' | 'flash',
  need: number,
  what: string,
  query: ModelQuery,
): ConstraintCheck {
  const found = hardwareOf(component, query);
  const [freeKb, totalKb] =
    constraint === 'ram'
      ? [found?.hardware.freeRamKb, found?.hardware.ramKb]
      : [found?.hardware.freeFlashKb, found?.hardware.flashKb];
  const label = constraint === 'ram' ? 'RAM' : 'flash';
  const base = { constraint, on: component.id, needBytes: need };
  const owner = found?.owner ?? component.id;
  if (freeKb !== undefined) {
    const free = freeKb * 1024;
    return {
      ...base,
      availableBytes: free,
      status: need <= free ? 'ok' : 'exceeds',
      detail: `${bytes(need)} (${what}) against ${bytes(free)} free ${label} of "${owner}"`,
    };
  }
  if (totalKb === undefined)
    return {
      ...base,
      status: 'not-assessable',
      detail: `components.${owner}.hardware.${constraint === 'ram' ? 'ramKb' : 'flashKb'} is not declared`,
    };
  const total = totalKb * 1024;
  const status = need > total ? 'exceeds' : need > total * TIGHT_SHARE ? 'tight' : 'ok';
  return {
    ...base,
    availableBytes: total,
    status,
    detail: `${bytes(need)} (${what}) against ${bytes(total)} total ${label} of "${owner}" (free ${label} not declared)`,
  };
}

/**
 * The model gives no CPU figures, so computing cost is judged only where it is high: tight on a
 * battery-powered component, not assessable elsewhere. Lower costs are shown with the option.
 */
function compute(component: Component, demand: Demand, query: ModelQuery): ConstraintCheck[] {
  const battery = hardwareOf(component, query)?.hardware.battery === true;
  const base = { constraint: 'compute' as const, on: component.id };
  if (demand.cost !== 'high') return [];
  return [
    battery
      ? {
          ...base,
          status: 'tight',
          detail: `${demand.operation}: high cost on a battery-powered component (qualitative; measure the energy per operation)`,
        }
      : {
          ...base,
          status: 'not-assessable',
          detail: `${demand.operation}: high cost; the model gives no CPU figure to judge it against`,
        },
  ];
}

function mtu(flow: DataFlow, largest: number): ConstraintCheck {
  const base = { constraint: 'mtu' as const, on: flow.id, needBytes: largest };
  const size = flow.link?.mtuBytes;
  if (size === undefined)
    return {
      ...base,
      status: 'not-assessable',
      detail: `dataFlows.${flow.id}.link.mtuBytes is not declared`,
    };
  const frames = Math.ceil(largest / size);
  const stream = flow.protocol !== undefined && STREAM.test(flow.protocol.name);
  return {
    ...base,
    availableBytes: size,
    status: frames <= 1 || stream ? 'ok' : 'tight',
    detail: `largest message ${bytes(largest)} in ${String(frames)} ${frames === 1 ? 'frame' : 'frames'} of ${bytes(size)}${frames > 1 && stream ? ' (the stream transport segments it)' : frames > 1 ? ' on a datagram link: fragmentation and retransmission needed' : ''}`,
  };
}

function bandwidth(flow: DataFlow, wire: number): ConstraintCheck {
  const base = { constraint: 'bandwidth' as const, on: flow.id, needBytes: wire };
  const kbps = flow.link?.bandwidthKbps;
  if (kbps === undefined)
    return {
      ...base,
      status: 'not-assessable',
      detail: `dataFlows.${flow.id}.link.bandwidthKbps is not declared`,
    };
  const seconds = (wire * 8) / (kbps * 1000);
  const status = seconds > UNUSABLE_SECONDS ? 'exceeds' : seconds > TIGHT_SECONDS ? 'tight' : 'ok';
  return {
    ...base,
    status,
    detail: `${bytes(wire)} take ${seconds.toFixed(2)} s at ${String(kbps)} kbit/s`,
  };
}

export function bytes(n: number): string {
  if (n >= 10 * 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return n >= 10240 ? `${(n / 1024).toFixed(1)} KiB` : `${String(n)} B`;
}

import type { DeviceLifecycle } from './service-life.js';
import type { SupportItem } from './types.js';
import { monthsBetween } from './dates.js';

/**
 * An item's support against today and the device's end of service:
 * - `ended`: its end is before today, or its source says it ended on an unstated date;
 * - `ends-before-service-life`: it ends after today (or today is unknown) but before the end of service;
 * - `covers-service-life`: it ends on or after the end of service;
 * - `no-end-announced`: its source says no end is determined yet;
 * - `open`: it has an end date but the device's end of service is unknown.
 */
type SupportStatus =
  'ended' | 'ends-before-service-life' | 'covers-service-life' | 'no-end-announced' | 'open';

export interface ItemStatus {
  readonly status: SupportStatus;
  /** Whole months the device runs unsupported after the item's end (only when it ends first). */
  readonly gapMonths?: number;
  /** Whole months since the end (when ended on a known date and today is known). */
  readonly endedMonthsAgo?: number;
}

export function statusOf(
  item: SupportItem,
  device: DeviceLifecycle,
  today: string | undefined,
): ItemStatus {
  const { end, ended } = item.effective;
  const gap =
    end !== undefined && device.endOfService !== undefined && end < device.endOfService
      ? { gapMonths: monthsBetween(end, device.endOfService) }
      : {};
  if (end === undefined) return { status: ended === true ? 'ended' : 'no-end-announced' };
  if (today !== undefined && end < today)
    return { status: 'ended', endedMonthsAgo: monthsBetween(end, today), ...gap };
  if (device.endOfService === undefined) return { status: 'open' };
  return end < device.endOfService
    ? { status: 'ends-before-service-life', ...gap }
    : { status: 'covers-service-life' };
}

const UNIT_MINUTES: Readonly<Record<string, number>> = {
  s: 1 / 60,
  m: 1,
  min: 1,
  h: 60,
  d: 1440,
  w: 10080,
};

/** Minutes in a duration written as `15m`, `4h`, `PT4H`, `0` or a number (already minutes). */
export function durationToMinutes(value: string | number): number {
  if (typeof value === 'number') return value;
  const simple = /^(\d+(?:\.\d+)?)\s*(s|m|min|h|d|w)$/.exec(value);
  if (simple) return Number(simple[1]) * (UNIT_MINUTES[simple[2] ?? 'm'] ?? 1);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (iso) {
    const [, d = '0', h = '0', m = '0', s = '0'] = iso;
    return Number(d) * 1440 + Number(h) * 60 + Number(m) + Number(s) / 60;
  }
  return Number(value);
}

/** `90` → `1h 30m`; used in report text so outages read naturally. */
export function formatMinutes(minutes: number): string {
  if (minutes === 0) return '0';
  // Under a minute, seconds; above, whole minutes (an outage tolerance is never finer than that).
  if (minutes < 1) return `${String(Math.round(minutes * 60))}s`;
  const parts: string[] = [];
  let rest = Math.round(minutes);
  for (const [unit, size] of [
    ['d', 1440],
    ['h', 60],
    ['m', 1],
  ] as const) {
    if (rest >= size) {
      parts.push(`${String(Math.floor(rest / size))}${unit}`);
      rest %= size;
    }
  }
  return parts.length === 0 ? `${String(Math.round(minutes * 60))}s` : parts.join(' ');
}

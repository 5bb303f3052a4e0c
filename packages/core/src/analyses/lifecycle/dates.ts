/**
 * Calendar arithmetic on `YYYY-MM-DD` strings, without Date objects or time zones: dates compare
 * as strings, months are whole calendar months.
 */
interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

function parse(date: string): Ymd {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return { y, m, d };
}

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `date` plus whole months; the 31st becomes the last day of a shorter month (2024-02-29 + 12 → 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const { y, m, d } = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, daysIn(year, month)), 2)}`;
}

/** Whole months from `from` to `to` (negative when `to` is earlier); 2025-01-31 → 2025-02-28 is one (month ends clamp). */
export function monthsBetween(from: string, to: string): number {
  if (to < from) return -monthsBetween(to, from);
  const a = parse(from);
  const b = parse(to);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** `3 years 4 months`, `1 year`, `5 months`, `less than a month`. */
export function formatMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [
    ...(years > 0 ? [`${String(years)} year${years === 1 ? '' : 's'}`] : []),
    ...(rest > 0 ? [`${String(rest)} month${rest === 1 ? '' : 's'}`] : []),
  ];
  return parts.length === 0 ? 'less than a month' : parts.join(' ');
}

/** Service life in years as whole months (4.5 years → 54), as the PQC rule computes it. */
export function yearsToMonths(years: number): number {
  return Math.round(years * 12);
}

import { z } from 'zod';

/** Ids are referenced from other places (and in finding ids), so they stay simple and URL-safe. */
export const Id = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'ids use letters, digits, ".", "_" and "-" and start with a letter or digit',
  )
  .max(128)
  .meta({ description: 'Identifier, unique within its collection; referenced by other entries.' });

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD')
  .meta({ description: 'Calendar date, YYYY-MM-DD.' });

/** `15m`, `4h`, `2d`, `1w`, `30s`, ISO 8601 `PT4H`, or a number of minutes. `0` means no outage at all. */
export const Duration = z
  .union([
    z.number().nonnegative(),
    z
      .string()
      .regex(
        /^(\d+(\.\d+)?\s*(s|m|min|h|d|w)|P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?|0)$/,
        'durations look like 30s, 15m, 4h, 2d, 1w or PT4H',
      ),
  ])
  .meta({
    description: 'A duration: 30s, 15m, 4h, 2d, 1w, ISO 8601 (PT4H) or a number of minutes.',
  });

export const Text = z.string().min(1, 'must not be empty');

export function oneOrMany<T extends z.ZodType>(item: T) {
  return z.union([item, z.array(item)]);
}

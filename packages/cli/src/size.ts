import { EXIT } from './exit-codes.js';
import { ExitError } from './errors.js';

/** `16mb`, `500kb`, `1048576` → bytes. */
export function parseSize(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(String(value).trim());
  if (match === null)
    throw new ExitError(
      EXIT.badInput,
      `invalid size "${String(value)}"; write e.g. 16mb, 500kb or a number of bytes`,
    );
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit === 'gb' ? 1024 ** 3 : unit === 'mb' ? 1024 ** 2 : unit === 'kb' ? 1024 : 1;
  return Math.round(Number(match[1]) * factor);
}

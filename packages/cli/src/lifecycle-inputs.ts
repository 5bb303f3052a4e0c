import { formatIssue, type DeviceModel, type EolDataInput } from '@medrisk/core';
import { readEolFiles } from '@medrisk/core/node';
import { existsSync } from 'node:fs';
import { EXIT } from './exit-codes.js';
import { ExitError } from './errors.js';
import { openStoreOrExit, storeLocation, type StoreFlags } from './store-options.js';

export interface LifecycleFlags extends StoreFlags {
  readonly eol?: string | readonly string[];
  readonly asOf?: string | number;
  readonly quiet?: boolean;
}

/**
 * The analysis date: `--as-of YYYY-MM-DD`, else today (UTC). The core reads no clock, so the shell
 * decides "today" and the report prints it.
 */
export function analysisDate(flags: LifecycleFlags, now: Date = new Date()): string {
  if (flags.asOf === undefined) return now.toISOString().slice(0, 10);
  // cac turns a bare number (`--as-of 2027`) into a number.
  const value = typeof flags.asOf === 'number' ? String(flags.asOf) : flags.asOf;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = (match?.slice(1) ?? []).map(Number);
  const date =
    year === undefined || month === undefined || day === undefined
      ? undefined
      : new Date(Date.UTC(year, month - 1, day));
  // A calendar date: 2026-02-30 would roll over into March, so compare the parts back.
  const valid =
    date !== undefined &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === (month ?? 0) - 1 &&
    date.getUTCDate() === day &&
    date.getUTCFullYear() >= 1970;
  if (!valid)
    throw new ExitError(
      EXIT.badInput,
      `invalid --as-of "${value}"; give a calendar date as YYYY-MM-DD, e.g. 2027-01-31`,
    );
  return value;
}

/**
 * endoflife.date release data for the lifecycle analysis: the files and folders of `--eol`, else
 * what `medrisk db import` put in the store (when there is one). A bad `--eol` file stops the
 * command (exit 2): an analysis that silently lost its EOL data would look better than it is.
 * Without either, the analysis uses its built-in list and the report says so.
 */
export async function eolDataFor(
  model: DeviceModel,
  flags: LifecycleFlags,
  say: (message: string) => void,
): Promise<EolDataInput | undefined> {
  const paths = list(flags.eol);
  if (paths.length > 0) return eolFiles(paths, flags, say);
  // Only software can be looked up: a model without any need not open the store.
  const software =
    model.boms.length > 0 ||
    model.components.some((c) => c.os !== undefined || c.support !== undefined);
  if (!software) return undefined;
  const location = storeLocation(flags);
  if ('dataDir' in location && !existsSync(location.dataDir)) return undefined;
  const { store, label } = await openStoreOrExit(flags);
  try {
    const products = await store.eolProducts();
    if (products.length === 0) return undefined;
    say(`endoflife.date data: ${String(products.length)} product files from the store at ${label}`);
    return { products, source: `store ${label}` };
  } finally {
    await store.close();
  }
}

function eolFiles(
  paths: readonly string[],
  flags: LifecycleFlags,
  say: (message: string) => void,
): EolDataInput {
  const read = readEolFiles(paths);
  const errors = read.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0)
    throw new ExitError(
      EXIT.badInput,
      `cannot use ${String(read.files.filter((f) => !f.ok).length)} endoflife.date file(s) given with --eol; fix or remove them`,
      errors.slice(0, 50).map(formatIssue),
    );
  if (read.notEol.length > 0)
    throw new ExitError(
      EXIT.badInput,
      `not endoflife.date data (a product .md file, an API v0 or v1 response, or a release-data file): ${read.notEol.join(', ')}`,
    );
  if (read.products.length === 0)
    throw new ExitError(
      EXIT.badInput,
      `no endoflife.date data found in ${paths.join(', ')}; give product .md files, API responses or release-data .json files`,
    );
  const warnings = read.issues.filter((i) => i.severity !== 'error');
  if (flags.quiet !== true) {
    for (const warning of warnings.slice(0, 10))
      process.stderr.write(`warning: ${formatIssue(warning)}\n`);
    if (warnings.length > 10)
      process.stderr.write(
        `warning: … and ${String(warnings.length - 10)} more EOL data warnings\n`,
      );
  }
  say(
    `endoflife.date data: ${String(read.products.length)} product files from ${paths.join(', ')}`,
  );
  return {
    products: read.products,
    source: `${String(read.products.length)} EOL file${read.products.length === 1 ? '' : 's'} from ${paths.join(', ')}`,
  };
}

function list(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).map(String);
}

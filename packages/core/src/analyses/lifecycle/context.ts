import { calendarDate } from '../../inventory/formats/support.js';
import { buildEolIndex, type EolIndex } from '../../lifecycle/eol-data/eol-index.js';
import { SEED_EOL_PRODUCTS } from '../../lifecycle/eol-data/seed.js';
import type { EolProduct } from '../../lifecycle/eol-data/types.js';
import type { RuleContext } from '../threats/types.js';

/** endoflife.date release data the shell read from files (`--eol`) or the store. */
export interface EolDataInput {
  readonly products: readonly EolProduct[];
  /** Where it came from, for the report (`EOL files: …`, `store …`). */
  readonly source?: string;
}

/** The analysis date and EOL data, checked and indexed once per analysis. */
export interface LifecycleContext {
  /** Absent: nothing is compared with today and the report says so. */
  readonly today?: string;
  /** Set when `today` was given but is not a calendar date (it is then not used). */
  readonly todayProblem?: string;
  /** Absent when no EOL data was given. */
  readonly eol?: EolIndex;
  readonly eolSource?: string;
  /** The built-in seed of ended operating-system cycles (used when the data lacks the product). */
  readonly seed: EolIndex;
}

const SEED = buildEolIndex(SEED_EOL_PRODUCTS);
const cache = new WeakMap<RuleContext, LifecycleContext>();

/**
 * The analysis date (`parameters.asOf`, which the CLI sets to the current date) and the EOL data of
 * a rule context, checked and indexed once per analysis.
 */
export function lifecycleContextOf(query: RuleContext): LifecycleContext {
  const known = cache.get(query);
  if (known !== undefined) return known;
  const context = lifecycleContext(query.parameters?.asOf, query.eol);
  cache.set(query, context);
  return context;
}

export function lifecycleContext(
  asOf: string | undefined,
  input: EolDataInput | undefined,
): LifecycleContext {
  const today = asOf === undefined ? undefined : calendarDate(asOf);
  const eol = input === undefined ? undefined : buildEolIndex(input.products);
  return {
    ...(today === undefined || today !== asOf ? {} : { today }),
    ...(asOf !== undefined && today !== asOf
      ? { todayProblem: `analysis date "${asOf}" is not a YYYY-MM-DD date; not used` }
      : {}),
    ...(eol === undefined ? {} : { eol }),
    ...(input?.source === undefined ? {} : { eolSource: input.source }),
    seed: SEED,
  };
}

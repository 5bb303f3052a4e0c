import type { DeviceModel } from '../../model/types.js';
import type { DataClass } from '../../model/vocabulary.js';
import type { AnalysisParameters } from '../parameters.js';
import { DEFAULT_CRQC, MILESTONES, type Milestone } from './data/milestones.js';

/** The inputs every post-quantum judgement shares, each with where it came from. */
export interface PqcScenario {
  /** The date years are counted from; absent when neither a date nor a market date is known. */
  readonly asOf?: {
    readonly date: string;
    readonly year: number;
    readonly basis: 'given' | 'market-date';
  };
  /** Z: the year a cryptographically relevant quantum computer is assumed to exist. */
  readonly crqc: {
    readonly year: number;
    /** Z counted from `asOf`, when there is one. */
    readonly yearsFromAsOf?: number;
    readonly source: string;
    readonly basis: 'default' | 'model' | 'command-line';
  };
  /** When the last device leaves service, and the date it is counted from (YYYY-MM-DD). */
  readonly serviceEnd: {
    readonly year?: number;
    readonly date?: string;
    readonly start?: string;
    readonly basis: string;
  };
  /** Y for field-updatable uses without a plan of their own (`risk.quantum.migrationYears`). */
  readonly migrationYears?: number;
  /** X per data class (`risk.quantum.confidentialityYears`). */
  readonly confidentialityYears: Readonly<Partial<Record<DataClass, number>>>;
  readonly milestones: readonly Milestone[];
  /** Parameters that could not be applied, in words. */
  readonly notes: readonly string[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function pqcScenario(model: DeviceModel, parameters: AnalysisParameters = {}): PqcScenario {
  const notes: string[] = [];
  const given = parameters.asOf !== undefined && ISO_DATE.test(parameters.asOf);
  if (parameters.asOf !== undefined && !given)
    notes.push(`the analysis date "${parameters.asOf}" is not YYYY-MM-DD and was ignored`);
  const market = model.device.marketDate;
  const asOf = given
    ? { date: parameters.asOf ?? '', basis: 'given' as const }
    : market === undefined
      ? undefined
      : { date: market, basis: 'market-date' as const };
  const asOfYear = asOf === undefined ? undefined : Number(asOf.date.slice(0, 4));
  const quantum = model.risk.quantum;
  const crqc = crqcOf(parameters, quantum, asOfYear, notes);
  return {
    ...(asOf === undefined || asOfYear === undefined ? {} : { asOf: { ...asOf, year: asOfYear } }),
    crqc: {
      ...crqc,
      ...(asOfYear === undefined ? {} : { yearsFromAsOf: crqc.year - asOfYear }),
    },
    serviceEnd: serviceEnd(model, asOf?.date),
    ...(quantum?.migrationYears === undefined ? {} : { migrationYears: quantum.migrationYears }),
    confidentialityYears: quantum?.confidentialityYears ?? {},
    milestones: MILESTONES,
    notes,
  };
}

function crqcOf(
  parameters: AnalysisParameters,
  quantum: DeviceModel['risk']['quantum'],
  asOfYear: number | undefined,
  notes: string[],
): Omit<PqcScenario['crqc'], 'yearsFromAsOf'> {
  if (parameters.yearsToCrqc !== undefined) {
    if (asOfYear !== undefined)
      return {
        year: asOfYear + Math.round(parameters.yearsToCrqc),
        source: `--years-to-crqc ${String(parameters.yearsToCrqc)} from ${String(asOfYear)}`,
        basis: 'command-line',
      };
    notes.push(
      '--years-to-crqc was ignored: there is no analysis date or market date to count from',
    );
  }
  if (quantum?.crqcYear !== undefined)
    return {
      year: quantum.crqcYear,
      source: quantum.crqcSource ?? 'risk.quantum.crqcYear (no source given)',
      basis: 'model',
    };
  return { year: DEFAULT_CRQC.year, source: DEFAULT_CRQC.source, basis: 'default' };
}

/**
 * The end of service: market date plus service life, or — without a market date — the analysis
 * date plus service life (a device put on the market today); unknown without either.
 */
function serviceEnd(model: DeviceModel, asOf: string | undefined): PqcScenario['serviceEnd'] {
  const life = model.device.serviceLifeYears;
  const start = model.device.marketDate ?? asOf;
  if (start === undefined)
    return {
      basis: `device.marketDate is not declared and no analysis date was given: the end of service is unknown (service life ${String(life)} years)`,
    };
  const [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
  const months = year * 12 + (month - 1) + Math.round(life * 12);
  const endYear = Math.floor(months / 12);
  const date = `${String(endYear)}-${String((months % 12) + 1).padStart(2, '0')}`;
  return {
    year: endYear,
    date,
    start,
    basis:
      model.device.marketDate === undefined
        ? `device.marketDate is not declared: counted from the analysis date ${start} plus the service life of ${String(life)} years`
        : `device.marketDate ${start} plus device.serviceLifeYears ${String(life)}`,
  };
}

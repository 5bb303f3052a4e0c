import type { DeviceModel } from '../../model/types.js';
import type { LifecycleStage } from '../../model/vocabulary.js';
import { addMonths, yearsToMonths } from './dates.js';

/** The device's end of service and lifecycle stage, each with what it rests on. */
export interface DeviceLifecycle {
  readonly serviceLifeYears: number;
  readonly marketDate?: string;
  readonly endOfLife?: string;
  /** The date components' support is judged against. */
  readonly endOfService?: string;
  /**
   * `declared`: device.endOfSupport; `market-date`: marketDate + serviceLifeYears;
   * `not-on-market`: no market date, so at least today + serviceLifeYears; `unknown`.
   */
  readonly endOfServiceBasis: 'declared' | 'market-date' | 'not-on-market' | 'unknown';
  /** The model path the end of service comes from, for evidence. */
  readonly endOfServicePath: string;
  readonly endOfServiceText: string;
  readonly stage?: LifecycleStage;
  readonly stageBasis: 'declared' | 'inferred' | 'unknown';
  readonly stageText: string;
  /** A declared stage the dates contradict (e.g. `support` after the end of support). */
  readonly stageConflict?: string;
  /** The later of the declared and the inferred stage: elapsed dates are not undone by a declaration. */
  readonly effectiveStage?: LifecycleStage;
}

export function deviceLifecycle(model: DeviceModel, today: string | undefined): DeviceLifecycle {
  const d = model.device;
  const life = `${String(d.serviceLifeYears)} year${d.serviceLifeYears === 1 ? '' : 's'}`;
  const months = yearsToMonths(d.serviceLifeYears);
  const end: Pick<
    DeviceLifecycle,
    'endOfService' | 'endOfServiceBasis' | 'endOfServicePath' | 'endOfServiceText'
  > =
    d.endOfSupport !== undefined
      ? {
          endOfService: d.endOfSupport,
          endOfServiceBasis: 'declared',
          endOfServicePath: 'device.endOfSupport',
          endOfServiceText: `declared end of support ${d.endOfSupport}`,
        }
      : d.marketDate !== undefined
        ? {
            endOfService: addMonths(d.marketDate, months),
            endOfServiceBasis: 'market-date',
            endOfServicePath: 'device.marketDate',
            endOfServiceText: `market date ${d.marketDate} + service life ${life}`,
          }
        : today !== undefined
          ? {
              endOfService: addMonths(today, months),
              endOfServiceBasis: 'not-on-market',
              endOfServicePath: 'device.marketDate',
              endOfServiceText: `no market date: not on the market yet, so at least today ${today} + service life ${life}`,
            }
          : {
              endOfServiceBasis: 'unknown',
              endOfServicePath: 'device.marketDate',
              endOfServiceText:
                'unknown: neither device.endOfSupport nor device.marketDate is declared, and no analysis date was given',
            };
  const inferred = inferStage(model, today, end.endOfService);
  const base = {
    serviceLifeYears: d.serviceLifeYears,
    ...(d.marketDate === undefined ? {} : { marketDate: d.marketDate }),
    ...(d.endOfLife === undefined ? {} : { endOfLife: d.endOfLife }),
    ...end,
  };
  if (d.lifecycleStage === undefined)
    return inferred.stage === undefined
      ? { ...base, stageBasis: 'unknown', stageText: inferred.text }
      : {
          ...base,
          stage: inferred.stage,
          stageBasis: 'inferred',
          stageText: `not declared; inferred: ${inferred.text}`,
          effectiveStage: inferred.stage,
        };
  const conflict =
    inferred.stage !== undefined && rank(inferred.stage) > rank(d.lifecycleStage)
      ? `declared ${d.lifecycleStage}, but ${inferred.text}`
      : undefined;
  return {
    ...base,
    stage: d.lifecycleStage,
    stageBasis: 'declared',
    stageText: `declared ${d.lifecycleStage}`,
    ...(conflict === undefined ? {} : { stageConflict: conflict }),
    effectiveStage:
      conflict === undefined || inferred.stage === undefined ? d.lifecycleStage : inferred.stage,
  };
}

const STAGE_ORDER: readonly LifecycleStage[] = [
  'development',
  'support',
  'limited-support',
  'end-of-support',
];
const rank = (stage: LifecycleStage) => STAGE_ORDER.indexOf(stage);

function inferStage(
  model: DeviceModel,
  today: string | undefined,
  endOfService: string | undefined,
): { stage?: LifecycleStage; text: string } {
  const d = model.device;
  if (today === undefined) return { text: 'no analysis date, so the stage cannot be inferred' };
  if (d.marketDate === undefined || d.marketDate > today)
    return {
      stage: 'development',
      text:
        d.marketDate === undefined
          ? 'no market date'
          : `market date ${d.marketDate} is after ${today}`,
    };
  if (endOfService !== undefined && endOfService <= today)
    return {
      stage: 'end-of-support',
      text: `the end of service ${endOfService} is past (${today})`,
    };
  if (d.endOfLife !== undefined && d.endOfLife <= today)
    return { stage: 'limited-support', text: `the end of life ${d.endOfLife} is past (${today})` };
  return {
    stage: 'support',
    text: `on the market since ${d.marketDate}, before its end of service`,
  };
}

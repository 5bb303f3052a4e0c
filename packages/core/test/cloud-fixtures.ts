import type { AuthoredModel } from '../src/model/schema/index.js';
import type { DeviceModel } from '../src/model/types.js';
import { aComponent, aFlow, aModel } from './builders.js';

type Authored = AuthoredModel;
type Fields = Parameters<typeof aComponent>[1];
type Fn = NonNullable<Authored['clinicalFunctions']>[number];
type Sla = NonNullable<NonNullable<NonNullable<Fields>['cloud']>['sla']>;

/** A complete SLA, so tests can drop or change one term at a time. */
export const FULL_SLA: Sla = {
  availabilityPercent: 99.9,
  measurementPeriod: 'month',
  rto: '30m',
  rpo: '5m',
  supportResponse: '1h',
  breachNotification: '24h',
  dataResidency: ['EU'],
  source: 'Test SLA v1',
};

/**
 * A small remote-monitoring system for cloud tests: a cloud `api` relays alarms to the patient's
 * `app` (remote-alarm, critical, tolerates 1h) and feeds it the trend (trend-review, serious,
 * tolerates 1d); `db` feeds the api, and remote-alarm depends on that flow.
 */
export function cloudModel(
  parts: {
    api?: Fields;
    db?: Fields;
    app?: Fields;
    alarm?: Partial<Fn>;
    trend?: Partial<Fn>;
    device?: Partial<Authored['device']>;
    extra?: Fields[] | undefined;
    extraIds?: string[];
  } = {},
): DeviceModel {
  return aModel({
    ...(parts.device === undefined ? {} : { device: parts.device }),
    clinicalFunctions: [
      {
        id: 'remote-alarm',
        description: 'Urgent alarms relayed to the patient',
        severity: 'critical',
        maxTolerableOutage: '1h',
        ...parts.alarm,
      },
      {
        id: 'trend-review',
        description: 'Glucose trend shown in the app',
        severity: 'serious',
        maxTolerableOutage: '1d',
        ...parts.trend,
      },
    ],
    deployments: [
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
      { id: 'phone', type: 'patient-mobile-device' },
    ],
    components: [
      aComponent('api', {
        kind: 'cloud-service',
        deployment: 'cloud',
        functions: ['remote-alarm'],
        cloud: { provider: 'P', serviceModel: 'paas', sla: FULL_SLA },
        ...parts.api,
      }),
      aComponent('db', {
        type: 'data-store',
        kind: 'database',
        deployment: 'cloud',
        cloud: { provider: 'P', serviceModel: 'paas', sla: FULL_SLA },
        ...parts.db,
      }),
      aComponent('app', {
        kind: 'mobile-app',
        deployment: 'phone',
        functions: ['trend-review'],
        ...parts.app,
      }),
      ...(parts.extra ?? []).map((fields, i) =>
        aComponent(parts.extraIds?.[i] ?? `x${String(i)}`, fields),
      ),
    ],
    dataFlows: [
      aFlow('db-to-api', 'db', 'api', { data: ['telemetry'], functions: ['remote-alarm'] }),
      aFlow('api-to-app', 'api', 'app', { data: ['alarm', 'telemetry'] }),
    ],
  });
}

import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../test/builders.js';
import { cloudModel, FULL_SLA } from '../../../test/cloud-fixtures.js';
import { analyze } from '../../analyze.js';
import type { DeviceModel } from '../../model/types.js';
import { buildReportDocument } from '../document.js';
import { cloudSection } from './cloud.js';
import type { Block } from './types.js';

type Table = Extract<Block, { kind: 'table' }>;

const sectionOf = (model: DeviceModel) => cloudSection(buildReportDocument(model, analyze(model)));
const tables = (model: DeviceModel): Table[] =>
  (sectionOf(model)?.blocks ?? []).filter((b): b is Table => b.kind === 'table');
const table = (model: DeviceModel, caption: string): Table | undefined =>
  tables(model).find((t) => t.caption.startsWith(caption));
const text = (model: DeviceModel): string => JSON.stringify(sectionOf(model)?.blocks ?? []);

describe('cloud report section', () => {
  it('is absent when no clinical function depends on the cloud', () => {
    expect(sectionOf(aModel({ components: [aComponent('pump')] }))).toBeUndefined();
  });

  it('lists every SLA term with the downtime it allows per year and per month', () => {
    const services = table(cloudModel(), 'Cloud services and their SLA terms');

    expect(services?.header).toEqual([
      'Service',
      'Provider — service',
      'Model, tenancy',
      'Availability',
      'Downtime / year',
      'Downtime / month',
      'RTO',
      'RPO',
      'Support response',
      'Breach notification',
      'Regions and data residency',
    ]);
    expect(services?.rows.find((r) => r[0] === 'api')).toEqual([
      'api',
      'P',
      'PaaS, tenancy not declared',
      '99.9% per month',
      '8h 45m 36s',
      '43m 49s',
      '30m',
      '5m',
      '1h',
      '24h',
      'data: EU',
    ]);
  });

  it("shows each function's tolerances and offline behaviour", () => {
    const model = cloudModel({
      alarm: { maxTolerableDataLoss: '0' },
      app: { resilience: { offlineMode: true, offlineDuration: '3d' } },
    });

    expect(table(model, 'Clinical functions that depend on the cloud')?.rows).toEqual([
      [
        'remote-alarm',
        'critical',
        '1h',
        'none',
        'stops with the cloud',
        'remote-alarm stops when api or db stops: it is delivered by api in the cloud, so no device-side offline mode can keep it going.',
      ],
      [
        'trend-review',
        'serious',
        '1d',
        'not declared',
        'offline for 3d, then stops',
        'trend-review is kept going offline by app for 3d, then stops; app: offlineMode true, for 3d.',
      ],
    ]);
  });

  it('marks a failed check NOT MET with the numbers that decide it', () => {
    const model = cloudModel({
      api: {
        kind: 'cloud-service',
        deployment: 'cloud',
        functions: ['remote-alarm'],
        cloud: { provider: 'P', sla: { ...FULL_SLA, rto: '4h' } },
      },
    });

    const rows = table(model, 'Clinical tolerance checks')?.rows ?? [];

    expect(rows.find((r) => r[0] === 'remote-alarm' && r[2] === 'recovery')).toEqual([
      'remote-alarm',
      'critical',
      'recovery',
      'api',
      '4h',
      '1h',
      'NOT MET',
      'The RTO of api is 4h; remote-alarm tolerates 1h.',
    ]);
  });

  it('lists missing terms as not assessable, never as met', () => {
    const model = cloudModel({
      api: { kind: 'cloud-service', deployment: 'cloud', functions: ['remote-alarm'], cloud: {} },
    });

    expect(table(model, 'Not assessable')?.rows).toContainEqual([
      'api',
      'components.api.cloud.sla is not declared: availability, recovery, data loss and breach notification cannot be checked',
    ]);
    expect(
      table(model, 'Clinical tolerance checks')?.rows.find(
        (r) => r[0] === 'remote-alarm' && r[2] === 'availability',
      )?.[6],
    ).toBe('not assessable');
  });

  it('compares breach notification with the requirement and cites the statutory deadlines', () => {
    const model = cloudModel({ device: { breachNotificationRequired: '12h' } });

    expect(table(model, 'Breach notification')?.rows).toContainEqual([
      'api',
      '24h',
      '12h',
      'device.breachNotificationRequired',
      'NOT MET',
    ]);
    expect(text(model)).toContain(
      'business associate (e.g. a cloud provider holding PHI) to the covered entity: 60d — 45 CFR 164.410(b)',
    );
  });

  it('names the customer of the responsibility split, and not a provider that runs its own SaaS', () => {
    const model = aModel({
      clinicalFunctions: [
        {
          id: 'sign-in',
          description: 'Clinician sign-in',
          severity: 'serious',
          maxTolerableOutage: '1h',
        },
      ],
      deployments: [{ id: 'saas', type: 'cloud-third-party-saas' }],
      stakeholders: [{ id: 'vendor', role: 'saas-vendor' }],
      components: [
        aComponent('idp', {
          kind: 'identity-provider',
          deployment: 'saas',
          owner: 'vendor',
          functions: ['sign-in'],
          cloud: { serviceModel: 'saas', tenancy: 'multi', sla: FULL_SLA },
        }),
      ],
    });

    const split = table(model, 'Shared responsibility implied by the service model');

    expect(split?.header).toEqual(['Layer', 'SaaS: idp (operated by the provider vendor)']);
    expect(split?.rows.find((r) => r[0]?.startsWith('Application code'))?.[1]).toBe('provider');
    expect(table(model, 'Cloud services')?.rows[0]?.[2]).toBe('SaaS, multi-tenant');
  });
});

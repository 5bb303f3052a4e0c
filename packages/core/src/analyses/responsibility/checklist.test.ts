import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { buildQuery } from '../../model/query/index.js';
import type { AuthoredModel } from '../../model/schema/index.js';
import { CLAUSES } from './clauses.js';
import { responsibilityMatrix } from './matrix.js';
import { CLAUSE_SOURCES } from './sources.js';

type Parts = Partial<Omit<AuthoredModel, 'medrisk' | 'device'>>;

const stakeholders = [
  { id: 'acme', role: 'manufacturer' as const },
  { id: 'it', role: 'hdo-it' as const },
  { id: 'pat', role: 'patient' as const },
  { id: 'csp', role: 'cloud-provider' as const, name: 'Nimbus Cloud' },
  { id: 'svc', role: 'servicer' as const },
  { id: 'store', role: 'app-store-operator' as const },
  { id: 'idle', role: 'saas-vendor' as const },
];
const checklistOf = (parts: Parts) =>
  responsibilityMatrix(
    buildQuery(
      aModel({
        stakeholders,
        clinicalFunctions: [
          {
            id: 'alarms',
            description: 'Forward alarms',
            severity: 'serious',
            maxTolerableOutage: '15m',
          },
        ],
        ...parts,
      }),
    ),
  ).checklist;
const clauseIds = (list: ReturnType<typeof checklistOf>, party: string) =>
  list.find((p) => p.stakeholder === party)?.clauses.map((c) => c.id);

describe('contract clause checklist', () => {
  const cloud: Parts = {
    components: [
      aComponent('pump', { functions: ['alarms'] }),
      aComponent('relay', { kind: 'cloud-service', owner: 'csp', cloud: { regions: ['eu-west'] } }),
    ],
    dataFlows: [aFlow('relay-to-pump', 'relay', 'pump', { data: ['alarm', 'phi'] })],
  };

  it('asks a cloud provider for what its service does to patients, saying why', () => {
    const list = checklistOf(cloud);
    const csp = list.find((p) => p.stakeholder === 'csp');

    expect(csp?.clauses.map((c) => c.id)).toEqual([
      'vulnerability-notification',
      'patch-commitment',
      'end-of-support-notice',
      'availability-sla',
      'breach-notification',
      'log-access',
      'data-residency',
      'security-testing-rights',
    ]);
    expect(csp?.name).toBe('Nimbus Cloud');
    expect(csp?.clauses.find((c) => c.id === 'availability-sla')?.why).toEqual([
      'losing relay stops alarms (serious, tolerates 15 min)',
    ]);
    expect(csp?.clauses.find((c) => c.id === 'data-residency')?.why).toEqual([
      'relay holds patient or personal data in eu-west',
    ]);
  });

  it('resolves every citation with its basis', () => {
    const breach = checklistOf(cloud)
      .find((p) => p.stakeholder === 'csp')
      ?.clauses.find((c) => c.id === 'breach-notification');

    expect(breach?.sources.map((s) => `${s.id}:${s.basis}`)).toEqual([
      'hipaa:unverified',
      'gdpr:unverified',
      'mitre-2026:secondary',
    ]);
  });

  it('leaves out the manufacturer, lay users and parties given nothing', () => {
    const list = checklistOf({
      components: [aComponent('pump', { owner: 'pat' }), aComponent('fw', { owner: 'acme' })],
    });

    expect(list).toEqual([]);
  });

  it('counts the component of a duty for the party that does it', () => {
    const list = checklistOf({
      components: [aComponent('api', { kind: 'web-api', owner: 'acme' })],
      responsibilities: [
        {
          id: 'platform',
          title: 'Patch the platform under the API',
          task: 'patching',
          component: 'api',
          responsible: ['csp'],
          accountable: 'acme',
          communicatedVia: ['contract'],
        },
      ],
    });

    expect(clauseIds(list, 'csp')).toEqual([
      'vulnerability-notification',
      'patch-commitment',
      'end-of-support-notice',
      'log-access',
      'security-testing-rights',
    ]);
  });

  it('asks a hospital to install updates and operate the controls it holds', () => {
    const list = checklistOf({
      components: [
        aComponent('gw', { kind: 'gateway', owner: 'it', update: { mechanism: 'physical' } }),
      ],
      controls: [
        {
          id: 'seg',
          title: 'Segmentation',
          category: 'authorization',
          owner: 'it',
          status: 'implemented',
          mitigates: [],
          responsibility: { communicatedVia: ['mds2'] },
        },
      ],
    });

    expect(clauseIds(list, 'it')).toEqual([
      'responsibility-matrix',
      'hdo-patch-deployment',
      'hdo-environment-controls',
    ]);
  });

  it('asks a servicer whose tool steers the device for controlled access', () => {
    const list = checklistOf({
      components: [aComponent('pump'), aComponent('tool', { kind: 'desktop-app', owner: 'svc' })],
      dataFlows: [aFlow('tool-to-pump', 'tool', 'pump', { data: ['firmware'] })],
    });

    expect(clauseIds(list, 'svc')).toContain('remote-service-access');
    expect(
      list
        .find((p) => p.stakeholder === 'svc')
        ?.clauses.find((c) => c.id === 'remote-service-access')?.why,
    ).toEqual(['tool sends commands, code or settings to pump']);
  });

  it('records what an app store guarantees instead of demanding terms it will not negotiate', () => {
    const list = checklistOf({
      components: [aComponent('stores', { kind: 'app-store', owner: 'store' })],
    });

    expect(clauseIds(list, 'store')).toEqual(['distribution-integrity']);
  });

  it('keeps the clause data whole: unique ids, roles, and at least one known source each', () => {
    const ids = CLAUSES.map((c) => c.id);

    expect(new Set(ids).size).toBe(ids.length);
    for (const clause of CLAUSES) {
      expect(clause.roles.length, clause.id).toBeGreaterThan(0);
      expect(clause.sources.length, clause.id).toBeGreaterThan(0);
      for (const cite of clause.sources) expect(CLAUSE_SOURCES[cite.source]).toBeDefined();
    }
  });
});

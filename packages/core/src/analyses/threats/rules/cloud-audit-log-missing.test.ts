import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { cloudAuditLogMissing } from './cloud-audit-log-missing.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const deployments = [
  { id: 'cloud', type: 'cloud-manufacturer-tenant' as const },
  { id: 'backend', type: 'manufacturer-backend' as const },
  { id: 'home', type: 'patient-home' as const },
  { id: 'vault', type: 'manufacturer-offline' as const },
];
const one = (fields: Fields) => aModel({ deployments, components: [aComponent('svc', fields)] });

describe('cloud-audit-log-missing', () => {
  it.each`
    case                                      | fields                                                                                          | fires
    ${'cloud service, no logging'}            | ${{ kind: 'cloud-service', deployment: 'cloud' }}                                               | ${true}
    ${'back-end database, logs unprotected'}  | ${{ type: 'data-store', kind: 'database', deployment: 'backend', logging: { security: true } }} | ${true}
    ${'update server outside a cloud'}        | ${{ kind: 'update-server', logging: { security: false } }}                                      | ${true}
    ${'cloud service, protected audit log'}   | ${{ kind: 'web-api', deployment: 'cloud', logging: { security: true, tamperProtected: true } }} | ${false}
    ${'third-party external entity in cloud'} | ${{ type: 'external-entity', kind: 'third-party-service', deployment: 'cloud' }}                | ${false}
    ${'offline signing environment'}          | ${{ kind: 'hsm', deployment: 'vault', logging: { security: true } }}                            | ${true}
    ${'home monitor'}                         | ${{ kind: 'home-monitor', deployment: 'home' }}                                                 | ${false}
  `('$case → fires: $fires', ({ fields, fires }) => {
    const model = one(fields);

    const ids = findingIds(cloudAuditLogMissing, model);

    expect(ids).toEqual(fires ? ['cloud-audit-log-missing@svc'] : []);
  });

  it('judges a service once, not the parts nested in it', () => {
    const model = aModel({
      deployments,
      components: [
        aComponent('inference', { kind: 'cloud-service', deployment: 'cloud' }),
        aComponent('model', { kind: 'ai-model', parent: 'inference' }),
      ],
    });

    expect(findingIds(cloudAuditLogMissing, model)).toEqual(['cloud-audit-log-missing@inference']);
  });

  it.each`
    logging                                       | path                                        | rationale
    ${undefined}                                  | ${'components.svc.logging.security'}        | ${'keeps no declared security audit log'}
    ${{ security: true, tamperProtected: false }} | ${'components.svc.logging.tamperProtected'} | ${'the log is declared unprotected'}
  `('explains what is missing for logging $logging', ({ logging, path, rationale }) => {
    const model = one({ kind: 'cloud-service', deployment: 'cloud', logging });

    const [finding] = runRule(cloudAuditLogMissing, model);

    expect(finding?.hit.evidence?.at(-1)?.path).toBe(path);
    expect(finding?.hit.rationale).toContain(rationale);
    expect(finding?.hit.rationale).toContain(
      'runs in cloud-manufacturer-tenant deployment "cloud"',
    );
  });
});

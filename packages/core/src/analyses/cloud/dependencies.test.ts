import { describe, expect, it } from 'vitest';
import { cloudModel, FULL_SLA } from '../../../test/cloud-fixtures.js';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { buildQuery } from '../../model/query/index.js';
import { dependences, dependencyGroups } from './dependencies.js';

const summary = (model: ReturnType<typeof cloudModel>) => {
  const query = buildQuery(model);
  const groups = dependencyGroups(query);
  return dependences(groups, query).map(
    (d) =>
      `${d.functionId}<-${d.group}${d.shield === undefined ? '' : ` after ${d.shield.component} ${String(d.shield.offlineMinutes)}m`}`,
  );
};

describe('cloud dependencies', () => {
  it('finds what stops with each cloud component, through the loss query', () => {
    expect(summary(cloudModel())).toEqual([
      'remote-alarm<-api',
      'trend-review<-api',
      'remote-alarm<-db',
    ]);
  });

  it('keeps a function behind an offline mode with a declared duration, tolerating that long', () => {
    const model = cloudModel({
      app: { resilience: { offlineMode: true, offlineDuration: '3d' } },
    });

    expect(summary(model)).toEqual([
      'remote-alarm<-api',
      'trend-review<-api after app 4320m',
      'remote-alarm<-db',
    ]);
  });

  it('takes an offline mode without a duration to last, as the loss query does', () => {
    const model = cloudModel({ app: { resilience: { offlineMode: true } } });

    expect(summary(model)).toEqual(['remote-alarm<-api', 'remote-alarm<-db']);
  });

  it('groups a component with its failover and names the declaring one primary', () => {
    const model = cloudModel({
      api: {
        kind: 'cloud-service',
        deployment: 'cloud',
        functions: ['remote-alarm'],
        cloud: { failover: ['api-standby'], sla: FULL_SLA },
      },
      extra: [{ kind: 'cloud-service', deployment: 'cloud', cloud: { sla: FULL_SLA } }],
      extraIds: ['api-standby'],
    });
    const groups = dependencyGroups(buildQuery(model));

    expect(groups.map((g) => [g.id, g.members.map((m) => m.id)])).toEqual([
      ['api', ['api', 'api-standby']],
      ['db', ['db']],
    ]);
  });

  it('counts a part nested in a cloud service as the service, and a declared cloud block as cloud', () => {
    const model = aModel({
      clinicalFunctions: [{ id: 'f', description: 'f', severity: 'serious' }],
      deployments: [{ id: 'site', type: 'hospital-clinical-network' }],
      components: [
        aComponent('svc', { deployment: 'site', functions: ['f'], cloud: { provider: 'P' } }),
        aComponent('model', { kind: 'ai-model', parent: 'svc', functions: ['f'] }),
        aComponent('ws', { kind: 'clinician-workstation', deployment: 'site' }),
      ],
      dataFlows: [aFlow('svc-to-ws', 'svc', 'ws', { data: ['alarm'] })],
    });
    const query = buildQuery(model);

    expect(dependencyGroups(query).map((g) => g.id)).toEqual(['svc']);
    expect(dependences(dependencyGroups(query), query).map((d) => d.functionId)).toEqual(['f']);
  });
});

import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, homePumpParts, runRule } from '../../../../test/builders.js';
import { appStoreImpersonation } from './app-store-impersonation.js';

interface Setup {
  readonly mechanism?: 'app-store' | 'ota';
  readonly fromStore?: boolean;
  readonly kind?: 'mobile-app' | 'desktop-app';
  readonly pumpFunctions?: string[];
}

const distributed = ({
  mechanism,
  fromStore = false,
  kind = 'mobile-app',
  pumpFunctions = ['insulin-delivery'],
}: Setup) =>
  aModel({
    ...homePumpParts(),
    deployments: [...homePumpParts().deployments, { id: 'store', type: 'app-store' }],
    components: [
      aComponent('app', {
        kind,
        deployment: 'phone',
        ...(mechanism === undefined ? {} : { update: { mechanism } }),
      }),
      aComponent('play', { kind: 'app-store', type: 'external-entity', deployment: 'store' }),
      aComponent('pump', { deployment: 'body', functions: pumpFunctions }),
    ],
    dataFlows: [
      aFlow('bolus', 'app', 'pump', { data: ['therapy-command'] }),
      ...(fromStore ? [aFlow('install', 'play', 'app', { data: ['software'] })] : []),
    ],
  });

describe('app-store-impersonation', () => {
  it.each`
    case                                       | setup                                              | fires
    ${'updated through the app store'}         | ${{ mechanism: 'app-store' }}                      | ${true}
    ${'installed from an app-store component'} | ${{ fromStore: true }}                             | ${true}
    ${'sideloaded, updated over the air'}      | ${{ mechanism: 'ota' }}                            | ${false}
    ${'store app steering nothing serious'}    | ${{ mechanism: 'app-store', pumpFunctions: [] }}   | ${false}
    ${'desktop app from a store'}              | ${{ mechanism: 'app-store', kind: 'desktop-app' }} | ${false}
  `('$case → fires: $fires', ({ setup, fires }) => {
    const model = distributed(setup);

    const ids = runRule(appStoreImpersonation, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['app-store-impersonation@app'] : []);
  });

  it('points at how the app is distributed and what it can affect', () => {
    const [finding] = runRule(
      appStoreImpersonation,
      distributed({ mechanism: 'app-store', fromStore: true }),
    );

    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'components.app.update.mechanism',
      'dataFlows.install',
    ]);
    expect(finding?.hit.rationale).toContain('insulin-delivery (catastrophic)');
  });
});

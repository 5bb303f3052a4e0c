import { describe, expect, it } from 'vitest';
import { cloudModel } from '../../../test/cloud-fixtures.js';
import { buildQuery } from '../../model/query/index.js';
import { describeDeclaration } from './offline.js';
import { cloudView } from './view.js';

type Parts = Parameters<typeof cloudModel>[0];
const offlineOf = (parts: Parts, fn: string) =>
  cloudView(buildQuery(cloudModel(parts)))?.functions.find((f) => f.id === fn)?.offline;

describe('offline behaviour of cloud-dependent functions', () => {
  it('a function the cloud delivers itself stops with it, whatever the devices declare', () => {
    const offline = offlineOf({}, 'remote-alarm');

    expect(offline?.mode).toBe('stops');
    expect(offline?.stopsWith).toEqual(['api', 'db']);
    expect(offline?.text).toBe(
      'remote-alarm stops when api or db stops: it is delivered by api in the cloud, so no device-side offline mode can keep it going.',
    );
  });

  it('a device that declares no offline mode stops with its feed, and the text says it was not declared', () => {
    const offline = offlineOf({}, 'trend-review');

    // db-to-api declares that only remote-alarm needs it: trend-review depends on api alone.
    expect([offline?.mode, offline?.stopsWith]).toEqual(['stops', ['api']]);
    expect(offline?.text).toBe(
      'trend-review stops when api stops: nothing between them and the function keeps working offline; app: offline mode not declared.',
    );
  });

  it('states what the device does on communication loss when it says', () => {
    const offline = offlineOf(
      { app: { resilience: { offlineMode: false, onCommunicationLoss: 'alarm' } } },
      'trend-review',
    );

    expect(offline?.declarations).toEqual([
      { component: 'app', offlineMode: false, onCommunicationLoss: 'alarm' },
    ]);
    expect(offline?.text).toContain('app: offlineMode false, on communication loss "alarm"');
  });

  it('an offline mode of declared duration keeps the function going that long', () => {
    const offline = offlineOf(
      { app: { resilience: { offlineMode: true, offlineDuration: '3d' } } },
      'trend-review',
    );

    expect([offline?.mode, offline?.lasts, offline?.stopsWith]).toEqual([
      'limited',
      { seconds: 259_200, text: '3d' },
      [],
    ]);
    expect(offline?.text).toBe(
      'trend-review is kept going offline by app for 3d, then stops; app: offlineMode true, for 3d.',
    );
  });

  it('an offline mode with no duration is taken to last: the function no longer depends on the cloud', () => {
    expect(
      offlineOf({ app: { resilience: { offlineMode: true } } }, 'trend-review'),
    ).toBeUndefined();
  });

  it('describes a declaration with nothing declared as such', () => {
    expect(describeDeclaration({ component: 'hub' })).toBe('hub: offline mode not declared');
  });
});

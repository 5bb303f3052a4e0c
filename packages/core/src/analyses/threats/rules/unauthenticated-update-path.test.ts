import { describe, expect, it } from 'vitest';
import { aComponent, aModel, runRule } from '../../../../test/builders.js';
import { unauthenticatedUpdatePath } from './unauthenticated-update-path.js';

const withUpdate = (update: NonNullable<Parameters<typeof aComponent>[1]>['update']) =>
  aModel({ components: [aComponent('pump', { update })] });

describe('unauthenticated-update-path', () => {
  it.each`
    authentication    | fires
    ${undefined}      | ${true}
    ${'none'}         | ${true}
    ${'channel-only'} | ${true}
    ${'signature'}    | ${false}
    ${'mac'}          | ${false}
  `('authentication $authentication → fires: $fires', ({ authentication, fires }) => {
    const ids = runRule(
      unauthenticatedUpdatePath,
      withUpdate({ mechanism: 'ota', ...(authentication === undefined ? {} : { authentication }) }),
    ).map((f) => f.id);

    expect(ids).toEqual(fires ? ['unauthenticated-update-path@pump'] : []);
  });

  it('does not consider components that cannot be updated', () => {
    expect(runRule(unauthenticatedUpdatePath, withUpdate({ mechanism: 'none' }))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { updateSourceUnprotected } from './update-source-unprotected.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const fleet = (source: Fields, signature: Fields['update'] = { mechanism: 'ota' }) =>
  aModel({
    deployments: [
      { id: 'cloud', type: 'cloud-manufacturer-tenant' },
      { id: 'depot', type: 'service-depot' },
      { id: 'factory', type: 'manufacturing' },
    ],
    components: [
      aComponent('updates', { kind: 'web-api', deployment: 'cloud', ...source }),
      aComponent('signer', { kind: 'signing-service', deployment: 'factory' }),
      aComponent('pump', { update: { ...signature, source: 'updates' } }),
    ],
  });

describe('update-source-unprotected', () => {
  it.each`
    case                                      | source                                                                              | fires
    ${'no access declared'}                   | ${{}}                                                                               | ${true}
    ${'authentication none'}                  | ${{ access: { authentication: 'none', mfa: true } }}                                | ${true}
    ${'password, no MFA, no roles'}           | ${{ access: { authentication: 'password' } }}                                       | ${true}
    ${'password with MFA'}                    | ${{ access: { authentication: 'password', mfa: true } }}                            | ${false}
    ${'no MFA but privileged roles declared'} | ${{ access: { authentication: 'password', privilegedRoles: ['release-manager'] } }} | ${false}
    ${'not back end (service depot laptop)'}  | ${{ kind: 'desktop-app', deployment: 'depot' }}                                     | ${false}
    ${'update-server kind anywhere'}          | ${{ kind: 'update-server', deployment: 'depot' }}                                   | ${true}
  `('$case → fires: $fires', ({ source, fires }) => {
    const model = fleet(source);

    const ids = findingIds(updateSourceUnprotected, model);

    expect(ids).toEqual(fires ? ['update-source-unprotected@updates'] : []);
  });

  it('does not consider back-end components nobody updates from', () => {
    const model = aModel({
      deployments: [{ id: 'cloud', type: 'cloud-manufacturer-tenant' }],
      components: [aComponent('portal', { kind: 'web-portal', deployment: 'cloud' })],
    });

    expect(findingIds(updateSourceUnprotected, model)).toEqual([]);
  });

  it.each`
    case                             | update                                                                                                             | level
    ${'unsigned updates'}            | ${{ mechanism: 'ota' }}                                                                                            | ${'high'}
    ${'signed by the source itself'} | ${{ mechanism: 'ota', authentication: 'signature', signature: { algorithm: 'ecdsa-p256', keyHolder: 'updates' } }} | ${'high'}
    ${'signed by a separate signer'} | ${{ mechanism: 'ota', authentication: 'signature', signature: { algorithm: 'ecdsa-p256', keyHolder: 'signer' } }}  | ${'low'}
  `('rates a source serving $case as $level', ({ update, level }) => {
    const model = fleet({}, update);

    const [finding] = runRule(updateSourceUnprotected, model);

    expect(finding?.hit.exploitability?.level).toBe(level);
    expect(finding?.hit.rationale).toContain('is the update source of "pump"');
    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.updates.access.authentication is not declared; treated as none',
    );
  });
});

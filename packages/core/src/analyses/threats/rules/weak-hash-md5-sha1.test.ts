import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { weakHashMd5Sha1 } from './weak-hash-md5-sha1.js';

const onFlow = (integrity: string, purpose?: 'security' | 'accidental-corruption') =>
  aModel({
    components: [aComponent('app'), aComponent('pump')],
    dataFlows: [
      aFlow('cmd', 'app', 'pump', {
        integrity: purpose === undefined ? integrity : { algorithm: integrity, purpose },
      }),
    ],
  });

describe('weak-hash-md5-sha1', () => {
  it.each`
    algorithm      | purpose                    | fires
    ${'md5'}       | ${undefined}               | ${true}
    ${'SHA-1'}     | ${'security'}              | ${true}
    ${'hmac-md5'}  | ${undefined}               | ${false}
    ${'md5'}       | ${'accidental-corruption'} | ${false}
    ${'hmac-sha1'} | ${undefined}               | ${false}
    ${'sha-256'}   | ${undefined}               | ${false}
    ${'crc32'}     | ${undefined}               | ${false}
  `('flow integrity $algorithm ($purpose) → fires: $fires', ({ algorithm, purpose, fires }) => {
    const model = onFlow(algorithm, purpose);

    const ids = findingIds(weakHashMd5Sha1, model);

    expect(ids).toEqual(fires ? ['weak-hash-md5-sha1@cmd/integrity'] : []);
  });

  it.each`
    algorithm            | fires
    ${'rsa-sha1'}        | ${true}
    ${'ecdsa-with-sha1'} | ${true}
    ${'sha1WithRSA'}     | ${true}
    ${'rsa-pss-sha256'}  | ${false}
    ${'ecdsa-p256'}      | ${false}
    ${'rsa-1024'}        | ${false}
  `('update signature $algorithm → fires: $fires', ({ algorithm, fires }) => {
    const model = aModel({
      components: [aComponent('pump', { update: { mechanism: 'ota', signature: { algorithm } } })],
    });

    const ids = findingIds(weakHashMd5Sha1, model);

    expect(ids).toEqual(fires ? ['weak-hash-md5-sha1@pump/update.signature'] : []);
  });

  it('reports credential hashes and flow authentication digests, not HMAC-SHA-1 or PBKDF2', () => {
    const model = aModel({
      components: [
        aComponent('portal', {
          credentials: [
            { id: 'users', kind: 'password', algorithm: 'md5' },
            { id: 'admins', kind: 'password', algorithm: 'pbkdf2-sha1' },
          ],
        }),
        aComponent('pump'),
      ],
      dataFlows: [
        aFlow('cmd', 'portal', 'pump', {
          authentication: { method: 'signature', algorithm: 'sha1' },
        }),
        aFlow('cfg', 'portal', 'pump', { authentication: { method: 'hmac', algorithm: 'sha1' } }),
      ],
    });

    const ids = findingIds(weakHashMd5Sha1, model);

    expect(ids).toEqual([
      'weak-hash-md5-sha1@cmd/authentication',
      'weak-hash-md5-sha1@portal/credentials.users',
    ]);
  });

  it('rates MD5 higher than SHA-1 and points at the algorithm', () => {
    const [md5] = runRule(weakHashMd5Sha1, onFlow('md5'));
    const [sha1] = runRule(weakHashMd5Sha1, onFlow('sha1'));

    expect(md5?.hit.exploitability?.level).toBe('high');
    expect(sha1?.hit.exploitability).toBeUndefined();
    expect(sha1?.hit.evidence).toEqual([
      { path: 'dataFlows.cmd.integrity', text: 'integrity check: sha1' },
    ]);
  });
});

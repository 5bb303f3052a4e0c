import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { pqcContext } from '../../../test/pqc-fixtures.js';
import { pqcAnalysis } from './view.js';

type Parts = NonNullable<Parameters<typeof aModel>[0]>;

const usesOf = (parts: Parts) => pqcAnalysis(pqcContext(aModel(parts))).uses;
const use = (parts: Parts, id: string) => {
  const found = usesOf(parts).find((u) => u.id === id);
  if (found === undefined)
    throw new Error(
      `${id} not in ${usesOf(parts)
        .map((u) => u.id)
        .join(', ')}`,
    );
  return found;
};

describe('crypto inventory derived from the model', () => {
  it('inventories a firmware signature on its verifier, fixed when the verifier cannot be updated', () => {
    const parts: Parts = {
      components: [
        aComponent('boot', { update: { mechanism: 'none' } }),
        aComponent('pump', {
          update: {
            mechanism: 'ota',
            signature: { algorithm: 'ecdsa-p256', verifiedBy: ['boot'] },
          },
        }),
      ],
    };

    expect(use(parts, 'pump/update-signature')).toMatchObject({
      purpose: 'firmware-signing',
      origin: 'derived',
      data: ['firmware'],
      constrainedBy: ['boot'],
      fieldUpdatable: { value: 'no', declared: false },
      hardware: { kind: 'rom' },
      paths: ['components.pump.update.signature.algorithm'],
    });
  });

  it('calls an app’s update signature code signing', () => {
    const parts: Parts = {
      components: [
        aComponent('app', {
          kind: 'mobile-app',
          update: { mechanism: 'app-store', signature: { algorithm: 'rsa-3072' } },
        }),
      ],
    };

    expect(use(parts, 'app/update-signature')).toMatchObject({
      purpose: 'code-signing',
      data: ['software'],
    });
  });

  it('does not count the signing service’s private key again', () => {
    const parts: Parts = {
      components: [
        aComponent('signer', {
          kind: 'signing-service',
          credentials: [{ id: 'k', kind: 'private-key', algorithm: 'ecdsa-p256' }],
        }),
        aComponent('pump', {
          update: { mechanism: 'ota', signature: { algorithm: 'ecdsa-p256', keyHolder: 'signer' } },
        }),
      ],
    };

    expect(usesOf(parts).map((u) => u.id)).toEqual(['pump/update-signature']);
  });

  it('gives storage encryption the data of the flows the store holds', () => {
    const parts: Parts = {
      components: [
        aComponent('db', {
          type: 'data-store',
          kind: 'database',
          storage: { encryptedAtRest: true, encryptionAlgorithm: 'aes-256-gcm' },
        }),
        aComponent('api', { kind: 'web-api' }),
      ],
      dataFlows: [aFlow('save', 'api', 'db', { data: ['phi', 'telemetry'] })],
    };

    expect(use(parts, 'db/storage-encryption')).toMatchObject({
      purpose: 'data-at-rest',
      data: ['phi', 'telemetry'],
      info: { quantum: 'symmetric' },
    });
  });

  it('infers the classical key exchange of a TLS flow, negotiated by the peers', () => {
    const parts: Parts = {
      components: [
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('api', { kind: 'web-api' }),
      ],
      dataFlows: [aFlow('sync', 'app', 'api', { protocol: 'https', data: ['phi'] })],
    };

    expect(use(parts, 'sync/key-exchange')).toMatchObject({
      purpose: 'tls-key-exchange',
      algorithm: 'ecdhe',
      inferred: true,
      data: ['phi'],
      constrainedBy: ['app', 'api'],
      negotiable: { value: true, declared: false },
    });
  });

  it('reads the key exchange and server signature from a TLS 1.2 cipher suite', () => {
    const parts: Parts = {
      components: [
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('api', { kind: 'web-api' }),
      ],
      dataFlows: [
        aFlow('sync', 'app', 'api', {
          protocol: 'tls',
          encryption: {
            algorithm: 'aes-128-gcm',
            cipherSuite: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
          },
        }),
      ],
    };

    expect(use(parts, 'sync/key-exchange')).toMatchObject({ algorithm: 'ecdhe', inferred: false });
    expect(use(parts, 'sync/tls-authentication')).toMatchObject({
      algorithm: 'rsa',
      purpose: 'tls-authentication',
    });
  });

  it('sees a hybrid key exchange as hybrid', () => {
    const parts: Parts = {
      components: [
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('api', { kind: 'web-api' }),
      ],
      dataFlows: [
        aFlow('sync', 'app', 'api', {
          protocol: 'tls',
          encryption: { algorithm: 'tls-1.3', keyExchange: 'x25519mlkem768' },
        }),
      ],
    };

    expect(use(parts, 'sync/key-exchange').info.quantum).toBe('hybrid');
  });
});

describe('declared crypto entries', () => {
  it('add their facts to the derived use they describe, which keeps its id', () => {
    const parts: Parts = {
      components: [
        aComponent('pump', {
          update: { mechanism: 'ota', signature: { algorithm: 'ecdsa-p256' } },
          crypto: [
            {
              id: 'fw',
              purpose: 'firmware-signing',
              algorithm: 'ecdsa-p256',
              library: { name: 'mbedTLS', version: '3.6.2' },
              fieldUpdatable: 'library',
            },
          ],
        }),
      ],
    };

    const uses = usesOf(parts);

    expect(uses.map((u) => u.id)).toEqual(['pump/update-signature']);
    expect(uses[0]).toMatchObject({
      library: { name: 'mbedTLS', version: '3.6.2' },
      fieldUpdatable: {
        value: 'library',
        declared: true,
        basis: 'components.pump.crypto.fw.fieldUpdatable',
      },
      paths: ['components.pump.crypto.fw.algorithm', 'components.pump.update.signature.algorithm'],
      inferred: false,
    });
  });

  it('name a TLS key exchange, so none is inferred', () => {
    const parts: Parts = {
      components: [
        aComponent('app', { kind: 'mobile-app' }),
        aComponent('api', { kind: 'web-api' }),
      ],
      dataFlows: [
        aFlow('sync', 'app', 'api', {
          protocol: 'https',
          crypto: [
            { id: 'kx', purpose: 'tls-key-exchange', algorithm: 'x25519', negotiable: false },
          ],
        }),
      ],
    };

    expect(usesOf(parts).map((u) => u.id)).toEqual(['sync/crypto-kx']);
    expect(use(parts, 'sync/crypto-kx')).toMatchObject({
      algorithm: 'x25519',
      inferred: false,
      negotiable: { value: false, declared: true },
    });
  });

  it('are uses of their own otherwise, updatable as their element is', () => {
    const parts: Parts = {
      components: [
        aComponent('pump', {
          update: { mechanism: 'none' },
          crypto: [
            {
              id: 'pair',
              purpose: 'pairing',
              algorithm: 'ecdh-p256',
              data: ['keys'],
              protectionYears: 12,
            },
          ],
        }),
      ],
    };

    expect(use(parts, 'pump/crypto-pair')).toMatchObject({
      origin: 'declared',
      data: ['keys'],
      protectionYears: 12,
      fieldUpdatable: { value: 'no', declared: false },
    });
  });
});

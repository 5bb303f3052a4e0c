import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../test/builders.js';
import { aCbom, anAlgorithmAsset, pqcContext } from '../../../test/pqc-fixtures.js';
import type { CryptoAsset } from '../../inventory/types.js';
import { pqcAnalysis } from './view.js';

const FILE = 'boms/pump.cbom.json';

/** The inventory of a pump (ECDSA firmware signature, OTA updates) whose CBOM lists `assets`. */
function inventory(assets: readonly CryptoAsset[]) {
  const model = aModel({
    components: [
      aComponent('pump', { update: { mechanism: 'ota', signature: { algorithm: 'ecdsa-p256' } } }),
    ],
    boms: [{ id: 'cbom', type: 'cbom', path: 'pump.cbom.json', component: 'pump' }],
  });
  return pqcAnalysis(
    pqcContext(model, {}, [{ id: 'cbom', file: FILE, inventory: aCbom(FILE, assets) }]),
  ).uses;
}

describe('crypto assets read from a CycloneDX 1.6 CBOM', () => {
  it('corroborates a use the model names, under another spelling of the same algorithm', () => {
    const uses = inventory([anAlgorithmAsset('ECDSA-P256', { primitive: 'signature' })]);

    expect(uses.map((u) => u.id)).toEqual(['pump/update-signature']);
    expect(uses[0]?.paths).toEqual([
      'components.pump.update.signature.algorithm',
      `${FILE}#crypto/ECDSA-P256`,
    ]);
  });

  it('adds any other algorithm as a use of its own, updatable as its component is', () => {
    const uses = inventory([
      anAlgorithmAsset('RSA-2048', { primitive: 'pke', cryptoFunctions: ['encapsulate'] }),
    ]);
    const rsa = uses.find((u) => u.id === 'pump/cbom-rsa-2048');

    expect(rsa).toMatchObject({
      origin: 'cbom',
      purpose: 'other',
      info: { quantum: 'vulnerable', securityBits: 112 },
      basis: `listed in ${FILE} (primitive pke; functions encapsulate)`,
      fieldUpdatable: { value: 'firmware' },
    });
    expect(rsa?.deadline?.year).toBe(2030);
  });

  it('takes key agreement and KEM primitives as key establishment', () => {
    const uses = inventory([anAlgorithmAsset('X25519', { primitive: 'key-agree' })]);

    expect(uses.find((u) => u.id === 'pump/cbom-x25519')?.purpose).toBe('key-establishment');
  });

  it('judges an unknown name by its primitive and NIST quantum security level, and says so', () => {
    const uses = inventory([
      anAlgorithmAsset('Vendor-KEM', { primitive: 'kem', nistQuantumSecurityLevel: 3 }),
      // As the XML reader gives them: strings and lists.
      anAlgorithmAsset('Vendor-Sig', { primitive: ['signature'], nistQuantumSecurityLevel: '0' }),
    ]);

    expect(uses.find((u) => u.id === 'pump/cbom-vendor-kem')?.info).toMatchObject({
      quantum: 'post-quantum',
      source: 'CBOM: primitive kem, nistQuantumSecurityLevel 3',
    });
    expect(uses.find((u) => u.id === 'pump/cbom-vendor-sig')?.info.quantum).toBe('vulnerable');
  });

  it('keeps the algorithm table’s verdict and notes a CBOM that disagrees', () => {
    const uses = inventory([
      anAlgorithmAsset('RSA-3072', { primitive: 'signature', nistQuantumSecurityLevel: 1 }),
    ]);
    const rsa = uses.find((u) => u.id === 'pump/cbom-rsa-3072');

    expect(rsa?.info.quantum).toBe('vulnerable');
    expect(rsa?.notes).toEqual([
      expect.stringContaining(
        'RSA-3072: the CBOM gives nistQuantumSecurityLevel 1, but rsa is quantum-vulnerable',
      ),
    ]);
  });

  it('ignores certificates and protocols (only algorithms are uses)', () => {
    const certificate: CryptoAsset = {
      ...anAlgorithmAsset('device-cert'),
      assetType: 'certificate',
    };

    expect(inventory([certificate]).map((u) => u.id)).toEqual(['pump/update-signature']);
  });
});

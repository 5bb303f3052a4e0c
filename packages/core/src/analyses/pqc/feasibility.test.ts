import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../test/builders.js';
import { pqcContext } from '../../../test/pqc-fixtures.js';
import { bytes, worst } from './feasibility.js';
import { pqcAnalysis } from './view.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;
type FlowFields = NonNullable<Parameters<typeof aFlow>[3]>;

/** The feasibility checks of one replacement for the key exchange on `radio` (pump → hub). */
function kexOption(option: string, pump: Fields = {}, flow: FlowFields = {}) {
  const model = aModel({
    components: [aComponent('pump', pump), aComponent('hub', { kind: 'home-monitor' })],
    dataFlows: [
      aFlow('radio', 'pump', 'hub', {
        ...flow,
        crypto: [{ id: 'kx', purpose: 'key-establishment', algorithm: 'ecdh-p256' }],
      }),
    ],
  });
  const use = pqcAnalysis(pqcContext(model)).uses.find((u) => u.id === 'radio/crypto-kx');
  const found = use?.plan.options.find((o) => o.option === option);
  if (found === undefined) throw new Error(`${option} not among the options`);
  return found;
}

const check = (o: ReturnType<typeof kexOption>, constraint: string, on: string) =>
  o.checks.find((c) => c.constraint === constraint && c.on === on);

describe('feasibility of a replacement (published sizes against declared constraints)', () => {
  it('needs the ML-KEM-768 decapsulation key and ciphertext in RAM: 2,400 + 1,088 B', () => {
    expect(
      check(kexOption('ml-kem-768', { hardware: { freeRamKb: 4 } }), 'ram', 'pump'),
    ).toMatchObject({
      needBytes: 3488,
      availableBytes: 4096,
      status: 'ok',
    });
    expect(
      check(kexOption('ml-kem-768', { hardware: { freeRamKb: 3 } }), 'ram', 'pump'),
    ).toMatchObject({
      needBytes: 3488,
      availableBytes: 3072,
      status: 'exceeds',
    });
  });

  it('counts a need above a quarter of total RAM as tight when free RAM is not declared', () => {
    // 3,488 B of 8 KiB (> 2,048 B) is tight; of 16 KiB (< 4,096 B) fine; of 2 KiB impossible.
    expect(check(kexOption('ml-kem-768', { hardware: { ramKb: 8 } }), 'ram', 'pump')?.status).toBe(
      'tight',
    );
    expect(check(kexOption('ml-kem-768', { hardware: { ramKb: 16 } }), 'ram', 'pump')?.status).toBe(
      'ok',
    );
    expect(check(kexOption('ml-kem-768', { hardware: { ramKb: 2 } }), 'ram', 'pump')?.status).toBe(
      'exceeds',
    );
  });

  it('reads the hardware of the enclosing component', () => {
    const model = aModel({
      components: [
        aComponent('pump', { hardware: { freeRamKb: 1 } }),
        aComponent('radio-fw', { parent: 'pump' }),
        aComponent('hub', { kind: 'home-monitor' }),
      ],
      dataFlows: [
        aFlow('radio', 'radio-fw', 'hub', {
          crypto: [{ id: 'kx', purpose: 'key-establishment', algorithm: 'x25519' }],
        }),
      ],
    });
    const use = pqcAnalysis(pqcContext(model)).uses.find((u) => u.id === 'radio/crypto-kx');
    const ram = use?.plan.options[0]?.checks.find(
      (c) => c.on === 'radio-fw' && c.constraint === 'ram',
    );

    expect(ram?.status).toBe('exceeds');
    expect(ram?.detail).toContain('free RAM of "pump"');
  });

  it('splits the largest X25519MLKEM768 share (1,216 B) into BLE frames of 244 B', () => {
    const ble = check(
      kexOption('x25519mlkem768', {}, { protocol: 'ble', link: { mtuBytes: 244 } }),
      'mtu',
      'radio',
    );

    expect(ble).toMatchObject({ needBytes: 1216, availableBytes: 244, status: 'tight' });
    expect(ble?.detail).toContain('in 5 frames of 244 B on a datagram link');
    // A stream transport segments it for us.
    const tcp = check(
      kexOption('x25519mlkem768', {}, { protocol: 'tls', link: { mtuBytes: 244 } }),
      'mtu',
      'radio',
    );
    expect(tcp?.status).toBe('ok');
  });

  it('times the whole exchange (1,216 + 1,120 B) on the link', () => {
    const at = (kbps: number) =>
      check(
        kexOption('x25519mlkem768', {}, { link: { bandwidthKbps: kbps } }),
        'bandwidth',
        'radio',
      );

    expect(at(100)).toMatchObject({ needBytes: 2336, status: 'ok' });
    expect(at(100)?.detail).toBe('2336 B take 0.19 s at 100 kbit/s');
    expect(at(10)?.status).toBe('tight');
    expect(at(1)?.status).toBe('exceeds');
  });

  it('does not assess what the model does not declare', () => {
    const option = kexOption('ml-kem-768');

    expect(option.status).toBe('not-assessable');
    expect(check(option, 'ram', 'pump')?.detail).toBe(
      'components.pump.hardware.ramKb is not declared',
    );
    expect(check(option, 'mtu', 'radio')?.detail).toBe(
      'dataFlows.radio.link.mtuBytes is not declared',
    );
  });

  it('takes the worst status of the checks', () => {
    expect(worst([{ status: 'ok' }, { status: 'tight' }, { status: 'not-assessable' }])).toBe(
      'tight',
    );
    expect(worst([{ status: 'ok' }, { status: 'exceeds' }])).toBe('exceeds');
    expect(worst([{ status: 'not-assessable' }])).toBe('not-assessable');
    expect(worst([])).toBe('not-assessable');
  });

  it('writes sizes in bytes, in KiB from 10 KiB and in MiB from 10 MiB up', () => {
    expect(bytes(2420)).toBe('2420 B');
    expect(bytes(17088)).toBe('16.7 KiB');
    expect(bytes(262144 * 1024)).toBe('256.0 MiB');
  });
});

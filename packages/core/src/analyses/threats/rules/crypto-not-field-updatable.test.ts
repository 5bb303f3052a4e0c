import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { cryptoNotFieldUpdatable } from './crypto-not-field-updatable.js';

type Crypto = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['crypto']>[number];

const declared = (use: Partial<Crypto>, marketDate?: string) =>
  aModel({
    device: marketDate === undefined ? {} : { marketDate },
    components: [
      aComponent('pump', {
        crypto: [{ id: 'tel', purpose: 'command-authentication', algorithm: 'rsa-2048', ...use }],
      }),
    ],
  });

/** A bootloader that cannot be updated verifies the firmware signature of `pump`. */
const romVerifier = (algorithm: string, marketDate = '2026-01-01') =>
  aModel({
    device: { marketDate, serviceLifeYears: 10 },
    components: [
      aComponent('boot', { update: { mechanism: 'none' } }),
      aComponent('pump', {
        update: { mechanism: 'ota', signature: { algorithm, verifiedBy: ['boot'] } },
      }),
    ],
  });

describe('crypto-not-field-updatable', () => {
  it.each`
    case                                                    | model                                                         | expected
    ${'declared fixed RSA-2048, device in service to 2036'} | ${declared({ fieldUpdatable: 'no' }, '2026-01-01')}           | ${['crypto-not-field-updatable@pump']}
    ${'the same, no market date (end unknown)'}             | ${declared({ fieldUpdatable: 'no' })}                         | ${['crypto-not-field-updatable@pump']}
    ${'retired 2025, before the 2030 deadline'}             | ${declared({ fieldUpdatable: 'no' }, '2015-01-01')}           | ${[]}
    ${'replaceable with a firmware update'}                 | ${declared({ fieldUpdatable: 'firmware' }, '2026-01-01')}     | ${[]}
    ${'updatability not declared (not assumed fixed)'}      | ${declared({}, '2026-01-01')}                                 | ${[]}
    ${'fixed, but post-quantum (ML-DSA-65)'}                | ${declared({ fieldUpdatable: 'no', algorithm: 'ml-dsa-65' })} | ${[]}
    ${'ROM bootloader verifies ECDSA until 2036 > 2035'}    | ${romVerifier('ecdsa-p256')}                                  | ${['crypto-not-field-updatable@pump']}
    ${'ROM bootloader, device retired 2034 < 2035'}         | ${romVerifier('ecdsa-p256', '2024-01-01')}                    | ${[]}
    ${'ROM bootloader verifying LMS'}                       | ${romVerifier('lms')}                                         | ${[]}
  `('$case', ({ model, expected }) => {
    expect(findingIds(cryptoNotFieldUpdatable, model)).toEqual(expected);
  });

  it('names the fixed uses, why they are fixed and the deadline they outlive', () => {
    const [finding] = runRule(cryptoNotFieldUpdatable, romVerifier('ecdsa-p256'));

    expect(finding?.hit.rationale).toContain('ecdsa-p256 for firmware signing');
    expect(finding?.hit.rationale).toContain('components.boot.update.mechanism is none');
    expect(finding?.hit.rationale).toContain('NIST deadline 2035');
    expect(finding?.hit.rationale).toContain('in service until 2036-01');
    // A forged firmware signature steers the device: patient harm, not a privacy harm.
    expect(finding?.hit.severity).toBeUndefined();
    expect(finding?.stride).toEqual(['tampering', 'spoofing']);
  });
});

import { describe, expect, it } from 'vitest';
import { classifyAlgorithm } from '../../../model/algorithms.js';
import {
  DEFAULT_CRQC,
  MILESTONES,
  NIST_DEPRECATED_AFTER,
  NIST_DISALLOWED_AFTER,
} from './milestones.js';
import { PARAMETER_SETS, parameterSet } from './sizes.js';

/** RFC 8554 §5.4: an LMS signature is 4 + (4 + n + p·n) + 4 + h·n bytes. */
const lmsSignature = (n: number, p: number, h: number) => 4 + (4 + n + p * n) + 4 + h * n;
/** RFC 8391: an XMSS signature is 4 + n + (len + h)·n bytes (len = 67 for n = 32, w = 16). */
const xmssSignature = (n: number, h: number) => 4 + n + (67 + h) * n;

describe('published sizes (bytes)', () => {
  it.each`
    id                     | publicKey | output
    ${'ml-kem-512'}        | ${800}    | ${768}
    ${'ml-kem-768'}        | ${1184}   | ${1088}
    ${'ml-kem-1024'}       | ${1568}   | ${1568}
    ${'ml-dsa-44'}         | ${1312}   | ${2420}
    ${'ml-dsa-65'}         | ${1952}   | ${3309}
    ${'ml-dsa-87'}         | ${2592}   | ${4627}
    ${'slh-dsa-sha2-128s'} | ${32}     | ${7856}
    ${'slh-dsa-sha2-128f'} | ${32}     | ${17088}
    ${'slh-dsa-sha2-192s'} | ${48}     | ${16224}
    ${'slh-dsa-sha2-192f'} | ${48}     | ${35664}
    ${'slh-dsa-sha2-256s'} | ${64}     | ${29792}
    ${'slh-dsa-sha2-256f'} | ${64}     | ${49856}
  `(
    '$id: public key $publicKey, ciphertext or signature $output (FIPS 203/204/205)',
    ({ id, publicKey, output }) => {
      expect(parameterSet(id)).toMatchObject({ publicKey, output, status: 'standard' });
    },
  );

  it('computes the stateful hash-based sizes from their RFC layouts', () => {
    expect(parameterSet('lms-sha256-h10-w4').output).toBe(lmsSignature(32, 67, 10));
    expect(parameterSet('lms-sha256-h20-w8').output).toBe(lmsSignature(32, 34, 20));
    expect(parameterSet('xmss-sha2-10-256').output).toBe(xmssSignature(32, 10));
    expect(parameterSet('xmss-sha2-20-256').output).toBe(xmssSignature(32, 20));
    expect(PARAMETER_SETS.filter((p) => p.stateful).map((p) => p.family)).toEqual([
      'lms',
      'lms',
      'xmss',
      'xmss',
    ]);
  });

  it('sizes the hybrid TLS shares as ML-KEM-768 plus X25519 (1,184 + 32 and 1,088 + 32)', () => {
    expect(parameterSet('x25519mlkem768').shares).toEqual({ client: 1216, server: 1120 });
  });

  it('marks FN-DSA (FIPS 206 unpublished) and the hybrid groups (IETF drafts) as drafts', () => {
    expect(PARAMETER_SETS.filter((p) => p.status === 'draft').map((p) => p.id)).toEqual([
      'x25519mlkem768',
      'secp256r1mlkem768',
      'fn-dsa-512',
      'fn-dsa-1024',
    ]);
  });

  it('names only ML-KEM-1024, ML-DSA-87, LMS and XMSS as CNSA 2.0 algorithms', () => {
    expect([...new Set(PARAMETER_SETS.filter((p) => p.cnsa2).map((p) => p.family))]).toEqual([
      'ml-kem',
      'ml-dsa',
      'lms',
      'xmss',
    ]);
  });

  it('every parameter set is classified the way the algorithm table classifies its family', () => {
    for (const set of PARAMETER_SETS.filter((p) => p.status !== 'classical'))
      expect(['post-quantum', 'hybrid'], set.id).toContain(classifyAlgorithm(set.id).quantum);
    for (const set of PARAMETER_SETS.filter((p) => p.status === 'classical'))
      expect(classifyAlgorithm(set.id).quantum, set.id).toBe('vulnerable');
  });

  it('refuses an unknown parameter set', () => {
    expect(() => parameterSet('kyber-9000')).toThrow('unknown parameter set kyber-9000');
  });
});

describe('milestones', () => {
  it('NIST IR 8547 ipd: deprecated after 2030, disallowed after 2035, flagged to verify', () => {
    expect([NIST_DEPRECATED_AFTER, NIST_DISALLOWED_AFTER]).toEqual([2030, 2035]);
    const nist = MILESTONES.filter((m) => m.id.startsWith('nist-'));
    expect(nist.map((m) => [m.year, m.status])).toEqual([
      [2030, 'draft'],
      [2035, 'draft'],
    ]);
    for (const m of nist) expect(m.unverified).toContain('status of NIST IR 8547 is unclear');
  });

  it('keeps CNSA 2.0 dates as National Security Systems references, never device deadlines', () => {
    const cnsa = MILESTONES.filter((m) => m.id.startsWith('cnsa2-'));
    expect(cnsa.map((m) => `${m.id} ${String(m.year)}`)).toEqual([
      'cnsa2-signing 2030',
      'cnsa2-networking 2030',
      'cnsa2-web-cloud 2033',
      'cnsa2-niche 2033',
      'cnsa2-operating-systems 2033',
      'cnsa2-all-nss 2035',
    ]);
    expect(new Set(cnsa.map((m) => m.scope))).toEqual(new Set(['national-security-systems']));
  });

  it('gives every milestone and the CRQC default a source', () => {
    for (const m of MILESTONES) expect(m.source.length, m.id).toBeGreaterThan(10);
    expect(DEFAULT_CRQC.year).toBe(2039);
    expect(DEFAULT_CRQC.source).toContain(
      'Global Risk Institute Quantum Threat Timeline Report 2024',
    );
  });
});

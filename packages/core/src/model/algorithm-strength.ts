import type { AlgorithmInfo } from './algorithms.js';

type Strength = Pick<AlgorithmInfo, 'keyBits' | 'securityBits' | 'nistCategory'>;

/**
 * The strength a name states: modulus size, curve, key length or post-quantum parameter set.
 * Classical strengths are NIST SP 800-57 Part 1 Rev. 5, Table 2 (RSA/DH: 2048 → 112 bits,
 * 3072 → 128, 7680 → 192, 15360 → 256; elliptic curves: half the field size, so P-256 → 128);
 * X448/Ed448 give about 224 bits (RFC 7748 §7, RFC 8032). Post-quantum categories are those of
 * FIPS 203 (ML-KEM-512/768/1024 → 1/3/5), FIPS 204 (ML-DSA-44/65/87 → 2/3/5) and FIPS 205
 * (SLH-DSA-128/192/256 → 1/3/5). A name that states nothing gives nothing: never a guess.
 */
export function strengthOf(info: Omit<AlgorithmInfo, keyof Strength>): Strength {
  const name = info.name;
  switch (info.family) {
    case 'rsa':
    case 'dsa':
    case 'ffdh': {
      const keyBits = modulusBits(name);
      return keyBits === undefined ? {} : { keyBits, securityBits: modulusStrength(keyBits) };
    }
    case 'ecdsa':
    case 'eddsa':
    case 'ecdh':
    case 'hybrid-kem':
    case 'other-classical-signature':
    case 'classical-key-agreement': {
      const securityBits = curveStrength(name);
      return securityBits === undefined ? {} : { securityBits };
    }
    case 'ml-kem':
      return category(name, { '512': 1, '768': 3, '1024': 5 });
    case 'ml-dsa':
      return category(name, { '44': 2, '65': 3, '87': 5 });
    case 'slh-dsa':
      return category(name, { '128': 1, '192': 3, '256': 5 });
    case 'fn-dsa':
      return category(name, { '512': 1, '1024': 5 });
    case 'aead':
    case 'cipher':
      return symmetricStrength(name);
    default:
      return {};
  }
}

const MODULUS = /(?:^|[a-z-])(1024|1536|2048|3072|4096|6144|7680|8192|15360)(?:-|$)/;

function modulusBits(name: string): number | undefined {
  const match = MODULUS.exec(name) ?? /^(?:rsa|dsa|dh|ffdhe)-?(\d{3,5})/.exec(name);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function modulusStrength(bits: number): number {
  if (bits >= 15360) return 256;
  if (bits >= 7680) return 192;
  if (bits >= 3072) return 128;
  if (bits >= 2048) return 112;
  return bits >= 1024 ? 80 : 0;
}

/** Curve names as they appear in algorithm names: P-256, secp256r1, prime256v1, brainpoolP384r1 … */
const CURVES: readonly { readonly test: RegExp; readonly bits: number }[] = [
  { test: /(x448|ed448|curve448)/, bits: 224 },
  { test: /(p-?521|secp521|brainpool-?p512)/, bits: 256 },
  { test: /(p-?384|secp384|brainpool-?p384)/, bits: 192 },
  { test: /(p-?256|secp256|prime256|brainpool-?p256|25519|sm2)/, bits: 128 },
  { test: /(p-?224|secp224|brainpool-?p224)/, bits: 112 },
  { test: /(p-?192|secp192|prime192)/, bits: 80 },
];

function curveStrength(name: string): number | undefined {
  return CURVES.find((curve) => curve.test.test(name))?.bits;
}

function category(name: string, sets: Readonly<Record<string, number>>): Strength {
  const found = Object.entries(sets).find(([set]) =>
    new RegExp(`(^|[^0-9])${set}([^0-9]|$)`).test(name),
  );
  return found === undefined ? {} : { nistCategory: found[1] };
}

function symmetricStrength(name: string): Strength {
  // keyBits stays for public-key moduli (the weak-key check reads it); ciphers give their strength.
  if (/^(x?chacha20)/.test(name)) return { securityBits: 256 };
  const aes = /^(?:aes|camellia|aria)-?(128|192|256)/.exec(name);
  return aes?.[1] === undefined ? {} : { securityBits: Number(aes[1]) };
}

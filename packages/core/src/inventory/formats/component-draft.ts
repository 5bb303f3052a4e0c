import type { IssuePath } from '../../common/issue.js';
import type { ComponentSupport, ComponentType, CryptoAsset } from '../types.js';

/** A component as a reader found it, before refs are made unique and support fields are lifted. */
export interface ComponentDraft {
  /** Where it is written, e.g. `['components', 3, 'components', 0]`. */
  readonly path: IssuePath;
  /** The document's own id (bom-ref, SPDXID, spdxId); a stable one is generated when absent. */
  readonly ref?: string;
  readonly type: ComponentType;
  readonly name?: string;
  readonly group?: string;
  readonly version?: string;
  readonly supplier?: string;
  readonly author?: string;
  readonly purl?: string;
  readonly cpes: readonly string[];
  readonly hashes: readonly Hash[];
  readonly licenses: readonly string[];
  /** Draft index of the enclosing component (nesting in the document). */
  readonly parent?: number;
  readonly properties: readonly Property[];
  /** Support fields the format has as fields of its own (SPDX validUntilDate, supportLevel). */
  readonly support?: ComponentSupport;
  /** CycloneDX `cryptoProperties`, for `cryptoAssets`. */
  readonly crypto?: Omit<CryptoAsset, 'ref' | 'name'>;
  /** A model card and the refs of datasets it names, for `modelCards`. */
  readonly modelCard?: {
    readonly card: Readonly<Record<string, unknown>>;
    readonly datasets: readonly string[];
  };
}

interface Hash {
  readonly algorithm: string;
  readonly value: string;
}

export interface Property {
  readonly name: string;
  readonly value: string;
}

/**
 * Deepest component nesting read. Real SBOMs nest a few levels; a document nesting hundreds deep is
 * broken or built to exhaust the stack of whoever walks it, so deeper nesting is refused.
 */
export const MAX_NESTING_DEPTH = 100;

/**
 * Identifiers the inventory has no field for yet, kept as properties under these names so the
 * quality assessment can count them (CISA 2025 "Software Identifiers": OmniBOR, SWHID; NTIA
 * "Other Unique Identifiers": SWID).
 */
export const IDENTIFIER_PROPERTIES = {
  omnibor: 'medrisk:identifier:omnibor',
  swhid: 'medrisk:identifier:swhid',
  swid: 'medrisk:identifier:swid',
} as const;

/** Hash algorithm names in CycloneDX spelling (`SHA-256`), whatever the format wrote (`SHA256`, `sha256`). */
export function hashAlgorithm(name: string): string {
  const upper = name.trim().toUpperCase().replace(/_/g, '-');
  const sha = /^SHA-?(1|224|256|384|512)$/.exec(upper);
  if (sha) return `SHA-${sha[1] ?? ''}`;
  const sha3 = /^SHA3-?(224|256|384|512)$/.exec(upper);
  if (sha3) return `SHA3-${sha3[1] ?? ''}`;
  const blake2 = /^BLAKE2B-?(256|384|512)$/.exec(upper);
  if (blake2) return `BLAKE2b-${blake2[1] ?? ''}`;
  if (
    upper === 'BLAKE3' ||
    upper === 'MD5' ||
    upper === 'MD2' ||
    upper === 'MD4' ||
    upper === 'MD6'
  )
    return upper;
  return name.trim();
}

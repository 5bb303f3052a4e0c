import type { AlgorithmInfo } from '../../model/algorithms.js';
import type {
  CryptoHardware,
  CryptoPurpose,
  CryptoUpdatability,
  DataClass,
  PqcStrategy,
} from '../../model/vocabulary.js';
import type { AlgorithmRole } from '../threats/support/algorithm-uses.js';

/** A fact with the reason it is believed: declared in the model, or derived from other facts. */
export interface Derived<T> {
  readonly value: T;
  /** `components.x.crypto.y.fieldUpdatable` or a sentence saying how it was derived. */
  readonly basis: string;
  readonly declared: boolean;
}

/** One use of cryptography: what protects what, where the model says so, and its facts. */
export interface CryptoUse {
  /** `element/qualifier`: unique and stable (finding ids and treatments use it). */
  readonly id: string;
  readonly element: { readonly kind: 'component' | 'flow'; readonly id: string };
  /** Unique per element; the derived uses keep the qualifiers the algorithm rules give them. */
  readonly qualifier: string;
  readonly purpose: CryptoPurpose;
  /** As written (or inferred: `tls-1.2` for an undeclared TLS handshake). */
  readonly algorithm: string;
  readonly info: AlgorithmInfo;
  /** `declared` in a `crypto:` list, `derived` from other model fields, or read from a `cbom`. */
  readonly origin: 'declared' | 'derived' | 'cbom';
  /** The algorithm is not named anywhere: inferred (e.g. a TLS handshake is classical unless said). */
  readonly inferred: boolean;
  /** Model paths (or CBOM references) this use was read from; the first is where it is written. */
  readonly paths: readonly string[];
  /** How the use was found, in words. */
  readonly basis: string;
  /** The role the algorithm rules give it (for derived uses). */
  readonly role?: AlgorithmRole;
  readonly parameters?: string;
  readonly keyBits?: number;
  readonly library?: { readonly name: string; readonly version?: string };
  readonly hardware?: {
    readonly kind: CryptoHardware;
    readonly part?: string;
    readonly postQuantum?: boolean;
  };
  readonly fieldUpdatable?: Derived<CryptoUpdatability>;
  readonly negotiable?: Derived<boolean>;
  /** Data the use protects (flow data, declared data, or the data flowing through a store). */
  readonly data: readonly DataClass[];
  readonly protectionYears?: number;
  readonly migration?: {
    readonly strategy?: PqcStrategy;
    readonly targetYear?: number;
    readonly to?: string;
    readonly description?: string;
  };
  /** Components whose hardware constrains the use (the verifier, the endpoints, the device). */
  readonly constrainedBy: readonly string[];
  readonly description?: string;
  /** Disagreements between sources (e.g. a CBOM's quantum level against the algorithm table). */
  readonly notes?: readonly string[];
}

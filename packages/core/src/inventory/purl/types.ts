/**
 * A package URL in canonical component form (ECMA-427): decoded values, type-specific
 * normalization applied (case folding, PyPI name rules …), qualifiers sorted by key.
 */
export interface Purl {
  /** Lowercase, e.g. `npm`, `maven`, `deb`. */
  readonly type: string;
  /** Decoded segments joined with `/` (`@angular`, `org.apache.commons`, `github.com/gorilla`). */
  readonly namespace?: string;
  readonly name: string;
  readonly version?: string;
  /** Lowercase keys in sorted order (insertion order is the sort order); empty values dropped. */
  readonly qualifiers: Readonly<Record<string, string>>;
  /**
   * Decoded segments joined with `/`. Literal `.`, `..` and empty segments are dropped when parsing;
   * an encoded `%2E%2E` survives parsing (as the spec's algorithm says) and is dropped from the
   * canonical string.
   */
  readonly subpath?: string;
}

/** Input to `buildPurl`: decoded components as an SBOM or a test suite writes them. */
export interface PurlParts {
  readonly type: string | null | undefined;
  readonly namespace?: string | null;
  readonly name: string | null | undefined;
  readonly version?: string | null;
  readonly qualifiers?: Readonly<Record<string, string | null | undefined>> | null;
  readonly subpath?: string | null;
}

/** A type-specific problem: which component, and what is wrong with it. */
export interface TypeProblem {
  readonly component: 'namespace' | 'name' | 'version' | 'qualifiers';
  readonly message: string;
}

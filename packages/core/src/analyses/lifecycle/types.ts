/** Where an end-of-support date (or flag) comes from. */
export interface SupportSource {
  /**
   * `model`: components[].support.endOfSupport; `sbom`: the FDA fields of an SBOM component;
   * `eol-data`: endoflife.date data given to the analysis; `seed`: medrisk's built-in list.
   */
  readonly kind: 'model' | 'sbom' | 'eol-data' | 'seed';
  /** Human-readable: `EOL data windows-server 2012-r2 (eol)`, `SBOM fda:endOfSupportDate`. */
  readonly detail: string;
  /** Evidence path: a model path, or `file#ref` for an SBOM component. */
  readonly path: string;
  /** End of security support. */
  readonly end?: string;
  /** `true`: support ended on an unstated date; `false`: no end announced. */
  readonly ended?: boolean;
  /** End of extended (usually paid) support, when EOL data gives it. */
  readonly extendedSupport?: string;
  /** FDA level of support as written. */
  readonly level?: string;
}

/** One piece of software whose support bounds a model component. */
export interface SupportItem {
  /** Model component id. */
  readonly component: string;
  /** Stable within the component; the finding qualifier (`platform`, `mbed-tls`, `zephyr`). */
  readonly key: string;
  /** `Windows Server 2012 R2`, `zephyr 3.4.0`. */
  readonly name: string;
  readonly kind: 'operating-system' | 'software';
  readonly origin: 'model' | 'sbom';
  readonly sbomFile?: string;
  /** The source that decides (model > SBOM > EOL data > seed). */
  readonly effective: SupportSource;
  /** The other sources found, shown next to it (a disagreement is worth a look). */
  readonly others: readonly SupportSource[];
}

/** Software whose support could not be established, and why (never counted as supported). */
export interface NotAssessedSupport {
  readonly component: string;
  readonly name: string;
  readonly reason: string;
  readonly hint?: string;
}

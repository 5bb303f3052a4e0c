/**
 * VEX statements from any format (CycloneDX VEX, OpenVEX, CSAF VEX) in one form. Statuses follow
 * the common VEX vocabulary (CISA minimum requirements): `not_affected` and `fixed` suppress a
 * finding — which then stays in the output with this statement as its reason — while
 * `under_investigation` and `affected` annotate it.
 */
export const VEX_STATUSES = ['not_affected', 'affected', 'fixed', 'under_investigation'] as const;
export type VexStatus = (typeof VEX_STATUSES)[number];

export interface VexStatement {
  /** The vulnerability id as written (CVE, GHSA, OSV …). */
  readonly vulnerability: string;
  /** Other ids the statement gives for the same vulnerability. */
  readonly aliases: readonly string[];
  readonly products: readonly VexProduct[];
  readonly status: VexStatus;
  /** The justification as the format writes it (`code_not_present`, `vulnerable_code_not_present` …). */
  readonly justification?: string;
  readonly impactStatement?: string;
  readonly actionStatement?: string;
  /** Free-text detail (CycloneDX `analysis.detail`, CSAF notes). */
  readonly detail?: string;
  /** Planned responses (CycloneDX `analysis.response`: `update`, `workaround_available` …). */
  readonly responses: readonly string[];
  readonly timestamp?: string;
  readonly source: VexSource;
}

export interface VexSource {
  readonly format: 'cyclonedx-vex' | 'openvex' | 'csaf-vex';
  readonly file: string;
  /** Document id (`@id`, serialNumber, CSAF tracking id) and author, when given. */
  readonly document?: string;
  readonly author?: string;
}

/**
 * What a statement is about. A purl without a version covers every version of the package; a
 * `versionRange` (vers) covers the versions in it — that is how a statement "covers later
 * versions" when it says so.
 */
export interface VexProduct {
  readonly purl?: string;
  readonly cpe?: string;
  /** A CycloneDX bom-ref (or the fragment of a BOM-Link) in the SBOM the VEX describes. */
  readonly bomRef?: string;
  readonly name?: string;
  readonly version?: string;
  /** A vers range (`vers:npm/>=1.2.0|<2.0.0`) the statement covers. */
  readonly versionRange?: string;
}

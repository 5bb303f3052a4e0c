/**
 * `@medrisk/core/scan`: what matching SBOMs against advisories needs, and nothing of the device
 * model, the threat rules or the report formats. `medrisk scan` imports this instead of the index,
 * which would load all of the core first (about a third of a second of every scan's start-up).
 * Everything here is also exported by the index.
 */
export { formatIssue } from './common/issue.js';
export type { Issue } from './common/issue.js';
export { buildAdvisoryIndex } from './advisories/advisory-index.js';
export type { AdvisoryIndex } from './advisories/advisory-index.js';
export type { Inventory } from './inventory/types.js';
export { readVex } from './vex/read.js';
export type { VexStatement } from './vex/types.js';
export { scanInventories } from './analyses/vulnerabilities/scan.js';
export type { ScanResult } from './analyses/vulnerabilities/scan.js';
export type { VulnerabilityMatch } from './findings/vulnerability.js';
export { advisoryKeysOf } from './analyses/vulnerabilities/keys.js';
export { SCAN_FORMATS, scanFormat } from './report/scan/index.js';

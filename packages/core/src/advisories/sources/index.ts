import { csafSource } from './csaf/index.js';
import { cve5Source } from './cve5/index.js';
import { epssSource } from './epss/index.js';
import { kevSource } from './kev/index.js';
import { nvdSource } from './nvd/index.js';
import { osvSource } from './osv/index.js';
import type { AdvisorySourceFormat } from './types.js';

/** Every advisory converter, one line each, alphabetical; the contract test checks it against the folders. */
export const ADVISORY_SOURCES: readonly AdvisorySourceFormat[] = [
  csafSource,
  cve5Source,
  epssSource,
  kevSource,
  nvdSource,
  osvSource,
];

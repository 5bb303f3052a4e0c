import type { AdvisorySourceFormat } from './types.js';

/** Every advisory converter, one line each, alphabetical; the contract test checks it against the folders. */
export const ADVISORY_SOURCES: readonly AdvisorySourceFormat[] = [];

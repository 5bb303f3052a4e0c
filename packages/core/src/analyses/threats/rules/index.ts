import type { ThreatRule } from '../types.js';
import { crcAsSecurityIntegrity } from './crc-as-security-integrity.js';
import { debugPortOpen } from './debug-port-open.js';
import { hardcodedCredentials } from './hardcoded-credentials.js';
import { strideCoverageGap } from './stride-coverage-gap.js';
import { treatmentIncomplete } from './treatment-incomplete.js';
import { unauthenticatedUpdatePath } from './unauthenticated-update-path.js';

/** Every built-in rule, one line each, alphabetical. The contract test checks it against the folder. */
export const THREAT_RULES: readonly ThreatRule[] = [
  crcAsSecurityIntegrity,
  debugPortOpen,
  hardcodedCredentials,
  strideCoverageGap,
  treatmentIncomplete,
  unauthenticatedUpdatePath,
];

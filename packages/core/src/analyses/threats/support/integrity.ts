import { classifyAlgorithm } from '../../../model/algorithms.js';
import type { DataFlow } from '../../../model/types.js';
import { SAFETY_DATA } from '../../../model/vocabulary.js';

/**
 * True when crc-as-security-integrity reports the flow: its integrity algorithm is a CRC or
 * checksum that is declared as the security check, or that is the only check on commands, code or
 * safety data with no authenticated encryption around it. flow-tampering leaves these flows to it,
 * so one missing MAC is one finding.
 */
export function crcReliedOnForSecurity(flow: DataFlow): boolean {
  const integrity = flow.integrity;
  if (integrity === undefined) return false;
  if (classifyAlgorithm(integrity.algorithm).kind !== 'checksum') return false;
  if (integrity.purpose === 'security') return true;
  if (integrity.purpose !== undefined) return false;
  const steersSafety =
    flow.carries.includes('commands') ||
    flow.carries.includes('code') ||
    flow.data.some((d) => SAFETY_DATA.includes(d));
  const encryption =
    flow.encryption === undefined ? undefined : classifyAlgorithm(flow.encryption.algorithm);
  return steersSafety && encryption?.kind !== 'aead' && encryption?.kind !== 'channel';
}

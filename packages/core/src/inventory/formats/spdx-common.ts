import type { ComponentType } from '../types.js';

/** `NOASSERTION` and `NONE` say "nothing known" in SPDX; they are absence, not values. */
export function spdxValue(value: string | undefined): string | undefined {
  return value === undefined || value === 'NOASSERTION' || value === 'NONE' ? undefined : value;
}

/** `Organization: Acme (sec@acme.example)` → `{ kind: 'Organization', name: 'Acme' }`. */
export function spdxAgent(value: string | undefined): { kind: string; name: string } | undefined {
  const written = spdxValue(value?.trim());
  if (written === undefined) return undefined;
  const match = /^(Person|Organization|Tool)\s*:\s*(.*?)\s*(?:\(([^()]*)\))?$/.exec(written);
  if (match === null) return { kind: 'Unknown', name: written };
  const name = match[2] === '' ? (match[3] ?? '') : (match[2] ?? '');
  return name === '' ? undefined : { kind: match[1] ?? 'Unknown', name };
}

/**
 * Component type from SPDX 2 `primaryPackagePurpose` or SPDX 3 `software_primaryPurpose`. Without
 * one, a package is read as a library, the common case for SBOM tools (README).
 */
export function spdxPurposeType(purpose: string | undefined): ComponentType {
  if (purpose === undefined) return 'library';
  const key = purpose.toLowerCase().replace(/[-_]/g, '');
  return PURPOSES[key] ?? 'other';
}

const PURPOSES: Readonly<Record<string, ComponentType>> = {
  application: 'application',
  executable: 'application',
  install: 'application',
  framework: 'framework',
  library: 'library',
  module: 'library',
  container: 'container',
  operatingsystem: 'operating-system',
  device: 'device',
  devicedriver: 'device-driver',
  firmware: 'firmware',
  file: 'file',
  archive: 'file',
  platform: 'platform',
  model: 'machine-learning-model',
  data: 'data',
};

/** Relationship types meaning "from depends on to" … */
export const DEPENDS_FORWARD = new Set([
  'DEPENDS_ON',
  'DYNAMIC_LINK',
  'STATIC_LINK',
  'HAS_PREREQUISITE',
]);
/** … and "to depends on from". */
export const DEPENDS_REVERSE = new Set([
  'DEPENDENCY_OF',
  'RUNTIME_DEPENDENCY_OF',
  'BUILD_DEPENDENCY_OF',
  'DEV_DEPENDENCY_OF',
  'TEST_DEPENDENCY_OF',
  'OPTIONAL_DEPENDENCY_OF',
  'PROVIDED_DEPENDENCY_OF',
  'PREREQUISITE_FOR',
]);

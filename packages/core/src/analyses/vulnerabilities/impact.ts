import type { FindingVulnerability } from '../../findings/vulnerability.js';
import type { HarmSeverity } from '../../model/vocabulary.js';

/**
 * A vulnerability whose CVSS vector says it only discloses information (no integrity or
 * availability impact, on the vulnerable or a subsequent system) cannot change therapy: its harm is
 * a privacy breach, rated minor, instead of the severity of the functions the component steers.
 * Without a vector the worst case (the component's functions) stands.
 */
export function confidentialityOnly(
  v: FindingVulnerability,
): { level: HarmSeverity; reason: string } | undefined {
  const vector = ['CVSS_V4', 'CVSS_V3', 'CVSS_V2']
    .map((type) => v.severity.find((s) => s.type === type)?.score)
    .find((score) => score !== undefined);
  if (vector === undefined) return undefined;
  const metrics = new Map(
    vector.split('/').flatMap((part) => {
      const [key, value] = part.split(':');
      return key === undefined || value === undefined ? [] : [[key, value] as const];
    }),
  );
  const none = (keys: readonly string[]) =>
    keys.every((k) => !metrics.has(k) || metrics.get(k) === 'N');
  const v4 = vector.startsWith('CVSS:4');
  const untouched = v4
    ? none(['VI', 'VA', 'SI', 'SA']) && metrics.has('VI')
    : none(['I', 'A']) && metrics.has('I');
  if (!untouched) return undefined;
  return {
    level: 'minor',
    reason: `CVSS ${vector} has no integrity or availability impact: a privacy breach (minor), not a change to therapy`,
  };
}

import type { Assumption } from '../../model/types.js';
import type { ElementType, Stride } from '../../model/vocabulary.js';

/**
 * STRIDE per element (MITRE/MDIC playbook Table 3, after Shostack): the categories each DFD element
 * type is expected to be analysed for. Repudiation on data stores is marked "?" in the playbook; we
 * expect it and let a model explain it away as not applicable.
 */
export const EXPECTED_STRIDE: Readonly<Record<ElementType | 'data-flow', readonly Stride[]>> = {
  'external-entity': ['spoofing', 'repudiation'],
  process: [
    'spoofing',
    'tampering',
    'repudiation',
    'information-disclosure',
    'denial-of-service',
    'elevation-of-privilege',
  ],
  'data-store': ['tampering', 'repudiation', 'information-disclosure', 'denial-of-service'],
  'data-flow': ['tampering', 'information-disclosure', 'denial-of-service'],
};

export interface CoverageCell {
  readonly subject: { readonly kind: 'component' | 'flow'; readonly id: string };
  readonly stride: Stride;
  /** Rules that looked at this element for this category (hit or not). */
  readonly consideredBy: readonly string[];
  /** Findings raised for the cell (open, treated or suppressed). */
  readonly findings: readonly string[];
  /** The written reason the category does not apply, when there is one. */
  readonly notApplicable?: { readonly assumption: string; readonly text: string };
}

export interface Coverage {
  readonly cells: readonly CoverageCell[];
}

/** A cell is a gap when nothing looked at it and nobody wrote why it does not apply. */
export function isGap(cell: CoverageCell): boolean {
  return (
    cell.consideredBy.length === 0 && cell.findings.length === 0 && cell.notApplicable === undefined
  );
}

export function notApplicableIndex(
  assumptions: readonly Assumption[],
): Map<string, { assumption: string; text: string }> {
  const index = new Map<string, { assumption: string; text: string }>();
  for (const assumption of assumptions) {
    for (const entry of assumption.notApplicable ?? []) {
      for (const stride of entry.stride) {
        const key = `${entry.subject}#${stride}`;
        if (!index.has(key))
          index.set(key, {
            assumption: assumption.id,
            text: assumption.rationale ?? assumption.text,
          });
      }
    }
  }
  return index;
}

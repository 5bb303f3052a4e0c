import type { RiskLevel } from '../../findings/scales.js';
import { textWidth } from './text.js';

/**
 * Shared geometry of the drawing: the layout sizes boxes with these numbers and the SVG writer
 * places text with the same ones, so text always lands inside the box that was reserved for it.
 */
export const FONT = { label: 12, detail: 10, badge: 10, edge: 10.5 } as const;
export const LINE = { label: 15, detail: 13, edge: 13 } as const;
export const PAD = { x: 12, top: 9, bottom: 9, gap: 5 } as const;
export const BADGE_HEIGHT = 16;
export const LEAF = { minWidth: 112, maxWidth: 184, textWidth: 160, maxLines: 3 } as const;
/** Summary groups carry a longer second line (what they contain). */
export const GROUP = { maxWidth: 264, textWidth: 240 } as const;
export const HEADER = { textWidth: 260, maxLines: 2 } as const;
export const EDGE_LABEL = { textWidth: 132, maxLines: 2, pad: 3 } as const;

/** Count and level in words: the level is never shown by colour alone (DFD3 accessibility rule). */
export function badgeText(findings: number, level: RiskLevel | undefined): string {
  return `${String(findings)} · ${level ?? 'info'}`;
}

export function badgeWidth(text: string): number {
  // Bold text runs about 8% wider than the regular metrics in text.ts.
  return Math.ceil(textWidth(text, FONT.badge) * 1.08) + 12;
}

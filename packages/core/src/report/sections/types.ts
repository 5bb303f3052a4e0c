import type { ReportDocument } from '../document.js';

/**
 * A report section in neutral blocks, so one builder serves HTML and Markdown (and any later
 * format): analyses describe what to show, formats decide how.
 */
export interface ReportSection {
  /** kebab-case; the HTML anchor. */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export type Block =
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'normal' | 'warning' }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'heading'; readonly text: string }
  /** A chart: inline SVG in HTML; formats without graphics show `fallback` instead. */
  | {
      readonly kind: 'figure';
      readonly svg: string;
      readonly alt: string;
      readonly fallback: Block;
    };

/** Builds a section from the report document, or nothing when the model gives it nothing to show. */
export type SectionBuilder = (doc: ReportDocument) => ReportSection | undefined;

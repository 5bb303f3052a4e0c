import { inline, table } from '../formats/markdown/escape.js';
import type { Block, ReportSection } from './types.js';

/** A neutral section as Markdown; figures fall back to their table or text. */
export function sectionMarkdown(section: ReportSection): string {
  return [`## ${inline(section.title)}`, ...section.blocks.map(blockMarkdown)].join('\n\n');
}

function blockMarkdown(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return block.tone === 'warning' ? `> **Warning:** ${inline(block.text)}` : inline(block.text);
    case 'heading':
      return `### ${inline(block.text)}`;
    case 'list':
      return block.items.map((i) => `- ${inline(i)}`).join('\n');
    case 'figure':
      return blockMarkdown(block.fallback);
    case 'table':
      return `${inline(block.caption)}\n\n${table(block.header, block.rows)}`;
  }
}

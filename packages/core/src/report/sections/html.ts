import { esc } from '../formats/html/escape.js';
import type { Block, ReportSection } from './types.js';

/** A neutral section as HTML, in the report's existing classes. */
export function sectionHtml(section: ReportSection): string {
  const id = esc(section.id);
  return [
    `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(section.title)}</h2>`,
    ...section.blocks.map(blockHtml),
    '</section>',
  ].join('\n');
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p${block.tone === 'warning' ? ' class="problem"' : ''}>${esc(block.text)}</p>`;
    case 'heading':
      return `<h3>${esc(block.text)}</h3>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
    case 'figure':
      return `<figure role="img" aria-label="${esc(block.alt)}">${block.svg}</figure>`;
    case 'table':
      return [
        '<table>',
        `<caption>${esc(block.caption)}</caption>`,
        `<thead><tr>${block.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`,
        `<tbody>${block.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody>`,
        '</table>',
      ].join('');
  }
}

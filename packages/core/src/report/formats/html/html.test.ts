import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../analyze.js';
import { aComponent, aModel } from '../../../../test/builders.js';
import { buildReportDocument, type ReportDocument } from '../../document.js';
import { pumpDocument } from '../__fixtures__/pump-model.js';
import { htmlFormat } from './index.js';
import { renderToString } from '../index.js';

const render = (doc: ReportDocument): Promise<string> => renderToString(htmlFormat, doc);
const inline = (html: string, tag: 'script' | 'style'): string[] =>
  [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');
const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('HTML report', () => {
  it('matches the golden file', async () => {
    const html = await render(pumpDocument());

    await expect(html).toMatchFileSnapshot('./__snapshots__/pump.html');
  });

  it('is byte-identical across runs and input orders', async () => {
    const first = await render(pumpDocument());
    const second = await render(pumpDocument());
    const reversed = await render(pumpDocument({ reversed: true }));

    expect(second).toBe(first);
    expect(reversed).toBe(first);
  });

  it('escapes model text everywhere, including inside the diagram', async () => {
    const html = await render(
      pumpDocument({ appName: '<script>alert("pwned")</script><img src=x onerror=alert(1)>' }),
    );

    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    // The diagram wraps the name over several lines; every piece of it is escaped.
    const svg = /<svg xmlns[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toMatch(/<(script|img)\b/);
  });

  it('allows exactly its own inline script and style through a hash-based CSP', async () => {
    const html = await render(pumpDocument());
    const csp =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const [script] = inline(html, 'script');
    const [style] = inline(html, 'style');

    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src ${sha256(script ?? 'missing')}`);
    expect(csp).toContain(`style-src ${sha256(style ?? 'missing')}`);
    expect(csp).not.toContain('unsafe');
    expect(html).not.toMatch(/\sstyle="/);
  });

  it('loads nothing from outside the file', async () => {
    const html = await render(pumpDocument());

    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/);
    expect(html).not.toMatch(/\ssrc=/);
    expect(html).not.toMatch(/url\((?!#)|@import/);
    expect(html).not.toMatch(/<script[^>]+src/);
  });

  it('shows every active finding in the table and in the details, linked to its element', async () => {
    const doc = pumpDocument();
    const html = await render(doc);

    expect(doc.analysis.findings.length).toBeGreaterThan(5);
    for (const finding of doc.analysis.findings) {
      const anchor = `f-${finding.id.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
      expect(html).toContain(`<article class="finding lv-${finding.level}" id="${anchor}"`);
      expect(html).toContain(`<a class="title" href="#${anchor}">`);
      expect(html).toContain(`<code>${finding.id}</code>`);
    }
    // The debug port finding is on an interface: it filters and links to its component.
    expect(html).toMatch(
      /<tr class="frow lv-high"[^>]*data-el="component:pump" data-in="boundary:body"/,
    );
    expect(html).toMatch(
      /<a class="loc" href="#dfd-n\d+" aria-label="Show pump\/jtag in the diagram">/,
    );
  });

  it('keeps suppressed findings with the assumption that suppressed them', async () => {
    const doc = pumpDocument();
    const html = await render(doc);

    expect(doc.analysis.suppressed.map((s) => s.finding.id)).toEqual([
      'hardcoded-credentials@pump-fw/svc',
    ]);
    expect(html).toMatch(
      /<table id="suppressed-table"[\s\S]*<tr class="frow lv-\w+ suppressed"[^>]*data-status="suppressed"/,
    );
    expect(html).toContain(
      'by assumption <code>svc-disabled</code>: The service password is disabled in production builds.',
    );
  });

  it('puts each active finding in its risk-matrix cell, and the cell can filter by it', async () => {
    const doc = pumpDocument();
    const html = await render(doc);

    doc.heatMap.cells.forEach((row, ei) => {
      row.forEach((cell, si) => {
        const key = `${String(ei)}-${String(si)}`;
        const rows = html.match(new RegExp(`data-cell="${key}"`, 'g')) ?? [];
        // One row per finding plus the matrix button, when the cell has findings.
        expect(rows).toHaveLength(cell.findings.length === 0 ? 0 : cell.findings.length + 1);
      });
    });
  });

  it('makes a failed analyzer impossible to miss', async () => {
    const doc = pumpDocument();
    const failed: ReportDocument = {
      ...doc,
      analysis: {
        ...doc.analysis,
        status: [
          { analyzer: 'threats', version: 1, state: 'failed', messages: ['rule x failed: <boom>'] },
        ],
      },
    };

    const html = await render(failed);

    expect(html).toContain('<div class="alert" role="alert"><b>Incomplete analysis.</b>');
    expect(html).toContain('rule x failed: &lt;boom&gt;');
    expect(html).not.toContain('All analyzers completed.');
  });

  it('renders a model with no findings and no flows', async () => {
    const model = aModel({ components: [aComponent('solo')] });
    const doc = buildReportDocument(model, analyze(model, { rules: [] }), []);

    const html = await render(doc);

    expect(html).toContain('data-el="component:solo"');
    expect(html).toContain('<p class="muted">None.</p>');
    expect(html).toContain('0 rules raised the findings in this report.');
  });

  it('offers every filter the brief asks for', async () => {
    const html = await render(pumpDocument());

    for (const name of ['level', 'stride', 'cat', 'status', 'ctl', 'q'])
      expect(html).toContain(`name="${name}"`);
    for (const status of ['open', 'mitigated', 'accepted', 'transferred', 'suppressed'])
      expect(html).toContain(`<option value="${status}">`);
  });
});

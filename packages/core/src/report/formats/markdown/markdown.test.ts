import { describe, expect, it } from 'vitest';
import { pumpDocument } from '../__fixtures__/pump-model.js';
import { renderToString } from '../index.js';
import { markdownFormat } from './index.js';

describe('markdown report', () => {
  it('matches the golden file', async () => {
    const text = await renderToString(markdownFormat, pumpDocument());

    await expect(text).toMatchFileSnapshot('./__snapshots__/pump.md');
  });
});

describe('markdown escaping', () => {
  it('keeps tables intact and markup inert when model text contains pipes and HTML', async () => {
    const text = await renderToString(
      markdownFormat,
      pumpDocument({ appName: 'App | <script>x</script>' }),
    );

    expect(text).not.toContain('<script>');
    expect(text).toContain('App \\| \\<script\\>x\\</script\\>');
  });
});

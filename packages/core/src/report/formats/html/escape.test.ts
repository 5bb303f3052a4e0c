import { describe, expect, it } from 'vitest';
import { attrs, esc, prose, safeUrl } from './escape.js';

describe('escaping', () => {
  it('escapes the characters that end text or attribute values', () => {
    expect(esc(`<a href="x" onclick='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('writes attributes escaped and skips absent ones', () => {
    expect(attrs({ 'data-x': '"><script>', hidden: true, gone: undefined, off: false })).toBe(
      ' data-x="&quot;&gt;&lt;script&gt;" hidden',
    );
  });

  it('turns backtick spans of rule prose into code, after escaping', () => {
    expect(prose('declare `access: <removed>` or `x`')).toBe(
      'declare <code>access: &lt;removed&gt;</code> or <code>x</code>',
    );
  });

  it.each([
    [
      'https://cwe.mitre.org/data/definitions/306.html',
      'https://cwe.mitre.org/data/definitions/306.html',
    ],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['file:///etc/passwd', undefined],
    [' https://example.org', undefined],
  ])('only links web URLs: %s', (url, expected) => {
    expect(safeUrl(url)).toBe(expected);
  });
});

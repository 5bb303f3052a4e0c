import type { Advisory } from '@medrisk/core';
import { describe, expect, it } from 'vitest';
import {
  advisoryKeys,
  aliasesOf,
  compareModified,
  cpeKey,
  ecosystemKey,
  packageNameKey,
} from './rows.js';

describe('compareModified', () => {
  it.each([
    ['equal text', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 0],
    ['same instant, other spelling', '2024-01-01T02:00:00+02:00', '2024-01-01T00:00:00.000Z', 0],
    ['earlier', '2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z', -1],
    ['later by offset', '2024-01-01T00:00:00-05:00', '2024-01-01T03:00:00Z', 1],
    ['missing is oldest', undefined, '1970-01-01T00:00:00Z', -1],
    ['present beats missing', '1970-01-01T00:00:00Z', undefined, 1],
    ['both missing', undefined, undefined, 0],
    ['unparsable compares as text', 'b', 'a', 1],
  ])('%s', (_name, a, b, expected) => {
    expect(compareModified(a, b)).toBe(expected);
  });
});

describe('lookup keys', () => {
  it.each([
    ['Debian:12', 'Debian'],
    ['Ubuntu:22.04:LTS', 'Ubuntu'],
    ['PyPI', 'PyPI'],
    ['Unknown:1', 'Unknown'],
  ])('ecosystem %s is indexed as %s', (ecosystem, expected) => {
    expect(ecosystemKey(ecosystem)).toBe(expected);
  });

  it.each([
    ['PyPI', 'Foo_Bar.baz', 'foo-bar-baz'],
    ['NuGet', 'Newtonsoft.Json', 'newtonsoft.json'],
    ['npm', 'Left-Pad', 'Left-Pad'],
    ['Unknown', 'As_Is', 'As_Is'],
  ])('%s name %s is indexed as %s', (ecosystem, name, expected) => {
    expect(packageNameKey(ecosystem, name)).toBe(expected);
  });

  it('takes vendor and product of a CPE, lower-case', () => {
    expect(cpeKey('cpe:2.3:a:Acme:Pump_X:1.0:*:*:*:*:*:*:*')).toEqual(['acme', 'pump_x']);
    expect(cpeKey('not a cpe')).toBeUndefined();
    expect(cpeKey('cpe:2.3:a:acme\\:labs:pump:1.0:*:*:*:*:*:*:*')).toEqual(['acme:labs', 'pump']);
  });

  it('collects distinct, sorted keys of every affected entry', () => {
    const advisory = {
      id: 'X-1',
      aliases: ['CVE-1', 'X-1', 'CVE-1', 'A-1'],
      affected: [
        { package: { ecosystem: 'PyPI', name: 'b_pkg' }, ranges: [], versions: [] },
        { package: { ecosystem: 'PyPI', name: 'B.Pkg' }, ranges: [], versions: [] },
        { package: { ecosystem: 'npm', name: 'a' }, ranges: [], versions: [] },
        {
          cpe: 'cpe:2.3:a:v:p:*:*:*:*:*:*:*:*',
          productNames: ['Pump  X', 'pump-x'],
          ranges: [],
          versions: [],
        },
      ],
    } as unknown as Advisory;
    expect(advisoryKeys(advisory)).toEqual({
      packages: [
        ['PyPI', 'b-pkg'],
        ['npm', 'a'],
      ],
      cpes: [['v', 'p']],
      productNames: ['pump x'],
    });
    expect(aliasesOf(advisory)).toEqual(['A-1', 'CVE-1']);
  });
});

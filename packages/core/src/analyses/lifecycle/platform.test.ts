import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../test/builders.js';
import { UBUNTU } from './__fixtures__/lifecycle-data.js';
import { lifecycleContext, type EolDataInput } from './context.js';
import { endedLevel, platformItem } from './platform.js';

type Fields = Parameters<typeof aComponent>[1];

function platform(fields: Fields, eol?: EolDataInput, osCovered?: string) {
  const model = aModel({ components: [aComponent('gw', fields)] });
  const [component] = model.components;
  if (component === undefined) throw new Error('no component');
  return platformItem(component, lifecycleContext('2026-11-26', eol), osCovered);
}

const data: EolDataInput = { products: [UBUNTU], source: 'test' };

describe("the support of a component's platform", () => {
  it('looks its os up in the built-in list without EOL data (ended Windows and kernel cycles)', () => {
    const { item } = platform({ os: { name: 'Windows Server', version: '2012 R2' } });
    expect(item?.effective).toMatchObject({
      kind: 'seed',
      end: '2023-10-10',
      extendedSupport: '2026-10-13',
    });
    expect(item?.kind).toBe('operating-system');
  });

  it('maps an edition name to its product and cycle through the alias table', () => {
    const { item } = platform({ os: { name: 'Windows Embedded Standard', version: '7 SP1' } });
    expect(item?.effective.detail).toMatch(/windows-embedded standard-7-sp1/);
    expect(item?.effective.end).toBe('2020-10-13');
  });

  it('prefers loaded EOL data to the built-in list', () => {
    const { item } = platform({ os: { name: 'Ubuntu Server', version: '22.04 LTS' } }, data);
    expect(item?.effective).toMatchObject({ kind: 'eol-data', end: '2027-06-01' });
    expect(item?.effective.detail).toBe(
      `EOL data ubuntu 22.04 "22.04 LTS", product from medrisk's alias table (ubuntu-server)`,
    );
  });

  it('uses the declared product and cycle over the os name', () => {
    const { item } = platform({
      os: { name: 'Embedded Linux (Yocto)', version: 'kernel 4.9' },
      support: { product: 'linux-kernel', cycle: '4.9' },
    });
    expect(item?.effective).toMatchObject({
      kind: 'seed',
      end: '2023-01-07',
      path: 'components.gw.support.product',
    });
  });

  it('lets a declared end of support win and keeps the looked-up one beside it', () => {
    const { item } = platform({
      os: { name: 'Windows Server', version: '2012 R2' },
      support: { endOfSupport: '2026-10-13', source: 'ESU year 3' },
    });
    expect(item?.effective).toMatchObject({
      kind: 'model',
      end: '2026-10-13',
      detail: 'declared in the model: ESU year 3',
    });
    expect(item?.others.map((o) => [o.kind, o.end])).toEqual([['seed', '2023-10-10']]);
  });

  it('reports an os it cannot find, with a hint, instead of calling it supported', () => {
    const result = platform({ os: { name: 'ThreadX', version: '5.8' } });
    expect(result.item).toBeUndefined();
    expect(result.notAssessed).toMatchObject({ component: 'gw', name: 'ThreadX 5.8' });
    expect(result.notAssessed?.reason).toMatch(
      /no EOL product is named "ThreadX" \(no EOL data was given/,
    );
    expect(result.notAssessed?.hint).toMatch(/support.product and support.cycle/);
  });

  it('reports a declared product the data lacks', () => {
    const result = platform({ support: { product: 'qnx', cycle: '7.1' } }, data);
    expect(result.notAssessed?.reason).toBe('the EOL data has no product "qnx"');
  });

  it('names the cycles when a version fits none', () => {
    const result = platform({ os: { name: 'Windows', version: '10 22H2' } });
    expect(result.notAssessed?.reason).toBe(
      'no release cycle of windows matches version "10 22H2" in the built-in list (ended cycles only)',
    );
    expect(result.notAssessed?.hint).toContain('8.1, 8, 7-sp1');
  });

  it('leaves an os the SBOM describes to the SBOM, and says so', () => {
    const result = platform(
      { os: { name: 'Windows', version: '7 SP1' } },
      undefined,
      'zephyr 3.4.0',
    );
    expect(result.item).toBeUndefined();
    expect(result.note).toBe(
      'gw: os "Windows 7 SP1" is described by its SBOM (zephyr 3.4.0), which is judged instead',
    );
  });

  it('has nothing to say about a component with neither os nor support', () => {
    expect(platform({})).toEqual({});
  });
});

describe('FDA levels of support that mean support ended', () => {
  it.each`
    level                     | ended
    ${'no longer maintained'} | ${true}
    ${'abandoned'}            | ${true}
    ${'end-of-life'}          | ${true}
    ${'EOL'}                  | ${true}
    ${'unsupported'}          | ${true}
    ${'actively maintained'}  | ${false}
    ${'security fixes only'}  | ${false}
    ${undefined}              | ${false}
  `('$level → $ended', ({ level, ended }) => {
    expect(endedLevel(level as string | undefined)).toBe(ended);
  });
});

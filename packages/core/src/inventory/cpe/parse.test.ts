import { describe, expect, it } from 'vitest';
import { formatCpe, uriOf } from './bind.js';
import { parseCpe } from './parse.js';
import { ANY, NA, wfnOf, type Wfn } from './types.js';

const parsed = (text: string): Wfn => {
  const result = parseCpe(text);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.value;
};

// NIST IR 7695 §6.1.3 and §6.2.3 examples (unbinding URIs and formatted strings).
describe('parseCpe: the standard examples', () => {
  it.each`
    text                                                                        | expected
    ${'cpe:/a:microsoft:internet_explorer:8.0.6001:beta'}                       | ${{ part: 'a', vendor: 'microsoft', product: 'internet_explorer', version: '8\\.0\\.6001', update: 'beta' }}
    ${'cpe:/a:microsoft:internet_explorer:8.%2a:sp%3f'}                         | ${{ part: 'a', vendor: 'microsoft', product: 'internet_explorer', version: '8\\.\\*', update: 'sp\\?' }}
    ${'cpe:/a:microsoft:internet_explorer:8.%02:sp%01'}                         | ${{ part: 'a', vendor: 'microsoft', product: 'internet_explorer', version: '8\\.*', update: 'sp?' }}
    ${'cpe:/a:hp:insight_diagnostics:7.4.0.1570::~~online~win2003~x64~'}        | ${{ part: 'a', vendor: 'hp', product: 'insight_diagnostics', version: '7\\.4\\.0\\.1570', sw_edition: 'online', target_sw: 'win2003', target_hw: 'x64' }}
    ${'cpe:/a:hp:openview_network_manager:7.51:-:~~~linux~~'}                   | ${{ part: 'a', vendor: 'hp', product: 'openview_network_manager', version: '7\\.51', update: NA, target_sw: 'linux' }}
    ${'cpe:/a:foo~bar:big%7emoney_2010'}                                        | ${{ part: 'a', vendor: 'foo\\~bar', product: 'big\\~money_2010' }}
    ${'cpe:/a:foo%5cbar:big%24money_2010:::~~special~ipod_touch~80gb~'}         | ${{ part: 'a', vendor: 'foo\\\\bar', product: 'big\\$money_2010', sw_edition: 'special', target_sw: 'ipod_touch', target_hw: '80gb' }}
    ${'cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*'}        | ${{ part: 'a', vendor: 'microsoft', product: 'internet_explorer', version: '8\\.0\\.6001', update: 'beta' }}
    ${'cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*'}              | ${{ part: 'a', vendor: 'microsoft', product: 'internet_explorer', version: '8\\.*', update: 'sp?' }}
    ${'cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*'} | ${{ part: 'a', vendor: 'hp', product: 'insight_diagnostics', version: '7\\.4\\.0\\.1570', update: NA, sw_edition: 'online', target_sw: 'win2003', target_hw: 'x64' }}
    ${'cpe:2.3:a:foo\\\\bar:big\\$money:2010:*:*:*:special:ipod_touch:80gb:*'}  | ${{ part: 'a', vendor: 'foo\\\\bar', product: 'big\\$money', version: '2010', sw_edition: 'special', target_sw: 'ipod_touch', target_hw: '80gb' }}
    ${'cpe:2.3:a:adobe:reader:\\*:*:*:*:*:*:*:*'}                               | ${{ part: 'a', vendor: 'adobe', product: 'reader', version: '\\*' }}
    ${'cpe:2.3:a:vendor:product:??1:*:*:*:*:*:*:*'}                             | ${{ part: 'a', vendor: 'vendor', product: 'product', version: '??1' }}
    ${'cpe:2.3:*:*:*:*:*:*:*:*:*:*:*'}                                          | ${{}}
    ${'CPE:2.3:A:Microsoft:IE:8:*:*:*:*:*:*:*'}                                 | ${{ part: 'a', vendor: 'microsoft', product: 'ie', version: '8' }}
    ${'cpe:/'}                                                                  | ${{}}
  `('$text', ({ text, expected }) => {
    const wfn = parsed(text);

    expect(wfn).toEqual(wfnOf(expected));
  });
});

describe('parseCpe: invalid names are issues, never exceptions', () => {
  it.each`
    case                                         | text                                                                   | path
    ${'not a CPE'}                               | ${'microsoft:internet_explorer'}                                       | ${[]}
    ${'CPE 2.3 with ten attributes'}             | ${'cpe:2.3:a:microsoft:internet_explorer:8:*:*:*:*:*:*'}               | ${[]}
    ${'CPE 2.3 with twelve attributes'}          | ${'cpe:2.3:a:microsoft:internet_explorer:8:*:*:*:*:*:*:*:*'}           | ${[]}
    ${'an empty attribute'}                      | ${'cpe:2.3:a::internet_explorer:8:*:*:*:*:*:*:*'}                      | ${['vendor']}
    ${'an embedded *'}                           | ${'cpe:2.3:a:microsoft:internet_explorer:8*0:*:*:*:*:*:*:*'}           | ${['version']}
    ${'an embedded ?'}                           | ${'cpe:2.3:a:microsoft:internet_explorer:8?0:*:*:*:*:*:*:*'}           | ${['version']}
    ${'a dangling backslash'}                    | ${'cpe:2.3:a:microsoft:internet_explorer:8:*:*:*:*:*:*:x\\'}           | ${['other']}
    ${'a space'}                                 | ${'cpe:2.3:a:microsoft:internet explorer:8:*:*:*:*:*:*:*'}             | ${['product']}
    ${'a non-ASCII character'}                   | ${'cpe:2.3:a:münchen:app:8:*:*:*:*:*:*:*'}                             | ${['vendor']}
    ${'an unknown part'}                         | ${'cpe:2.3:x:microsoft:internet_explorer:8:*:*:*:*:*:*:*'}             | ${['part']}
    ${'part NA'}                                 | ${'cpe:2.3:-:microsoft:internet_explorer:8:*:*:*:*:*:*:*'}             | ${['part']}
    ${'URI with eight components'}               | ${'cpe:/a:microsoft:ie:8:beta:ed:en:extra'}                            | ${[]}
    ${'URI with an invalid escape (%07)'}        | ${'cpe:/a:foo%5cbar:big%24money_2010%07:::~~special~ipod_touch~80gb~'} | ${['product']}
    ${'URI with an embedded %02'}                | ${'cpe:/a:foo:bar:12.%02.1234'}                                        | ${['version']}
    ${'URI with an embedded %01'}                | ${'cpe:/a:foo:bar:12.%01.1234'}                                        | ${['version']}
    ${'URI with a malformed escape'}             | ${'cpe:/a:foo:bar:1%zz'}                                               | ${['version']}
    ${'URI with a packed edition of four parts'} | ${'cpe:/a:hp:insight:7::~~online~win2003~x64'}                         | ${['edition']}
  `('$case', ({ text, path }) => {
    const result = parseCpe(text);

    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toEqual(path);
    expect(result.issues[0]?.message).toContain(text);
  });
});

// NIST IR 7695 §6.1.2 and §6.2.2 examples (binding a WFN to a URI and a formatted string).
describe('formatCpe and uriOf: the standard examples', () => {
  it.each`
    wfn                                                                                                                                                                   | fs                                                                                   | uri
    ${{ part: 'a', vendor: 'microsoft', product: 'internet_explorer', version: '8\\.0\\.6001', update: 'beta', edition: ANY }}                                            | ${'cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*'}                 | ${'cpe:/a:microsoft:internet_explorer:8.0.6001:beta'}
    ${{ part: 'a', vendor: 'microsoft', product: 'internet_explorer', version: '8\\.*', update: 'sp?' }}                                                                  | ${'cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*'}                       | ${'cpe:/a:microsoft:internet_explorer:8.%02:sp%01'}
    ${{ part: 'a', vendor: 'hp', product: 'insight_diagnostics', version: '7\\.4\\.0\\.1570', update: NA, sw_edition: 'online', target_sw: 'win2003', target_hw: 'x64' }} | ${'cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*'}          | ${'cpe:/a:hp:insight_diagnostics:7.4.0.1570:-:~~online~win2003~x64~'}
    ${{ part: 'a', vendor: 'hp', product: 'openview_network_manager', version: '7\\.51', update: NA, target_sw: 'linux' }}                                                | ${'cpe:2.3:a:hp:openview_network_manager:7.51:-:*:*:*:linux:*:*'}                    | ${'cpe:/a:hp:openview_network_manager:7.51:-:~~~linux~~'}
    ${{ part: 'a', vendor: 'foo\\\\bar', product: 'big\\$money_manager_2010', sw_edition: 'special', target_sw: 'ipod_touch', target_hw: '80gb' }}                        | ${'cpe:2.3:a:foo\\\\bar:big\\$money_manager_2010:*:*:*:*:special:ipod_touch:80gb:*'} | ${'cpe:/a:foo%5cbar:big%24money_manager_2010:::~~special~ipod_touch~80gb~'}
    ${{ part: 'a', vendor: 'foo\\~bar', product: 'big\\~money_2010', version: '\\*' }}                                                                                    | ${'cpe:2.3:a:foo\\~bar:big\\~money_2010:\\*:*:*:*:*:*:*:*'}                          | ${'cpe:/a:foo%7ebar:big%7emoney_2010:%2a'}
    ${{ part: 'o', vendor: 'linux', product: 'linux_kernel', version: '5\\.10', language: 'en\\-us' }}                                                                    | ${'cpe:2.3:o:linux:linux_kernel:5.10:*:*:en-us:*:*:*:*'}                             | ${'cpe:/o:linux:linux_kernel:5.10:::en-us'}
  `('$fs', ({ wfn, fs, uri }) => {
    const value = wfnOf(wfn);

    expect(formatCpe(value)).toBe(fs);
    expect(uriOf(value)).toBe(uri);
  });
});

describe('round trips', () => {
  it.each([
    'cpe:2.3:a:foo\\\\bar:big\\$money:2010:*:*:*:special:ipod_touch:80gb:*',
    'cpe:2.3:a:vendor:prod\\:uct:1.0\\(beta\\):*:*:*:*:*:*:*',
    'cpe:2.3:a:vendor:product:*1.0?:*:*:*:*:*:*:*',
    'cpe:2.3:a:vendor:product:\\?\\*:-:*:*:*:*:*:*',
    'cpe:2.3:h:cisco:ios_xr\\!:7.0\\@1:*:*:*:*:*:*:*',
  ])('formatted string %s survives parse → format', (text) => {
    expect(formatCpe(parsed(text))).toBe(text);
  });

  it.each([
    'cpe:/a:foo%5cbar:big%24money_2010:::~~special~ipod_touch~80gb~',
    'cpe:/a:microsoft:internet_explorer:8.%02:sp%01',
    'cpe:/o:redhat:enterprise_linux:8::baseos',
    'cpe:/a:vendor:product:1.0:%01%01beta',
  ])('URI %s survives parse → uriOf', (text) => {
    expect(uriOf(parsed(text))).toBe(text);
  });

  it('a URI and its formatted string denote the same WFN', () => {
    const fromUri = parsed('cpe:/a:hp:insight_diagnostics:7.4.0.1570:-:~~online~win2003~x64~');
    const fromFs = parsed('cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*');

    expect(fromUri).toEqual(fromFs);
  });
});

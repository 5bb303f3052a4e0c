import { describe, expect, it } from 'vitest';
import { hasNativeSyntax, versFromNative } from './vers-native.js';
import { formatVers } from './vers.js';

describe('versFromNative', () => {
  it.each`
    scheme     | native                                | vers
    ${'npm'}   | ${'^1.2.3'}                           | ${'vers:npm/>=1.2.3|<2.0.0'}
    ${'npm'}   | ${'~1.2.3 || >=2.0.0 <2.1.0'}         | ${'vers:npm/>=1.2.3|<1.3.0|>=2.0.0|<2.1.0'}
    ${'npm'}   | ${'1.2.x'}                            | ${'vers:npm/>=1.2.0|<1.3.0'}
    ${'npm'}   | ${'1.0.0 - 2.0.0'}                    | ${'vers:npm/>=1.0.0|<=2.0.0'}
    ${'npm'}   | ${'>=1.0.0 <2.0.0 || >=1.5.0 <3.0.0'} | ${'vers:npm/>=1.0.0|<3.0.0'}
    ${'npm'}   | ${'<1.0.0 || >=1.0.0'}                | ${'vers:npm/<1.0.0|>=1.0.0'}
    ${'npm'}   | ${'1.0.0 || ^1.0.0'}                  | ${'vers:npm/>=1.0.0|<2.0.0'}
    ${'npm'}   | ${'=1.0.0 >=2.0.0'}                   | ${'vers:none/*'}
    ${'npm'}   | ${'>=2.0.0 <=2.0.0'}                  | ${'vers:npm/2.0.0'}
    ${'npm'}   | ${'*'}                                | ${'vers:npm/*'}
    ${'pypi'}  | ${'~=1.4.5, !=1.4.7'}                 | ${'vers:pypi/>=1.4.5|!=1.4.7|<1.5'}
    ${'pypi'}  | ${'~=2.2'}                            | ${'vers:pypi/>=2.2|<3'}
    ${'pypi'}  | ${'==1.2.*'}                          | ${'vers:pypi/>=1.2|<1.3'}
    ${'pypi'}  | ${'===1.0'}                           | ${'vers:pypi/1.0'}
    ${'pypi'}  | ${'>=2.0, <1.0'}                      | ${'vers:none/*'}
    ${'gem'}   | ${'~> 2.0.8'}                         | ${'vers:gem/>=2.0.8|<2.1'}
    ${'gem'}   | ${'~> 2'}                             | ${'vers:gem/>=2|<3'}
    ${'gem'}   | ${'>= 1.0, < 2.0, != 1.5'}            | ${'vers:gem/>=1.0|!=1.5|<2.0'}
    ${'nuget'} | ${'[1.0.0, 2.0.0)'}                   | ${'vers:nuget/>=1.0.0|<2.0.0'}
    ${'nuget'} | ${'(,1.0]'}                           | ${'vers:nuget/<=1.0'}
    ${'nuget'} | ${'[1.0]'}                            | ${'vers:nuget/1.0'}
    ${'nuget'} | ${'1.0'}                              | ${'vers:nuget/>=1.0'}
  `('$scheme "$native" → $vers', ({ scheme, native, vers }) => {
    const result = versFromNative(scheme, native);

    expect(result.ok && formatVers(result.value)).toBe(vers);
  });

  it.each`
    scheme     | native
    ${'npm'}   | ${'not a range'}
    ${'pypi'}  | ${'~=1'}
    ${'pypi'}  | ${'!=1.*'}
    ${'pypi'}  | ${'>=1.0 garbage'}
    ${'gem'}   | ${'~> abc'}
    ${'nuget'} | ${'[1.0, 2.0'}
    ${'nuget'} | ${'(1.0)'}
    ${'conan'} | ${'>1.0'}
    ${'deb'}   | ${'>= 1.0'}
  `('refuses $scheme "$native"', ({ scheme, native }: { scheme: string; native: string }) => {
    expect(versFromNative(scheme, native).ok).toBe(false);
  });

  it('knows which schemes have a native syntax', () => {
    expect(['npm', 'pypi', 'gem', 'nuget', 'deb', 'conan'].filter(hasNativeSyntax)).toEqual([
      'npm',
      'pypi',
      'gem',
      'nuget',
    ]);
  });
});

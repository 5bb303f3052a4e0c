import { describe, expect, it } from 'vitest';
import { buildPurl, canonicalPurl } from './build.js';

describe('buildPurl', () => {
  it.each`
    case                                      | parts                                                                                                                       | expected
    ${'npm scope is encoded'}                 | ${{ type: 'npm', namespace: '@angular', name: 'core', version: '17.0.1' }}                                                  | ${'pkg:npm/%40angular/core@17.0.1'}
    ${'maven with qualifiers, sorted'}        | ${{ type: 'maven', namespace: 'org.apache', name: 'io', version: '1', qualifiers: { type: 'jar', classifier: 'sources' } }} | ${'pkg:maven/org.apache/io@1?classifier=sources&type=jar'}
    ${'URL qualifier: ":" bare, "/" encoded'} | ${{ type: 'generic', name: 'fw', qualifiers: { download_url: 'https://x.org/a b+c@d' } }}                                   | ${'pkg:generic/fw?download_url=https:%2F%2Fx.org%2Fa%20b%2Bc%40d'}
    ${'null and empty values are dropped'}    | ${{ type: 'generic', name: 'fw', namespace: null, version: null, qualifiers: { a: '', b: null }, subpath: null }}           | ${'pkg:generic/fw'}
    ${'subpath cleaned'}                      | ${{ type: 'golang', namespace: 'github.com/x', name: 'y', subpath: '/a/./b/../c/' }}                                        | ${'pkg:golang/github.com/x/y#a/b/c'}
    ${'a "/" inside a name is data'}          | ${{ type: 'generic', name: 'a/b' }}                                                                                         | ${'pkg:generic/a%2Fb'}
    ${'git name spans segments'}              | ${{ type: 'git', namespace: 'codeberg.org', name: 'forgejo/forgejo' }}                                                      | ${'pkg:git/codeberg.org/forgejo/forgejo'}
    ${'PyPI rules apply to building too'}     | ${{ type: 'PYPI', name: 'Django_Allauth', version: '0.58.2' }}                                                              | ${'pkg:pypi/django-allauth@0.58.2'}
    ${'non-ASCII is UTF-8 encoded'}           | ${{ type: 'generic', name: 'Überwachung' }}                                                                                 | ${'pkg:generic/%C3%9Cberwachung'}
  `('$case', ({ parts, expected }) => {
    const result = buildPurl(parts);

    expect(result).toEqual({ ok: true, value: expected, issues: [] });
  });

  it.each`
    case               | parts                                                                  | path
    ${'no type'}       | ${{ type: null, name: 'x' }}                                           | ${['type']}
    ${'no name'}       | ${{ type: 'npm', name: null }}                                         | ${['name']}
    ${'empty name'}    | ${{ type: 'julia', name: '', qualifiers: { uuid: 'u' } }}              | ${['name']}
    ${'bad key'}       | ${{ type: 'npm', name: 'x', qualifiers: { 'in production': 'true' } }} | ${['qualifiers', 'in production']}
    ${'prohibited ns'} | ${{ type: 'otp', namespace: 'erlang', name: 'asn1' }}                  | ${['namespace']}
  `('$case is an issue', ({ parts, path }) => {
    const result = buildPurl(parts);

    expect(result.ok).toBe(false);
    expect(result.issues[0]?.path).toEqual(path);
  });
});

describe('canonicalPurl', () => {
  it.each([
    ['pkg:NPM/%40Babel/Core@7.0.0', 'pkg:npm/%40Babel/Core@7.0.0'],
    ['pkg:/maven/org.apache.commons/io', 'pkg:maven/org.apache.commons/io'],
    [
      'pkg:deb/debian/curl@7.50.3-1?distro=jessie&arch=i386',
      'pkg:deb/debian/curl@7.50.3-1?arch=i386&distro=jessie',
    ],
    ['pkg:docker/nginx@sha256%3Aabc', 'pkg:docker/nginx@sha256:abc'],
    ['pkg:generic/x?checksum=sha1:ab%2Csha256:cd', 'pkg:generic/x?checksum=sha1:ab%2Csha256:cd'],
  ])('%s → %s, and the canonical form is a fixed point', (text, expected) => {
    const once = canonicalPurl(text);
    const twice = once.ok ? canonicalPurl(once.value) : once;

    expect(once).toMatchObject({ ok: true, value: expected });
    expect(twice).toMatchObject({ ok: true, value: expected });
  });

  it('passes parse errors through', () => {
    const result = canonicalPurl('not a purl');

    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(1);
  });
});

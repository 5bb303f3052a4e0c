import { describe, expect, it } from 'vitest';
import { parsePurl } from './parse.js';

describe('parsePurl', () => {
  it.each`
    case                                          | text                                                                                       | expected
    ${'npm scope, encoded @'}                     | ${'pkg:npm/%40angular/core@17.0.1'}                                                        | ${{ type: 'npm', namespace: '@angular', name: 'core', version: '17.0.1' }}
    ${'npm scope, unencoded @'}                   | ${'pkg:npm/@angular/core@17.0.1'}                                                          | ${{ type: 'npm', namespace: '@angular', name: 'core', version: '17.0.1' }}
    ${'PyPI name normalization'}                  | ${'pkg:PyPI/Typing_Extensions@4.8.0'}                                                      | ${{ type: 'pypi', name: 'typing-extensions', version: '4.8.0' }}
    ${'maven keeps case'}                         | ${'pkg:maven/HTTPClient/HTTPClient@0.3-3?type=jar'}                                        | ${{ type: 'maven', namespace: 'HTTPClient', name: 'HTTPClient', version: '0.3-3', qualifiers: { type: 'jar' } }}
    ${'golang path and subpath'}                  | ${'pkg:golang/github.com/gorilla/mux@v1.8.0#/./sub/../pkg//'}                              | ${{ type: 'golang', namespace: 'github.com/gorilla', name: 'mux', version: 'v1.8.0', subpath: 'sub/pkg' }}
    ${'deb vendor lowercased, + decoded'}         | ${'pkg:deb/Debian/openssl@3.0.11-1~deb12u2%2Bb1?arch=amd64&distro=debian-12'}              | ${{ type: 'deb', namespace: 'debian', name: 'openssl', version: '3.0.11-1~deb12u2+b1', qualifiers: { arch: 'amd64', distro: 'debian-12' } }}
    ${'rpm epoch qualifier'}                      | ${'pkg:rpm/redhat/openssl@3.0.7-24.el9?epoch=1&arch=x86_64'}                               | ${{ type: 'rpm', namespace: 'redhat', name: 'openssl', version: '3.0.7-24.el9', qualifiers: { arch: 'x86_64', epoch: '1' } }}
    ${'apk'}                                      | ${'pkg:apk/alpine/busybox@1.36.1-r5?arch=aarch64'}                                         | ${{ type: 'apk', namespace: 'alpine', name: 'busybox', version: '1.36.1-r5', qualifiers: { arch: 'aarch64' } }}
    ${'oci digest lowercased'}                    | ${'pkg:oci/Debian@sha256%3A244FD47E?repository_url=docker.io/library/debian'}              | ${{ type: 'oci', name: 'debian', version: 'sha256:244fd47e', qualifiers: { repository_url: 'docker.io/library/debian' } }}
    ${'docker'}                                   | ${'pkg:docker/library/nginx@1.25?repository_url=gcr.io'}                                   | ${{ type: 'docker', namespace: 'library', name: 'nginx', version: '1.25', qualifiers: { repository_url: 'gcr.io' } }}
    ${'swid with its tag id'}                     | ${'pkg:swid/Acme/example.com/Infusion+Pump@2.1?tag_id=75b8c285'}                           | ${{ type: 'swid', namespace: 'Acme/example.com', name: 'Infusion+Pump', version: '2.1', qualifiers: { tag_id: '75b8c285' } }}
    ${'huggingface commit lowercased'}            | ${'pkg:huggingface/Org/Model-X@ABCDEF'}                                                    | ${{ type: 'huggingface', namespace: 'Org', name: 'Model-X', version: 'abcdef' }}
    ${'mlflow on Databricks is case-insensitive'} | ${'pkg:mlflow/Sepsis@2?repository_url=https://adb-1.2.azuredatabricks.net/api/2.0/mlflow'} | ${{ type: 'mlflow', name: 'sepsis', version: '2', qualifiers: { repository_url: 'https://adb-1.2.azuredatabricks.net/api/2.0/mlflow' } }}
    ${'mlflow on Azure ML keeps case'}            | ${'pkg:mlflow/Sepsis@2?repository_url=https://westus.api.azureml.ms/mlflow'}               | ${{ type: 'mlflow', name: 'Sepsis', version: '2', qualifiers: { repository_url: 'https://westus.api.azureml.ms/mlflow' } }}
    ${'git: the namespace is the host'}           | ${'pkg:git/gitlab.com/Group/Sub/repo@v1'}                                                  | ${{ type: 'git', namespace: 'gitlab.com', name: 'Group/Sub/repo', version: 'v1' }}
    ${'pkg:// is accepted'}                       | ${'pkg://cargo/rand@0.8.5'}                                                                | ${{ type: 'cargo', name: 'rand', version: '0.8.5' }}
    ${'qualifiers sorted, empty values dropped'}  | ${'pkg:generic/fw@1.0?z=1&a=&m=%E2%9C%93'}                                                 | ${{ type: 'generic', name: 'fw', version: '1.0', qualifiers: { m: '✓', z: '1' } }}
    ${'an unregistered type is kept as written'}  | ${'pkg:firmware-x/Vendor/Blob@1'}                                                          | ${{ type: 'firmware-x', namespace: 'Vendor', name: 'Blob', version: '1' }}
    ${'unencoded URL with "?" in a qualifier'}    | ${'pkg:generic/fw@1.0?download_url=https://x.org/f.bin?sig=1'}                             | ${{ type: 'generic', name: 'fw', version: '1.0', qualifiers: { download_url: 'https://x.org/f.bin?sig=1' } }}
    ${'an empty version is no version'}           | ${'pkg:cargo/rand@'}                                                                       | ${{ type: 'cargo', name: 'rand' }}
  `('$case', ({ text, expected }) => {
    const result = parsePurl(text);

    expect(result).toEqual({ ok: true, value: { qualifiers: {}, ...expected }, issues: [] });
  });

  it('reads an uppercase qualifier key, and warns', () => {
    const result = parsePurl('pkg:rpm/fedora/curl@7.50.3?Arch=i386');

    expect(result.ok && result.value.qualifiers).toEqual({ arch: 'i386' });
    expect(result.issues).toMatchObject([
      { severity: 'warning', path: ['qualifiers', 'Arch'], code: 'invalid-value' },
    ]);
  });

  it.each`
    case                                  | text                                       | code                | path
    ${'empty'}                            | ${''}                                      | ${'invalid-format'} | ${[]}
    ${'no scheme'}                        | ${'npm/left-pad@1.0.0'}                    | ${'invalid-format'} | ${[]}
    ${'encoded colon after the scheme'}   | ${'pkg%3Amaven/org.apache.commons/io'}     | ${'invalid-format'} | ${[]}
    ${'another scheme'}                   | ${'purl:npm/left-pad'}                     | ${'invalid-format'} | ${[]}
    ${'no slash after the type'}          | ${'pkg:left-pad@1.0.0'}                    | ${'invalid-format'} | ${['type']}
    ${'type starting with a digit'}       | ${'pkg:3npm/left-pad'}                     | ${'invalid-value'}  | ${['type']}
    ${'type with a colon'}                | ${'pkg:np:m/left-pad'}                     | ${'invalid-value'}  | ${['type']}
    ${'encoded type'}                     | ${'pkg:n%70m/left-pad'}                    | ${'invalid-format'} | ${['type']}
    ${'no name'}                          | ${'pkg:npm/@1.0.0'}                        | ${'missing-field'}  | ${['name']}
    ${'empty name after a namespace'}     | ${'pkg:swift/github.com/Alamofire/@5.4.3'} | ${'missing-field'}  | ${['name']}
    ${'malformed percent escape'}         | ${'pkg:npm/left%ZZpad'}                    | ${'invalid-format'} | ${['name']}
    ${'invalid UTF-8'}                    | ${'pkg:npm/left%C3pad'}                    | ${'invalid-format'} | ${['name']}
    ${'qualifier without ='}              | ${'pkg:npm/left-pad?arch'}                 | ${'invalid-format'} | ${['qualifiers']}
    ${'qualifier key with a space'}       | ${'pkg:npm/left-pad?in%20production=true'} | ${'invalid-value'}  | ${['qualifiers', 'in%20production']}
    ${'repeated qualifier'}               | ${'pkg:npm/left-pad?arch=x&arch=y'}        | ${'duplicate-id'}   | ${['qualifiers', 'arch']}
    ${'namespace where prohibited'}       | ${'pkg:cargo/rust-lang/rand@0.8.5'}        | ${'invalid-value'}  | ${['namespace']}
    ${'namespace missing where required'} | ${'pkg:maven/commons-io@2.15.0'}           | ${'missing-field'}  | ${['namespace']}
    ${'required qualifier missing'}       | ${'pkg:julia/Dates@1.9.0'}                 | ${'missing-field'}  | ${['qualifiers', 'uuid']}
    ${'chrome extension id'}              | ${'pkg:chrome-extension/dogs'}             | ${'invalid-value'}  | ${['name']}
    ${'cpan module name'}                 | ${'pkg:cpan/LWP::UserAgent@6.7.6'}         | ${'invalid-value'}  | ${['name']}
    ${'swid namespace too deep'}          | ${'pkg:swid/a/b/c/app@1?tag_id=x'}         | ${'invalid-value'}  | ${['namespace']}
  `('$case is an issue, not an exception', ({ text, code, path }) => {
    const result = parsePurl(text);

    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code, path, severity: 'error' });
    expect(result.issues[0]?.message).toContain(`"${text}"`);
  });
});

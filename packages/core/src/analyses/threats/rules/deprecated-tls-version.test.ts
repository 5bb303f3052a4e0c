import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { deprecatedTlsVersion } from './deprecated-tls-version.js';

const withLink = (flow: Parameters<typeof aFlow>[3]) =>
  aModel({
    components: [aComponent('gateway', { kind: 'gateway' }), aComponent('cloud')],
    dataFlows: [aFlow('link', 'gateway', 'cloud', flow)],
  });

describe('deprecated-tls-version', () => {
  it.each`
    case                             | flow                                                   | fires
    ${'TLS 1.0'}                     | ${{ protocol: { name: 'tls', version: '1.0' } }}       | ${true}
    ${'HTTPS 1.1 (as a number)'}     | ${{ protocol: { name: 'https', version: 1.1 } }}       | ${true}
    ${'DTLS 1.0'}                    | ${{ protocol: { name: 'dtls', version: '1.0' } }}      | ${true}
    ${'SSL 3 written as version'}    | ${{ protocol: { name: 'tls', version: 'SSLv3' } }}     | ${true}
    ${'encryption names TLSv1.1'}    | ${{ encryption: 'TLSv1.1' }}                           | ${true}
    ${'encryption names SSL'}        | ${{ protocol: 'tcp', encryption: 'ssl' }}              | ${true}
    ${'TLS 1.2'}                     | ${{ protocol: { name: 'tls', version: '1.2' } }}       | ${false}
    ${'TLS 1.3 written with family'} | ${{ protocol: { name: 'https', version: 'TLS 1.3' } }} | ${false}
    ${'DTLS 1.2'}                    | ${{ protocol: { name: 'dtls', version: '1.2' } }}      | ${false}
    ${'MQTT version 3.1'}            | ${{ protocol: { name: 'mqtt', version: '3.1' } }}      | ${false}
  `('$case → fires: $fires', ({ flow, fires }) => {
    expect(findingIds(deprecatedTlsVersion, withLink(flow))).toEqual(
      fires ? ['deprecated-tls-version@link'] : [],
    );
  });

  it.each`
    case                       | flow                                             | considered
    ${'version declared'}      | ${{ protocol: { name: 'tls', version: '1.3' } }} | ${true}
    ${'versioned encryption'}  | ${{ encryption: 'tls-1.3' }}                     | ${true}
    ${'TLS without a version'} | ${{ protocol: 'https' }}                         | ${false}
    ${'bare tls encryption'}   | ${{ encryption: 'tls' }}                         | ${false}
  `('judges only flows that state a version: $case', ({ flow, considered }) => {
    const [link] = withLink(flow).dataFlows;

    const considers = deprecatedTlsVersion.when(link!);

    expect(considers).toBe(considered);
  });

  it('names every old version it found, with its path', () => {
    const model = withLink({ protocol: { name: 'tls', version: '1.0' }, encryption: 'sslv3' });

    const [finding] = runRule(deprecatedTlsVersion, model);

    expect(finding?.hit.rationale).toContain('tls version 1.0 and encryption sslv3');
    expect(finding?.hit.evidence?.map((e) => e.path)).toEqual([
      'dataFlows.link.protocol.version',
      'dataFlows.link.encryption',
    ]);
  });
});

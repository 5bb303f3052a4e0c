import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, homePumpParts, runRule } from '../../../../test/builders.js';
import { ciCdCompromise } from './ci-cd-compromise.js';

type Fields = NonNullable<Parameters<typeof aComponent>[1]>;

const ALL_PIPELINE = {
  signedCommits: true,
  protectedBranches: true,
  isolatedBuilders: true,
  secretsInVault: true,
};

const pipeline = (builder: Fields, withRepository = false, reachesPump = true) =>
  aModel({
    ...homePumpParts(),
    components: [
      aComponent('builder', { kind: 'ci-cd', deployment: 'cloud', ...builder }),
      aComponent('repo', {
        kind: 'source-repository',
        deployment: 'cloud',
        pipeline: { signedCommits: true, protectedBranches: true },
      }),
      aComponent('updates', { kind: 'update-server', deployment: 'cloud' }),
      aComponent('docs', { kind: 'file-store', deployment: 'cloud' }),
      aComponent('pump', { deployment: 'body', functions: ['insulin-delivery'] }),
    ],
    dataFlows: [
      ...(withRepository ? [aFlow('push', 'repo', 'builder', { data: ['software'] })] : []),
      aFlow('release', 'builder', reachesPump ? 'updates' : 'docs', { data: ['firmware'] }),
      aFlow('ota', 'updates', 'pump', { data: ['firmware'] }),
    ],
  });

describe('ci-cd-compromise', () => {
  it.each`
    case                                           | builder                                                       | withRepository | missing
    ${'no pipeline protections declared'}          | ${{}}                                                         | ${false}       | ${['signedCommits', 'protectedBranches', 'isolatedBuilders', 'secretsInVault']}
    ${'separate repository holds source controls'} | ${{}}                                                         | ${true}        | ${['isolatedBuilders', 'secretsInVault']}
    ${'builders shared'}                           | ${{ pipeline: { ...ALL_PIPELINE, isolatedBuilders: false } }} | ${false}       | ${['isolatedBuilders']}
    ${'all protections'}                           | ${{ pipeline: ALL_PIPELINE }}                                 | ${false}       | ${[]}
  `('$case → missing $missing', ({ builder, withRepository, missing }) => {
    const model = pipeline(builder, withRepository);

    const findings = runRule(ciCdCompromise, model).filter((f) => f.subject.id === 'builder');

    expect(
      findings.flatMap((f) => f.hit.evidence?.map((e) => e.path?.split('.').pop()) ?? []),
    ).toEqual(missing);
  });

  it('does not consider a pipeline whose code reaches no fielded component', () => {
    const model = pipeline({}, true, false);

    expect(runRule(ciCdCompromise, model).map((f) => f.id)).toEqual([]);
  });

  it('follows code through the update server to the pump and says what is not declared', () => {
    const [finding] = runRule(ciCdCompromise, pipeline({}));

    expect(finding?.hit.rationale).toContain('passes code on to "pump"');
    expect(finding?.hit.evidence?.[0]?.text).toBe(
      'components.builder.pipeline.signedCommits is not declared; treated as absent',
    );
  });

  it.each`
    kind                   | fields                                       | fires
    ${'artifact-store'}    | ${{}}                                        | ${true}
    ${'artifact-store'}    | ${{ storage: { integrityProtected: true } }} | ${false}
    ${'signing-service'}   | ${{ pipeline: { secretsInVault: false } }}   | ${true}
    ${'signing-service'}   | ${{ pipeline: { secretsInVault: true } }}    | ${false}
    ${'source-repository'} | ${{ pipeline: { signedCommits: true } }}     | ${true}
    ${'update-server'}     | ${{}}                                        | ${false}
  `('$kind with $fields → fires: $fires', ({ kind, fields, fires }) => {
    const model = pipeline({ kind, pipeline: ALL_PIPELINE, ...fields });

    const ids = runRule(ciCdCompromise, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['ci-cd-compromise@builder'] : []);
  });

  it('takes a repository safeguard from the CI/CD it feeds, and says where it was declared', () => {
    const model = aModel({
      ...homePumpParts(),
      components: [
        aComponent('repo', { kind: 'source-repository', deployment: 'cloud' }),
        aComponent('builder', {
          kind: 'ci-cd',
          deployment: 'cloud',
          pipeline: { ...ALL_PIPELINE, signedCommits: false },
        }),
        aComponent('pump', { deployment: 'body', functions: ['insulin-delivery'] }),
      ],
      dataFlows: [
        aFlow('checkout', 'repo', 'builder', { data: ['software'] }),
        aFlow('release', 'builder', 'pump', { data: ['firmware'] }),
      ],
    });

    const findings = runRule(ciCdCompromise, model);

    expect(findings.map((f) => f.id)).toEqual(['ci-cd-compromise@repo']);
    expect(findings[0]?.hit.rationale).toContain('without signed commits;');
    expect(findings[0]?.hit.evidence).toEqual([
      {
        path: 'components.builder.pipeline.signedCommits',
        text: 'signedCommits: false (declared on the pipeline "builder")',
      },
    ]);
  });

  it('accepts signature requests gated by a smart card and a physical confirmation', () => {
    const model = pipeline({
      kind: 'signing-service',
      access: { authentication: 'smart-card', physicalConfirmation: true },
    });

    expect(runRule(ciCdCompromise, model).map((f) => f.id)).toEqual([]);
  });
});

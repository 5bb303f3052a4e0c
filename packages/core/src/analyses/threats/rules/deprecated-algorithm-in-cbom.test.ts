import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel } from '../../../../test/builders.js';
import { aCbom, anAlgorithmAsset, runPqcRule } from '../../../../test/pqc-fixtures.js';
import { deprecatedAlgorithmInCbom } from './deprecated-algorithm-in-cbom.js';

const FILE = 'boms/pump.cbom.json';

/** A pump whose CBOM lists `names`; `flows` may name algorithms in the model too. */
function run(
  names: readonly string[],
  flows: NonNullable<Parameters<typeof aModel>[0]>['dataFlows'] = [],
) {
  const model = aModel({
    components: [aComponent('pump'), aComponent('hub', { kind: 'home-monitor' })],
    dataFlows: flows,
    boms: [{ id: 'pump-cbom', type: 'cbom', path: 'pump.cbom.json', component: 'pump' }],
  });
  return runPqcRule(deprecatedAlgorithmInCbom, model, {}, [
    {
      id: 'pump-cbom',
      file: FILE,
      inventory: aCbom(
        FILE,
        names.map((n) => anAlgorithmAsset(n)),
      ),
    },
  ]);
}

describe('deprecated-algorithm-in-cbom', () => {
  it.each`
    case                                         | names                               | flows                                                                                      | expected
    ${'MD5 in the CBOM'}                         | ${['md5']}                          | ${[]}                                                                                      | ${['deprecated-algorithm-in-cbom@pump/cbom-md5']}
    ${'SHA-1 and 3DES, one finding each'}        | ${['sha-1', '3des', 'aes-256-gcm']} | ${[]}                                                                                      | ${['deprecated-algorithm-in-cbom@pump/cbom-3des', 'deprecated-algorithm-in-cbom@pump/cbom-sha-1']}
    ${'only current algorithms'}                 | ${['aes-256-gcm', 'sha-256']}       | ${[]}                                                                                      | ${[]}
    ${'RSA-1024 (short key)'}                    | ${['rsa-1024']}                     | ${[]}                                                                                      | ${['deprecated-algorithm-in-cbom@pump/cbom-rsa-1024']}
    ${'MD5 already named by a flow of the pump'} | ${['md5']}                          | ${[aFlow('log', 'pump', 'hub', { integrity: { algorithm: 'md5', purpose: 'security' } })]} | ${[]}
  `('$case', ({ names, flows, expected }) => {
    expect(
      run(names, flows)
        .map((f) => f.id)
        .sort(),
    ).toEqual(expected);
  });

  it('points at the CBOM entry and says why the algorithm is deprecated', () => {
    const [finding] = run(['md5']);

    expect(finding?.hit.rationale).toContain('Component "pump" lists md5 in its CBOM');
    expect(finding?.hit.rationale).toContain('collisions are practical');
    expect(finding?.hit.evidence?.[0]?.path).toBe(`${FILE}#crypto/md5`);
  });
});

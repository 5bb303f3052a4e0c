import { describe, expect, it } from 'vitest';
import { aComponent, aModel, findingIds, runRule } from '../../../../test/builders.js';
import { credentialsNotChangeable } from './credentials-not-changeable.js';

type Credential = NonNullable<NonNullable<Parameters<typeof aComponent>[1]>['credentials']>[number];

const withCredential = (credential: Omit<Credential, 'id'>) =>
  aModel({ components: [aComponent('pump', { credentials: [{ id: 'svc', ...credential }] })] });

describe('credentials-not-changeable', () => {
  it.each`
    case                              | credential                                                  | fires
    ${'fixed password'}               | ${{ kind: 'password', changeable: false }}                  | ${true}
    ${'fixed PIN'}                    | ${{ kind: 'pin', changeable: false }}                       | ${true}
    ${'fixed API key'}                | ${{ kind: 'api-key', changeable: false }}                   | ${true}
    ${'changeable password'}          | ${{ kind: 'password', changeable: true }}                   | ${false}
    ${'changeability not declared'}   | ${{ kind: 'password' }}                                     | ${false}
    ${'fixed token (expires anyway)'} | ${{ kind: 'token', changeable: false }}                     | ${false}
    ${'fixed private key'}            | ${{ kind: 'private-key', changeable: false }}               | ${false}
    ${'hard-coded password'}          | ${{ kind: 'password', changeable: false, hardcoded: true }} | ${false}
  `('$case → fires: $fires', ({ credential, fires }) => {
    const model = withCredential(credential);

    const ids = findingIds(credentialsNotChangeable, model);

    expect(ids).toEqual(fires ? ['credentials-not-changeable@pump/svc'] : []);
  });

  it.each`
    credential                                                       | level        | reason
    ${{ kind: 'password', changeable: false }}                       | ${undefined} | ${undefined}
    ${{ kind: 'password', changeable: false, default: true }}        | ${'high'}    | ${'factory default'}
    ${{ kind: 'pin', changeable: false, sharedAcrossDevices: true }} | ${'high'}    | ${'same on every device'}
  `(
    'rates $credential.kind with default $credential.default as $level',
    ({ credential, level, reason }) => {
      const model = withCredential(credential);

      const [finding] = runRule(credentialsNotChangeable, model);

      expect(finding?.hit.exploitability?.level).toBe(level);
      if (reason !== undefined) expect(finding?.hit.rationale).toContain(reason);
    },
  );
});

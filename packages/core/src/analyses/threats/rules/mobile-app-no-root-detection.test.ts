import { describe, expect, it } from 'vitest';
import { aComponent, aFlow, aModel, homePumpParts, runRule } from '../../../../test/builders.js';
import { mobileAppNoRootDetection } from './mobile-app-no-root-detection.js';

const appWith = (app: Parameters<typeof aComponent>[1], commandsPump = true) =>
  aModel({
    ...homePumpParts(),
    deployments: [
      ...homePumpParts().deployments,
      { id: 'ward', type: 'hospital-clinical-network' },
    ],
    components: [
      aComponent('app', { kind: 'mobile-app', deployment: 'phone', ...app }),
      aComponent('pump', { deployment: 'body', functions: ['insulin-delivery'] }),
    ],
    dataFlows: [
      commandsPump
        ? aFlow('bolus', 'app', 'pump', { data: ['therapy-command'] })
        : aFlow('readings', 'pump', 'app', { data: ['telemetry'] }),
    ],
  });

describe('mobile-app-no-root-detection', () => {
  it.each`
    case                                     | app                                        | commandsPump | fires
    ${'root detection not declared'}         | ${{}}                                      | ${true}      | ${true}
    ${'root detection declared false'}       | ${{ hardening: { rootDetection: false } }} | ${true}      | ${true}
    ${'root detection present'}              | ${{ hardening: { rootDetection: true } }}  | ${true}      | ${false}
    ${'a web portal, not a mobile app'}      | ${{ kind: 'web-portal' }}                  | ${true}      | ${false}
    ${'app only shows readings it receives'} | ${{}}                                      | ${false}     | ${false}
  `('$case → fires: $fires', ({ app, commandsPump, fires }) => {
    const model = appWith(app, commandsPump);

    const ids = runRule(mobileAppNoRootDetection, model).map((f) => f.id);

    expect(ids).toEqual(fires ? ['mobile-app-no-root-detection@app'] : []);
  });

  it("keeps the default (moderate: the phone must be rooted first) on the patient's own phone and says detection is not declared", () => {
    const [finding] = runRule(mobileAppNoRootDetection, appWith({}));

    expect(finding?.hit.exploitability).toBeUndefined();
    expect(finding?.hit.rationale).toContain(
      'insulin-delivery (catastrophic) via app → bolus → pump',
    );
    expect(finding?.hit.evidence?.[0]?.text).toContain('not declared');
  });

  it('rates an app on a hospital-managed phone low', () => {
    const [finding] = runRule(mobileAppNoRootDetection, appWith({ deployment: 'ward' }));

    expect(finding?.hit.exploitability?.level).toBe('low');
  });
});

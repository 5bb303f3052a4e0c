import { describe, expect, it } from 'vitest';
import { aComponent, aModel, homePumpParts, runRule } from '../../../../test/builders.js';
import { patientInitiatedUpdateUnguided } from './patient-initiated-update-unguided.js';

type Update = NonNullable<Parameters<typeof aComponent>[1]>['update'];

const pumpWith = (update: Update, functions = ['insulin-delivery']) =>
  aModel({
    ...homePumpParts(),
    components: [aComponent('pump', { deployment: 'body', functions, update })],
  });

describe('patient-initiated-update-unguided', () => {
  it.each`
    initiatedBy    | userGuidance | functions               | fires
    ${'patient'}   | ${undefined} | ${['insulin-delivery']} | ${true}
    ${'caregiver'} | ${false}     | ${['glucose-display']}  | ${true}
    ${'patient'}   | ${true}      | ${['insulin-delivery']} | ${false}
    ${'automatic'} | ${undefined} | ${['insulin-delivery']} | ${false}
    ${'clinician'} | ${undefined} | ${['insulin-delivery']} | ${false}
    ${undefined}   | ${undefined} | ${['insulin-delivery']} | ${false}
    ${'patient'}   | ${undefined} | ${[]}                   | ${false}
  `(
    'initiatedBy $initiatedBy, userGuidance $userGuidance, functions $functions → fires: $fires',
    ({ initiatedBy, userGuidance, functions, fires }) => {
      const model = pumpWith(
        {
          mechanism: 'app',
          ...(initiatedBy === undefined ? {} : { initiatedBy }),
          ...(userGuidance === undefined ? {} : { userGuidance }),
        },
        functions,
      );

      const ids = runRule(patientInitiatedUpdateUnguided, model).map((f) => f.id);

      expect(ids).toEqual(fires ? ['patient-initiated-update-unguided@pump'] : []);
    },
  );

  it('names who installs the update and says guidance is not declared', () => {
    const [finding] = runRule(
      patientInitiatedUpdateUnguided,
      pumpWith({ mechanism: 'app', initiatedBy: 'caregiver' }),
    );

    expect(finding?.hit.rationale).toContain('started by the caregiver');
    expect(finding?.hit.evidence?.map((e) => e.text)).toEqual([
      'initiatedBy: caregiver (mechanism: app)',
      'components.pump.update.userGuidance is not declared; treated as absent',
    ]);
  });
});

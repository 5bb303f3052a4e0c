import { decisionPoint } from '../define.js';

/*
 * Outcome sets (SSVC models outcomes as decision points too). CERTCC/SSVC e3b00a2:
 * data/json/decision_points/ssvc (DSOI, COORDINATE, PUBLISH) and .../cisa (CISA, BOD2604).
 */

/** The original SSVC outcomes of the deployer and supplier tables. */
export const DSOI = decisionPoint({
  id: 'priority',
  namespace: 'ssvc',
  key: 'DSOI',
  version: '1.0.0',
  name: 'Defer, Scheduled, Out-of-Cycle, Immediate',
  description: 'How soon to act.',
  values: [
    ['D', 'defer', 'Defer', 'Do not act now.'],
    ['S', 'scheduled', 'Scheduled', 'Act in the regular maintenance cycle.'],
    ['O', 'out-of-cycle', 'Out-of-Cycle', 'Act faster than usual, outside the regular cycle.'],
    ['I', 'immediate', 'Immediate', 'Act now, with all resources, even stopping normal work.'],
  ],
});

export const COORDINATE = decisionPoint({
  id: 'coordinate',
  namespace: 'ssvc',
  key: 'COORDINATE',
  version: '1.0.1',
  name: 'Decline, Track, Coordinate',
  description: 'What a coordinator does with a report.',
  values: [
    ['D', 'decline', 'Decline', 'Take no action on the report.'],
    ['T', 'track', 'Track', 'Follow the case and its status, without acting.'],
    ['C', 'coordinate', 'Coordinate', 'Take the case on and coordinate it.'],
  ],
});

export const PUBLISH = decisionPoint({
  id: 'publish',
  namespace: 'ssvc',
  key: 'PUBLISH',
  version: '1.0.0',
  name: 'Publish, Do Not Publish',
  description: 'Whether a coordinator publishes about the vulnerability.',
  values: [
    ['N', 'do-not-publish', 'Do Not Publish', 'Do not publish.'],
    ['P', 'publish', 'Publish', 'Publish.'],
  ],
});

export const CISA_LEVELS = decisionPoint({
  id: 'cisaLevel',
  namespace: 'cisa',
  key: 'CISA',
  version: '1.1.0',
  name: 'CISA Levels',
  description: 'CISA’s four decisions.',
  values: [
    ['T', 'track', 'Track', 'No action now; keep watching; fix within standard timelines.'],
    [
      'T*',
      'track-star',
      'Track*',
      'As Track, but watch closely for changes; fix within standard timelines.',
    ],
    [
      'AT',
      'attend',
      'Attend',
      'Supervisors attend to it (information, notification); fix sooner than standard.',
    ],
    [
      'AC',
      'act',
      'Act',
      'Supervisors and leadership act (assistance, notification, response); fix as soon as possible.',
    ],
  ],
});

/** Remediation timelines of CISA BOD 26-04 as encoded by CERT/CC (directive text not verified). */
export const BOD_26_04_TIMELINES = decisionPoint({
  id: 'remediationTimeline',
  namespace: 'cisa',
  key: 'BOD2604',
  version: '1.0.0',
  name: 'CISA BOD 26-04 Remediation Timelines',
  description: 'How soon a US federal agency must remediate under BOD 26-04.',
  values: [
    [
      'FSU',
      'fix-on-system-upgrade',
      'Fix on system upgrade',
      'At the next scheduled major upgrade or rebuild of the asset.',
    ],
    ['60D', '60-days', '60 days', 'Within 60 days.'],
    ['14D', '14-days', '14 days', 'Within 14 days.'],
    ['3D', '3-days', '3 days', 'Within 3 days.'],
    [
      '3DF',
      '3-days-forensic',
      '3 days & forensic investigation',
      'Within 3 days, plus forensic triage of whether the asset was compromised.',
    ],
  ],
});

/**
 * Statutory breach-notification deadlines, as data with their sources. They were written from the
 * legal texts as we know them and NOT re-checked against the official publications in this
 * environment (no network): `verified: false` says so, and docs/cloud.md repeats it. Check them
 * against EUR-Lex and the eCFR before relying on them in a submission.
 */
export interface NotificationRegime {
  readonly id: string;
  /** Who must notify whom. */
  readonly duty: string;
  /** The deadline in hours; undefined when the text sets none ("without undue delay"). */
  readonly hours?: number;
  readonly source: string;
  readonly verified: boolean;
}

export const NOTIFICATION_REGIMES: readonly NotificationRegime[] = [
  {
    id: 'gdpr-art-33-1',
    duty: 'controller (e.g. the hospital) to the supervisory authority',
    hours: 72,
    source:
      'Regulation (EU) 2016/679 (GDPR) Art. 33(1): without undue delay and, where feasible, not later than 72 hours after becoming aware',
    verified: false,
  },
  {
    id: 'gdpr-art-33-2',
    duty: 'processor (e.g. a cloud provider) to the controller',
    source: 'Regulation (EU) 2016/679 (GDPR) Art. 33(2): without undue delay after becoming aware',
    verified: false,
  },
  {
    id: 'nis2-art-23-4-a',
    duty: 'essential or important entity (e.g. a hospital) to its CSIRT or authority: early warning',
    hours: 24,
    source:
      'Directive (EU) 2022/2555 (NIS2) Art. 23(4)(a): early warning within 24 hours of becoming aware of a significant incident; notification within 72 hours (Art. 23(4)(b))',
    verified: false,
  },
  {
    id: 'hipaa-164-410',
    duty: 'business associate (e.g. a cloud provider holding PHI) to the covered entity',
    hours: 60 * 24,
    source:
      '45 CFR 164.410(b): without unreasonable delay and in no case later than 60 calendar days after discovery',
    verified: false,
  },
  {
    id: 'hipaa-164-404',
    duty: 'covered entity to the affected individuals',
    hours: 60 * 24,
    source:
      '45 CFR 164.404(b): without unreasonable delay and in no case later than 60 calendar days after discovery',
    verified: false,
  },
];

/**
 * Used when neither the function nor the device declares `breachNotificationRequired`: the GDPR
 * deadline for the controller. A provider that takes that long leaves the hospital no margin of
 * its own (and NIS2 asks hospitals for an early warning within 24 h), so contracts usually ask for
 * less; set the requirement in the model rather than rely on this default.
 */
export const DEFAULT_BREACH_NOTIFICATION = {
  hours: 72,
  regime: 'gdpr-art-33-1',
  source: 'GDPR Art. 33(1), 72 h; set device.breachNotificationRequired to your own',
} as const;

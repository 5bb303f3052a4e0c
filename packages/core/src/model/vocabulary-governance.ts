/**
 * Closed sets of the model's governance part: stakeholders, controls, treatments, how third parties
 * are told of their part, and declared duties. Re-exported by vocabulary.ts.
 */
export const STAKEHOLDER_ROLES = [
  'manufacturer',
  'hdo-it',
  'biomed',
  'clinician',
  'patient',
  'caregiver',
  'cloud-provider',
  'saas-vendor',
  'ehr-vendor',
  'component-supplier',
  'servicer',
  'app-store-operator',
  'regulator',
  'other',
] as const;
export type StakeholderRole = (typeof STAKEHOLDER_ROLES)[number];

/** Roles not expected to have security or IT skills (FDA VI.A; playbook 2.5.5 on patient capability). */
export const LAY_ROLES: readonly StakeholderRole[] = ['patient', 'caregiver'];

/** FDA premarket guidance V.B.1 security control categories. */
export const FDA_CONTROL_CATEGORIES = [
  'authentication',
  'authorization',
  'cryptography',
  'code-data-execution-integrity',
  'confidentiality',
  'event-detection-logging',
  'resiliency-recovery',
  'updatability-patchability',
] as const;
export type FdaControlCategory = (typeof FDA_CONTROL_CATEGORIES)[number];

export const CONTROL_STATUSES = ['implemented', 'partial', 'planned', 'not-implemented'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

/** How many exploitability levels an implemented control takes off (1, 2 or 3). */
export const CONTROL_STRENGTHS = ['weak', 'moderate', 'strong'] as const;
export type ControlStrength = (typeof CONTROL_STRENGTHS)[number];

export const TREATMENT_STRATEGIES = ['mitigate', 'accept', 'transfer', 'eliminate'] as const;
export type TreatmentStrategy = (typeof TREATMENT_STRATEGIES)[number];

export const COMMUNICATION_CHANNELS = [
  'labeling',
  'ifu',
  'security-guide',
  'ui-warning',
  'mds2',
  'contract',
  'sla',
  'training',
] as const;
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

/**
 * Skill a task needs from whoever performs it: `none` (nothing to do or understand), `basic`
 * (a guided step anyone can follow, e.g. accepting a prompted update), `technical` (IT knowledge:
 * network, accounts, certificates, manual updates), `expert` (security expertise: log review,
 * incident handling, key management). After the MITRE/MDIC playbook §2.5.5 (what the user can do).
 */
export const SKILL_LEVELS = ['none', 'basic', 'technical', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** What a declared duty (`responsibilities[]`) is about; it selects the contract clauses it implies. */
export const DUTY_TASKS = [
  'patching',
  'configuration',
  'monitoring',
  'incident-response',
  'backup-restore',
  'access-management',
  'replacement',
  'decommissioning',
  'training',
  'other',
] as const;
export type DutyTask = (typeof DUTY_TASKS)[number];

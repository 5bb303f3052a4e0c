import { z } from 'zod';
import {
  AI_LEARNING,
  AUTH_METHODS,
  CLOUD_SERVICE_MODELS,
  COMM_LOSS_BEHAVIOURS,
  COMPONENT_KINDS,
  CREDENTIAL_KINDS,
  ELEMENT_TYPES,
  INTERFACE_ACCESS,
  INTERFACE_PURPOSES,
  INTERFACE_TYPES,
  KEY_DERIVATION,
  KEY_STORAGE,
  MULTIPLICITY,
  PAIRING_METHODS,
  SIGNATURE_COVERAGE,
  TENANCY,
  UPDATE_INITIATORS,
  UPDATE_MECHANISMS,
} from '../vocabulary.js';
import { Duration, Id, Text } from './primitives.js';
import { ComponentSupport } from './lifecycle.js';
import { CryptoUse } from './crypto.js';

const Interface = z.strictObject({
  id: Id,
  type: z.enum(INTERFACE_TYPES),
  purpose: z
    .enum(INTERFACE_PURPOSES)
    .optional()
    .meta({ description: 'What the port is for; `none` marks an unused port.' }),
  used: z
    .boolean()
    .optional()
    .meta({ description: 'False for ports that exist but no function uses (default true).' }),
  access: z.enum(INTERFACE_ACCESS).optional().meta({
    description: 'How the port is closed off at delivery; undeclared ports are treated as open.',
  }),
  pairing: z
    .enum(PAIRING_METHODS)
    .optional()
    .meta({ description: 'Bluetooth pairing / association method.' }),
  description: Text.optional(),
});

const Credential = z.strictObject({
  id: Id,
  kind: z.enum(CREDENTIAL_KINDS),
  purpose: Text.optional(),
  hardcoded: z.boolean().optional(),
  default: z
    .boolean()
    .optional()
    .meta({ description: 'A factory default that users are not forced to change.' }),
  sharedAcrossDevices: z.boolean().optional(),
  changeable: z.boolean().optional(),
  derivedFrom: z.enum(KEY_DERIVATION).optional(),
  storage: z.enum(KEY_STORAGE).optional(),
  algorithm: Text.optional(),
});

const Access = z.strictObject({
  authentication: z
    .enum(AUTH_METHODS)
    .optional()
    .meta({ description: 'How local users (UI, service port) authenticate.' }),
  roles: z
    .array(Text)
    .optional()
    .meta({ description: 'User roles, e.g. patient, clinician, service.' }),
  roleSeparation: z.boolean().optional(),
  privilegedRoles: z
    .array(Text)
    .optional()
    .meta({ description: 'Roles with admin, service or maintenance rights.' }),
  mfa: z
    .boolean()
    .optional()
    .meta({ description: 'Multi-factor authentication for privileged access.' }),
  denyByDefault: z.boolean().optional(),
  sessionTimeoutMinutes: z.number().positive().optional(),
  physicalConfirmation: z.boolean().optional().meta({
    description:
      'Harmful operations need a non-routine physical signal of intent (FDA App. 1 AUTH).',
  }),
  inputValidation: z.boolean().optional(),
  rateLimiting: z
    .boolean()
    .optional()
    .meta({ description: 'Handles floods, scanning noise and excess bandwidth.' }),
  leastPrivilege: z.boolean().optional(),
});

const Signature = z.strictObject({
  algorithm: Text,
  covers: z.array(z.enum(SIGNATURE_COVERAGE)).optional().meta({
    description: 'What the signature binds: content, version, target-device, metadata.',
  }),
  verifiedBy: z
    .array(Id)
    .optional()
    .meta({ description: 'Components that verify it; the device itself should.' }),
  keyStorage: z
    .enum(KEY_STORAGE)
    .optional()
    .meta({ description: 'Where the signing private key lives.' }),
  keyHolder: Id.optional().meta({
    description: 'Component holding the signing key (e.g. signing-service).',
  }),
});

const Update = z.strictObject({
  mechanism: z.enum(UPDATE_MECHANISMS),
  source: Id.optional().meta({
    description: 'Component the updates come from (update server, depot tool…).',
  }),
  initiatedBy: z.enum(UPDATE_INITIATORS).optional(),
  authentication: z.enum(['signature', 'mac', 'channel-only', 'none']).optional(),
  signature: Signature.optional(),
  antiRollback: z.boolean().optional(),
  encrypted: z.boolean().optional(),
  interruptedUpdateRecovery: z
    .boolean()
    .optional()
    .meta({ description: 'A/B slots or equivalent.' }),
  resourceReserve: z
    .boolean()
    .optional()
    .meta({ description: 'Spare flash/RAM/CPU reserved for future patches.' }),
  postInstallValidation: z.boolean().optional(),
  userGuidance: z
    .boolean()
    .optional()
    .meta({ description: 'Step-by-step guidance for lay users who install updates.' }),
});

const Logging = z.strictObject({
  security: z
    .boolean()
    .optional()
    .meta({ description: 'Security events (logins, config changes, anomalies) are logged.' }),
  export: z.enum(['none', 'siem', 'cloud', 'local-download']).optional(),
  tamperProtected: z.boolean().optional(),
  userAttribution: z
    .boolean()
    .optional()
    .meta({ description: 'Commands are logged with the identity that issued them.' }),
});

const Storage = z.strictObject({
  encryptedAtRest: z.boolean().optional(),
  encryptionAlgorithm: Text.optional(),
  integrityProtected: z.boolean().optional(),
  backups: z.boolean().optional(),
  accessLogged: z.boolean().optional(),
});

const Resilience = z.strictObject({
  onCommunicationLoss: z.enum(COMM_LOSS_BEHAVIOURS).optional(),
  offlineMode: z.boolean().optional(),
  offlineDuration: Duration.optional(),
  redundancy: z.boolean().optional(),
  description: Text.optional(),
});

const Hardening = z.strictObject({
  secureBoot: z.boolean().optional(),
  tamperEvidence: z.boolean().optional(),
  codeSigningEnforced: z.boolean().optional(),
  rootDetection: z
    .boolean()
    .optional()
    .meta({ description: 'Mobile apps: detects rooted/jailbroken phones.' }),
});

const Ai = z.strictObject({
  learning: z.enum(AI_LEARNING).optional(),
  trainingDataProvenance: z.enum(['documented', 'partial', 'unknown']).optional(),
  trainingDataValidated: z.boolean().optional(),
  adversarialInputs: z
    .array(Text)
    .optional()
    .meta({ description: 'Inputs an adversary can influence.' }),
  adversarialTesting: z.boolean().optional(),
  artifactDigest: Text.optional().meta({
    description:
      'Digest of the model artefact, e.g. `sha256:<hex>`; compared with the ML-BOM hash and checked by `medrisk verify-model`.',
  }),
  mlbomRef: Text.optional().meta({
    description:
      'bom-ref (or name) of this model in its ML-BOM (`boms` of type mlbom), needed when the ML-BOM lists several models.',
  }),
  supplier: Text.optional(),
  pccp: z.boolean().optional().meta({ description: 'A predetermined change control plan exists.' }),
  performanceMonitoring: z.boolean().optional(),
  inferenceApiExposed: z.boolean().optional(),
  queryRateLimited: z.boolean().optional(),
});

/** Service-level terms a cloud dependency is held to; judged against clinical tolerance (docs/cloud.md). */
const Sla = z.strictObject({
  availabilityPercent: z.number().gt(0).max(100).optional().meta({
    description: 'Committed availability in percent, e.g. 99.9 (not 0.999).',
  }),
  measurementPeriod: z.enum(['month', 'year']).optional().meta({
    description:
      'Period availability is measured over; a single outage can use the whole allowance of one period (default: year, the longer).',
  }),
  rto: Duration.optional().meta({
    description:
      'Recovery time objective: longest committed time to restore service after an incident.',
  }),
  rpo: Duration.optional().meta({
    description: 'Recovery point objective: most recent data that may be lost in an incident.',
  }),
  supportResponse: Duration.optional().meta({
    description: 'Committed response time to a highest-severity support case.',
  }),
  breachNotification: Duration.optional().meta({
    description: 'Committed time to notify the customer of a security breach, e.g. 72h.',
  }),
  dataResidency: z.array(Text).optional().meta({
    description: 'Countries or regions where the data is contractually kept (e.g. EU, US).',
  }),
  source: Text.optional().meta({
    description: 'The contract, SLA document or page (name, version, date) the terms come from.',
  }),
});

const Cloud = z.strictObject({
  provider: Text.optional(),
  service: Text.optional(),
  serviceModel: z.enum(CLOUD_SERVICE_MODELS).optional(),
  tenancy: z.enum(TENANCY).optional(),
  tenantIsolation: Text.optional().meta({
    description: 'How tenants are separated, when multi-tenant.',
  }),
  regions: z.array(Text).optional(),
  multiRegion: z.boolean().optional(),
  sla: Sla.optional(),
  failover: z.array(Id).optional().meta({
    description:
      'Components that take over when this one is down (a standby in another region or at another provider); together they count as parallel.',
  }),
  failoverTime: Duration.optional().meta({
    description: 'How long switching to the failover components takes, as tested.',
  }),
});

const Pipeline = z.strictObject({
  signedCommits: z.boolean().optional(),
  protectedBranches: z.boolean().optional(),
  isolatedBuilders: z.boolean().optional(),
  reproducibleBuilds: z.boolean().optional(),
  secretsInVault: z.boolean().optional(),
});

export const Component = z.strictObject({
  id: Id,
  name: Text.optional(),
  description: Text.optional(),
  type: z.enum(ELEMENT_TYPES).meta({ description: 'DFD3 element type.' }),
  kind: z.enum(COMPONENT_KINDS),
  deployment: Id.optional().meta({ description: 'Id of the deployment where it runs.' }),
  owner: Id.optional().meta({ description: 'Stakeholder id of the party that operates it.' }),
  parent: Id.optional().meta({
    description: 'Component this one is nested in (e.g. firmware inside the pump).',
  }),
  functions: z
    .array(Id)
    .optional()
    .meta({ description: 'Clinical functions this component serves.' }),
  multiplicity: z.enum(MULTIPLICITY).optional().meta({
    description: 'One instance per patient or shared by many (default from the deployment).',
  }),
  hardware: z
    .strictObject({
      cpu: Text.optional(),
      ramKb: z.number().positive().optional(),
      flashKb: z.number().positive().optional(),
      battery: z.boolean().optional(),
      freeRamKb: z.number().nonnegative().optional().meta({
        description: 'RAM left for new code and data (e.g. post-quantum keys and signatures).',
      }),
      freeFlashKb: z.number().nonnegative().optional().meta({
        description: 'Flash or storage left for updates, keys and signatures.',
      }),
    })
    .optional(),
  os: z.strictObject({ name: Text, version: z.union([Text, z.number()]).optional() }).optional(),
  interfaces: z.array(Interface).optional(),
  credentials: z.array(Credential).optional(),
  access: Access.optional(),
  update: Update.optional(),
  logging: Logging.optional(),
  storage: Storage.optional(),
  resilience: Resilience.optional(),
  hardening: Hardening.optional(),
  ai: Ai.optional(),
  cloud: Cloud.optional(),
  pipeline: Pipeline.optional(),
  sbom: Id.optional().meta({ description: 'Id of the entry in `boms` that lists its software.' }),
  support: ComponentSupport.optional(),
  crypto: z.array(CryptoUse).optional().meta({
    description:
      'Crypto inventory: what the component uses cryptography for (see docs/pqc.md). Uses implied by update, storage and credentials are added automatically.',
  }),
});

import type { CloudServiceModel } from '../../model/vocabulary.js';

/** Who carries a layer: the cloud provider, the customer (whoever contracts the service), or both. */
export type Party = 'provider' | 'customer' | 'shared';

export interface ResponsibilityLayer {
  readonly layer: string;
  readonly label: string;
  readonly by: Readonly<Record<CloudServiceModel, Party>>;
  /** Why, and what "shared" means for this layer. */
  readonly note: string;
  readonly source: string;
}

const NIST_800_145 =
  'NIST SP 800-145 (Sept. 2011) §2, service models: what the consumer manages or controls';
const OURS =
  'medrisk reading of NIST SP 800-145, consistent with providers\' shared-responsibility pages (e.g. the AWS Shared Responsibility Model, Microsoft "Shared responsibility in the cloud"), which are references, not copied terms; the contract decides';

/**
 * The shared-responsibility split each service model implies. The OS, runtime, application and
 * configuration rows follow NIST's definitions (IaaS: the consumer controls operating systems,
 * storage and deployed applications; PaaS: deployed applications and possibly hosting
 * configuration; SaaS: at most user-specific application settings). Identity, data, backups,
 * logging and incident duties are not in those definitions: they are our reading, marked as such.
 * Using a provider never transfers the threats to it (MITRE/MDIC Playbook App. B).
 */
export const SERVICE_MODEL_RESPONSIBILITIES: readonly ResponsibilityLayer[] = [
  {
    layer: 'facilities-hardware',
    label: 'Data centres, hardware, physical security',
    by: { iaas: 'provider', paas: 'provider', saas: 'provider' },
    note: 'The consumer does not manage or control the underlying cloud infrastructure in any model.',
    source: NIST_800_145,
  },
  {
    layer: 'network-virtualisation',
    label: 'Network infrastructure and virtualisation',
    by: { iaas: 'shared', paas: 'provider', saas: 'provider' },
    note: 'IaaS consumers have "possibly limited control of select networking components (e.g., host firewalls)".',
    source: NIST_800_145,
  },
  {
    layer: 'operating-system',
    label: 'Operating system: patching and hardening',
    by: { iaas: 'customer', paas: 'provider', saas: 'provider' },
    note: 'IaaS consumers control the operating systems they deploy.',
    source: NIST_800_145,
  },
  {
    layer: 'runtime',
    label: 'Runtime, middleware, managed platform components',
    by: { iaas: 'customer', paas: 'provider', saas: 'provider' },
    note: 'PaaS provides the languages, libraries, services and tools the consumer deploys onto.',
    source: NIST_800_145,
  },
  {
    layer: 'application',
    label: 'Application code: vulnerabilities, updates, secure configuration',
    by: { iaas: 'customer', paas: 'customer', saas: 'provider' },
    note: 'SaaS consumers do not control "even individual application capabilities".',
    source: NIST_800_145,
  },
  {
    layer: 'configuration',
    label: 'Service and tenant configuration',
    by: { iaas: 'customer', paas: 'customer', saas: 'customer' },
    note: 'PaaS: configuration of the hosting environment; SaaS: user-specific application settings.',
    source: NIST_800_145,
  },
  {
    layer: 'identity-access',
    label: "Identities, roles and MFA of the customer's users and administrators",
    by: { iaas: 'customer', paas: 'customer', saas: 'customer' },
    note: "The provider supplies the mechanism; who gets access, with what rights, is the customer's.",
    source: OURS,
  },
  {
    layer: 'data',
    label: 'Data: classification, retention, encryption keys, residency choices',
    by: { iaas: 'customer', paas: 'customer', saas: 'customer' },
    note: 'Accountability for patient data stays with the customer (controller or covered entity duties).',
    source: OURS,
  },
  {
    layer: 'backup-restore',
    label: 'Backups and tested restores',
    by: { iaas: 'customer', paas: 'shared', saas: 'provider' },
    note: 'PaaS: the provider runs managed backups, the customer sets retention and tests restores; SaaS: per contract, the customer verifies it can export and restore.',
    source: OURS,
  },
  {
    layer: 'logging-detection',
    label: 'Security logging and detection',
    by: { iaas: 'shared', paas: 'shared', saas: 'shared' },
    note: 'The provider logs its platform; the customer collects platform audit logs and logs its own application and accounts.',
    source: OURS,
  },
  {
    layer: 'incident-notification',
    label: 'Incident and breach notification',
    by: { iaas: 'shared', paas: 'shared', saas: 'shared' },
    note: 'The provider notifies the customer per contract (cloud.sla.breachNotification); the customer notifies hospitals, patients and regulators.',
    source: OURS,
  },
];

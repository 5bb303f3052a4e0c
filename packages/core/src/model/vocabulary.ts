/**
 * Closed sets of the device model format v1. Each is an `as const` array (the JSON Schema enum and
 * the ordered scale in one place) with its union type derived from it.
 */

export * from './vocabulary-crypto.js';
export * from './vocabulary-governance.js';

/**
 * A clinical function's role in care (SSVC Mission Impact reads it): `essential` is care itself
 * (therapy, alarms, diagnosis), `supporting` supports it (monitoring, records, worklists),
 * `non-essential` is convenience or reporting.
 */
export const CLINICAL_FUNCTION_ROLES = ['essential', 'supporting', 'non-essential'] as const;
export type ClinicalFunctionRole = (typeof CLINICAL_FUNCTION_ROLES)[number];

/** ISO 14971 severity of harm, least to most severe (FDA postmarket guidance, section VI.B). */
export const HARM_SEVERITIES = [
  'negligible',
  'minor',
  'serious',
  'critical',
  'catastrophic',
] as const;
export type HarmSeverity = (typeof HARM_SEVERITIES)[number];

/** DFD3 element types (MITRE/MDIC playbook Table 1). Data flows are their own collection. */
export const ELEMENT_TYPES = ['external-entity', 'process', 'data-store'] as const;
export type ElementType = (typeof ELEMENT_TYPES)[number];

export const COMPONENT_KINDS = [
  'device-firmware',
  'embedded-os',
  'bootloader',
  'sensor',
  'actuator',
  'medical-device',
  'mobile-app',
  'desktop-app',
  'web-portal',
  'web-api',
  'cloud-service',
  'gateway',
  'home-monitor',
  'programmer',
  'clinician-workstation',
  'ai-model',
  'secure-element',
  'hsm',
  'database',
  'file-store',
  'log-store',
  'message-broker',
  'update-server',
  'signing-service',
  'ci-cd',
  'source-repository',
  'artifact-store',
  'identity-provider',
  'ehr',
  'hospital-system',
  'network-device',
  'app-store',
  'person',
  'third-party-service',
  'other',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const DEPLOYMENT_TYPES = [
  'hospital-clinical-network',
  'hospital-isolated-segment',
  'clinic',
  'patient-home',
  'on-body',
  'implanted',
  'patient-mobile-device',
  'cloud-manufacturer-tenant',
  'cloud-third-party-saas',
  'manufacturer-backend',
  'manufacturer-offline',
  'app-store',
  'service-depot',
  'manufacturing',
] as const;
export type DeploymentType = (typeof DEPLOYMENT_TYPES)[number];

export const INTERFACE_TYPES = [
  'ble',
  'bluetooth-classic',
  'wifi',
  'ethernet',
  'cellular',
  'nfc',
  'inductive',
  'mics',
  'proprietary-rf',
  'zigbee',
  'usb',
  'jtag',
  'swd',
  'uart',
  'serial',
  'sd-card',
  'local-console',
  'optical',
  'other',
] as const;
export type InterfaceType = (typeof INTERFACE_TYPES)[number];

/** Interfaces reachable only by touching the hardware; they matter most where others share the room. */
export const PHYSICAL_INTERFACE_TYPES: readonly InterfaceType[] = [
  'usb',
  'jtag',
  'swd',
  'uart',
  'serial',
  'sd-card',
  'local-console',
  'ethernet',
];
/** Ports made for hardware debugging (FDA Appendix 1 D: disable or restrict before delivery). */
export const DEBUG_INTERFACE_TYPES: readonly InterfaceType[] = ['jtag', 'swd', 'uart'];
export const WIRELESS_INTERFACE_TYPES: readonly InterfaceType[] = [
  'ble',
  'bluetooth-classic',
  'wifi',
  'cellular',
  'nfc',
  'inductive',
  'mics',
  'proprietary-rf',
  'zigbee',
];

export const INTERFACE_PURPOSES = [
  'data',
  'service',
  'debug',
  'charging',
  'update',
  'none',
] as const;
export type InterfacePurpose = (typeof INTERFACE_PURPOSES)[number];

/** How far a port is closed off; `open` is assumed (and said) when nothing is declared. */
export const INTERFACE_ACCESS = ['open', 'authenticated', 'locked', 'disabled', 'removed'] as const;
export type InterfaceAccess = (typeof INTERFACE_ACCESS)[number];

export const PAIRING_METHODS = [
  'just-works',
  'passkey',
  'numeric-comparison',
  'out-of-band',
  'none',
] as const;
export type PairingMethod = (typeof PAIRING_METHODS)[number];

export const PROTOCOLS = [
  'ble',
  'bluetooth-classic',
  'wifi',
  'tcp',
  'udp',
  'tls',
  'dtls',
  'http',
  'https',
  'websocket',
  'mqtt',
  'amqp',
  'coap',
  'grpc',
  'hl7v2',
  'fhir',
  'dicom',
  'smtp',
  'sftp',
  'ftp',
  'ssh',
  'telnet',
  'snmp',
  'smb',
  'usb',
  'serial',
  'nfc',
  'inductive',
  'mics',
  'cellular',
  'in-process',
  'file',
  'proprietary',
  'other',
] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const FLOW_CARRIES = ['data', 'code', 'commands'] as const;
export type FlowCarries = (typeof FLOW_CARRIES)[number];

export const DATA_CLASSES = [
  'phi',
  'pii',
  'therapy-command',
  'configuration',
  'alarm',
  'telemetry',
  'diagnostic',
  'firmware',
  'software',
  'credentials',
  'keys',
  'audit-log',
  'ai-model',
  'training-data',
  'clinical-workflow',
  'de-identified',
  'public',
] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/** Data whose disclosure breaches confidentiality of patients or of the system's secrets. */
export const SENSITIVE_DATA: readonly DataClass[] = [
  'phi',
  'pii',
  'credentials',
  'keys',
  'training-data',
];
/**
 * Data that steers its receiver: whoever controls it controls what the receiver does next (harm
 * propagates along it). Alarms and telemetry are safety-relevant but are consumed, not obeyed.
 */
export const STEERING_DATA: readonly DataClass[] = [
  'therapy-command',
  'configuration',
  'firmware',
  'software',
  'ai-model',
  'training-data',
];

/** Data whose corruption can change what the device does to a patient. */
export const SAFETY_DATA: readonly DataClass[] = [
  'therapy-command',
  'configuration',
  'alarm',
  'firmware',
  'software',
  'ai-model',
];

export const AUTH_METHODS = [
  'none',
  'password',
  'pin',
  'pre-shared-key',
  'certificate',
  'token',
  'api-key',
  'pairing',
  'hmac',
  'signature',
  'biometric',
  'smart-card',
  'proximity',
  'other',
] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

export const INTEGRITY_PURPOSES = ['accidental-corruption', 'security'] as const;
export type IntegrityPurpose = (typeof INTEGRITY_PURPOSES)[number];

export const ANTI_REPLAY = ['none', 'nonce', 'counter', 'timestamp', 'session'] as const;
export type AntiReplay = (typeof ANTI_REPLAY)[number];

export const STRIDE = [
  'spoofing',
  'tampering',
  'repudiation',
  'information-disclosure',
  'denial-of-service',
  'elevation-of-privilege',
] as const;
export type Stride = (typeof STRIDE)[number];

export const STRIDE_LETTER: Readonly<Record<Stride, string>> = {
  spoofing: 'S',
  tampering: 'T',
  repudiation: 'R',
  'information-disclosure': 'I',
  'denial-of-service': 'D',
  'elevation-of-privilege': 'E',
};

export const UPDATE_MECHANISMS = [
  'none',
  'ota',
  'app',
  'gateway',
  'physical',
  'service-tool',
  'removable-media',
  'app-store',
  'deployment-pipeline',
] as const;
export type UpdateMechanism = (typeof UPDATE_MECHANISMS)[number];

export const UPDATE_INITIATORS = [
  'automatic',
  'patient',
  'caregiver',
  'clinician',
  'hdo-it',
  'servicer',
  'manufacturer',
] as const;
export type UpdateInitiator = (typeof UPDATE_INITIATORS)[number];

export const SIGNATURE_COVERAGE = ['content', 'version', 'target-device', 'metadata'] as const;
export type SignatureCoverage = (typeof SIGNATURE_COVERAGE)[number];

export const KEY_STORAGE = [
  'hsm',
  'secure-element',
  'tpm',
  'encrypted',
  'plaintext',
  'firmware-image',
  'unknown',
] as const;
export type KeyStorage = (typeof KEY_STORAGE)[number];

export const KEY_DERIVATION = [
  'random',
  'hsm-generated',
  'serial-number',
  'device-identifier',
  'mac-address',
  'fixed',
] as const;
export type KeyDerivation = (typeof KEY_DERIVATION)[number];

export const CREDENTIAL_KINDS = [
  'password',
  'pin',
  'api-key',
  'token',
  'private-key',
  'symmetric-key',
  'certificate',
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export const COMM_LOSS_BEHAVIOURS = [
  'safe-state',
  'continue-locally',
  'alarm',
  'stop',
  'none',
] as const;
export type CommLossBehaviour = (typeof COMM_LOSS_BEHAVIOURS)[number];

export const AI_LEARNING = ['locked', 'adaptive'] as const;
export type AiLearning = (typeof AI_LEARNING)[number];

export const CLOUD_SERVICE_MODELS = ['iaas', 'paas', 'saas'] as const;
export type CloudServiceModel = (typeof CLOUD_SERVICE_MODELS)[number];

export const TENANCY = ['single', 'multi'] as const;
export type Tenancy = (typeof TENANCY)[number];

/** Kinds that exist once per patient wherever they are deployed (a pump on a ward is still one patient's pump). */
export const PER_PATIENT_KINDS: readonly ComponentKind[] = [
  'device-firmware',
  'embedded-os',
  'bootloader',
  'sensor',
  'actuator',
  'medical-device',
  'home-monitor',
  'mobile-app',
  'secure-element',
];
/** Kinds that serve many patients wherever they are deployed. */
export const SHARED_KINDS: readonly ComponentKind[] = [
  'programmer',
  'clinician-workstation',
  'cloud-service',
  'web-portal',
  'web-api',
  'update-server',
  'signing-service',
  'ci-cd',
  'source-repository',
  'artifact-store',
  'identity-provider',
  'ehr',
  'hospital-system',
  'message-broker',
  'database',
  'log-store',
  'app-store',
  'hsm',
];

/** Whether one instance serves one patient or many (drives the multi-patient blast radius). */
export const MULTIPLICITY = ['per-patient', 'shared'] as const;
export type Multiplicity = (typeof MULTIPLICITY)[number];

export const REGULATORY_CLASSES = ['I', 'II', 'III', 'IIa', 'IIb', 'unclassified'] as const;
export type RegulatoryClass = (typeof REGULATORY_CLASSES)[number];

export const BOM_TYPES = ['sbom', 'cbom', 'mlbom', 'hbom', 'vex'] as const;
export type BomType = (typeof BOM_TYPES)[number];

/**
 * Lifecycle stages of a medical device after IMDRF N70 (2023, legacy devices): `development`,
 * `support` (on the market, fully supported), `limited-support` (after the end of life the
 * manufacturer announced: sold no more, support winding down), `end-of-support` (no more updates,
 * including cybersecurity). Source: REQUIREMENTS.md A31 [R-S]; see docs/lifecycle.md.
 */
export const LIFECYCLE_STAGES = [
  'development',
  'support',
  'limited-support',
  'end-of-support',
] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

import type { SourceLocation } from '../common/issue.js';
import type { AuthoredModel } from './schema/index.js';
import type {
  AntiReplay,
  AuthMethod,
  CommunicationChannel,
  DataClass,
  DeploymentType,
  FlowCarries,
  HarmSeverity,
  IntegrityPurpose,
  InterfaceAccess,
  InterfacePurpose,
  InterfaceType,
  Multiplicity,
  PairingMethod,
  Protocol,
  StakeholderRole,
  TreatmentStrategy,
} from './vocabulary.js';

/**
 * The normalized device model the analyses read. Shorthands are expanded, collections are sorted by
 * id (so input order never changes output), and every optional fact stays optional: "not declared"
 * must remain distinguishable from "declared false".
 */
type Authored = AuthoredModel;
type Item<T> = NonNullable<T> extends readonly (infer U)[] ? U : never;

export type DeviceInfo = Omit<Authored['device'], 'version'> & { readonly version?: string };

export interface ClinicalFunction extends Omit<
  Item<Authored['clinicalFunctions']>,
  'maxTolerableOutage'
> {
  readonly severity: HarmSeverity;
  /** Normalized to minutes. */
  readonly maxTolerableOutageMinutes?: number;
  readonly location?: SourceLocation;
}

export interface DeploymentAssumption {
  readonly id: string;
  readonly text: string;
  readonly rationale?: string;
  readonly owner?: string;
  readonly validatedBy?: string;
  /** `default` came with the deployment type; `edited` replaced a default; `added` is the user's own. */
  readonly origin: 'default' | 'edited' | 'added';
}

/** What an environment exposes a component to; derived from the deployment type (see defaults). */
export interface Exposure {
  /** The adversary may control the network (FDA V.A.1: assume a hostile network everywhere). */
  readonly hostileNetwork: boolean;
  /** Nobody with security skills watches or manages the environment. */
  readonly unmanaged: boolean;
  readonly internetFacing: boolean;
  /** Who can touch the hardware. */
  readonly physicalAccess: 'public' | 'household' | 'staff' | 'restricted' | 'patient-only';
  /** Security monitoring (SIEM, SOC) is expected to exist. */
  readonly monitored: boolean;
  /** The site is away from the manufacturer's and hospital's premises (off-site servers). */
  readonly offsite: boolean;
}

export interface Deployment {
  readonly id: string;
  readonly type: DeploymentType;
  readonly name?: string;
  readonly description?: string;
  readonly multiplicity: Multiplicity;
  readonly assumptions: readonly DeploymentAssumption[];
  readonly exposure: Exposure;
  /** True when the model overrides part of the type's exposure profile. */
  readonly exposureEdited: boolean;
  readonly location?: SourceLocation;
}

export interface Stakeholder {
  readonly id: string;
  readonly role: StakeholderRole;
  readonly name?: string;
  readonly contact?: string;
}

type AuthoredComponent = Item<Authored['components']>;
type AuthoredFlow = Item<Authored['dataFlows']>;

export interface ComponentInterface {
  readonly id: string;
  readonly type: InterfaceType;
  readonly purpose: InterfacePurpose;
  readonly used: boolean;
  /** Undefined when the model does not say; rules treat that as open and say so. */
  readonly access?: InterfaceAccess;
  readonly pairing?: PairingMethod;
  readonly description?: string;
}

export interface Component extends Omit<
  AuthoredComponent,
  'interfaces' | 'functions' | 'multiplicity' | 'credentials' | 'os'
> {
  readonly functions: readonly string[];
  readonly multiplicity: Multiplicity;
  readonly interfaces: readonly ComponentInterface[];
  readonly credentials: readonly NonNullable<AuthoredComponent['credentials']>[number][];
  readonly os?: { readonly name: string; readonly version?: string };
  /** Deployment id, inherited from the parent when not written. */
  readonly deployment?: string;
  readonly location?: SourceLocation;
}

export interface FlowAuthentication {
  readonly method: AuthMethod;
  readonly algorithm?: string;
  readonly mutual?: boolean;
  readonly perSession?: boolean;
  readonly sessionTimeoutMinutes?: number;
  readonly userIdentity?: boolean;
}

export interface DataFlow {
  readonly id: string;
  readonly name?: string;
  readonly description?: string;
  readonly source: string;
  readonly target: string;
  readonly initiator: 'source' | 'target';
  readonly oneWay: boolean;
  readonly sourceInterface?: string;
  readonly targetInterface?: string;
  readonly protocol?: {
    readonly name: Protocol;
    readonly version?: string;
    readonly port?: string;
  };
  readonly carries: readonly FlowCarries[];
  readonly data: readonly DataClass[];
  readonly functions: readonly string[];
  readonly authentication?: FlowAuthentication;
  readonly integrity?: { readonly algorithm: string; readonly purpose?: IntegrityPurpose };
  readonly encryption?: {
    readonly algorithm: string;
    readonly keyExchange?: string;
    readonly keyBits?: number;
    readonly cipherSuite?: string;
  };
  /** Undefined when not declared; `none` when declared absent. */
  readonly antiReplay?: AntiReplay | 'unspecified';
  /** The transport's MTU and bandwidth, when declared. */
  readonly link?: AuthoredFlow['link'];
  /** The flow's crypto inventory as authored (sorted by id). */
  readonly crypto?: AuthoredFlow['crypto'];
  readonly location?: SourceLocation;
}

export interface TrustBoundary {
  readonly id: string;
  readonly name?: string;
  readonly description?: string;
  readonly parent?: string;
  /** Components written as members (sorted). */
  readonly members: readonly string[];
  readonly location?: SourceLocation;
}

export type Control = Item<Authored['controls']> & { readonly location?: SourceLocation };
export type Assumption = Item<Authored['assumptions']> & { readonly location?: SourceLocation };

export interface Treatment {
  /** The finding id (or pattern) the treatment is keyed by. */
  readonly findingId: string;
  readonly strategy: TreatmentStrategy;
  readonly rationale?: string;
  readonly approver?: string;
  readonly recipient?: string;
  readonly communicatedVia: readonly CommunicationChannel[];
  readonly controls: readonly string[];
  readonly date?: string;
  /** RACI as authored; `analyses/responsibility` derives what is not written. */
  readonly responsibility?: NonNullable<Authored['treatments']>[string]['responsibility'];
  readonly location?: SourceLocation;
}

/** A declared duty that is not a control (`responsibilities[]`), as authored. */
export type Duty = Item<Authored['responsibilities']> & { readonly location?: SourceLocation };

export type Bom = Item<Authored['boms']>;
type RiskLevelName = 'low' | 'medium' | 'high' | 'critical';

export interface RiskPolicy {
  readonly acceptable: readonly RiskLevelName[];
  /** `matrix[exploitability][severity]`, both as indexes into their scales. */
  readonly matrix: readonly (readonly RiskLevelName[])[];
  /** True when the model overrides the default matrix or acceptance. */
  readonly custom: boolean;
  /** The post-quantum scenario as authored (`risk.quantum`); defaults are applied by the analysis. */
  readonly quantum?: NonNullable<Authored['risk']>['quantum'];
}

export interface DeviceModel {
  readonly formatVersion: 1;
  readonly device: DeviceInfo;
  readonly clinicalFunctions: readonly ClinicalFunction[];
  readonly deployments: readonly Deployment[];
  readonly stakeholders: readonly Stakeholder[];
  readonly components: readonly Component[];
  readonly trustBoundaries: readonly TrustBoundary[];
  readonly dataFlows: readonly DataFlow[];
  readonly controls: readonly Control[];
  readonly assumptions: readonly Assumption[];
  readonly treatments: readonly Treatment[];
  readonly boms: readonly Bom[];
  readonly responsibilities: readonly Duty[];
  readonly risk: RiskPolicy;
  /** Files the model was read from, entry first. */
  readonly files: readonly string[];
}

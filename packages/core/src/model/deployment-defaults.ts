import type { DeploymentType, Multiplicity } from './vocabulary.js';
import type { Exposure } from './types.js';

interface DeploymentProfile {
  readonly label: string;
  readonly exposure: Exposure;
  readonly multiplicity: Multiplicity;
  /** Printed in every report so a reviewer sees what the analysis took for granted (FDA V.A.1). */
  readonly assumptions: readonly { readonly id: string; readonly text: string }[];
}

const hostileNetwork = {
  id: 'network-hostile',
  text: 'The network is hostile: an adversary can read, alter, drop and replay packets (FDA premarket guidance V.A.1).',
};

/**
 * Default exposure and assumptions per deployment type. The defaults follow FDA's "least secure
 * expected environment" and the MITRE/MDIC playbook; a model edits them per deployment.
 */
export const DEPLOYMENT_PROFILES: Readonly<Record<DeploymentType, DeploymentProfile>> = {
  'hospital-clinical-network': {
    label: 'Hospital clinical network',
    exposure: {
      hostileNetwork: true,
      unmanaged: false,
      internetFacing: false,
      physicalAccess: 'staff',
      monitored: true,
      offsite: false,
    },
    multiplicity: 'shared',
    assumptions: [
      hostileNetwork,
      {
        id: 'hdo-managed',
        text: 'Hospital IT manages the network but shares it with thousands of other devices, some of them compromised.',
      },
      {
        id: 'staff-physical-access',
        text: 'Staff, visitors and patients can reach devices on wards; physical access is not controlled per device.',
      },
    ],
  },
  'hospital-isolated-segment': {
    label: 'Hospital isolated segment',
    exposure: {
      hostileNetwork: true,
      unmanaged: false,
      internetFacing: false,
      physicalAccess: 'staff',
      monitored: true,
      offsite: false,
    },
    multiplicity: 'shared',
    assumptions: [
      hostileNetwork,
      {
        id: 'segmentation-can-fail',
        text: 'Segmentation is a compensating control run by the hospital; it can be misconfigured and is not relied on as the only barrier.',
      },
    ],
  },
  clinic: {
    label: 'Clinic or physician office',
    exposure: {
      hostileNetwork: true,
      unmanaged: true,
      internetFacing: false,
      physicalAccess: 'staff',
      monitored: false,
      offsite: false,
    },
    multiplicity: 'shared',
    assumptions: [
      hostileNetwork,
      {
        id: 'little-it-support',
        text: 'Small practices have little or no dedicated IT security staff.',
      },
    ],
  },
  'patient-home': {
    label: 'Patient home',
    exposure: {
      hostileNetwork: true,
      unmanaged: true,
      internetFacing: false,
      physicalAccess: 'household',
      monitored: false,
      offsite: true,
    },
    multiplicity: 'per-patient',
    assumptions: [
      {
        id: 'home-network-hostile',
        text: 'The home network is hostile and unmanaged: a consumer router, shared with other IoT devices, nobody watching it.',
      },
      {
        id: 'household-access',
        text: 'Household members and visitors can physically reach the equipment.',
      },
      {
        id: 'intermittent-connectivity',
        text: 'Connectivity is intermittent; power and internet can be lost for hours or days.',
      },
    ],
  },
  'on-body': {
    label: 'Worn on the body',
    exposure: {
      hostileNetwork: true,
      unmanaged: true,
      internetFacing: false,
      physicalAccess: 'patient-only',
      monitored: false,
      offsite: true,
    },
    multiplicity: 'per-patient',
    assumptions: [
      {
        id: 'radio-in-range',
        text: 'Anyone within radio range, in public places too, can send and receive radio traffic to the device.',
      },
      { id: 'lost-or-stolen', text: 'The device can be lost or stolen and examined at leisure.' },
    ],
  },
  implanted: {
    label: 'Implanted',
    exposure: {
      hostileNetwork: true,
      unmanaged: true,
      internetFacing: false,
      physicalAccess: 'patient-only',
      monitored: false,
      offsite: true,
    },
    multiplicity: 'per-patient',
    assumptions: [
      {
        id: 'radio-in-range',
        text: 'Anyone within radio range can attempt to talk to the implant; the patient cannot see or stop it.',
      },
      {
        id: 'no-field-hardware-change',
        text: "Hardware cannot be changed during the implant's life; only firmware updates are possible.",
      },
    ],
  },
  'patient-mobile-device': {
    label: "Patient's mobile device",
    exposure: {
      hostileNetwork: true,
      unmanaged: true,
      internetFacing: false,
      physicalAccess: 'household',
      monitored: false,
      offsite: true,
    },
    multiplicity: 'per-patient',
    assumptions: [
      {
        id: 'phone-untrusted',
        text: "The patient's phone is an external entity outside the manufacturer's control; it may be rooted, jailbroken, outdated or running malware.",
      },
      { id: 'public-networks', text: 'The phone joins public Wi-Fi and cellular networks.' },
    ],
  },
  'cloud-manufacturer-tenant': {
    label: "Cloud (manufacturer's tenant)",
    exposure: {
      hostileNetwork: true,
      unmanaged: false,
      internetFacing: true,
      physicalAccess: 'restricted',
      monitored: true,
      offsite: true,
    },
    multiplicity: 'shared',
    assumptions: [
      {
        id: 'shared-responsibility',
        text: "Security is shared with the cloud provider as the service model and SLA define; using the provider does not transfer the manufacturer's threats to it.",
      },
      {
        id: 'internet-exposed',
        text: 'Endpoints are reachable from the internet and scanned continuously.',
      },
    ],
  },
  'cloud-third-party-saas': {
    label: 'Cloud (third-party SaaS)',
    exposure: {
      hostileNetwork: true,
      unmanaged: false,
      internetFacing: true,
      physicalAccess: 'restricted',
      monitored: true,
      offsite: true,
    },
    multiplicity: 'shared',
    assumptions: [
      {
        id: 'vendor-controlled',
        text: 'The SaaS vendor controls the service; the manufacturer sees it only through its contract and SLA.',
      },
      {
        id: 'internet-exposed',
        text: 'Endpoints are reachable from the internet and scanned continuously.',
      },
    ],
  },
  'manufacturer-backend': {
    label: 'Manufacturer back end',
    exposure: {
      hostileNetwork: true,
      unmanaged: false,
      internetFacing: true,
      physicalAccess: 'restricted',
      monitored: true,
      offsite: true,
    },
    multiplicity: 'shared',
    assumptions: [
      {
        id: 'high-value-target',
        text: 'Update, build and signing systems are high-value targets: their compromise reaches every fielded device.',
      },
    ],
  },
  'manufacturer-offline': {
    label: 'Manufacturer offline (air-gapped) environment',
    exposure: {
      hostileNetwork: false,
      unmanaged: false,
      internetFacing: false,
      physicalAccess: 'restricted',
      monitored: true,
      offsite: true,
    },
    multiplicity: 'shared',
    assumptions: [
      {
        id: 'air-gapped',
        text: 'No network connects this environment to others; data crosses it only by controlled media under a documented ceremony.',
      },
      {
        id: 'insider-and-media',
        text: 'The remaining threats are insiders and the media that cross the gap.',
      },
    ],
  },
  'app-store': {
    label: 'App store',
    exposure: {
      hostileNetwork: true,
      unmanaged: false,
      internetFacing: true,
      physicalAccess: 'restricted',
      monitored: true,
      offsite: true,
    },
    multiplicity: 'shared',
    assumptions: [
      {
        id: 'store-operator',
        text: 'The store operator, not the manufacturer, controls distribution; look-alike apps can be published.',
      },
    ],
  },
  'service-depot': {
    label: 'Service depot',
    exposure: {
      hostileNetwork: true,
      unmanaged: false,
      internetFacing: false,
      physicalAccess: 'staff',
      monitored: false,
      offsite: true,
    },
    multiplicity: 'shared',
    assumptions: [
      {
        id: 'servicer-insider',
        text: 'Servicers have privileged physical and logical access to many devices; an insider can misuse it.',
      },
    ],
  },
  manufacturing: {
    label: 'Manufacturing and provisioning',
    exposure: {
      hostileNetwork: true,
      unmanaged: false,
      internetFacing: false,
      physicalAccess: 'restricted',
      monitored: true,
      offsite: true,
    },
    multiplicity: 'shared',
    assumptions: [
      {
        id: 'provisioning-secrets',
        text: 'Keys and credentials are injected here; the line sees every device.',
      },
    ],
  },
};

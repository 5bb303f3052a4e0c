import type { StakeholderRole } from '../../model/vocabulary.js';
import {
  describeComponents,
  describeHeld,
  doing,
  holdsSensitiveData,
  isDevicePart,
  isService,
  steersOthers,
  type PartyFacts,
} from './facts.js';
import type { ClauseCitation } from './sources.js';

/**
 * A clause to demand from a third party. `applies` returns why it applies to this party, one line
 * per fact of the model (empty: it does not apply); the wording of `demand` is medrisk's own.
 */
export interface ClauseTemplate {
  readonly id: string;
  readonly title: string;
  readonly roles: readonly StakeholderRole[];
  readonly demand: string;
  readonly sources: readonly ClauseCitation[];
  applies(f: PartyFacts): string[];
}

const HDO: readonly StakeholderRole[] = ['hdo-it', 'biomed', 'clinician'];
const SUPPLIERS: readonly StakeholderRole[] = [
  'cloud-provider',
  'saas-vendor',
  'ehr-vendor',
  'component-supplier',
  'servicer',
  'other',
];

const when = (test: boolean, reason: string): string[] => (test ? [reason] : []);
const owns = (f: PartyFacts, keep: (c: PartyFacts['components'][number]) => boolean) =>
  f.components.filter(keep);

/** Operates or supplies components, or does or answers for something in the matrix. */
function supplies(f: PartyFacts): string[] {
  const held = doing(f);
  return [
    ...when(f.components.length > 0, `runs or supplies ${describeComponents(f.components)}`),
    ...when(held.length > 0, `does or answers for ${describeHeld(held)}`),
  ];
}

function patchDuties(f: PartyFacts): string[] {
  const held = doing(f, (h) => h.category === 'updatability-patchability' || h.task === 'patching');
  return when(held.length > 0, `does or answers for updates: ${describeHeld(held)}`);
}

function patching(f: PartyFacts): string[] {
  const updatable = owns(f, (c) => c.update !== undefined && c.update.mechanism !== 'none');
  return [
    ...patchDuties(f),
    ...when(updatable.length > 0, `runs updatable ${describeComponents(updatable)}`),
  ];
}

export const CLAUSES: readonly ClauseTemplate[] = [
  {
    id: 'vulnerability-notification',
    title: 'Vulnerability notification',
    roles: SUPPLIERS,
    demand:
      'Notify the manufacturer of vulnerabilities and exploits affecting what you supply or operate within an agreed number of days of learning of them, with affected versions, severity and mitigations, and take part in coordinated disclosure. The deadline must leave the manufacturer time for its 30-day customer communication on uncontrolled risks.',
    sources: [
      {
        source: 'fda-premarket',
        section: 'VI.B (monitoring sources include third-party software makers)',
      },
      {
        source: 'fda-premarket',
        section: 'VII.C.1 (524B(b)(1): coordinated disclosure, including suppliers)',
      },
      {
        source: 'fda-postmarket',
        section: 'VII.B (30 days to communicate, 60 days to fix uncontrolled risks)',
      },
      { source: 'hscc-mc2' },
    ],
    applies: supplies,
  },
  {
    id: 'patch-commitment',
    title: 'Security patch timelines',
    roles: SUPPLIERS,
    demand:
      'Commit to security patches on a regular cycle for known unacceptable vulnerabilities and out of cycle for critical ones, with a maximum number of days per severity, so the manufacturer can meet section 524B(b)(2) and the 60-day remediation window for uncontrolled risks.',
    sources: [
      {
        source: 'fda-premarket',
        section: 'VII.C.1 (524B(b)(2)(A) regular cycle, (B) out of cycle)',
      },
      { source: 'fda-postmarket', section: 'VII.B' },
      { source: 'mds2', section: 'CSUP (cyber security product upgrades)' },
    ],
    applies: (f) => [
      ...when(f.supplied.length > 0, `supplies ${describeComponents(f.supplied)}`),
      ...patchDuties(f),
    ],
  },
  {
    id: 'sbom-delivery',
    title: 'SBOM with support status, and VEX',
    roles: ['saas-vendor', 'ehr-vendor', 'component-supplier', 'servicer', 'other'],
    demand:
      'Deliver a machine-readable SBOM (CycloneDX or SPDX) with every release, giving each component’s level of support and end-of-support date, and keep VEX statements current for the vulnerabilities found in it.',
    sources: [
      { source: 'fda-premarket', section: 'VII.C (524B(b)(3): SBOM)' },
      {
        source: 'fda-premarket',
        section: 'V.A.4(b) (level of support and end-of-support date per component)',
      },
      { source: 'mds2', section: 'SBOM' },
      { source: 'imdrf-n73' },
    ],
    applies: (f) =>
      when(f.supplied.length > 0, `supplies software in ${describeComponents(f.supplied)}`),
  },
  {
    id: 'end-of-support-notice',
    title: 'Support period and end-of-support notice',
    roles: SUPPLIERS,
    demand:
      'Support what you supply for the device’s service life, or give an agreed notice period (months) before end of support or end of life, with a migration path.',
    sources: [
      {
        source: 'fda-premarket',
        section: 'V.A.4 (plans to update or replace components at end of support)',
      },
      { source: 'fda-premarket', section: 'VI.A (end of support and end of life in labeling)' },
      { source: 'mds2', section: 'RDMP (third-party component roadmap)' },
      { source: 'imdrf-n70' },
    ],
    applies: (f) => {
      const lasting = f.components.filter((c) => f.supplied.includes(c) || isService(c));
      return when(
        lasting.length > 0,
        `supplies or runs ${describeComponents(lasting)}; the device's service life is ${String(f.query.model.device.serviceLifeYears)} years`,
      );
    },
  },
  {
    id: 'availability-sla',
    title: 'Availability, RTO and RPO matched to clinical tolerance',
    roles: ['cloud-provider', 'saas-vendor', 'ehr-vendor', 'other'],
    demand:
      'State an availability target, maintenance windows, RTO, RPO and regional failover that fit the maximum tolerable outage of the clinical functions listed; service credits do not undo patient harm, so the device must also stay safe during the outage.',
    sources: [
      {
        source: 'fda-premarket',
        section: 'IV.B (availability objective, including cloud services)',
      },
      {
        source: 'fda-premarket',
        section: 'App. 1 G (independent function when communications are disrupted)',
      },
      { source: 'mitre-2026' },
      {
        source: 'iec-81001-5-1',
        section: '5.7.1 (testing each cloud service under the responsibility agreements)',
      },
    ],
    applies: (f) =>
      f.components.flatMap((c) => {
        const stops = f.query.lossOfComponent(c.id).impacts;
        if (stops.length === 0) return [];
        const fns = stops.map((i) => {
          const minutes = f.query.clinicalFunction(i.functionId)?.maxTolerableOutageMinutes;
          return `${i.functionId} (${i.severity}${minutes === undefined ? '' : `, tolerates ${String(minutes)} min`})`;
        });
        return [`losing ${c.id} stops ${fns.join(', ')}`];
      }),
  },
  {
    id: 'breach-notification',
    title: 'Incident and breach notification (hours)',
    roles: ['cloud-provider', 'saas-vendor', 'ehr-vendor', 'servicer', 'other'],
    demand:
      'Notify the manufacturer of security incidents and personal-data breaches within an agreed number of hours, fast enough for its own duties (HIPAA business associates: without unreasonable delay and within 60 days; GDPR: the controller tells the authority within 72 hours).',
    sources: [
      { source: 'hipaa' },
      { source: 'gdpr', section: 'Art. 33' },
      { source: 'mitre-2026' },
    ],
    applies: (f) => {
      const sensitive = owns(f, (c) => holdsSensitiveData(c, f.query));
      return when(
        sensitive.length > 0,
        `patient data, personal data or secrets pass through ${describeComponents(sensitive)}`,
      );
    },
  },
  {
    id: 'log-access',
    title: 'Access to security logs',
    roles: ['cloud-provider', 'saas-vendor', 'ehr-vendor', 'servicer', 'other'],
    demand:
      'Give access to the security and audit logs of the services you run (retention period, format, export to the manufacturer’s SIEM) for detection and forensics.',
    sources: [
      {
        source: 'fda-premarket',
        section: 'VI.A (forensic logs: where, which format, IDS/SIEM use)',
      },
      { source: 'mds2', section: 'AUDT (audit controls)' },
      { source: 'mitre-2026' },
    ],
    applies: (f) => {
      const services = owns(f, isService);
      const held = doing(
        f,
        (h) => h.category === 'event-detection-logging' || h.task === 'monitoring',
      );
      return [
        ...when(services.length > 0, `runs ${describeComponents(services)}`),
        ...when(held.length > 0, `does or answers for monitoring: ${describeHeld(held)}`),
      ];
    },
  },
  {
    id: 'data-residency',
    title: 'Data location, return and deletion',
    roles: ['cloud-provider', 'saas-vendor', 'ehr-vendor'],
    demand:
      'State where data is stored, processed and backed up (regions), relocate it only with notice, and return and delete it at the end of the contract.',
    sources: [
      { source: 'gdpr', section: 'Chapter V (transfers)' },
      { source: 'mds2', section: 'MPII (personally identifiable information)' },
    ],
    applies: (f) =>
      owns(f, (c) => isService(c) && holdsSensitiveData(c, f.query)).map(
        (c) =>
          `${c.id} holds patient or personal data${c.cloud?.regions === undefined ? ' (regions not declared)' : ` in ${c.cloud.regions.join(', ')}`}`,
      ),
  },
  {
    id: 'security-testing-rights',
    title: 'Right to test, or independent test reports',
    roles: ['cloud-provider', 'saas-vendor', 'other'],
    demand:
      'Allow security testing of the services the device uses, or provide independent test reports and attestations that cover them.',
    sources: [
      { source: 'iec-81001-5-1', section: '5.7.1' },
      { source: 'fda-premarket', section: 'V.C (security testing)' },
    ],
    applies: (f) => {
      const services = owns(f, isService);
      return when(services.length > 0, `runs ${describeComponents(services)}`);
    },
  },
  {
    id: 'responsibility-matrix',
    title: 'Written shared-responsibility matrix',
    roles: [...SUPPLIERS, ...HDO],
    demand:
      'Agree in writing who operates, monitors and answers for each control listed, as in this matrix.',
    sources: [
      { source: 'csa-mitre-iot-medical-cloud' },
      {
        source: 'playbook',
        section: 'App. B (using a cloud provider does not transfer threats to it)',
      },
      { source: 'mdcg-2019-16', section: '§2.6 (joint responsibility)', basis: 'secondary' },
    ],
    applies: (f) => {
      // Informed parties only hear about it; the matrix is for those who act or are asked.
      const held = f.held.filter(
        (h) =>
          (h.row.kind === 'control' || h.row.kind === 'mitigation') &&
          h.letters.some((l) => l !== 'I'),
      );
      return when(held.length > 0, `holds ${describeHeld(held)}`);
    },
  },
  {
    id: 'transferred-risk-acknowledgement',
    title: 'Acknowledged transferred risks',
    roles: [...SUPPLIERS, ...HDO],
    demand:
      'Acknowledge each risk transferred to you and the compensating controls you must operate, through the channel named in the model (contract, MDS2, security guide).',
    sources: [
      { source: 'fda-premarket', section: 'VI.A (risks transferred to users)' },
      { source: 'playbook', section: '§2.5 (no silent transfer)' },
    ],
    applies: (f) =>
      doing(f, (h) => h.row.kind === 'transfer').map(
        (h) =>
          `receives ${h.row.id}${h.row.communicatedVia.length === 0 ? ' (no channel declared)' : ` via ${h.row.communicatedVia.join(', ')}`}`,
      ),
  },
  {
    id: 'remote-service-access',
    title: 'Controlled service access',
    roles: ['servicer', 'component-supplier', 'saas-vendor', 'other'],
    demand:
      'Reach the device only through named, individually authenticated accounts with multi-factor authentication, per-session approval by the operator, session logging, and no change to device software outside the manufacturer’s release process.',
    sources: [{ source: 'mds2', section: 'RMOT (remote service)' }, { source: 'hscc-mc2' }],
    applies: (f) =>
      f.components.flatMap((c) => {
        const targets = steersOthers(c, f);
        return when(
          targets.length > 0,
          `${c.id} sends commands, code or settings to ${[...new Set(targets)].join(', ')}`,
        );
      }),
  },
  {
    id: 'mds2-form',
    title: 'MDS2 form for supplied device parts',
    roles: ['component-supplier', 'servicer', 'other'],
    demand: 'Provide a current MDS2 form (ANSI/NEMA HN 1-2019) for each device part you supply.',
    sources: [{ source: 'mds2' }],
    applies: (f) => {
      const parts = f.supplied.filter(isDevicePart);
      return when(parts.length > 0, `supplies ${describeComponents(parts)}`);
    },
  },
  {
    id: 'hdo-patch-deployment',
    title: 'Timely installation of validated updates',
    roles: HDO,
    demand:
      'Install manufacturer-validated updates within an agreed time after release and report the installed versions, so the time to full deployment can be measured.',
    sources: [
      {
        source: 'fda-premarket',
        section: 'VI.A (how to obtain authorised software and learn of updates)',
      },
      {
        source: 'fda-premarket',
        section: 'V.A.6 (time from patch availability to full deployment)',
      },
      { source: 'mds2', section: 'CSUP' },
    ],
    applies: patching,
  },
  {
    id: 'hdo-environment-controls',
    title: 'Operation of the environment controls assigned',
    roles: HDO,
    demand:
      'Operate the controls assigned to you as the security guide describes, and tell the manufacturer when you cannot (changed network, removed segmentation).',
    sources: [
      { source: 'fda-premarket', section: 'VI.A (recommended controls for the use environment)' },
      { source: 'mdcg-2019-16', section: '§3.6 (minimum IT requirements)' },
    ],
    applies: (f) => {
      const held = doing(f, (h) => h.row.kind === 'control' || h.row.kind === 'transfer');
      return when(held.length > 0, `does or answers for ${describeHeld(held)}`);
    },
  },
  {
    id: 'hdo-incident-cooperation',
    title: 'Incident reporting and evidence',
    roles: HDO,
    demand:
      'Report suspected security events involving the device to the manufacturer, keep device and network logs, and follow the manufacturer’s response instructions.',
    sources: [
      { source: 'fda-premarket', section: 'VI.A (response to security events)' },
      { source: 'mitre-regional-playbook' },
    ],
    applies: (f) => {
      const parts = owns(f, isDevicePart);
      const held = doing(
        f,
        (h) =>
          h.task === 'monitoring' ||
          h.task === 'incident-response' ||
          h.category === 'event-detection-logging',
      );
      return [
        ...when(parts.length > 0, `runs ${describeComponents(parts)}`),
        ...when(held.length > 0, `does or answers for ${describeHeld(held)}`),
      ];
    },
  },
  {
    id: 'distribution-integrity',
    title: 'What the developer agreement guarantees',
    roles: ['app-store-operator'],
    demand:
      'Record what the developer agreement guarantees: publisher verification, signing of distributed apps, removal of impostor apps, notice of policy or minimum-OS changes. These terms are rarely negotiable; where they fall short, compensate in the design.',
    sources: [
      {
        source: 'fda-premarket',
        section: 'VI.A (how to obtain version-identifiable, manufacturer-authorised software)',
      },
    ],
    applies: supplies,
  },
];

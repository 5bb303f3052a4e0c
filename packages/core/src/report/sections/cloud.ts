import { formatDeadline, formatPercent } from '../../analyses/cloud/downtime.js';
import type { CloudServiceView, CloudView } from '../../analyses/cloud/view.js';
import type { Block, ReportSection, SectionBuilder } from './types.js';

const VERDICT: Readonly<Record<string, string>> = {
  met: 'met',
  'not-met': 'NOT MET',
  'not-assessable': 'not assessable',
};

const MODEL_LABEL = { iaas: 'IaaS', paas: 'PaaS', saas: 'SaaS' } as const;
const TENANCY_LABEL = { single: 'single-tenant', multi: 'multi-tenant' } as const;

/** `PaaS, multi-tenant`; undeclared halves say so rather than disappear. */
function modelCell(s: CloudServiceView): string {
  const model = s.serviceModel === undefined ? 'model not declared' : MODEL_LABEL[s.serviceModel];
  const tenancy = s.tenancy === undefined ? 'tenancy not declared' : TENANCY_LABEL[s.tenancy];
  return `${model}, ${tenancy}`;
}

function availabilityCell(s: CloudServiceView): string {
  const percent = s.sla?.availabilityPercent;
  if (percent === undefined) return s.sla === undefined ? 'no SLA' : '—';
  return `${String(percent)}% per ${s.sla?.measurementPeriod ?? 'year (not declared)'}`;
}

function serviceRows(view: CloudView): string[][] {
  return view.dependencies.flatMap((d) =>
    d.members.map((s) => [
      d.members.length > 1 ? `${s.id} (failover group ${d.id})` : s.id,
      [s.provider, s.service].filter((x) => x !== undefined).join(' — ') || '—',
      modelCell(s),
      availabilityCell(s),
      s.downtimePerYear?.text ?? '—',
      s.downtimePerMonth?.text ?? '—',
      s.sla?.rto?.text ?? '—',
      s.sla?.rpo?.text ?? '—',
      s.sla?.supportResponse?.text ?? '—',
      s.sla?.breachNotification?.text ?? '—',
      [...s.regions, ...(s.sla?.dataResidency ?? []).map((r) => `data: ${r}`)].join(', ') || '—',
    ]),
  );
}

function groupRows(view: CloudView): string[][] {
  return view.dependencies.map((d) => [
    d.id,
    d.availabilityPercent === undefined ? 'unknown' : formatPercent(d.availabilityPercent),
    d.recovery === undefined
      ? '—'
      : `${d.recovery.text} (${d.recovery.basis === 'rto' ? 'RTO' : 'failover'})`,
    d.sites.text,
    d.dependants
      .map(
        (x) =>
          `${x.function}${x.shield === undefined ? '' : ` (after ${x.shield.component}'s offline mode)`}`,
      )
      .join(', '),
  ]);
}

function functionRows(view: CloudView): string[][] {
  return view.functions.map((fn) => [
    fn.id,
    fn.lossSeverity,
    fn.maxTolerableOutage?.text ?? 'not declared',
    fn.maxTolerableDataLoss === undefined
      ? 'not declared'
      : fn.maxTolerableDataLoss.seconds === 0
        ? 'none'
        : fn.maxTolerableDataLoss.text,
    fn.offline.mode === 'stops'
      ? 'stops with the cloud'
      : `offline for ${fn.offline.lasts?.text ?? '?'}, then stops`,
    fn.offline.text,
  ]);
}

function checkRows(view: CloudView): string[][] {
  return view.functions.flatMap((fn) =>
    fn.checks.map((c) => [
      fn.id,
      fn.lossSeverity,
      c.check,
      c.dependencies.join(', '),
      c.allowed?.text ?? '—',
      c.tolerated?.text ?? '—',
      VERDICT[c.verdict] ?? c.verdict,
      c.text,
    ]),
  );
}

function customerOf(s: CloudServiceView): string {
  if (s.customer !== undefined) return ` (customer ${s.customer})`;
  return s.owner === undefined ? '' : ` (operated by the provider ${s.owner})`;
}

function responsibilityBlock(view: CloudView): Block | undefined {
  const services = view.dependencies.flatMap((d) => d.members);
  const models = [...new Set(services.flatMap((s) => s.serviceModel ?? []))].sort();
  const first = services.find((s) => s.responsibilities !== undefined)?.responsibilities;
  if (models.length === 0 || first === undefined) return undefined;
  const partyOf = (model: string, layer: string): string =>
    services.find((s) => s.serviceModel === model)?.responsibilities?.find((r) => r.layer === layer)
      ?.party ?? '—';
  return {
    kind: 'table',
    caption:
      'Shared responsibility implied by the service model (customer = the stakeholder that operates the service in the model, unless that is the provider itself; the contract decides)',
    header: [
      'Layer',
      ...models.map(
        (m) =>
          `${MODEL_LABEL[m]}: ${services
            .filter((s) => s.serviceModel === m)
            .map((s) => `${s.id}${customerOf(s)}`)
            .join(', ')}`,
      ),
    ],
    rows: first.map((r) => [r.label, ...models.map((m) => partyOf(m, r.layer))]),
  };
}

/** Cloud dependencies, their SLAs, and every clinical function's tolerance verdicts. */
export const cloudSection: SectionBuilder = (doc) => {
  const view = doc.analysis.views.cloud;
  if (view === undefined) return undefined;
  const checks = view.functions.flatMap((f) => f.checks);
  const count = (v: string): number => checks.filter((c) => c.verdict === v).length;
  const breach = view.dependencies.flatMap((d) => d.members.flatMap((m) => m.breach ?? []));
  const gaps = view.dependencies.flatMap((d) => d.members.flatMap((m) => m.gaps));
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${String(view.functions.length)} clinical function(s) depend on ${String(view.dependencies.length)} cloud dependenc${view.dependencies.length === 1 ? 'y' : 'ies'}: ${String(count('met'))} tolerance check(s) met, ${String(count('not-met'))} not met, ${String(count('not-assessable'))} not assessable. An availability SLA is a downtime budget, not a cap on one outage: without an incident-duration commitment (RTO) the whole budget of a measurement period can be spent at once. Conventions: ${view.conventions}. Composite availability assumes independent failures (a product along a chain, 1 − Π(1 − a) across a failover group).`,
    },
    {
      kind: 'table',
      caption:
        'Cloud services and their SLA terms (as declared in the model, with downtime computed)',
      header: [
        'Service',
        'Provider — service',
        'Model, tenancy',
        'Availability',
        'Downtime / year',
        'Downtime / month',
        'RTO',
        'RPO',
        'Support response',
        'Breach notification',
        'Regions and data residency',
      ],
      rows: serviceRows(view),
    },
    {
      kind: 'table',
      caption:
        'Dependencies: availability of the group, recovery, regions, and the functions that stop with it',
      header: ['Dependency', 'Availability', 'Recovery', 'Regions and providers', 'Functions'],
      rows: groupRows(view),
    },
    {
      kind: 'table',
      caption:
        'Clinical functions that depend on the cloud: what they tolerate and how they behave offline',
      header: [
        'Function',
        'Loss severity',
        'Max tolerable outage',
        'Max data loss',
        'Offline',
        'Offline behaviour',
      ],
      rows: functionRows(view),
    },
    {
      kind: 'table',
      caption:
        'Clinical tolerance checks (availability: longest single outage the terms permit; recovery: RTO or failover time; data-loss: RPO)',
      header: [
        'Function',
        'Loss severity',
        'Check',
        'Dependencies',
        'Terms permit',
        'Tolerates',
        'Verdict',
        'Why',
      ],
      rows: checkRows(view),
    },
  ];
  if (breach.length > 0)
    blocks.push({
      kind: 'table',
      caption:
        'Breach notification: what each provider commits to, against what its dependants need',
      header: ['Service', 'Commits to', 'Required', 'Required by', 'Verdict'],
      rows: breach.map((b) => [
        b.component,
        b.declared?.text ?? 'not declared',
        b.required.text,
        b.required.from,
        VERDICT[b.verdict] ?? b.verdict,
      ]),
    });
  if (gaps.length > 0)
    blocks.push({
      kind: 'table',
      caption: 'Not assessable: terms or tolerances missing from the model (never counted as met)',
      header: ['Service', 'Missing'],
      rows: gaps.map((g) => [g.component, g.text]),
    });
  const responsibilities = responsibilityBlock(view);
  if (responsibilities !== undefined) blocks.push(responsibilities);
  blocks.push(
    {
      kind: 'paragraph',
      text: 'Data residency is not assessable: the model does not record the countries where the device is used, so the declared residency of each service cannot be compared with them.',
    },
    {
      kind: 'list',
      items: [
        `Breach-notification requirement when none is declared: ${String(view.breachNotificationDefault.hours)} h (${view.breachNotificationDefault.source}).`,
        ...view.notificationRegimes.map(
          (r) =>
            `${r.duty}: ${r.hours === undefined ? 'no fixed deadline' : formatDeadline(r.hours * 3600)} — ${r.source}${r.verified ? '' : ' (not re-verified against the official text)'}`,
        ),
        ...[...new Set(view.responsibilitySources.map((s) => s.source))].map(
          (s) => `Shared responsibility: ${s}`,
        ),
      ],
    },
  );
  return {
    id: 'cloud',
    title: 'Cloud dependencies, SLAs and clinical tolerance',
    blocks,
  } satisfies ReportSection;
};

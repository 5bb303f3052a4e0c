import type { Component } from '../../../model/types.js';
import { SENSITIVE_DATA, type DataClass } from '../../../model/vocabulary.js';
import type { ModelQuery } from '../../../model/query/index.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { deploymentTypeOf } from '../support/home-use.js';
import { steeredSeverity } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

/** Why the component is taken as shared with other tenants, or undefined when it is not. */
function sharedTenancy(component: Component, query: ModelQuery): string | undefined {
  const cloud = component.cloud;
  if (cloud?.tenancy === 'multi') return 'declared multi-tenant';
  if (cloud?.tenancy !== undefined) return undefined;
  if (cloud?.serviceModel === 'saas')
    return 'a SaaS service with undeclared tenancy, shared by design';
  return deploymentTypeOf(component, query) === 'cloud-third-party-saas'
    ? 'deployed as third-party SaaS with undeclared tenancy, shared by design'
    : undefined;
}

function sensitiveData(component: Component, query: ModelQuery): DataClass[] {
  const data = query.flowsOf(component.id).flatMap((flow) => flow.data);
  return [...new Set(data.filter((d) => SENSITIVE_DATA.includes(d)))].sort();
}

export const multiTenantIsolation = {
  id: 'multi-tenant-isolation',
  version: 1,
  title: 'Shared cloud service without described tenant isolation',
  category: 'cloud',
  stride: ['information-disclosure', 'elevation-of-privilege'],
  fdaCategory: 'authorization',
  references: {
    cwe: [653, 668],
    capec: [546, 180],
    fda: [
      'Premarket IV.B (security objectives apply to cloud services)',
      'Premarket App. 1 B (authorization)',
      'Playbook App. B (using a cloud provider does not transfer the threats to it)',
    ],
  },
  description:
    "A multi-tenant service keeps many customers' data and workloads on shared infrastructure. If the separation between tenants is weak (a missing tenant check in a query, a shared key, a misconfigured bucket policy), another customer, or an attacker who signed up as one, can read the patients' health data or act on the manufacturer's devices.",
  detection:
    'A component with `cloud.tenancy: multi`, or with undeclared tenancy that is a SaaS service (`cloud.serviceModel: saas` or a `cloud-third-party-saas` deployment), whose `cloud.tenantIsolation` is not described. Harm is privacy unless the component steers a clinical function, in which case that severity is reported.',
  falsePositives:
    'The service is dedicated to the manufacturer: declare `cloud.tenancy: single`. Isolation is designed and tested but not written down: describe it in `cloud.tenantIsolation` (e.g. separate accounts per tenant, per-tenant keys, row-level security verified by tests).',
  mitigation:
    'Describe and test how tenants are separated: dedicated accounts or projects, per-tenant encryption keys, tenant identity enforced on every query and API call, and penetration tests that try to cross tenants; obtain the provider evidence (SOC 2, ISO 27001) and the shared-responsibility split in the contract.',
  exploitability: 'moderate',
  harm: 'privacy',
  appliesTo: 'component',
  when: (component, query) => sharedTenancy(component, query) !== undefined,
  evaluate(component, query) {
    const isolation = component.cloud?.tenantIsolation;
    if (isolation !== undefined) return undefined;
    const shared = sharedTenancy(component, query) ?? 'shared';
    const data = sensitiveData(component, query);
    const severity = steeredSeverity(
      component,
      query,
      'an attacker who crosses the tenant boundary can also reach',
    );
    return {
      rationale: `Component ${label(component)} is ${shared} and does not describe how tenants are isolated${data.length === 0 ? '' : `; its flows carry ${data.join(', ')}`}.`,
      evidence: [
        component.cloud?.tenancy === undefined
          ? notDeclared(componentPath(component, 'cloud', 'tenancy'), 'multi (shared SaaS)')
          : fact(componentPath(component, 'cloud', 'tenancy'), 'tenancy: multi'),
        notDeclared(componentPath(component, 'cloud', 'tenantIsolation'), 'absent'),
      ],
      ...(severity === undefined ? {} : { severity }),
    };
  },
} satisfies ThreatRule;

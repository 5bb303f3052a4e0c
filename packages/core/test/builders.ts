import { buildRuleContext } from '../src/analyses/threats/context.js';
import { runRules, type RawFinding } from '../src/analyses/threats/engine.js';
import type { ThreatRule } from '../src/analyses/threats/types.js';
import { formatIssue } from '../src/common/issue.js';
import { modelFromValue } from '../src/model/load.js';
import type { AuthoredModel } from '../src/model/schema/index.js';
import type { DeviceModel } from '../src/model/types.js';
import type { Finding } from '../src/findings/types.js';
import { assessFindings } from '../src/risk/assess.js';

type Authored = AuthoredModel;
type AuthoredComponent = NonNullable<Authored['components']>[number];
type AuthoredFlow = NonNullable<Authored['dataFlows']>[number];

/**
 * Test models are built inline (not from YAML files) and go through the real schema, validation and
 * normalization, so a test can never rely on a model the loader would reject.
 */
export function aModel(
  parts: Partial<Omit<Authored, 'medrisk' | 'device'>> & {
    device?: Partial<Authored['device']>;
  } = {},
): DeviceModel {
  const { device, ...rest } = parts;
  const result = modelFromValue({
    medrisk: 1,
    device: {
      name: 'Test pump',
      manufacturer: 'Acme Medical',
      intendedUse: 'Test device',
      serviceLifeYears: 10,
      ...device,
    },
    ...rest,
  });
  if (!result.ok)
    throw new Error(`test model is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  return result.value;
}

export function aComponent(id: string, fields: Partial<AuthoredComponent> = {}): AuthoredComponent {
  return { id, name: id, type: 'process', kind: 'device-firmware', ...fields };
}

export function aFlow(
  id: string,
  source: string,
  target: string,
  fields: Partial<AuthoredFlow> = {},
): AuthoredFlow {
  return { id, name: id, source, target, ...fields };
}

/** Runs one rule over a model and returns its raw findings. */
export function runRule(rule: ThreatRule, model: DeviceModel): readonly RawFinding[] {
  const run = runRules([rule], buildRuleContext(model));
  if (run.failures.length > 0) throw new Error(run.failures.map((f) => f.message).join('\n'));
  return run.findings;
}

/** The finding ids one rule raises on a model. */
export function findingIds(rule: ThreatRule, model: DeviceModel): string[] {
  return runRule(rule, model).map((f) => f.id);
}

/** A small but complete home device used as a base by many rule tests. */
export function homePumpParts() {
  return {
    clinicalFunctions: [
      {
        id: 'insulin-delivery',
        description: 'Deliver basal and bolus insulin',
        severity: 'catastrophic' as const,
      },
      {
        id: 'glucose-display',
        description: 'Show glucose trend to the patient',
        severity: 'serious' as const,
      },
    ],
    deployments: [
      { id: 'body', type: 'on-body' as const },
      { id: 'phone', type: 'patient-mobile-device' as const },
      { id: 'cloud', type: 'cloud-manufacturer-tenant' as const },
    ],
    stakeholders: [
      { id: 'acme', role: 'manufacturer' as const },
      { id: 'patient', role: 'patient' as const },
    ],
  };
}

/** Runs one rule and the risk assessment: findings as reports show them (severity, risk, status). */
export function assessRule(rule: ThreatRule, model: DeviceModel): readonly Finding[] {
  const query = buildRuleContext(model);
  const run = runRules([rule], query);
  if (run.failures.length > 0) throw new Error(run.failures.map((f) => f.message).join('\n'));
  return assessFindings(run.findings, query).findings;
}

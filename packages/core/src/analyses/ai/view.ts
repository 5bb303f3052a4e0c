import { compareStrings } from '../../common/order.js';
import type { Component } from '../../model/types.js';
import { THREAT_RULES } from '../threats/rules/index.js';
import { isAiModel } from '../threats/support/ai-model.js';
import type { RuleContext, RuleResult } from '../threats/types.js';
import { ATLAS_NAMES, ATLAS_VERSION, isAtlasTechnique } from './atlas.js';
import { aiFactsOf, type DigestStatus, type MlbomModel } from './mlbom.js';

/**
 * One AI component as the report shows it. Optional fields are absent when the model does not
 * declare them ("not declared" in the report), never filled with a default.
 */
export interface AiModelView {
  readonly id: string;
  readonly name?: string;
  /** The component it is nested in (its host service), if any. */
  readonly host?: string;
  readonly learning?: 'locked' | 'adaptive';
  readonly pccp?: boolean;
  readonly performanceMonitoring?: boolean;
  readonly trainingDataProvenance?: 'documented' | 'partial' | 'unknown';
  readonly trainingDataValidated?: boolean;
  /** Sorted; absent when not declared (the rules then treat every input as influenceable). */
  readonly adversarialInputs?: readonly string[];
  readonly adversarialTesting?: boolean;
  /** Id of the component whose `access.inputValidation: true` covers the model (itself or a host). */
  readonly inputValidatedBy?: string;
  readonly supplier?: string;
  readonly inferenceApiExposed?: boolean;
  readonly queryRateLimited?: boolean;
  readonly digest: {
    readonly status: DigestStatus;
    /** As written in the model. */
    readonly declared?: string;
    /** Strong hashes the ML-BOM lists for the model. */
    readonly listed: readonly { readonly algorithm: string; readonly value: string }[];
  };
  readonly mlbom?: {
    readonly bom: string;
    readonly file?: string;
    readonly status: MlbomModel['status'];
    readonly model?: { readonly ref: string; readonly name: string; readonly version?: string };
    /** From the model card's modelParameters, when given. */
    readonly approach?: string;
    readonly task?: string;
    readonly datasets: readonly string[];
  };
  /** ATLAS techniques of the AI rules whose conditions hold for it, before controls and treatments. */
  readonly atlas: readonly {
    readonly id: string;
    readonly name?: string;
    readonly rules: readonly string[];
  }[];
}

export interface AiView {
  /** The ATLAS release the technique names come from. */
  readonly atlasVersion: string;
  readonly models: readonly AiModelView[];
}

/** Every AI component (kind `ai-model` or with an `ai` block), or undefined when there is none. */
export function aiView(query: RuleContext): AiView | undefined {
  const models = query.model.components.filter(isAiModel);
  if (models.length === 0) return undefined;
  return { atlasVersion: ATLAS_VERSION, models: models.map((c) => modelView(c, query)) };
}

function modelView(component: Component, query: RuleContext): AiModelView {
  const ai = component.ai;
  const facts = aiFactsOf(component, query);
  const validator = [component, ...query.ancestors(component.id)].find(
    (c) => c.access?.inputValidation === true,
  );
  const m = facts.mlbom;
  return {
    id: component.id,
    ...opt('name', component.name),
    ...opt('host', component.parent),
    ...opt('learning', ai?.learning),
    ...opt('pccp', ai?.pccp),
    ...opt('performanceMonitoring', ai?.performanceMonitoring),
    ...opt('trainingDataProvenance', ai?.trainingDataProvenance),
    ...opt('trainingDataValidated', ai?.trainingDataValidated),
    ...opt(
      'adversarialInputs',
      ai?.adversarialInputs === undefined
        ? undefined
        : [...ai.adversarialInputs].sort(compareStrings),
    ),
    ...opt('adversarialTesting', ai?.adversarialTesting),
    ...opt('inputValidatedBy', validator?.id),
    ...opt('supplier', ai?.supplier),
    ...opt('inferenceApiExposed', ai?.inferenceApiExposed),
    ...opt('queryRateLimited', ai?.queryRateLimited),
    digest: {
      status: facts.digest,
      ...opt('declared', ai?.artifactDigest),
      listed: facts.listedHashes,
    },
    ...(m === undefined
      ? {}
      : {
          mlbom: {
            bom: m.bomId,
            ...opt('file', m.file),
            status: m.status,
            ...(m.model === undefined
              ? {}
              : {
                  model: {
                    ref: m.model.ref,
                    name: m.model.name,
                    ...opt('version', m.model.version),
                  },
                }),
            ...opt('approach', cardText(m, 'approach', 'type')),
            ...opt('task', cardText(m, 'task')),
            datasets: facts.datasets,
          },
        }),
    atlas: atlasOf(component, query),
  };
}

/** Techniques cited by the AI rules that fire on the component (pure: rules only read the query). */
function atlasOf(component: Component, query: RuleContext): AiModelView['atlas'] {
  const byTechnique = new Map<string, string[]>();
  for (const rule of THREAT_RULES) {
    if (rule.category !== 'ai-ml' || rule.appliesTo !== 'component') continue;
    if (
      !fires(() =>
        rule.when === undefined || rule.when(component, query)
          ? rule.evaluate(component, query)
          : undefined,
      )
    )
      continue;
    for (const id of (rule.references.atlas ?? []).filter(isAtlasTechnique))
      byTechnique.set(id, [...(byTechnique.get(id) ?? []), rule.id]);
  }
  return [...byTechnique]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([id, rules]) => ({
      id,
      ...opt('name', ATLAS_NAMES[id]),
      rules: rules.sort(compareStrings),
    }));
}

/** A rule that throws is reported as failed by the engine; here it simply contributes nothing. */
function fires(evaluate: () => RuleResult): boolean {
  try {
    const result = evaluate();
    return result !== undefined && (!Array.isArray(result) || result.length > 0);
  } catch {
    return false;
  }
}

/** A string field of the model card's modelParameters (`task`, `approach.type`). */
function cardText(m: MlbomModel, ...path: string[]): string | undefined {
  let value: unknown = m.card?.card.modelParameters;
  for (const key of path)
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[key]
        : undefined;
  return typeof value === 'string' ? value : undefined;
}

function opt<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
}

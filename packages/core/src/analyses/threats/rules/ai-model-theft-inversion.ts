import type { ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { AI_DSF_DRAFT, aiPath, isAiModel } from '../support/ai-model.js';
import { steeredSeverity } from '../support/patient-reach.js';
import type { ThreatRule } from '../types.js';

/** Why the model's inference API counts as reachable, or undefined when it does not. */
function apiExposure(component: Component, query: ModelQuery): string | undefined {
  const declared = component.ai?.inferenceApiExposed;
  if (declared !== undefined) return declared ? 'declared exposed' : undefined;
  const deployment = query.deploymentOf(component);
  return deployment?.exposure.internetFacing === true
    ? `not declared, and deployment "${deployment.id}" is internet-facing`
    : undefined;
}

export const aiModelTheftInversion = {
  id: 'ai-model-theft-inversion',
  version: 1,
  title: 'AI inference API open to unlimited queries',
  category: 'ai-ml',
  stride: ['information-disclosure'],
  fdaCategory: 'confidentiality',
  references: {
    cwe: [799, 770],
    atlas: [
      'AML.T0024',
      'AML.T0024.000',
      'AML.T0024.001',
      'AML.T0024.002',
      'AML.T0040',
      'AML.M0004',
      'AML.M0002',
    ],
    fda: [`${AI_DSF_DRAFT} (model inversion and stealing, data leakage)`],
  },
  description:
    'Every answer of a model leaks a little about it. With enough queries an attacker can rebuild a working copy of the model, tell whether a given patient was in the training data, or reconstruct training records. The training data is usually patient data, and a stolen copy lets the attacker craft misleading inputs offline.',
  detection:
    'An AI model (kind `ai-model` or a component with an `ai` block) whose inference API is exposed (`ai.inferenceApiExposed: true`, or not declared while the model runs in an internet-facing deployment) and whose `ai.queryRateLimited` is not true. Harm is privacy; when adversaries can also influence its inputs, the severity of what the model affects is reported, because a stolen copy makes evasion easy.',
  falsePositives:
    'Queries are limited per client and time window at an API gateway in front of the model: declare `queryRateLimited: true`. The API is reachable only by the device itself: declare `inferenceApiExposed: false`.',
  mitigation:
    'Authenticate API clients, limit query rate and volume per client, return only the output the clinical use needs (labels rather than full confidence scores), log and alert on systematic querying, and consider differential privacy in training.',
  exploitability: 'moderate',
  harm: 'privacy',
  appliesTo: 'component',
  when: (component, query) => isAiModel(component) && apiExposure(component, query) !== undefined,
  evaluate(component, query) {
    const ai = component.ai;
    if (ai?.queryRateLimited === true) return undefined;
    const internetFacing = query.exposureOf(component)?.internetFacing === true;
    const severity =
      (ai?.adversarialInputs ?? []).length > 0
        ? steeredSeverity(
            component,
            query,
            'a copy of the model lets an attacker craft evasive inputs offline against',
          )
        : undefined;
    const limitPath = aiPath(component, 'queryRateLimited');
    return {
      rationale: `AI model ${label(component)} answers inference queries (${apiExposure(component, query) ?? 'exposed'}) ${ai?.queryRateLimited === false ? 'without' : 'with no declared'} query rate limit, so it can be copied or made to reveal its training data.`,
      evidence: [
        ai?.inferenceApiExposed === undefined
          ? notDeclared(
              aiPath(component, 'inferenceApiExposed'),
              'exposed (internet-facing deployment)',
            )
          : fact(aiPath(component, 'inferenceApiExposed'), 'inferenceApiExposed: true'),
        ai?.queryRateLimited === undefined
          ? notDeclared(limitPath, 'absent')
          : fact(limitPath, 'queryRateLimited: false'),
        ...(internetFacing
          ? [fact(componentPath(component, 'deployment'), 'internet-facing deployment')]
          : []),
      ],
      ...(internetFacing
        ? {
            exploitability: {
              level: 'high' as const,
              reason: 'anyone on the internet can send queries',
            },
          }
        : {}),
      ...(severity === undefined ? {} : { severity }),
    };
  },
} satisfies ThreatRule;

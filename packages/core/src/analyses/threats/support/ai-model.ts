import { compareStrings } from '../../../common/order.js';
import type { Component } from '../../../model/types.js';
import { componentPath } from '../helpers.js';

/** Cited by every AI rule: the draft lists seven AI risks that cyber threats can cause. */
export const AI_DSF_DRAFT = 'FDA AI-enabled device software functions draft §XII';

/** An AI model is judged by its kind or by an `ai:` block on the component that hosts it. */
export function isAiModel(component: Component): boolean {
  return component.kind === 'ai-model' || component.ai !== undefined;
}

export function aiPath(component: Component, field: string): string {
  return componentPath(component, 'ai', field);
}

/** Inputs an adversary can influence, in a stable order (the model may list them in any order). */
export function adversarialInputs(component: Component): readonly string[] | undefined {
  const inputs = component.ai?.adversarialInputs;
  return inputs === undefined ? undefined : [...inputs].sort(compareStrings);
}

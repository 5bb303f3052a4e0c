import type { Evidence } from '../../findings/types.js';
import type { Component, DataFlow } from '../../model/types.js';

/**
 * Small wording helpers so every rule explains itself the same way. Facts the model leaves out are
 * treated as absent and the evidence says "not declared": a safety analysis must not assume a
 * control exists because nobody wrote it down.
 */
export function notDeclared(path: string, assumed: string): Evidence {
  return { path, text: `${path} is not declared; treated as ${assumed}` };
}

export function fact(path: string, text: string): Evidence {
  return { path, text };
}

export function label(element: Component | DataFlow): string {
  return element.name === undefined ? `"${element.id}"` : `"${element.id}" (${element.name})`;
}

/** `components.pump.update.antiRollback` style paths: ids, not indexes, so they survive reordering. */
export function componentPath(component: Component, ...rest: string[]): string {
  return ['components', component.id, ...rest].join('.');
}

export function flowPath(flow: DataFlow, ...rest: string[]): string {
  return ['dataFlows', flow.id, ...rest].join('.');
}

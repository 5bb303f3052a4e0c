import { onlyDistributes, type ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { radioOf, seriousFunctionsServed } from '../support/fda-design.js';
import { insideOneDevice } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/**
 * Flows the component needs from elsewhere. Links inside the component's own hardware (parent or
 * nested parts, in-process calls) and input typed by a person at the device are not communications.
 */
function inputsFromOthers(component: Component, query: ModelQuery): DataFlow[] {
  const own = new Set([
    ...query.selfAndDescendants(component.id).map((c) => c.id),
    ...query.ancestors(component.id).map((c) => c.id),
  ]);
  return query
    .flowsTo(component.id)
    .filter(
      (flow) =>
        !own.has(flow.source) &&
        flow.protocol?.name !== 'in-process' &&
        query.component(flow.source)?.kind !== 'person',
    );
}

/**
 * Inputs that are communications the component runs on: not wiring from another part of the same
 * device (a processor that stops talking inside one enclosure is a hardware fault for the safety
 * design, not a link an attacker can cut), and not deliveries of software, keys or records, whose
 * loss delays an update rather than interrupting what the device is doing.
 */
function externalInputs(component: Component, query: ModelQuery): DataFlow[] {
  return inputsFromOthers(component, query).filter(
    (flow) => insideOneDevice(flow, query) === undefined && !onlyDistributes(flow),
  );
}

export const noSafeStateOnCommunicationLoss = {
  id: 'no-safe-state-on-communication-loss',
  version: 2,
  title: 'No declared behaviour when communication is lost',
  category: 'fda-design',
  stride: ['denial-of-service'],
  fdaCategory: 'resiliency-recovery',
  references: {
    cwe: [636, 754],
    capec: [601, 125],
    attackIcs: ['T0803', 'T0804', 'T0814'],
    fda: ['Premarket App. 1 G (independent function when communications are disrupted)'],
  },
  description:
    'Radio links can be jammed, networks flooded and cloud services go down for hours. A device that serves a serious clinical function and depends on such a link must keep the patient safe when it disappears: continue locally, fall back to a safe state, or alarm. If nobody has decided what happens, an attacker who cuts the link decides instead.',
  detection:
    'A process serving a clinical function of serious harm or worse that receives at least one flow from another component (not its own parts, not in-process, not a person at the device, not wiring from another part of the same device: a processor that stops talking inside one enclosure is a hardware fault for the safety design, not a link an attacker can cut; not a delivery of software, keys, credentials or records, whose loss delays an update rather than interrupting what the device does), whose `resilience.onCommunicationLoss` is not declared or is `none`. The link itself is judged by flow-denial-of-service.',
  falsePositives:
    'The incoming flow is optional for the function (e.g. a trend upload the therapy never waits for): declare `resilience.onCommunicationLoss: continue-locally` and explain in `resilience.description`.',
  mitigation:
    'Decide and verify the behaviour on loss of each link (continue with the last safe settings, fall back to a safe basal state, alarm the user after a set time), state how long the device can run independently, and test it with the link jammed or cut.',
  exploitability: 'moderate',
  harm: 'availability',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'process' &&
    seriousFunctionsServed(component, query).length > 0 &&
    inputsFromOthers(component, query).length > 0,
  evaluate(component, query) {
    const declared = component.resilience?.onCommunicationLoss;
    if (declared !== undefined && declared !== 'none') return undefined;
    const inputs = externalInputs(component, query);
    if (inputs.length === 0) return undefined;
    const radio = inputs.map((flow) => radioOf(flow, query)).find((r) => r !== undefined);
    const path = componentPath(component, 'resilience', 'onCommunicationLoss');
    return {
      rationale: `Process ${label(component)} serves ${seriousFunctionsServed(component, query).join(', ')} and depends on ${inputs.map((f) => `"${f.id}" from "${f.source}"`).join(', ')}, but ${declared === undefined ? 'declares no' : 'has no'} behaviour for when communication is lost.`,
      evidence: [
        declared === undefined
          ? notDeclared(path, 'none')
          : fact(path, 'onCommunicationLoss: none'),
      ],
      ...(radio === undefined
        ? {}
        : {
            exploitability: {
              level: 'high' as const,
              reason: `jamming the ${radio} link takes cheap, widely available equipment`,
            },
          }),
    };
  },
} satisfies ThreatRule;

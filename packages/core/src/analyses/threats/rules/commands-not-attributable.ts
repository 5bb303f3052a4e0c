import { authenticationOf, type ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
import { componentPath, fact, flowPath, label, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

/**
 * How the issuer of a command flow is known: the flow authenticates the person, or the command
 * comes from a process in the same trust boundary whose own users log in. Flows that identify nobody
 * are left to external-entity-repudiation and boundary-crossing-commands-unattributed.
 */
function issuerKnownBy(flow: DataFlow, query: ModelQuery): string | undefined {
  if (authenticationOf(flow)?.userIdentity === true) return 'the flow authenticates the user';
  const source = query.component(flow.source);
  const login = source?.access?.authentication;
  if (
    source?.type === 'process' &&
    login !== undefined &&
    login !== 'none' &&
    query.crossedBoundaries(flow).length === 0
  )
    return `users of "${source.id}" log in (${login})`;
  return undefined;
}

function attributableCommands(component: Component, query: ModelQuery) {
  return query
    .flowsTo(component.id)
    .filter((flow) => flow.carries.includes('commands'))
    .flatMap((flow) => {
      const known = issuerKnownBy(flow, query);
      return known === undefined ? [] : [{ flow, known }];
    });
}

export const commandsNotAttributable = {
  id: 'commands-not-attributable',
  version: 1,
  title: "Commands' issuer is known but not recorded in the target's log",
  category: 'logging',
  stride: ['repudiation'],
  fdaCategory: 'event-detection-logging',
  references: {
    cwe: [778, 223],
    fda: ['Premarket App. 1 F (log security-relevant events with the identity behind them)'],
  },
  description:
    'When a dose, a therapy setting or an alarm limit is changed, investigators must be able to tell who did it. If the component that executes commands does not write the identity of the person behind each one into its log, a harmful change cannot be traced, an insider can deny it, and an attack with stolen credentials looks like ordinary use.',
  detection:
    'A process receiving command flows whose issuer is identified (the flow authenticates the user with `authentication.userIdentity: true`, or the command comes from a process in the same trust boundary whose users log in via `access.authentication`) while its own `logging.userAttribution` is not declared true. Commands whose issuer nobody identifies are reported by external-entity-repudiation and boundary-crossing-commands-unattributed.',
  falsePositives:
    'The identity is logged upstream in a record that is kept together with the command (for example the issuing application logs user and command, with matching ids, in a tamper-protected store): declare `userAttribution: true` on the component whose log holds it, or accept with that rationale.',
  mitigation:
    "Carry the issuing user's identity with each command, log it with the command, its parameters, the time and the result in the executing component, and protect the log from change.",
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'process' && attributableCommands(component, query).length > 0,
  evaluate(component, query) {
    const attribution = component.logging?.userAttribution;
    if (attribution === true) return undefined;
    const commands = attributableCommands(component, query);
    const path = componentPath(component, 'logging', 'userAttribution');
    return {
      rationale: `${label(component)} executes commands from ${commands.map(({ flow }) => `"${flow.id}"`).join(', ')} whose issuer is identified, but its log ${attribution === false ? 'is declared not to record' : 'is not declared to record'} who issued them.`,
      evidence: [
        attribution === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'userAttribution: false'),
        ...commands.map(({ flow, known }) => fact(flowPath(flow), known)),
      ],
    };
  },
} satisfies ThreatRule;

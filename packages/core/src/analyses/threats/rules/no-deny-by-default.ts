import { componentPath, fact, label, notDeclared } from '../helpers.js';
import { internetEntries, reachableFromOutside } from '../support/fda-design.js';
import { isPipeline } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

export const noDenyByDefault = {
  id: 'no-deny-by-default',
  version: 2,
  title: 'Exposed process does not deny incoming connections by default',
  category: 'fda-design',
  stride: ['elevation-of-privilege'],
  fdaCategory: 'authorization',
  references: {
    cwe: [276, 1188],
    capec: [1, 180],
    attackIcs: ['T0886', 'T0866'],
    fda: ['Premarket App. 1 B (deny by default for incoming connections)'],
  },
  description:
    'A process that accepts whatever arrives on its ports and radios unless something forbids it exposes every forgotten service, debug endpoint and pairing mode to whoever can reach it. Allowing only the connections and commands that are explicitly needed keeps the threat surface to what the designers reviewed.',
  detection:
    'A process that others can reach from outside its trust boundary (a flow opened into it from outside its internet-facing deployment, an enabled network or radio interface that accepts connections, or a flow initiated into it across a boundary) whose `access.denyByDefault` is not true. A component is not taken as internet-facing merely because its deployment is: something outside the deployment must open connections to it. An interface through which the component only calls out or broadcasts accepts no connections, and a person at its own user interface is not one. Build and release infrastructure (repositories, CI/CD, artifact stores, signing services) is left to ci-cd-compromise.',
  falsePositives:
    'The process accepts only an allow-listed set of peers, ports and message types enforced by its own firmware: declare `access.denyByDefault: true`. A network firewall run by the hospital is a compensating control, not the device design.',
  mitigation:
    'Reject every incoming TCP/UDP port, Bluetooth service, USB class and serial command that is not explicitly required; close unused services at build time; allow-list peers and message types, and verify it with a port scan in the security tests.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component, query) =>
    component.type === 'process' &&
    !isPipeline(component) &&
    reachableFromOutside(component, query).length > 0,
  evaluate(component, query) {
    const declared = component.access?.denyByDefault;
    if (declared === true) return undefined;
    const path = componentPath(component, 'access', 'denyByDefault');
    const [entry] = internetEntries(component, query);
    return {
      rationale: `Process ${label(component)} is reachable (${reachableFromOutside(component, query).join('; ')}) and does not declare that it denies incoming connections by default.`,
      evidence: [
        declared === undefined ? notDeclared(path, 'false') : fact(path, 'denyByDefault: false'),
      ],
      ...(entry === undefined
        ? {}
        : {
            exploitability: {
              level: 'high' as const,
              reason: `it is reached from the internet (flow "${entry.id}"), where every open service is scanned`,
            },
          }),
    };
  },
} satisfies ThreatRule;

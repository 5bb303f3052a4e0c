import { DEBUG_INTERFACE_TYPES, WIRELESS_INTERFACE_TYPES } from '../../../model/vocabulary.js';
import { componentPath, fact, label } from '../helpers.js';
import { accessEvidence, accessPhrase, physicalExploitability } from '../support/local-access.js';
import type { ThreatRule } from '../types.js';

export const unusedInterfaceEnabled = {
  id: 'unused-interface-enabled',
  version: 1,
  title: 'Unused interface left enabled',
  category: 'physical-access',
  stride: ['elevation-of-privilege'],
  fdaCategory: 'authorization',
  references: {
    cwe: [1299, 912],
    capec: [121, 401],
    fda: [
      'Premarket App. 2 (unused interfaces; assurance that dormant functions cannot be activated)',
      'Premarket App. 1 B (deny by default)',
    ],
  },
  description:
    'A port or radio no function needs still has a driver, a protocol stack and often a vendor service mode behind it. Nobody tests or monitors it, yet an attacker can wake it: an enabled spare USB controller, a Wi-Fi chip left on, a serial header with a login prompt. Dormant functions are a path into the device that its owners do not know exists.',
  detection:
    'An interface declared `used: false` or `purpose: none` whose `access` is not `disabled` or `removed`. Debug ports (jtag, swd, uart or purpose debug) are left to debug-port-open and local consoles to local-console-access.',
  falsePositives:
    'The interface is in fact used (declare its purpose and drop `used: false`), or it is disabled in hardware or firmware in a way that cannot be re-enabled without a signed update: declare `access: disabled`.',
  mitigation:
    'Remove or depopulate unused connectors and radios, or disable them in firmware so that only a signed update can turn them back on; document in the architecture why each remaining interface exists.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'interface',
  when: ({ iface }) =>
    (!iface.used || iface.purpose === 'none') &&
    iface.purpose !== 'debug' &&
    !DEBUG_INTERFACE_TYPES.includes(iface.type) &&
    iface.type !== 'local-console',
  evaluate({ component, iface }, query) {
    if (iface.access === 'disabled' || iface.access === 'removed') return undefined;
    const openRadio =
      WIRELESS_INTERFACE_TYPES.includes(iface.type) &&
      (iface.access === undefined || iface.access === 'open');
    return {
      rationale: `${iface.type} interface "${iface.id}" on ${label(component)} serves no function but is ${accessPhrase(iface)}; dormant functionality behind it can be activated.`,
      evidence: [
        fact(
          componentPath(component, 'interfaces', iface.id),
          iface.purpose === 'none' ? 'purpose: none' : 'used: false',
        ),
        accessEvidence(component, iface),
      ],
      ...(openRadio
        ? {
            exploitability: {
              level: 'high' as const,
              reason:
                'an enabled radio is reachable from anywhere in range, without touching the device',
            },
          }
        : physicalExploitability(component, iface, query)),
    };
  },
} satisfies ThreatRule;

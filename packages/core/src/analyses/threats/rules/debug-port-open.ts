import { DEBUG_INTERFACE_TYPES } from '../../../model/vocabulary.js';
import { componentPath, fact, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const debugPortOpen = {
  id: 'debug-port-open',
  version: 1,
  title: 'Debug port left open at delivery',
  category: 'physical-access',
  stride: ['tampering', 'elevation-of-privilege', 'information-disclosure'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [1191, 1244],
    capec: [121],
    attackIcs: ['T0847', 'T0839'],
    fda: ['Premarket App. 1 D (disable or restrict test and debug ports)'],
  },
  description:
    'JTAG, SWD and UART consoles give whoever touches the board full control: read keys and firmware, change code, bypass every software control. Left enabled on a delivered device they turn physical access into total compromise.',
  detection:
    'An interface of type jtag, swd or uart, or any interface whose purpose is debug, that is not declared `disabled`, `removed` or `locked`.',
  falsePositives:
    'Ports that are depopulated or permanently fused: declare `access: removed` or `access: disabled`.',
  mitigation:
    'Disable debug access in production (fuse JTAG/SWD, lock the debug access port, remove UART headers), or require cryptographic authentication to unlock it; add tamper-evident seals and state the residual risk in labeling.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'interface',
  when: ({ iface }) => DEBUG_INTERFACE_TYPES.includes(iface.type) || iface.purpose === 'debug',
  evaluate({ component, iface }, query) {
    if (iface.access === 'disabled' || iface.access === 'removed' || iface.access === 'locked')
      return undefined;
    const physical = query.exposureOf(component)?.physicalAccess;
    const path = componentPath(component, 'interfaces', iface.id, 'access');
    return {
      rationale: `${iface.type.toUpperCase()} port "${iface.id}" on "${component.id}" is ${iface.access === undefined ? 'not declared closed' : `only "${iface.access}"`} at delivery${physical === undefined ? '' : `; physical access there: ${physical}`}.`,
      evidence: [
        iface.access === undefined
          ? notDeclared(path, 'open')
          : fact(path, `access: ${iface.access}`),
      ],
      ...(iface.access === 'authenticated'
        ? {
            exploitability: {
              level: 'low' as const,
              reason: 'debug access requires authentication',
            },
          }
        : physical === 'household' || physical === 'public'
          ? {
              exploitability: {
                level: 'high' as const,
                reason: `anyone in the ${physical} setting can reach the port`,
              },
            }
          : {}),
    };
  },
} satisfies ThreatRule;

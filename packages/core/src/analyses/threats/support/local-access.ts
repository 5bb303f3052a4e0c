import type { Evidence } from '../../../findings/types.js';
import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, ComponentInterface } from '../../../model/types.js';
import type { Exploitability } from '../../../findings/scales.js';
import { componentPath, fact, notDeclared } from '../helpers.js';

interface ExploitabilityHint {
  readonly exploitability?: { readonly level: Exploitability; readonly reason: string };
}

/** The interface's declared access, or "not declared; treated as open". */
export function accessEvidence(component: Component, iface: ComponentInterface): Evidence {
  const path = componentPath(component, 'interfaces', iface.id, 'access');
  return iface.access === undefined
    ? notDeclared(path, 'open')
    : fact(path, `access: ${iface.access}`);
}

/** How the interface's access reads in a sentence. */
export function accessPhrase(iface: ComponentInterface): string {
  return iface.access === undefined ? 'not declared closed' : `"${iface.access}"`;
}

/**
 * Exploitability of an attack that needs a hand on the hardware: who shares the room decides it.
 * A lock or an authentication step on the port lowers it whatever the setting.
 */
export function physicalExploitability(
  component: Component,
  iface: ComponentInterface,
  query: ModelQuery,
): ExploitabilityHint {
  if (iface.access === 'locked' || iface.access === 'authenticated')
    return {
      exploitability: {
        level: 'low',
        reason: `the port is ${iface.access} and must be opened first`,
      },
    };
  const physical = query.exposureOf(component)?.physicalAccess;
  if (physical === 'household' || physical === 'public')
    return {
      exploitability: {
        level: 'high',
        reason: `anyone in the ${physical} setting can reach the port`,
      },
    };
  if (physical === 'restricted')
    return {
      exploitability: { level: 'low', reason: 'only authorised staff can reach the hardware' },
    };
  return {};
}

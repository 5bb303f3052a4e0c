import type { FunctionImpact, ModelQuery } from '../../../model/query/index.js';
import type { Component } from '../../../model/types.js';
import {
  WIRELESS_INTERFACE_TYPES,
  type DeploymentType,
  type InterfaceType,
} from '../../../model/vocabulary.js';
import type { Exploitability } from '../../../findings/scales.js';
import { acceptsConnections } from './fda-design.js';

/**
 * Helpers for denial-of-service and outage rules. What stops when an element stops comes from the
 * query layer (`lossOfComponent`, `lossOfFlow`), the same model the risk step uses for rules with
 * `harm: 'availability'`; these helpers only phrase and weigh it.
 */

/** Components on a loss path (after the start) that stop because they declare no way to work without it. */
export function stoppingDependants(impact: FunctionImpact, query: ModelQuery): Component[] {
  return impact.path
    .map((id) => query.component(id))
    .filter((c, index): c is Component => index > 0 && c !== undefined);
}

/**
 * How long an attacker must keep an element down before patients are harmed caps how exploitable a
 * denial of service is: a day or more and someone notices and acts (low); several hours and the
 * attacker must stay on it, within reach of the link, all that time (moderate).
 */
export function outageTolerance(
  impact: FunctionImpact,
  query: ModelQuery,
): { readonly level: Exploitability; readonly reason: string } | undefined {
  const minutes = query.clinicalFunction(impact.functionId)?.maxTolerableOutageMinutes;
  if (minutes === undefined || minutes < 4 * 60) return undefined;
  return {
    level: minutes >= 24 * 60 ? 'low' : 'moderate',
    reason: `${impact.functionId} tolerates ${String(Math.round(minutes / 60))} hours of outage; an attacker must keep it down that long`,
  };
}

const EXPLOITABILITY_ORDER: readonly Exploitability[] = [
  'very-low',
  'low',
  'moderate',
  'high',
  'very-high',
];

/** The less exploitable of two levels with its reason (the first wins a tie). */
export function leastExploitable<T extends { readonly level: Exploitability }>(a: T, b: T): T {
  return EXPLOITABILITY_ORDER.indexOf(b.level) < EXPLOITABILITY_ORDER.indexOf(a.level) ? b : a;
}

/** One level less exploitable, never below very-low. */
export function oneLevelLower(level: Exploitability): Exploitability {
  return EXPLOITABILITY_ORDER[Math.max(0, EXPLOITABILITY_ORDER.indexOf(level) - 1)] ?? level;
}

/** NFC and inductive links are powered by the reader's field, so they do not drain the battery. */
const FIELD_POWERED: readonly InterfaceType[] = ['nfc', 'inductive'];

/**
 * Where a device lives on its battery, away from anyone who would notice it draining: carried by the
 * patient, implanted, or at home. Hospital and clinic equipment is charged as a matter of routine and
 * staff answer its low-battery alarm, so a flood there is judged as a loss of service instead.
 */
const ON_BATTERY: readonly DeploymentType[] = [
  'on-body',
  'implanted',
  'patient-mobile-device',
  'patient-home',
];

export function livesOnBattery(component: Component, query: ModelQuery): boolean {
  const type = query.deploymentOf(component)?.type;
  return component.hardware?.battery === true && type !== undefined && ON_BATTERY.includes(type);
}

/**
 * Enabled battery-powered radios of the component that others can open connections on (`id (type)`):
 * a radio it only broadcasts or calls out on answers nobody.
 */
export function batteryRadios(component: Component, query: ModelQuery): string[] {
  return component.interfaces
    .filter(
      (iface) =>
        WIRELESS_INTERFACE_TYPES.includes(iface.type) &&
        !FIELD_POWERED.includes(iface.type) &&
        iface.access !== 'disabled' &&
        iface.access !== 'removed' &&
        acceptsConnections(component, iface.id, query),
    )
    .map((iface) => `${iface.id} (${iface.type})`);
}

/**
 * True when battery-drain-dos reports the component: it lives on its battery, answers on a radio,
 * and limits nothing. The flood that drains the battery is then one finding, not also a
 * process-denial-of-service finding for the same missing rate limit.
 */
export function batteryDrainReports(component: Component, query: ModelQuery): boolean {
  return (
    livesOnBattery(component, query) &&
    component.access?.rateLimiting !== true &&
    batteryRadios(component, query).length > 0
  );
}

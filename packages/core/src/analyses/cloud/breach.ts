import { durationToMinutes } from '../../model/durations.js';
import type { ClinicalFunction, Component, DeviceModel } from '../../model/types.js';
import { DEFAULT_BREACH_NOTIFICATION } from './breach-notification.js';
import { formatDeadline } from './downtime.js';
import type { BreachCheck } from './types.js';

interface Requirement {
  readonly minutes: number;
  readonly from: string;
  readonly path?: string;
}

/** What one function needs: its own requirement, else the device's, else medrisk's default. */
function requiredNotification(fn: ClinicalFunction, model: DeviceModel): Requirement {
  if (fn.breachNotificationRequired !== undefined)
    return {
      minutes: durationToMinutes(fn.breachNotificationRequired),
      from: `clinicalFunctions.${fn.id}.breachNotificationRequired`,
      path: `clinicalFunctions.${fn.id}.breachNotificationRequired`,
    };
  const device = model.device.breachNotificationRequired;
  if (device !== undefined)
    return {
      minutes: durationToMinutes(device),
      from: 'device.breachNotificationRequired',
      path: 'device.breachNotificationRequired',
    };
  return {
    minutes: DEFAULT_BREACH_NOTIFICATION.hours * 60,
    from: `medrisk's default: ${DEFAULT_BREACH_NOTIFICATION.source}`,
  };
}

/**
 * The member's breach-notification commitment against the fastest its dependent functions need.
 * Every dependency counts, not only those holding personal data: a ransomware or integrity breach
 * at the provider matters to patient safety as much as a leak does.
 */
export function breachCheck(
  component: Component,
  dependants: readonly ClinicalFunction[],
  model: DeviceModel,
): BreachCheck | undefined {
  const [fastest] = dependants
    .map((fn) => requiredNotification(fn, model))
    .sort((a, b) => a.minutes - b.minutes || (a.from < b.from ? -1 : 1));
  if (fastest === undefined) return undefined;
  const required = {
    seconds: fastest.minutes * 60,
    text: formatDeadline(fastest.minutes * 60),
    from: fastest.from,
  };
  const path = `components.${component.id}.cloud.sla.breachNotification`;
  const requiredEvidence = {
    path: fastest.path ?? path,
    text: `required within ${required.text} by ${fastest.from}`,
  };
  const declared = component.cloud?.sla?.breachNotification;
  if (declared === undefined)
    return {
      component: component.id,
      verdict: 'not-assessable',
      required,
      text: `${component.id} states no breach-notification time; its dependants need to hear of a breach within ${required.text} (set by ${fastest.from}).`,
      evidence: [{ path, text: `${path} is not declared` }, requiredEvidence],
    };
  const seconds = durationToMinutes(declared) * 60;
  const span = { seconds, text: formatDeadline(seconds) };
  return {
    component: component.id,
    verdict: seconds > required.seconds ? 'not-met' : 'met',
    declared: span,
    required,
    text: `${component.id} commits to report a security breach within ${span.text}; its dependants need to hear within ${required.text} (set by ${fastest.from}).`,
    evidence: [{ path, text: `breachNotification: ${span.text}` }, requiredEvidence],
  };
}

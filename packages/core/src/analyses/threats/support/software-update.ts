import type { Component } from '../../../model/types.js';
import type { ComponentKind, UpdateMechanism } from '../../../model/vocabulary.js';

type Update = NonNullable<Component['update']>;
type Signature = NonNullable<Update['signature']>;

/** Mechanisms where an app store or a deployment platform, not the component, installs the code. */
const PLATFORM_MECHANISMS: readonly UpdateMechanism[] = ['app-store', 'deployment-pipeline'];

/** The update block of a component that can be updated; `mechanism: none` means it cannot. */
export function updateOf(component: Component): Update | undefined {
  return component.update?.mechanism === 'none' ? undefined : component.update;
}

/** The update block when the component's own updater installs the code (not an app store or CI/CD). */
export function selfInstalledUpdateOf(component: Component): Update | undefined {
  const update = updateOf(component);
  return update === undefined || PLATFORM_MECHANISMS.includes(update.mechanism)
    ? undefined
    : update;
}

/** The signature over updates of an updatable component, when the model describes one. */
export function signatureOf(component: Component): Signature | undefined {
  return updateOf(component)?.signature;
}

/**
 * Firmware and the microcontroller-class devices it runs on: fixed flash and RAM, and images that
 * carry the device's logic and secrets. Phones, PCs, servers and gateways are left out on purpose.
 */
export const EMBEDDED_KINDS: readonly ComponentKind[] = [
  'device-firmware',
  'embedded-os',
  'bootloader',
  'medical-device',
  'sensor',
  'actuator',
];

/** Equipment that installs its own firmware in the field: a failed update can leave it unusable. */
export const DEVICE_KINDS: readonly ComponentKind[] = [
  ...EMBEDDED_KINDS,
  'home-monitor',
  'gateway',
  'programmer',
];

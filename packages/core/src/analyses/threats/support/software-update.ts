import type { ModelQuery } from '../../../model/query/index.js';
import type { Component, DataFlow } from '../../../model/types.js';
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

/**
 * Build and release infrastructure: repositories, build servers, artifact stores and signing
 * services. ci-cd-compromise judges their safeguards; the device-design checks (input validation,
 * deny by default, flood protection) and one-to-many-update-server leave them to it, so a pipeline
 * weakness is reported once, with the safeguard that is missing.
 */
export const PIPELINE_KINDS: readonly ComponentKind[] = [
  'source-repository',
  'ci-cd',
  'artifact-store',
  'signing-service',
];

export function isPipeline(component: Component): boolean {
  return PIPELINE_KINDS.includes(component.kind);
}

/** Equipment that installs its own firmware in the field: a failed update can leave it unusable. */
export const DEVICE_KINDS: readonly ComponentKind[] = [
  ...EMBEDDED_KINDS,
  'home-monitor',
  'gateway',
  'programmer',
];

/**
 * A flow carrying code into a component through one of its SD-card slots. Whether that code is
 * authenticated is judged by removable-media-code-load (no update path declared) or
 * unauthenticated-update-path (the update path covers every install route).
 */
export function loadsCodeFromRemovableMedia(flow: DataFlow, query: ModelQuery): boolean {
  if (!flow.carries.includes('code') || flow.targetInterface === undefined) return false;
  const slot = query
    .component(flow.target)
    ?.interfaces.find((iface) => iface.id === flow.targetInterface);
  return slot?.type === 'sd-card';
}

import type { InterfacePurpose, InterfaceType } from '../../../model/vocabulary.js';
import { label } from '../helpers.js';
import { accessEvidence, accessPhrase, physicalExploitability } from '../support/local-access.js';
import { DEVICE_KINDS } from '../support/software-update.js';
import type { ThreatRule } from '../types.js';

const CABLE_PORTS: readonly InterfaceType[] = ['usb', 'serial'];
/** Debug ports belong to debug-port-open; charging-only and unused ports to other rules. */
const WORKING_PURPOSES: readonly InterfacePurpose[] = ['service', 'update', 'data'];

export const usbServicePortUnauthenticated = {
  id: 'usb-service-port-unauthenticated',
  version: 1,
  title: 'USB or serial service port usable without authentication',
  category: 'physical-access',
  stride: ['tampering', 'elevation-of-privilege'],
  fdaCategory: 'authorization',
  references: {
    cwe: [306, 1299],
    capec: [457, 401],
    attackIcs: ['T0864', 'T0847'],
    fda: [
      'Premarket App. 1 B (deny by default for USB and serial ports)',
      'Premarket App. 1 A (authenticate users of service functions)',
    ],
  },
  description:
    "A USB or serial port that accepts service commands, configuration or files from anything plugged into it gives anyone with a cable, an infected service laptop or a malicious USB stick the same power as the manufacturer's technician: change therapy settings, load files, read patient data.",
  detection:
    'A used `usb` or `serial` interface whose purpose is service, update or data, on medical or field equipment (device-firmware, embedded-os, bootloader, medical-device, sensor, actuator, home-monitor, gateway, programmer), whose `access` is not declared authenticated, locked, disabled or removed. Debug ports are reported by debug-port-open, unused ports by unused-interface-enabled; general-purpose PCs and phones are out of scope.',
  falsePositives:
    'The port needs a cryptographic challenge, a service key or a locked cover that the model does not state: declare `access: authenticated` or `access: locked`. A port that only charges should be declared `purpose: charging`.',
  mitigation:
    'Deny the port by default, enable service functions only after cryptographic authentication of the service tool or technician (per-device or per-technician credentials), accept only signed files, disable USB mass-storage and HID classes that are not needed, and log every service session.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'interface',
  when: ({ component, iface }) =>
    DEVICE_KINDS.includes(component.kind) &&
    CABLE_PORTS.includes(iface.type) &&
    WORKING_PURPOSES.includes(iface.purpose) &&
    iface.used,
  evaluate({ component, iface }, query) {
    if (iface.access !== undefined && iface.access !== 'open') return undefined;
    return {
      rationale: `${iface.type.toUpperCase()} ${iface.purpose} port "${iface.id}" on ${label(component)} is ${accessPhrase(iface)}: whatever is plugged in is served without authentication.`,
      evidence: [accessEvidence(component, iface)],
      ...physicalExploitability(component, iface, query),
    };
  },
} satisfies ThreatRule;

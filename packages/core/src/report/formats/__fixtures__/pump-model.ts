import { analyze } from '../../../analyze.js';
import { crcAsSecurityIntegrity } from '../../../analyses/threats/rules/crc-as-security-integrity.js';
import { debugPortOpen } from '../../../analyses/threats/rules/debug-port-open.js';
import { hardcodedCredentials } from '../../../analyses/threats/rules/hardcoded-credentials.js';
import { strideCoverageGap } from '../../../analyses/threats/rules/stride-coverage-gap.js';
import { treatmentIncomplete } from '../../../analyses/threats/rules/treatment-incomplete.js';
import { unauthenticatedUpdatePath } from '../../../analyses/threats/rules/unauthenticated-update-path.js';
import type { DeviceModel } from '../../../model/types.js';
import { aComponent, aFlow, aModel, homePumpParts } from '../../../../test/builders.js';
import { buildReportDocument, type ReportDocument } from '../../document.js';

/**
 * A fixed rule set: golden files must change when the renderer changes, not whenever someone adds
 * a rule to the registry.
 */
const GOLDEN_RULES = [
  crcAsSecurityIntegrity,
  debugPortOpen,
  hardcodedCredentials,
  strideCoverageGap,
  treatmentIncomplete,
  unauthenticatedUpdatePath,
];

export interface PumpOptions {
  /** Replaces the app's name, e.g. with markup to test escaping. */
  readonly appName?: string;
  /** Writes every collection in reverse order; the report must not change. */
  readonly reversed?: boolean;
}

/** A small insulin-pump system: nested boundaries, a nested component, all three DFD3 shapes. */
function pumpModel(options: PumpOptions = {}): DeviceModel {
  const order = <T>(items: T[]): T[] => (options.reversed === true ? [...items].reverse() : items);
  return aModel({
    ...homePumpParts(),
    device: { name: 'Acme Pump', version: '2.1', model: 'AP-2', regulatoryClass: 'II', fleetSize: 20000 },
    components: order([
      aComponent('pump', { name: 'Insulin pump', kind: 'medical-device', deployment: 'body', functions: ['insulin-delivery'], interfaces: [{ id: 'jtag', type: 'jtag' }, { id: 'ble', type: 'ble' }] }),
      aComponent('pump-fw', { name: 'Pump firmware', parent: 'pump', credentials: [{ id: 'svc', kind: 'password', hardcoded: true }], update: { mechanism: 'app', source: 'app', authentication: 'none' } }),
      aComponent('app', { name: options.appName ?? 'Patient app & widget', kind: 'mobile-app', deployment: 'phone', functions: ['glucose-display'] }),
      aComponent('cloud-api', { name: 'Therapy cloud API', kind: 'cloud-service', deployment: 'cloud' }),
      aComponent('db', { name: 'Therapy records', type: 'data-store', kind: 'database', deployment: 'cloud' }),
      aComponent('clinician', { name: 'Clinician', type: 'external-entity', kind: 'person' }),
    ]),
    trustBoundaries: order([
      { id: 'body', name: 'On the patient', members: ['pump'] },
      { id: 'phone', name: 'Patient phone', members: ['app'] },
      { id: 'cloud', name: 'Manufacturer cloud', members: ['cloud-api'] },
      { id: 'cloud-data', name: 'Data tier', parent: 'cloud', members: ['db'] },
    ]),
    dataFlows: order([
      aFlow('app-pump', 'app', 'pump', { name: 'Bolus commands', protocol: 'ble', carries: 'commands', data: ['therapy-command'], integrity: { algorithm: 'crc16', purpose: 'accidental-corruption' } }),
      aFlow('pump-fw-update', 'app', 'pump-fw', { name: 'Firmware update', protocol: 'ble', carries: 'code', data: ['firmware'], oneWay: true }),
      aFlow('pump-ctrl', 'pump', 'pump-fw', { name: 'Dose control', protocol: 'in-process', carries: 'commands', data: ['therapy-command'], oneWay: true }),
      aFlow('app-cloud', 'app', 'cloud-api', { name: 'Sync', protocol: 'https', data: ['phi', 'telemetry'] }),
      aFlow('cloud-db', 'cloud-api', 'db', { name: 'Store records', protocol: 'tls', data: ['phi'] }),
      aFlow('clinician-cloud', 'clinician', 'cloud-api', { name: 'Review therapy', protocol: 'https', data: ['phi'] }),
    ]),
    controls: [
      { id: 'seal', title: 'Tamper-evident enclosure seal', category: 'code-data-execution-integrity', status: 'implemented', strength: 'weak', mitigates: ['debug-port-open@pump/jtag'] },
    ],
    assumptions: order([
      { id: 'clinician-vetted', text: 'Clinicians are identified by the hospital identity provider.', owner: 'acme', notApplicable: [{ subject: 'clinician', stride: ['spoofing'] }] },
      { id: 'svc-disabled', text: 'The service password is disabled in production builds.', owner: 'acme', suppresses: ['hardcoded-credentials@pump-fw/svc'] },
    ]),
    treatments: {
      'debug-port-open@pump/jtag': { strategy: 'accept', rationale: 'Seal plus labeling; opening the pump voids the warranty.' },
    },
  });
}

export function pumpDocument(options: PumpOptions = {}): ReportDocument {
  const model = pumpModel(options);
  const analysis = analyze(model, { rules: GOLDEN_RULES, inputs: [{ file: 'medrisk.yaml', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' }] });
  return buildReportDocument(model, analysis, GOLDEN_RULES);
}

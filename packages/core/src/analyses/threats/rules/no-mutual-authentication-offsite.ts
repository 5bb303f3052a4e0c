import { authenticationOf, type ModelQuery } from '../../../model/query/index.js';
import type { DataFlow, FlowAuthentication } from '../../../model/types.js';
import type { DeploymentType } from '../../../model/vocabulary.js';
import type { Evidence } from '../../../findings/types.js';
import { fact, flowPath, label, notDeclared } from '../helpers.js';
import { isCloudOrBackend } from '../support/fda-design.js';
import {
  endpointAuthentication,
  processSpoofingReports,
} from '../support/stride-authentication.js';
import type { ThreatRule } from '../types.js';

const FIELD_DEPLOYMENTS: readonly DeploymentType[] = [
  'hospital-clinical-network',
  'hospital-isolated-segment',
  'clinic',
  'patient-home',
  'on-body',
  'implanted',
  'patient-mobile-device',
];

function role(id: string, query: ModelQuery): 'server' | 'device' | undefined {
  const component = query.component(id);
  if (component === undefined) return undefined;
  if (isCloudOrBackend(component, query) && query.exposureOf(component)?.offsite === true)
    return 'server';
  const type = query.deploymentOf(component)?.type;
  return component.type !== 'external-entity' &&
    type !== undefined &&
    FIELD_DEPLOYMENTS.includes(type)
    ? 'device'
    : undefined;
}

function isDeviceToServer(flow: DataFlow, query: ModelQuery): boolean {
  const ends = [role(flow.source, query), role(flow.target, query)];
  return ends.includes('server') && ends.includes('device');
}

/** The end of a device-to-server flow that is the device. */
function deviceEndOf(flow: DataFlow, query: ModelQuery): End {
  return role(flow.source, query) === 'device' ? 'source' : 'target';
}

interface Gap {
  readonly missing: string;
  readonly evidence: Evidence;
}

type End = 'source' | 'target';

/**
 * Signed code the server hands to the device: the device checks the signature whatever server it
 * reached, and the server gives away nothing it must keep to proven devices. Neither the device's
 * proof nor the session's length changes what gets installed.
 */
function signedDownload(flow: DataFlow, serverEnd: End): boolean {
  return (
    serverEnd === 'source' &&
    flow.carries.every((c) => c === 'code') &&
    flow.integrity?.purpose === 'security'
  );
}

function gaps(
  flow: DataFlow,
  auth: FlowAuthentication & {
    readonly basis: string;
    readonly serverAuthenticatedByChannel: boolean;
  },
  deviceEnd: End,
  query: ModelQuery,
): Gap[] {
  const at = (field: string) => flowPath(flow, 'authentication', field);
  const declaredOr = (field: string, value: boolean | undefined, assumed: string) =>
    value === undefined
      ? notDeclared(at(field), assumed)
      : fact(at(field), `${field}: ${String(value)}`);
  const serverEnd: End = deviceEnd === 'source' ? 'target' : 'source';
  const ends = endpointAuthentication(flow);
  const out: Gap[] = [];
  // Whoever proves what, in either direction: a client token over TLS proves the client, and the
  // TLS handshake proves the server; both ends are then authenticated.
  if (!ends[deviceEnd] && !signedDownload(flow, serverEnd))
    out.push({
      missing: 'mutual authentication',
      evidence:
        auth.basis === 'protocol'
          ? fact(
              flowPath(flow, 'protocol'),
              `${flow.protocol?.name ?? 'protocol'} implies a server certificate only; the device is not authenticated`,
            )
          : declaredOr('mutual', auth.mutual, 'false'),
    });
  // A server the device cannot verify is process-spoofing's finding when commands or secrets go to it.
  if (!ends[serverEnd] && !processSpoofingReports(flow, query))
    out.push({
      missing: 'authentication of the server',
      evidence: declaredOr('mutual', auth.mutual, 'false'),
    });
  if (signedDownload(flow, serverEnd)) return out;
  // A TLS handshake (inferred or under a declared method) already runs on every session.
  const perSessionByChannel = auth.basis === 'protocol' || auth.serverAuthenticatedByChannel;
  if (!perSessionByChannel && auth.perSession !== true)
    out.push({
      missing: 'authentication per session',
      evidence: declaredOr('perSession', auth.perSession, 'false'),
    });
  if (auth.sessionTimeoutMinutes === undefined)
    out.push({
      missing: 'a bounded session',
      evidence: notDeclared(at('sessionTimeoutMinutes'), 'unbounded'),
    });
  return out;
}

export const noMutualAuthenticationOffsite = {
  id: 'no-mutual-authentication-offsite',
  version: 2,
  title:
    'Connection to an off-site server without mutual, per-session, time-bounded authentication',
  category: 'fda-design',
  stride: ['spoofing'],
  fdaCategory: 'authentication',
  references: {
    cwe: [287, 300, 613],
    capec: [94, 151],
    attackIcs: ['T0830', 'T0848'],
    fda: ['Premarket App. 1 A (mutual authentication and session limits for off-site connections)'],
  },
  description:
    'Devices in hospitals and homes talk to cloud and back-end servers across networks nobody in the chain controls. If the device does not prove who it is, anyone can feed the server false data in its name; if the server does not, a rogue server can command the device; and a session that never ends gives a stolen session token lasting value.',
  detection:
    "A flow between a component in a clinical, home, body-worn, implanted or patient-phone deployment and a cloud or back-end component in an off-site deployment where an end is not proven, authentication does not run per session, or no `sessionTimeoutMinutes` bounds the session. Each end counts as proven by what the flow shows: `mutual: true`, a shared secret, a client credential (token, password, API key) proving the side that opens the connection, and a TLS, DTLS or SSH channel (declared or inferred from https) proving the responder; a handshake on such a channel runs on every session. An unproven server that receives commands or secrets is left to process-spoofing. Signed code the server hands to the device needs neither the device's proof nor a bounded session: the device verifies what it installs. A flow with no authentication at all that crosses a trust boundary is left to boundary-crossing-unauthenticated. Exploitability is low when only session handling is open, and very low when only the session lifetime is unbounded.",
  falsePositives:
    'The device authenticates with a client certificate or device key on every connection: declare `authentication: {method: certificate, mutual: true, perSession: true, sessionTimeoutMinutes: …}`.',
  mitigation:
    'Use mutual TLS (or an equivalent device-bound key) so both ends authenticate on every session, limit session lifetime and re-authenticate after it, and pin the server trust anchor on the device.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'flow',
  when: (flow, query) => isDeviceToServer(flow, query),
  evaluate(flow, query) {
    const auth = authenticationOf(flow);
    if (auth === undefined) {
      if (query.crossedBoundaries(flow).length > 0) return undefined;
      const path = flowPath(flow, 'authentication');
      return {
        rationale: `Flow ${label(flow)} links "${flow.source}" and "${flow.target}" across sites with no authentication of either end.`,
        evidence: [
          flow.authentication === undefined
            ? notDeclared(path, 'none')
            : fact(path, 'method: none'),
        ],
        exploitability: { level: 'high' as const, reason: 'neither end proves who it is' },
      };
    }
    const found = gaps(flow, auth, deviceEndOf(flow, query), query);
    if (found.length === 0) return undefined;
    const unproven = found.some(
      (gap) =>
        gap.missing === 'mutual authentication' || gap.missing === 'authentication of the server',
    );
    const onlyTimeout = found.every((gap) => gap.missing === 'a bounded session');
    return {
      rationale: `Flow ${label(flow)} links "${flow.source}" and "${flow.target}" across sites; its ${auth.method} authentication${auth.basis === 'protocol' ? ' (inferred from the protocol)' : ''} lacks ${found.map((gap) => gap.missing).join(', ')}.`,
      evidence: found.map((gap) => gap.evidence),
      ...(unproven
        ? {}
        : {
            exploitability: onlyTimeout
              ? {
                  level: 'very-low' as const,
                  reason:
                    'both ends authenticate on every session; only its lifetime is not bounded',
                }
              : {
                  level: 'low' as const,
                  reason: 'both ends authenticate; only the session handling is open',
                },
          }),
    };
  },
} satisfies ThreatRule;

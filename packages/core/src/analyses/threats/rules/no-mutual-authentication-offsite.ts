import { authenticationOf, type ModelQuery } from '../../../model/query/index.js';
import type { DataFlow, FlowAuthentication } from '../../../model/types.js';
import type { DeploymentType } from '../../../model/vocabulary.js';
import type { Evidence } from '../../../findings/types.js';
import { fact, flowPath, label, notDeclared } from '../helpers.js';
import { isCloudOrBackend } from '../support/fda-design.js';
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

interface Gap {
  readonly missing: string;
  readonly evidence: Evidence;
}

function gaps(flow: DataFlow, auth: FlowAuthentication & { readonly basis: string }): Gap[] {
  const at = (field: string) => flowPath(flow, 'authentication', field);
  const declaredOr = (field: string, value: boolean | undefined, assumed: string) =>
    value === undefined
      ? notDeclared(at(field), assumed)
      : fact(at(field), `${field}: ${String(value)}`);
  const out: Gap[] = [];
  if (auth.basis === 'protocol')
    out.push({
      missing: 'mutual authentication',
      evidence: fact(
        flowPath(flow, 'protocol'),
        `${flow.protocol?.name ?? 'protocol'} implies a server certificate only; the device is not authenticated`,
      ),
    });
  else if (auth.mutual !== true)
    out.push({
      missing: 'mutual authentication',
      evidence: declaredOr('mutual', auth.mutual, 'false'),
    });
  // A TLS handshake inferred from the protocol already runs on every session.
  if (auth.basis === 'declared' && auth.perSession !== true)
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
  version: 1,
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
    'A flow between a component in a clinical, home, body-worn, implanted or patient-phone deployment and a cloud or back-end component in an off-site deployment, whose authentication is not declared `mutual: true` and `perSession: true` with a `sessionTimeoutMinutes`. TLS inferred from https authenticates the server only. A flow with no authentication at all that crosses a trust boundary is left to boundary-crossing-unauthenticated.',
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
    const found = gaps(flow, auth);
    if (found.length === 0) return undefined;
    const onlySession = found.every((gap) => gap.missing !== 'mutual authentication');
    return {
      rationale: `Flow ${label(flow)} links "${flow.source}" and "${flow.target}" across sites; its ${auth.method} authentication${auth.basis === 'protocol' ? ' (inferred from the protocol)' : ''} lacks ${found.map((gap) => gap.missing).join(', ')}.`,
      evidence: found.map((gap) => gap.evidence),
      ...(onlySession
        ? {
            exploitability: {
              level: 'low' as const,
              reason: 'both ends authenticate; only the session handling is open',
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;

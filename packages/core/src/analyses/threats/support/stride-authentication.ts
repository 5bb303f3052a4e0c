import type { Evidence } from '../../../findings/types.js';
import { authenticationOf, encryptionOf, type ModelQuery } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { SENSITIVE_DATA, type AuthMethod } from '../../../model/vocabulary.js';
import { componentPath, fact, flowPath, notDeclared } from '../helpers.js';
import { linkKind } from './stride-links.js';

type End = 'source' | 'target';

/** Which ends of a flow prove who they are, and the model facts that say so. */
export interface EndpointAuthentication {
  readonly source: boolean;
  readonly target: boolean;
  readonly evidence: readonly Evidence[];
}

/** Both ends must hold the same secret to talk at all, so each implicitly proves itself. */
const SHARED_SECRET: readonly AuthMethod[] = ['pre-shared-key', 'pairing'];
/** A MAC or signature on each message proves where the message came from: the flow's source. */
const MESSAGE_ORIGIN: readonly AuthMethod[] = ['hmac', 'signature'];

/** TLS, DTLS and SSH always authenticate the responder (server certificate or host key). */
const SERVER_AUTHENTICATING_CHANNEL = /^(tls|dtls|ssl|ssh)/;

/**
 * Direction matters: a password, PIN, token or API key proves the *initiator* (the client) to the
 * responder; a one-way certificate proves the *responder* (the server), as TLS does; a MAC or
 * signature proves the message *source*; a pre-shared key or pairing, or `mutual: true`, proves
 * both. A secure-channel protocol adds the responder unless the model declares `none`.
 */
export function endpointAuthentication(flow: DataFlow): EndpointAuthentication {
  const initiator: End = flow.initiator;
  const responder: End = initiator === 'source' ? 'target' : 'source';
  const ends = { source: false, target: false };
  const evidence: Evidence[] = [];
  const declared = flow.authentication;
  const path = flowPath(flow, 'authentication');
  if (declared === undefined) {
    evidence.push(notDeclared(path, 'none'));
  } else {
    evidence.push(
      fact(
        path,
        `method: ${declared.method}${declared.mutual === undefined ? '' : `, mutual: ${String(declared.mutual)}`}${declared.userIdentity === undefined ? '' : `, userIdentity: ${String(declared.userIdentity)}`}`,
      ),
    );
    const method = declared.method;
    if (method === 'none') return { ...ends, evidence };
    if (declared.mutual === true || SHARED_SECRET.includes(method)) {
      ends.source = true;
      ends.target = true;
    } else if (method === 'certificate') ends[responder] = true;
    else if (MESSAGE_ORIGIN.includes(method)) ends.source = true;
    else ends[initiator] = true;
  }
  const channel = encryptionOf(flow);
  if (channel?.info.kind === 'channel' && SERVER_AUTHENTICATING_CHANNEL.test(channel.info.name)) {
    ends[responder] = true;
    evidence.push(
      fact(
        flowPath(flow, channel.basis === 'declared' ? 'encryption' : 'protocol'),
        `${channel.algorithm} authenticates the responder "${flow[responder]}" (initiator: ${initiator})`,
      ),
    );
  }
  return { ...ends, evidence };
}

/**
 * People prove who they are to the component they use, through its user login
 * (`access.authentication`); undefined when the flow's source is not a person.
 */
export function userLogin(
  flow: DataFlow,
  query: ModelQuery,
): { readonly proven: boolean; readonly evidence: Evidence } | undefined {
  const target = query.component(flow.target);
  if (query.component(flow.source)?.kind !== 'person' || target === undefined) return undefined;
  const method = target.access?.authentication;
  const path = componentPath(target, 'access', 'authentication');
  return method === undefined
    ? { proven: false, evidence: notDeclared(path, 'none') }
    : { proven: method !== 'none', evidence: fact(path, `user login: ${method}`) };
}

/**
 * True when `external-entity-spoofing` reports the flow: its external source is not proven. A person
 * who only hands over data (presses "send now", reads a value in) is not worth impersonating: an
 * impostor gains nothing the person could not do, so only people's commands are judged.
 */
export function externalSourceUnproven(flow: DataFlow, query: ModelQuery): boolean {
  const source = query.component(flow.source);
  if (source?.kind === 'person' && !flow.carries.includes('commands')) return false;
  return (
    source?.type === 'external-entity' &&
    query.component(flow.target)?.type !== 'external-entity' &&
    !endpointAuthentication(flow).source &&
    userLogin(flow, query)?.proven !== true
  );
}

/**
 * True when `external-entity-spoofing` reports a flow *to* an external entity: commands or sensitive
 * data go to it and nothing proves the receiver is the real one. A flow with no authentication at all
 * across a trust boundary is left to boundary-crossing-unauthenticated.
 */
export function externalTargetUnproven(flow: DataFlow, query: ModelQuery): boolean {
  const kind = linkKind(flow, query);
  return (
    query.component(flow.target)?.type === 'external-entity' &&
    query.component(flow.source)?.type !== 'external-entity' &&
    kind !== 'user-interface' &&
    kind !== 'in-process' &&
    (flow.carries.includes('commands') || flow.data.some((d) => SENSITIVE_DATA.includes(d))) &&
    !endpointAuthentication(flow).target &&
    !(authenticationOf(flow) === undefined && query.crossedBoundaries(flow).length > 0)
  );
}

/**
 * Commands or secrets a client would hand to whoever answers in the process's place. In-process
 * calls and a person at the device's own screen cannot be redirected to an impostor.
 */
export function worthImpersonating(flow: DataFlow, query: ModelQuery): boolean {
  const kind = linkKind(flow, query);
  return (
    kind !== 'in-process' &&
    kind !== 'user-interface' &&
    (flow.carries.includes('commands') || flow.data.some((d) => SENSITIVE_DATA.includes(d)))
  );
}

/**
 * True when `process-spoofing` reports the flow: commands or secrets go to a process that nothing on
 * the flow proves. A flow with no authentication at all is reported once, by the rule that owns that
 * case (external-entity-spoofing or boundary-crossing-unauthenticated).
 */
export function processSpoofingReports(flow: DataFlow, query: ModelQuery): boolean {
  if (query.component(flow.target)?.type !== 'process' || !worthImpersonating(flow, query))
    return false;
  const unauthenticated = authenticationOf(flow) === undefined;
  if (
    unauthenticated &&
    (externalSourceUnproven(flow, query) || query.crossedBoundaries(flow).length > 0)
  )
    return false;
  return !endpointAuthentication(flow).target;
}

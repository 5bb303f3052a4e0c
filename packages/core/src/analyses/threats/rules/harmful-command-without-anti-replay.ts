import { encryptionOf } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { fact, flowPath, label, notDeclared } from '../helpers.js';
import { describeHarm, isHarmfulCommandPath, radioOf } from '../support/fda-design.js';
import { farFieldRadio, handsOnOnly, insideOneDevice } from '../support/stride-links.js';
import type { ThreatRule } from '../types.js';

/**
 * TLS, DTLS, SSH, IPsec and BLE secure connections number every record and bind it to a fresh
 * session, so a network attacker cannot replay them. Wi-Fi WPA protects one hop only.
 */
function replayProtectingChannel(flow: DataFlow): string | undefined {
  const channel = encryptionOf(flow);
  if (channel?.info.kind !== 'channel' || channel.info.name.startsWith('wpa')) return undefined;
  return channel.basis === 'declared' ? channel.algorithm : `${channel.algorithm} (from protocol)`;
}

export const harmfulCommandWithoutAntiReplay = {
  id: 'harmful-command-without-anti-replay',
  version: 3,
  title: 'Potentially harmful command accepted without replay protection',
  category: 'fda-design',
  stride: ['tampering', 'spoofing'],
  fdaCategory: 'authentication',
  references: {
    cwe: [294],
    capec: [60, 94],
    attackIcs: ['T0855', 'T0830'],
    fda: ['Premarket App. 1 A (anti-replay for potentially harmful commands)'],
  },
  description:
    'A command that was valid once (a bolus, a stimulation setting, an alarm silence) stays valid forever if the receiver cannot tell a fresh message from a recorded one. An attacker who records one authenticated command over the air or on the network can send it again later, without ever breaking the authentication or the encryption.',
  detection:
    'A flow carrying commands or configuration (unless the model shows every function it reaches is below serious), or other steering data (configuration, software, training data) reaching a function of serious harm or worse, whose `antiReplay` is `none`, or is not declared and the flow runs in no secure session channel. An undeclared `antiReplay` on a TLS, DTLS, SSH, IPsec or BLE secure channel (declared, or inferred from https/tls/dtls/ssh) counts as session replay protection; an explicit `none` is reported even then, at low exploitability. Code-only flows are left to the software-update rules (anti-rollback). Flows from a person at the device and `in-process` calls are not judged: nothing travels that could be recorded; nor is wiring between two parts of one device, which flow-tampering reports (recording there means opening the device). A far-field radio raises exploitability to very high; a near-field link (NFC, an inductive wand) keeps it moderate, since the antenna must be within centimetres; a cable or port lowers it to low.',
  falsePositives:
    'Replaying the message is harmless by design (an idempotent absolute setting that is re-confirmed on the device): say so in an assumption marking tampering not applicable for the flow, or declare the mechanism that makes it so as `antiReplay`.',
  mitigation:
    'Bind each command to a nonce, a monotonic counter or a short-lived timestamp covered by the message authentication code or signature, and have the receiver reject anything already seen or out of window; or carry commands only inside an authenticated session protocol (TLS 1.3 without 0-RTT, DTLS, BLE secure connections).',
  exploitability: 'high',
  harm: 'patient',
  appliesTo: 'flow',
  // A person at the device's own controls and calls inside one program are not links anyone can
  // record and play back; replay is a property of messages that travel.
  when: (flow, query) =>
    isHarmfulCommandPath(flow, query) &&
    flow.protocol?.name !== 'in-process' &&
    query.component(flow.source)?.kind !== 'person',
  evaluate(flow, query) {
    const declared = flow.antiReplay;
    if (declared !== undefined && declared !== 'none') return undefined;
    const channel = replayProtectingChannel(flow);
    if (declared === undefined && channel !== undefined) return undefined;
    // Recording a message on the wiring inside one device means opening it and probing the bus:
    // flow-tampering already reports that link, at the same low exploitability.
    if (insideOneDevice(flow, query) !== undefined) return undefined;
    const path = flowPath(flow, 'antiReplay');
    const radio = radioOf(flow, query);
    const handsOn = handsOnOnly(flow, query);
    return {
      rationale: `Flow ${label(flow)} carries ${(flow.data.length > 0 ? flow.data : flow.carries).join(', ')} and ${describeHarm(query.harmOfFlow(flow.id))}, but ${declared === undefined ? 'declares no replay protection' : 'is declared without replay protection'}${channel === undefined ? '' : ` of its own beyond ${channel}`}; a recorded message can be sent again later.`,
      evidence: [
        declared === undefined ? notDeclared(path, 'none') : fact(path, 'antiReplay: none'),
        ...(channel === undefined
          ? []
          : [fact(flowPath(flow, 'encryption'), `runs in ${channel}`)]),
      ],
      ...(channel !== undefined
        ? {
            exploitability: {
              level: 'low' as const,
              reason: `${channel} rejects replayed records on the link; only an endpoint or relay that terminates it can replay commands`,
            },
          }
        : radio !== undefined
          ? {
              exploitability:
                farFieldRadio(flow, query) === undefined
                  ? {
                      level: 'moderate' as const,
                      reason: `recording and replaying over ${radio} needs an antenna within centimetres of the device`,
                    }
                  : {
                      level: 'very-high' as const,
                      reason: `anyone in ${radio} range can record and replay the command`,
                    },
            }
          : handsOn === undefined
            ? {}
            : { exploitability: handsOn }),
    };
  },
} satisfies ThreatRule;

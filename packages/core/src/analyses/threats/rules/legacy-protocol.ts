import { legacyProtocolOf } from '../../lifecycle/legacy-protocols.js';
import { fact, flowPath, label, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const legacyProtocol = {
  id: 'legacy-protocol',
  version: 1,
  title: 'Protocol that cannot carry modern cryptography',
  category: 'lifecycle',
  stride: ['spoofing', 'information-disclosure', 'tampering'],
  fdaCategory: 'cryptography',
  references: {
    cwe: [319, 523, 327],
    capec: [157, 94, 49],
    attackIcs: ['T0842', 'T0830', 'T0887', 'T0859'],
    fda: [
      'Premarket App. 1 C (cryptography: current protocol versions, nothing deprecated)',
      'Premarket V.A.3 (security beneath common protocols such as BLE)',
    ],
  },
  description:
    'Telnet, plain FTP, SNMPv1 and v2c, SMB version 1, HL7 v2 over bare MLLP and Bluetooth stacks older than Secure Connections were designed before modern cryptography, or with ciphers since broken: credentials, commands and patient data cross the link in clear text or behind keys an eavesdropper can recover. Unlike a weak setting, no configuration fixes them; long-lived devices keep them for years.',
  detection:
    "A data flow whose protocol is telnet, ftp or hl7v2 with no encryption declared (a TLS wrapper, FTPS or a tunnel declared as the flow's encryption clears it); snmp with version 1, 2 or 2c, or with no version and no encryption (then v1/v2c is assumed and said so); smb with version 1; ble with version below 4.2 (LE Legacy Pairing only); bluetooth-classic with version below 4.1 (no Secure Connections; below 2.1, PIN pairing). TLS, DTLS and SSL versions are judged by deprecated-tls-version; Bluetooth flows without a version are not judged. Exploitability moderate (a hostile network is assumed everywhere), high when either end is internet-facing.",
  falsePositives:
    'The protocol runs inside a tunnel or TLS the model does not show: declare it as the flow encryption. A Bluetooth stack newer than the version written: correct protocol.version. An SNMP agent that answers only v3: declare version 3.',
  mitigation:
    'Replace the protocol with its secure successor (SSH, SFTP or FTPS, SNMPv3 authPriv, SMB 3.1.1 with encryption, MLLP over TLS, Bluetooth Secure Connections), or carry it in an authenticated, encrypted tunnel; until then restrict it to a segment only its two ends can reach, disable it where unused, and monitor it.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'flow',
  when: (flow) => flow.protocol !== undefined,
  evaluate(flow, query) {
    const legacy = legacyProtocolOf(flow);
    if (legacy === undefined) return undefined;
    const ends = [flow.source, flow.target].flatMap((id) => query.component(id) ?? []);
    const exposed = ends.find((c) => {
      const e = query.exposureOf(c);
      return e?.internetFacing === true;
    });
    const versionPath = flowPath(flow, 'protocol', 'version');
    return {
      title: `Flow ${flow.id} uses ${legacy.name}, which cannot carry modern cryptography`,
      rationale: `Flow ${label(flow)} from "${flow.source}" to "${flow.target}" uses ${legacy.name}: ${legacy.why}.`,
      evidence: [
        fact(
          flowPath(flow, 'protocol'),
          `protocol ${flow.protocol?.name ?? ''}${flow.protocol?.version === undefined ? '' : ` version ${flow.protocol.version}`} (${legacy.source})`,
        ),
        ...(legacy.assumed === undefined ? [] : [notDeclared(versionPath, legacy.assumed)]),
        ...(flow.encryption === undefined
          ? [
              notDeclared(
                flowPath(flow, 'encryption'),
                'no wrapper (no TLS, tunnel or application-layer encryption)',
              ),
            ]
          : []),
      ],
      mitigation: `${legacy.fix.charAt(0).toUpperCase()}${legacy.fix.slice(1)}. Until then restrict the flow to a segment only "${flow.source}" and "${flow.target}" can reach, disable the protocol wherever it is not needed, and monitor it.`,
      ...(exposed === undefined
        ? {}
        : {
            exploitability: {
              level: 'high' as const,
              reason: `"${exposed.id}" is reachable from the internet, where anyone can read and inject the traffic`,
            },
          }),
    };
  },
} satisfies ThreatRule;

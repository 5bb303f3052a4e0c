import type { DataFlow } from '../../model/types.js';

/** Why a flow's protocol cannot carry modern cryptography, and what replaces it. */
export interface LegacyProtocol {
  /** `telnet`, `snmp v2c`, `ble 4.0` … */
  readonly name: string;
  readonly why: string;
  readonly fix: string;
  /** Where the facts come from (RFCs, NIST, vendor notices), for the evidence. */
  readonly source: string;
  /** True when the verdict rests on a field the model left out (e.g. an undeclared SNMP version). */
  readonly assumed?: string;
}

/** Leading number of a version: `4.0` → 4, `v2c` → 2, `1.0.1` → 1; undefined when there is none. */
function numeric(version: string): number | undefined {
  const match = /^v?(\d+(?:\.\d+)?)/i.exec(version.trim());
  return match === null ? undefined : Number(match[1]);
}

/**
 * The protocol facts medrisk judges flows by. TLS versions are left to deprecated-tls-version. A
 * flow that declares encryption (a TLS wrapper, FTPS, a tunnel) is not reported for the
 * clear-text protocols; Bluetooth versions are judged whatever the flow declares, because the
 * weakness is in the pairing underneath.
 */
export function legacyProtocolOf(flow: DataFlow): LegacyProtocol | undefined {
  const protocol = flow.protocol;
  if (protocol === undefined) return undefined;
  const version = protocol.version;
  const wrapped =
    flow.encryption !== undefined &&
    !/^(none|no|plain|clear-?text)$/i.test(flow.encryption.algorithm);
  switch (protocol.name) {
    case 'telnet':
      return wrapped
        ? undefined
        : {
            name: 'telnet',
            why: 'Telnet sends the login, the password and the whole session in clear text and cannot authenticate the server',
            fix: 'replace it with SSH using key-based authentication, or remove the service',
            source: 'RFC 854 (Telnet); RFC 4253 (SSH transport)',
          };
    case 'ftp':
      return wrapped
        ? undefined
        : {
            name: 'ftp',
            why: 'FTP sends user names, passwords and files in clear text; only its TLS extension (FTPS) protects them',
            fix: 'use SFTP, or FTPS with TLS 1.2 or later (declare it as the flow encryption), and sign what is transferred',
            source: 'RFC 959 (FTP); RFC 4217 (FTP over TLS)',
          };
    case 'snmp': {
      const v = version?.trim().toLowerCase().replace(/^v/, '');
      if (v === '3' || (version === undefined && wrapped)) return undefined;
      if (v !== undefined && !['1', '2', '2c'].includes(v)) return undefined;
      return {
        name: `snmp ${v === undefined ? '(version not declared)' : `v${v}`}`,
        why: 'SNMPv1 and v2c authenticate with a community string sent in clear text: whoever sees one packet can read the device configuration and, with the write community, change it',
        fix: 'use SNMPv3 with authPriv (USM with SHA-2 authentication and AES privacy), read-only views, and disable v1 and v2c on the agent',
        source:
          'RFC 1157 (SNMPv1); RFC 1901 (SNMPv2c); RFC 3414 (SNMPv3 USM); RFC 7860 (SHA-2 for USM)',
        ...(v === undefined ? { assumed: 'v1 or v2c (no encryption is declared either)' } : {}),
      };
    }
    case 'smb': {
      const v = version === undefined ? undefined : numeric(version);
      if (v === undefined || v >= 2) return undefined;
      return {
        name: 'smb v1',
        why: 'SMB version 1 has no encryption, only MD5-based signing and no protection against downgrades; Microsoft deprecated it, and the MS17-010 flaw in it is what WannaCry spread through',
        fix: 'disable SMBv1 on both ends and use SMB 3.1.1 with encryption and signing required',
        source:
          'Microsoft: SMBv1 not installed by default since Windows 10 1709 / Server 2019; Microsoft security bulletin MS17-010 [background knowledge, not checked against a primary source]',
      };
    }
    case 'hl7v2':
      return wrapped
        ? undefined
        : {
            name: 'hl7v2 over MLLP',
            why: 'HL7 version 2 over MLLP has no security of its own: orders, results and patient identities travel in clear text and the sender is not authenticated',
            fix: 'wrap MLLP in TLS 1.2 or later with mutual certificate authentication (IHE ATNA secure node) or an IPsec/VPN tunnel between the two systems, and declare it as the flow encryption',
            source: 'HL7 v2 MLLP (no transport security); IHE ITI TF-2 ATNA (TLS for secure nodes)',
          };
    case 'ble': {
      const v = version === undefined ? undefined : numeric(version);
      if (v === undefined || v >= 4.2) return undefined;
      return {
        name: `ble ${String(version)}`,
        why: `Bluetooth LE ${String(version)} predates LE Secure Connections (4.2): its LE Legacy Pairing protects the link key with a temporary key (a 6-digit passkey, or zero for Just Works) that can be brute-forced offline from a recorded pairing, exposing all later traffic`,
        fix: 'move to a Bluetooth 4.2 or later stack with LE Secure Connections (P-256 ECDH) in Secure Connections Only mode, and encrypt and authenticate at the application layer with keys not derived from pairing',
        source:
          'Bluetooth Core 4.2 (LE Secure Connections); M. Ryan, "Bluetooth: With Low Energy Comes Low Security", USENIX WOOT 2013 [background knowledge]',
      };
    }
    case 'bluetooth-classic': {
      const v = version === undefined ? undefined : numeric(version);
      if (v === undefined || v >= 4.1) return undefined;
      return v < 2.1
        ? {
            name: `bluetooth-classic ${String(version)}`,
            why: `Bluetooth BR/EDR ${String(version)} predates Secure Simple Pairing (2.1): it pairs with a PIN (legacy pairing) that can be cracked offline from a recorded pairing, and encrypts with the E0 stream cipher`,
            fix: 'move to a Bluetooth 4.1 or later stack with BR/EDR Secure Connections (P-256, AES-CCM) in Secure Connections Only mode, or add application-layer encryption and authentication',
            source:
              'Bluetooth Core 2.1 (Secure Simple Pairing), 4.1 (Secure Connections); NIST SP 800-121 Rev. 2 [background knowledge]',
          }
        : {
            name: `bluetooth-classic ${String(version)}`,
            why: `Bluetooth BR/EDR ${String(version)} predates Secure Connections (4.1): it encrypts with the E0 stream cipher and pairs with P-192 ECDH, neither NIST-approved; NIST SP 800-121 recommends Secure Connections Only mode`,
            fix: 'move to a Bluetooth 4.1 or later stack with BR/EDR Secure Connections (P-256, AES-CCM) in Secure Connections Only mode, or add application-layer encryption and authentication',
            source:
              'Bluetooth Core 4.1 (BR/EDR Secure Connections); NIST SP 800-121 Rev. 2 [background knowledge]',
          };
    }
    default:
      return undefined;
  }
}

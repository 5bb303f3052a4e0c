import type { VulnerabilityMatch } from '../../findings/vulnerability.js';
import type { ScanFormat } from './types.js';

/**
 * OpenVEX v0.2.0. A match nobody has reviewed is `under_investigation` — an advisory range says the
 * version is affected, but only a human can say whether the device is — unless a VEX statement said
 * otherwise; suppressed matches keep the status and justification of the statement that suppressed
 * them. Document id and timestamp are left out so the output is reproducible; publishers add them.
 */
export const openvexScanFormat: ScanFormat = {
  id: 'openvex',
  displayName: 'OpenVEX',
  extension: 'openvex.json',
  *render(result) {
    const statements = [
      ...result.findings.map((m) =>
        statement(m, m.vex?.status ?? 'under_investigation', m.vex?.justification),
      ),
      ...result.suppressed.map((s) => statement(s.match, s.vex.status, s.vex.justification)),
    ];
    yield `${JSON.stringify({ '@context': 'https://openvex.dev/ns/v0.2.0', author: 'medrisk', version: 1, statements }, null, 2)}\n`;
  },
};

const JUSTIFICATIONS: Readonly<Record<string, string>> = {
  code_not_present: 'vulnerable_code_not_present',
  code_not_reachable: 'vulnerable_code_not_in_execute_path',
  requires_configuration: 'vulnerable_code_cannot_be_controlled_by_adversary',
  requires_dependency: 'component_not_present',
  requires_environment: 'vulnerable_code_cannot_be_controlled_by_adversary',
  protected_by_compiler: 'inline_mitigations_already_exist',
  protected_at_runtime: 'inline_mitigations_already_exist',
  protected_at_perimeter: 'inline_mitigations_already_exist',
  protected_by_mitigating_control: 'inline_mitigations_already_exist',
};

function statement(m: VulnerabilityMatch, status: string, justification: string | undefined) {
  const product = m.component.purl ?? `${m.component.file}#${m.component.ref}`;
  const mapped =
    justification === undefined ? undefined : (JUSTIFICATIONS[justification] ?? justification);
  return {
    vulnerability: {
      name: m.vulnerability.id,
      ...(m.vulnerability.aliases.length === 0 ? {} : { aliases: m.vulnerability.aliases }),
    },
    products: [
      {
        '@id': product,
        ...(m.component.purl === undefined ? {} : { identifiers: { purl: m.component.purl } }),
      },
    ],
    status,
    ...(status === 'not_affected'
      ? { justification: mapped ?? 'vulnerable_code_not_present' }
      : {}),
    ...(status === 'affected'
      ? {
          action_statement:
            m.fixedIn.length > 0
              ? `Update to a fixed version: ${m.fixedIn.join(', ')}`
              : 'No fixed version is known; apply compensating controls.',
        }
      : {}),
    ...(status === 'under_investigation'
      ? { status_notes: `Matched by ${m.evidence.map((e) => e.decision).join('; ')}` }
      : {}),
  };
}

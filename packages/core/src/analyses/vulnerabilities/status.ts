import type { DeviceModel } from '../../model/types.js';
import type { SupplyChainInput } from './facts.js';

interface Status {
  readonly analyzer: string;
  readonly version: number;
  readonly state: 'ok' | 'partial' | 'failed';
  readonly messages: readonly string[];
}

/**
 * The known-vulnerability analysis as an analyzer status, so a report never reads as clean when
 * advisories were missing or components could not be matched. A model that lists no SBOM has no
 * such analyzer (the `software-without-sbom` rule says what is missing).
 */
export function vulnerabilityStatus(
  model: DeviceModel,
  input: SupplyChainInput | undefined,
): Status[] {
  if (!model.boms.some((b) => b.type === 'sbom')) return [];
  const scan = input?.scan;
  if (scan === undefined)
    return [
      {
        analyzer: 'vulnerabilities',
        version: 1,
        state: 'partial',
        messages: [
          'no advisory data: the SBOMs were not checked for known vulnerabilities (pass --advisories, or import advisories with medrisk db import)',
        ],
      },
    ];
  const s = scan.summary;
  const messages = [
    `${String(s.components)} SBOM components against ${String(s.advisories)} advisories${input?.source === undefined ? '' : ` (${input.source})`}: ${String(s.findings)} affected, ${String(s.suppressed)} suppressed by VEX`,
    ...(s.notAssessed > 0
      ? [
          `${String(s.notAssessed)} components not assessed (no purl or CPE, unknown ecosystem, invalid version or no advisory data for their ecosystem)`,
        ]
      : []),
    ...(s.undecided > 0
      ? [
          `${String(s.undecided)} advisories could not be decided (under investigation, unreadable or GIT-only ranges)`,
        ]
      : []),
  ];
  return [
    {
      analyzer: 'vulnerabilities',
      version: 1,
      state: s.notAssessed + s.undecided > 0 ? 'partial' : 'ok',
      messages,
    },
  ];
}

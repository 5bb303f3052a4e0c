import type { ScanResult } from '../../analyses/vulnerabilities/scan.js';
import type { VulnerabilityMatch } from '../../findings/vulnerability.js';
import { streamJson } from '../formats/stream-json.js';
import type { ScanFormat } from './types.js';

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per vulnerability, one result per affected
 * component, located in the SBOM file. The level follows the priority (immediate and out-of-cycle
 * are errors, scheduled warnings, deferred notes); the CVSS score is GitHub's security-severity. Matches a VEX statement suppressed stay in,
 * marked as accepted suppressions with the statement as justification.
 */
export const sarifScanFormat: ScanFormat = {
  id: 'sarif',
  displayName: 'SARIF 2.1.0',
  extension: 'sarif',
  render(result) {
    const all = [
      ...result.findings.map((match) => ({ match, suppression: undefined })),
      ...result.suppressed.map((s) => ({ match: s.match, suppression: s.vex.statement })),
    ];
    const ids = [...new Set(all.map((e) => e.match.vulnerability.id))].sort();
    const rules = ids.map((id) => rule(all.find((e) => e.match.vulnerability.id === id)?.match));
    const results = all.map(({ match, suppression }) => ({
      ruleId: match.vulnerability.id,
      ruleIndex: ids.indexOf(match.vulnerability.id),
      level: SARIF_LEVEL[match.priority.level],
      message: {
        text: `${match.vulnerability.id} affects ${match.component.purl ?? match.component.name}${match.component.version === undefined ? '' : ` ${match.component.version}`}: ${match.evidence[0]?.decision ?? ''}${match.fixedIn.length > 0 ? `; fixed in ${match.fixedIn.join(', ')}` : ''}`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: match.component.file.split('\\').join('/') },
            region: { startLine: 1 },
          },
          logicalLocations: [{ name: match.component.ref, kind: 'component' }],
        },
      ],
      partialFingerprints: { 'medriskFindingId/v1': match.id },
      ...(suppression === undefined
        ? {}
        : { suppressions: [{ kind: 'external', status: 'accepted', justification: suppression }] }),
      properties: {
        confidence: match.confidence,
        priority: match.priority.level,
        priorityScore: match.priority.score,
        ...(match.cvss === undefined ? {} : { cvss: match.cvss.vector }),
        aliases: match.vulnerability.aliases,
        ...(match.kev === undefined ? {} : { kev: true }),
        ...(match.epss === undefined ? {} : { epss: match.epss.epss }),
      },
    }));
    const log = {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'medrisk', rules } },
          // Not assessed is never clean: code scanning shows these as tool notifications.
          invocations: [
            { executionSuccessful: true, toolExecutionNotifications: notifications(result) },
          ],
          results,
        },
      ],
    };
    return streamJson(log, [results]);
  },
};

/** Act-now priorities fail code scanning; scheduled ones warn; deferred ones are notes. */
const SARIF_LEVEL = {
  immediate: 'error',
  'out-of-cycle': 'error',
  scheduled: 'warning',
  defer: 'note',
} as const;

function notifications(result: ScanResult) {
  const where = (file: string, ref: string) => [
    {
      physicalLocation: { artifactLocation: { uri: file.split('\\').join('/') } },
      logicalLocations: [{ name: ref, kind: 'component' }],
    },
  ];
  return [
    ...result.notAssessed.map((n) => ({
      level: 'warning',
      descriptor: { id: `not-assessed/${n.reason}` },
      message: { text: `${n.component.name} was not assessed: ${n.detail}` },
      locations: where(n.component.file, n.component.ref),
    })),
    ...result.undecided.map((u) => ({
      level: 'warning',
      descriptor: { id: `undecided/${u.reason}` },
      message: {
        text: `${u.advisory} names ${u.component.name} but could not be decided: ${u.detail}`,
      },
      locations: where(u.component.file, u.component.ref),
    })),
  ];
}

function rule(match: VulnerabilityMatch | undefined) {
  const v = match?.vulnerability;
  const id = v?.id ?? 'unknown';
  const help = [
    v?.summary ?? id,
    v?.aliases.length ? `Aliases: ${v.aliases.join(', ')}.` : '',
    match?.fixedIn.length ? `Fixed in ${match.fixedIn.join(', ')}.` : '',
  ]
    .filter((t) => t !== '')
    .join(' ');
  return {
    id,
    shortDescription: { text: v?.summary ?? id },
    help: { text: help },
    helpUri: id.startsWith('CVE-')
      ? `https://nvd.nist.gov/vuln/detail/${id}`
      : `https://osv.dev/vulnerability/${id}`,
    properties: {
      // GitHub code scanning ranks security alerts by this (a CVSS score as text).
      ...(match?.cvss === undefined ? {} : { 'security-severity': match.cvss.score.toFixed(1) }),
      tags: [
        'security',
        'vulnerability',
        ...(v?.cwes ?? []).map((c) => `external/cwe/${c.toLowerCase()}`),
      ],
    },
  };
}

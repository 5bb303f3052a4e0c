import {
  SCAN_FORMATS,
  scanFormat,
  scanInventories,
  type ScanResult,
  type VulnerabilityMatch,
} from '@medrisk/core/scan';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { ExitError } from '../errors.js';
import { parseSize } from '../size.js';
import { colorsFor, progress, writeChunks, writeFileAtomic } from '../output.js';
import { renderScanTable } from '../scan-table.js';
import type { StoreFlags } from '../store-options.js';
import {
  loadAdvisoryFiles,
  loadFromStore,
  readSboms,
  readVexFiles,
  type LoadedAdvisories,
} from './scan-inputs.js';

export interface ScanFlags extends StoreFlags {
  readonly advisories?: string | readonly string[];
  readonly vex?: string | readonly string[];
  readonly format?: string;
  readonly out?: string;
  readonly failOn?: string;
  readonly quiet?: boolean;
  readonly color?: boolean;
  readonly maxInputSize?: string | number;
}

const FORMATS = ['table', ...SCAN_FORMATS.map((f) => f.id)];
const FAIL_ON = [
  'none',
  'any',
  'kev',
  'low',
  'medium',
  'high',
  'critical',
  'scheduled',
  'out-of-cycle',
  'immediate',
] as const;
const SEVERITY_ORDER = ['none', 'low', 'medium', 'high', 'critical'];
const PRIORITY_ORDER = ['defer', 'scheduled', 'out-of-cycle', 'immediate'];
type FailOn = (typeof FAIL_ON)[number];

export async function runScan(sboms: readonly string[], flags: ScanFlags): Promise<ExitCode> {
  if (sboms.length === 0)
    throw new ExitError(EXIT.badInput, 'give at least one SBOM file; run medrisk scan --help');
  const format = flags.format ?? inferFormat(flags.out);
  if (!FORMATS.includes(format))
    throw new ExitError(
      EXIT.badInput,
      `unknown format "${format}"; use one of: ${FORMATS.join(', ')}`,
    );
  const failOn = parseFailOn(flags.failOn);
  const say = progress(flags.quiet === true);
  const advisoryPaths = list(flags.advisories);

  say(`reading ${String(sboms.length)} SBOM${sboms.length === 1 ? '' : 's'}`);
  const inventories = readSboms(sboms, parseSize(flags.maxInputSize));
  const vex = readVexFiles(list(flags.vex));
  const advisories: LoadedAdvisories =
    advisoryPaths.length > 0
      ? await loadAdvisoryFiles(advisoryPaths, say)
      : await loadFromStore(inventories, flags, say);
  say(
    `matching ${String(inventories.reduce((n, i) => n + i.components.length, 0))} components against ${String(advisories.index.size)} advisories (${advisories.source})`,
  );
  const result = scanInventories(inventories, advisories.index, vex);

  const colors = colorsFor(process.stdout, flags.color === false || flags.out !== undefined);
  const chunks =
    format === 'table' ? [renderScanTable(result, colors)] : scanFormat(format).render(result);
  if (flags.out === undefined) writeChunks(chunks, (text) => process.stdout.write(text));
  else {
    writeFileAtomic(flags.out, chunks);
    if (flags.quiet !== true)
      process.stderr.write(`wrote ${flags.out} (${format}): ${describe(result)}\n`);
  }
  const failing = result.findings.filter((f) => gates(f, failOn));
  if (failing.length > 0 && flags.quiet !== true)
    process.stderr.write(
      `${String(failing.length)} finding${failing.length === 1 ? '' : 's'} at --fail-on ${failOn}\n`,
    );
  return failing.length > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * What `--fail-on` counts. Severity levels compare the advisory's CVSS severity, and a finding
 * with no valid CVSS vector gates at every severity level (unknown is not low); priority levels
 * compare the priority. A VEX `affected` or `under_investigation` statement annotates, the finding
 * still gates.
 */
function gates(f: VulnerabilityMatch, failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  if (failOn === 'any') return true;
  if (failOn === 'kev') return f.kev !== undefined;
  if (PRIORITY_ORDER.includes(failOn))
    return PRIORITY_ORDER.indexOf(f.priority.level) >= PRIORITY_ORDER.indexOf(failOn);
  if (f.cvss === undefined) return true;
  return SEVERITY_ORDER.indexOf(f.cvss.severity) >= SEVERITY_ORDER.indexOf(failOn);
}

function inferFormat(out: string | undefined): string {
  if (out === undefined) return 'table';
  const name = out.toLowerCase();
  if (name.endsWith('.sarif') || name.endsWith('.sarif.json')) return 'sarif';
  if (name.endsWith('.cdx.json') || name.endsWith('.vdr.json')) return 'cyclonedx';
  if (name.endsWith('.openvex.json')) return 'openvex';
  if (name.endsWith('.json')) return 'json';
  return 'table';
}

function parseFailOn(value: string | undefined): FailOn {
  if (value === undefined) return 'none';
  if (!(FAIL_ON as readonly string[]).includes(value))
    throw new ExitError(
      EXIT.badInput,
      `invalid --fail-on "${value}"; use one of: ${FAIL_ON.join(', ')}`,
    );
  return value as FailOn;
}

function list(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).map(String);
}

function describe(result: ScanResult): string {
  const s = result.summary;
  return `${String(s.findings)} findings, ${String(s.notAssessed)} not assessed, ${String(s.undecided)} undecided, ${String(s.suppressed)} suppressed`;
}

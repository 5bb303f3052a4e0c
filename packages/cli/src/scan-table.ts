import type { ScanResult, VulnerabilityMatch } from '@medrisk/core/scan';
import type { Colors } from './output.js';

/** How many entries of each not-assessed / undecided reason the terminal lists before summarising. */
const EXAMPLES = 5;

/**
 * The default `scan` output: findings first (known-exploited on top), then everything that was
 * not assessed or not decided, with reasons — so a short list never reads as a clean bill.
 */
export function renderScanTable(result: ScanResult, c: Colors): string {
  const s = result.summary;
  const lines: string[] = [];
  lines.push(
    c.bold(
      `${String(s.findings)} finding${s.findings === 1 ? '' : 's'} (${String(s.vulnerabilities)} ${s.vulnerabilities === 1 ? 'vulnerability' : 'vulnerabilities'}, ${String(s.kev)} known exploited) in ${String(s.components)} component${s.components === 1 ? '' : 's'} of ${String(result.inventories.length)} SBOM${result.inventories.length === 1 ? '' : 's'}`,
    ),
  );
  lines.push(
    `${String(s.assessed)} assessed · ${paintIf(s.notAssessed, c.yellow)(`${String(s.notAssessed)} not assessed`)} · ${paintIf(s.undecided, c.yellow)(`${String(s.undecided)} undecided`)} · ${String(s.suppressed)} suppressed by VEX · ${String(s.advisories)} advisories`,
  );
  lines.push('');
  const rows = [...result.findings].sort(
    (a, b) =>
      PRIORITY.indexOf(b.priority.level) - PRIORITY.indexOf(a.priority.level) ||
      b.priority.score - a.priority.score ||
      (a.vulnerability.id < b.vulnerability.id ? -1 : 1),
  );
  if (rows.length > 0)
    lines.push(
      c.dim(
        `${'PRIORITY'.padEnd(13)} ${'CVSS'.padEnd(11)} KEV ${'EPSS'.padStart(6)}  ${'VULNERABILITY'.padEnd(20)} COMPONENT → FIXED IN`,
      ),
    );
  for (const f of rows) lines.push(row(f, c));
  if (rows.length === 0)
    lines.push(c.green('No known vulnerabilities in the assessed components.'));
  section(
    lines,
    'Not assessed (never counted as clean)',
    result.notAssessed.map((n) => ({
      reason: n.reason,
      text: `${n.component.name}${n.component.version === undefined ? '' : ` ${n.component.version}`} (${n.component.file}): ${n.detail}`,
    })),
    c,
  );
  section(
    lines,
    'Undecided advisories (check by hand)',
    result.undecided.map((u) => ({
      reason: u.reason,
      text: `${u.advisory} × ${u.component.name}${u.component.version === undefined ? '' : ` ${u.component.version}`}: ${u.detail}`,
    })),
    c,
  );
  if (result.suppressed.length > 0) {
    lines.push('', c.bold('Suppressed by VEX'));
    for (const x of result.suppressed)
      lines.push(
        `  ${x.match.vulnerability.id} × ${label(x.match)}: ${x.vex.status}${x.vex.justification === undefined ? '' : ` (${x.vex.justification})`} — ${x.vex.source.file}`,
      );
  }
  const gaps = result.quality.reduce(
    (n, q) => n + q.gaps.reduce((m, g) => m + g.missing.length, 0),
    0,
  );
  lines.push(
    '',
    c.dim(
      `SBOM quality: ${String(gaps)} gaps against NTIA, CISA 2025 and FDA elements; details in --format json (quality).`,
    ),
  );
  return `${lines.join('\n')}\n`;
}

const PRIORITY = ['defer', 'scheduled', 'out-of-cycle', 'immediate'];

function row(f: VulnerabilityMatch, c: Colors): string {
  const paint =
    f.priority.level === 'immediate'
      ? (t: string) => c.bold(c.red(t))
      : f.priority.level === 'out-of-cycle'
        ? c.red
        : f.priority.level === 'scheduled'
          ? c.yellow
          : c.dim;
  const level = paint(f.priority.level.padEnd(13));
  const cvss = (
    f.cvss === undefined ? '—' : `${f.cvss.score.toFixed(1)} ${f.cvss.severity}`
  ).padEnd(11);
  const kev = f.kev === undefined ? '   ' : c.red('KEV');
  const epss = f.epss === undefined ? '     —' : `${(f.epss.epss * 100).toFixed(1).padStart(5)}%`;
  const fixed =
    f.fixedIn.length > 0 ? c.green(` → ${f.fixedIn.join(', ')}`) : c.dim(' (no fix listed)');
  const confidence = f.confidence === 'exact' ? '' : c.yellow(` [${f.confidence}]`);
  const vex = f.vex === undefined ? '' : c.cyan(` (VEX: ${f.vex.status})`);
  return `${level} ${cvss} ${kev} ${epss}  ${f.vulnerability.id.padEnd(20)} ${label(f)}${fixed}${confidence}${vex}`;
}

function label(f: VulnerabilityMatch): string {
  return `${f.component.name}${f.component.version === undefined ? '' : `@${f.component.version}`}`;
}

function section(
  lines: string[],
  title: string,
  entries: readonly { reason: string; text: string }[],
  c: Colors,
): void {
  if (entries.length === 0) return;
  lines.push('', c.bold(`${title}: ${String(entries.length)}`));
  const reasons = [...new Set(entries.map((e) => e.reason))].sort();
  for (const reason of reasons) {
    const of = entries.filter((e) => e.reason === reason);
    lines.push(`  ${c.yellow(reason)} (${String(of.length)})`);
    for (const e of of.slice(0, EXAMPLES)) lines.push(`    ${e.text}`);
    if (of.length > EXAMPLES)
      lines.push(
        c.dim(`    … ${String(of.length - EXAMPLES)} more (all are listed in --format json)`),
      );
  }
}

function paintIf(n: number, paint: (s: string) => string): (s: string) => string {
  return n > 0 ? paint : (s) => s;
}

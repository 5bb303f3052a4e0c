import type { Issue } from '../../../common/issue.js';
import type { ParseResult } from '../../../common/result.js';
import { parseCvss } from '../../cvss/index.js';
import type { CvssVector, CvssVersionId } from '../../cvss/index.js';
import type { SsvcSelection } from '../types.js';

/** Per version: metric → [value that allows automation, all allowed values]. */
const AUTOMATION_METRICS: Readonly<
  Record<CvssVersionId, readonly (readonly [string, string, readonly string[]])[]>
> = {
  '2.0': [
    ['AV', 'N', ['L', 'A', 'N']],
    ['AC', 'L', ['H', 'M', 'L']],
    ['Au', 'N', ['M', 'S', 'N']],
  ],
  '3.0': [
    ['AV', 'N', ['N', 'A', 'L', 'P']],
    ['AC', 'L', ['L', 'H']],
    ['PR', 'N', ['N', 'L', 'H']],
    ['UI', 'N', ['N', 'R']],
  ],
  '3.1': [
    ['AV', 'N', ['N', 'A', 'L', 'P']],
    ['AC', 'L', ['L', 'H']],
    ['PR', 'N', ['N', 'L', 'H']],
    ['UI', 'N', ['N', 'R']],
  ],
  '4.0': [
    ['AV', 'N', ['N', 'A', 'L', 'P']],
    ['AC', 'L', ['L', 'H']],
    ['AT', 'N', ['N', 'P']],
    ['PR', 'N', ['N', 'L', 'H']],
    ['UI', 'N', ['N', 'P', 'A']],
  ],
};

/** Why a metric value stops automation of kill-chain steps 1–4. */
const BLOCKERS: Readonly<Record<string, string>> = {
  AV: 'delivery needs adjacent, local or physical access',
  AC: 'success depends on conditions the attacker does not control',
  AT: 'success depends on deployment or execution conditions',
  PR: 'the attacker needs privileges first',
  Au: 'the attacker must authenticate first',
  UI: 'a person must act for the exploit to work',
};

/**
 * SSVC Automatable 2.0.0 from a CVSS vector. A CVSS v4.0 supplemental `AU:Y`/`AU:N` states it
 * directly (same question, CVSS v4.0 §4 Automatable) and wins. Otherwise `yes` exactly when the
 * base metrics leave no human step: AV:N, AC:L, PR:N, UI:N (and AT:N in v4.0; Au:N in v2) — a
 * network attacker with no credentials, no victim action and no special conditions can script
 * reconnaissance, weaponization, delivery and exploitation (SSVC: kill-chain steps 1–4; RCE and
 * command injection are the expected "yes" cases). A heuristic: a wormable flaw on an adjacent
 * network is automatable too, so the reason says which metric decided.
 */
export function deriveAutomatable(vector: string): ParseResult<SsvcSelection> {
  const read = parseCvss(vector);
  if (!read.ok) return read;
  const cvss = read.value;
  const au = cvss.version === '4.0' ? cvss.metrics.AU : undefined;
  if (au === 'Y' || au === 'N')
    return derived(
      au === 'Y' ? 'yes' : 'no',
      `the vector states Automatable AU:${au} (CVSS v4.0 supplemental metric)`,
    );
  const issues: Issue[] = [];
  const blockers: string[] = [];
  const open: string[] = [];
  for (const [metric, automatable, allowed] of AUTOMATION_METRICS[cvss.version]) {
    const got = metricValue(cvss, vector, metric, allowed);
    if ('issue' in got) issues.push(got.issue);
    else if (got.value === automatable) open.push(`${metric}:${got.value}`);
    else blockers.push(`${metric}:${got.value} (${BLOCKERS[metric] ?? 'not automatable'})`);
  }
  if (issues.length > 0) return { ok: false, issues };
  return blockers.length === 0
    ? derived(
        'yes',
        `CVSS ${cvss.version} ${open.join(', ')}: no human step between reconnaissance and exploitation (heuristic; confirm for the flaw)`,
      )
    : derived(
        'no',
        `CVSS ${cvss.version} ${blockers.join('; ')} (heuristic; a wormable flaw is automatable regardless)`,
      );
}

/** Per version: the confidentiality and integrity metrics, the "total" value and allowed values. */
const IMPACT_METRICS: Readonly<
  Record<CvssVersionId, readonly [string, string, string, readonly string[]]>
> = {
  '2.0': ['C', 'I', 'C', ['N', 'P', 'C']],
  '3.0': ['C', 'I', 'H', ['N', 'L', 'H']],
  '3.1': ['C', 'I', 'H', ['N', 'L', 'H']],
  '4.0': ['VC', 'VI', 'H', ['N', 'L', 'H']],
};

/**
 * SSVC Technical Impact 1.0.0 from a CVSS vector: `total` when confidentiality *and* integrity
 * impact are at their highest (C:H/I:H; VC:H/VI:H in v4.0; C:C/I:C in v2) — total disclosure plus
 * control over the data, the mark of code execution; otherwise `partial`. CVSS "High" also covers
 * "some restricted information with a serious impact", so H alone is not SSVC's "total
 * disclosure of all information"; availability never gives control.
 */
export function deriveTechnicalImpact(vector: string): ParseResult<SsvcSelection> {
  const read = parseCvss(vector);
  if (!read.ok) return read;
  const cvss = read.value;
  const [c, i, total, allowed] = IMPACT_METRICS[cvss.version];
  const conf = metricValue(cvss, vector, c, allowed);
  const integ = metricValue(cvss, vector, i, allowed);
  const issues = [conf, integ].flatMap((m) => ('issue' in m ? [m.issue] : []));
  if ('issue' in conf || 'issue' in integ) return { ok: false, issues };
  const pair = `${c}:${conf.value}, ${i}:${integ.value}`;
  return conf.value === total && integ.value === total
    ? derived('total', `CVSS ${cvss.version} ${pair}: total loss of confidentiality and integrity`)
    : derived('partial', `CVSS ${cvss.version} ${pair}: not both at the highest level`);
}

/**
 * The value of a base metric. `parseCvss` has validated the vector, so a value outside `allowed`
 * or a missing base metric would be a parser change; it is reported, never guessed.
 */
function metricValue(
  cvss: CvssVector,
  vector: string,
  metric: string,
  allowed: readonly string[],
): { value: string } | { issue: Issue } {
  const value = cvss.metrics[metric];
  if (value !== undefined && allowed.includes(value)) return { value };
  return {
    issue: {
      code: value === undefined ? 'missing-field' : 'invalid-value',
      severity: 'error',
      path: ['vector'],
      message:
        value === undefined
          ? `CVSS ${cvss.version} vector "${vector}" has no ${metric} metric`
          : `${metric}:${value} in "${vector}" is not one of ${allowed.join(', ')}`,
    },
  };
}

function derived(value: string, reason: string): ParseResult<SsvcSelection> {
  return { ok: true, value: { value, source: 'derived', reason }, issues: [] };
}

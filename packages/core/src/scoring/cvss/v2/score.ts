import { CoreError } from '../../../common/errors.js';
import { checkedScore } from '../severity.js';
import type { CvssScores, CvssVector } from '../types.js';
import {
  add,
  decimal,
  isZero,
  min,
  mul,
  roundTo1,
  sub,
  toNumber,
  type Decimal,
} from './decimal.js';

// Weights from the CVSS v2.0 guide, section 3.2 (equations and metric values). "ND" weighs 1.0
// everywhere except Collateral Damage Potential, where it weighs 0.
const WEIGHTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  AV: { L: '0.395', A: '0.646', N: '1.0' },
  AC: { H: '0.35', M: '0.61', L: '0.71' },
  Au: { M: '0.45', S: '0.56', N: '0.704' },
  C: { N: '0.0', P: '0.275', C: '0.660' },
  I: { N: '0.0', P: '0.275', C: '0.660' },
  A: { N: '0.0', P: '0.275', C: '0.660' },
  E: { U: '0.85', POC: '0.9', F: '0.95', H: '1.00', ND: '1.00' },
  RL: { OF: '0.87', TF: '0.90', W: '0.95', U: '1.00', ND: '1.00' },
  RC: { UC: '0.90', UR: '0.95', C: '1.00', ND: '1.00' },
  CDP: { N: '0', L: '0.1', LM: '0.3', MH: '0.4', H: '0.5', ND: '0' },
  TD: { N: '0', L: '0.25', M: '0.75', H: '1.0', ND: '1.0' },
  CR: { L: '0.5', M: '1.0', H: '1.51', ND: '1.0' },
  IR: { L: '0.5', M: '1.0', H: '1.51', ND: '1.0' },
  AR: { L: '0.5', M: '1.0', H: '1.51', ND: '1.0' },
};

const ONE = decimal('1');
const TEN = decimal('10');

function weight(vector: CvssVector, metric: string): Decimal {
  const value = vector.metrics[metric] ?? 'ND';
  const text = WEIGHTS[metric]?.[value];
  if (text === undefined) throw new CoreError(`no CVSS v2 weight for ${metric}:${value}`);
  return decimal(text);
}

/** ((0.6 × Impact) + (0.4 × Exploitability) − 1.5) × f(Impact), rounded to one decimal. */
function baseEquation(vector: CvssVector, impact: Decimal): Decimal {
  const exploitability = mul(
    decimal('20'),
    weight(vector, 'AV'),
    weight(vector, 'AC'),
    weight(vector, 'Au'),
  );
  const f = isZero(impact) ? decimal('0') : decimal('1.176');
  const sum = sub(
    add(mul(decimal('0.6'), impact), mul(decimal('0.4'), exploitability)),
    decimal('1.5'),
  );
  return roundTo1(mul(sum, f));
}

function temporalEquation(vector: CvssVector, base: Decimal): Decimal {
  return roundTo1(mul(base, weight(vector, 'E'), weight(vector, 'RL'), weight(vector, 'RC')));
}

/** 10.41 × (1 − (1 − C × CR) × (1 − I × IR) × (1 − A × AR)), capped at 10 when requirements apply. */
function impactEquation(vector: CvssVector, withRequirements: boolean): Decimal {
  const loss = (metric: string, requirement: string): Decimal =>
    sub(
      ONE,
      withRequirements
        ? mul(weight(vector, metric), weight(vector, requirement))
        : weight(vector, metric),
    );
  const impact = mul(
    decimal('10.41'),
    sub(ONE, mul(loss('C', 'CR'), loss('I', 'IR'), loss('A', 'AR'))),
  );
  return withRequirements ? min(TEN, impact) : impact;
}

/**
 * The three CVSS v2.0 equations (guide §3.2.1–3.2.3), in exact decimal arithmetic. The temporal and
 * environmental equations are evaluated even when their metrics are all Not Defined.
 */
export function scoreV2(vector: CvssVector): CvssScores {
  const base = baseEquation(vector, impactEquation(vector, false));
  const temporal = temporalEquation(vector, base);
  // AdjustedTemporal: the temporal equation over the base equation with AdjustedImpact.
  const adjustedTemporal = temporalEquation(
    vector,
    baseEquation(vector, impactEquation(vector, true)),
  );
  const environmental = roundTo1(
    mul(
      add(adjustedTemporal, mul(sub(TEN, adjustedTemporal), weight(vector, 'CDP'))),
      weight(vector, 'TD'),
    ),
  );
  return {
    base: checkedScore(toNumber(base)),
    temporal: checkedScore(toNumber(temporal)),
    environmental: checkedScore(toNumber(environmental)),
  };
}

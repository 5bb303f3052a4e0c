import type { Advisory, EpssScore, KevEntry } from '../../../advisories/types.js';
import type { ClinicalFunction } from '../../../model/types.js';
import {
  deriveAutomatable,
  deriveExploitation,
  deriveMissionImpact,
  deriveSafetyImpact,
  deriveSystemExposure,
  evaluateSsvc,
  ssvcTable,
  type ClinicalRole,
  type SsvcSelection,
} from '../../../scoring/ssvc/index.js';
import type { DeployerDecision } from '../../../findings/priority.js';
import type { DeviceFacts } from './device-facts.js';

export interface VulnerabilityEvidence {
  readonly vector?: string;
  readonly kev?: KevEntry;
  readonly epss?: EpssScore;
  readonly references: Advisory['references'];
}

const EXPLOIT_URL = /exploit-db\.com|metasploit|packetstormsecurity|\/exploits?\//i;

/**
 * SSVC Deployer Patch Application Priority 1.0.0 with every input derived from the model and the
 * advisory data: exploitation (KEV, exploit references; EPSS only as a note), system exposure
 * (deployment), automatable (CVSS vector), and human impact from safety impact (the worst clinical
 * function the component can corrupt or stop) and mission impact (the function's clinical role;
 * when the model gives none, assumed from its severity — said in the reason).
 */
export function deployerDecision(
  evidence: VulnerabilityEvidence,
  facts: DeviceFacts,
  functionOf: (id: string) => ClinicalFunction | undefined,
  /** Set when the vector shows no integrity or availability impact: no clinical function is at stake. */
  confidentialityOnly?: string,
): DeployerDecision {
  const table = ssvcTable('deployer');
  const name = 'SSVC Deployer Patch Application Priority 1.0.0';
  if (table === undefined)
    return { table: name, selections: [], note: 'the deployer table is not loaded' };
  const selections: Record<string, SsvcSelection> = {
    exploitation: deriveExploitation({
      ...(evidence.kev === undefined ? {} : { kev: evidence.kev }),
      ...(evidence.epss === undefined ? {} : { epss: evidence.epss }),
      publicExploit: evidence.references
        .filter((r) => r.type.toUpperCase() === 'EVIDENCE' || EXPLOIT_URL.test(r.url))
        .map((r) => r.url),
    }),
  };
  if (facts.exposure !== undefined)
    selections.systemExposure = deriveSystemExposure({
      internetFacing: facts.exposure.internetFacing,
      hostileNetwork: facts.exposure.hostileNetwork,
      unmanaged: facts.exposure.unmanaged,
      ...(facts.deploymentType === undefined ? {} : { deploymentType: facts.deploymentType }),
      ...(facts.reach === undefined ? {} : { networked: facts.reach.value === 'N' }),
    });
  if (evidence.vector !== undefined) {
    const automatable = deriveAutomatable(evidence.vector);
    if (automatable.ok) selections.automatable = automatable.value;
  }
  const impacts =
    confidentialityOnly === undefined ? [...facts.integrityImpacts, ...facts.lossImpacts] : [];
  const nothing = confidentialityOnly ?? 'the component reaches no clinical function';
  const safety = deriveSafetyImpact(impacts);
  selections.safetyImpact = safety.ok
    ? safety.value
    : {
        value: 'negligible',
        source: 'derived',
        reason: nothing,
      };
  const mission = deriveMissionImpact(
    impacts.map((i) => ({
      functionId: i.functionId,
      role: roleOf(functionOf(i.functionId)),
      multiPatient: i.multiPatient,
    })),
  );
  selections.missionImpact = mission.ok
    ? withAssumption(
        mission.value,
        impacts.map((i) => functionOf(i.functionId)),
      )
    : {
        value: 'degraded',
        source: 'derived',
        reason: nothing,
      };
  const listed = Object.entries(selections).map(([point, s]) => ({
    point,
    value: s.value,
    source: s.source,
    ...(s.reason === undefined ? {} : { reason: s.reason }),
  }));
  const missing = ['systemExposure', 'automatable'].filter((p) => selections[p] === undefined);
  if (missing.length > 0)
    return {
      table: name,
      selections: listed,
      note: `not derivable from the model and advisory: ${missing.join(', ')} (no deployment exposure or no CVSS vector); answer them with medrisk ssvc`,
    };
  const result = evaluateSsvc(table, selections);
  if (!result.ok)
    return {
      table: name,
      selections: listed,
      note: result.issues.map((i) => i.message).join('; '),
    };
  return { table: name, outcome: result.value.outcome.value, selections: listed };
}

/** A function's role in care; without one in the model, from its severity (and said so). */
function roleOf(f: ClinicalFunction | undefined): ClinicalRole {
  if (f?.role !== undefined) return f.role;
  const severity = f?.severity;
  return severity === 'catastrophic' || severity === 'critical'
    ? 'essential'
    : severity === 'serious'
      ? 'supporting'
      : 'non-essential';
}

function withAssumption(
  selection: SsvcSelection,
  functions: readonly (ClinicalFunction | undefined)[],
): SsvcSelection {
  const assumed = functions.some((f) => f !== undefined && f.role === undefined);
  return assumed
    ? {
        ...selection,
        reason: `${selection.reason ?? ''} (clinical role assumed from severity where the model gives none: critical/catastrophic → essential, serious → supporting)`,
      }
    : selection;
}

/**
 * Names of the MITRE ATLAS techniques (AML.T…) and mitigations (AML.M…) the AI rules cite, so the
 * AI view and report can print "AML.T0020 Poison Training Data" rather than a bare id. Ids and names
 * are facts taken from ATLAS 5.6.0 (mitre-atlas/atlas-data, dist/ATLAS.yaml); the conformance suite
 * checks every entry against that file and a unit test that every id a rule cites is listed here.
 * ATLAS renames techniques between versions (T0018 was "Backdoor ML Model"): ids are what to match on.
 */
export const ATLAS_VERSION = '5.6.0';

export const ATLAS_NAMES: Readonly<Record<string, string>> = {
  'AML.T0010': 'AI Supply Chain Compromise',
  'AML.T0010.002': 'AI Supply Chain Compromise: Data',
  'AML.T0010.003': 'AI Supply Chain Compromise: Model',
  'AML.T0011.000': 'User Execution: Unsafe AI Artifacts',
  'AML.T0015': 'Evade AI Model',
  'AML.T0018': 'Manipulate AI Model',
  'AML.T0019': 'Publish Poisoned Datasets',
  'AML.T0020': 'Poison Training Data',
  'AML.T0024': 'Exfiltration via AI Inference API',
  'AML.T0024.000': 'Exfiltration via AI Inference API: Infer Training Data Membership',
  'AML.T0024.001': 'Exfiltration via AI Inference API: Invert AI Model',
  'AML.T0024.002': 'Exfiltration via AI Inference API: Extract AI Model',
  'AML.T0031': 'Erode AI Model Integrity',
  'AML.T0040': 'AI Model Inference API Access',
  'AML.T0043': 'Craft Adversarial Data',
  'AML.T0058': 'Publish Poisoned Models',
  'AML.M0002': 'Passive AI Output Obfuscation',
  'AML.M0003': 'Model Hardening',
  'AML.M0004': 'Restrict Number of AI Model Queries',
  'AML.M0007': 'Sanitize Training Data',
  'AML.M0008': 'Validate AI Model',
  'AML.M0010': 'Input Restoration',
  'AML.M0014': 'Verify AI Artifacts',
  'AML.M0015': 'Adversarial Input Detection',
  'AML.M0023': 'AI Bill of Materials',
  'AML.M0024': 'AI Telemetry Logging',
  'AML.M0025': 'Maintain AI Dataset Provenance',
};

/** `AML.T0020 Poison Training Data`, or the bare id when it is not in the table. */
export function atlasLabel(id: string): string {
  const name = ATLAS_NAMES[id];
  return name === undefined ? id : `${id} ${name}`;
}

/** Techniques (AML.T…), not mitigations (AML.M…). */
export function isAtlasTechnique(id: string): boolean {
  return id.startsWith('AML.T');
}

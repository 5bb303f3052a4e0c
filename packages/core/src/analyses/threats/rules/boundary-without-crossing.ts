import type { ThreatRule } from '../types.js';

export const boundaryWithoutCrossing = {
  id: 'boundary-without-crossing',
  version: 1,
  title: 'Trust boundary that no data flow crosses',
  category: 'completeness',
  stride: [],
  fdaCategory: 'authentication',
  references: {
    fda: [
      'Playbook §2.3.1 (every trust boundary crossed by a documented path)',
      'Premarket V.A.1 (threat model of all system elements)',
    ],
  },
  description:
    'A trust boundary is drawn because something crosses it: data, commands or people. One that nothing crosses means either the parts inside are cut off from the rest of the system (rarely true of a connected device) or the paths across it are missing from the model, and the threats on those undocumented paths are never analysed.',
  detection:
    'A trust boundary with no components inside it (directly or through nested boundaries), or with components inside but no data flow that has exactly one end inside it.',
  falsePositives:
    'The enclosed parts truly have no connection outside (e.g. a sealed module): state it in an assumption that suppresses this finding, naming how that isolation is assured.',
  mitigation:
    'Model every path into and out of the boundary (including service, update and debug paths), or remove a boundary that separates nothing.',
  exploitability: 'moderate',
  harm: 'none',
  appliesTo: 'boundary',
  evaluate(boundary, query) {
    const members = query.boundaryMembers(boundary.id);
    const path = `trustBoundaries.${boundary.id}.members`;
    if (members.length === 0)
      return {
        rationale: `Trust boundary "${boundary.id}" encloses no component, so it separates nothing.`,
        evidence: [{ path, text: 'no members, directly or through nested boundaries' }],
      };
    if (query.flowsCrossing(boundary.id).length > 0) return undefined;
    return {
      rationale: `Trust boundary "${boundary.id}" encloses ${members.map((m) => `"${m}"`).join(', ')}, but no data flow crosses it: either they are isolated, or paths across it are missing from the model.`,
      evidence: [{ path, text: `members: ${members.join(', ')}` }],
    };
  },
} satisfies ThreatRule;

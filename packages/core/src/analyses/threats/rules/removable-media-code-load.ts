import { hasSecurityIntegrity, type ModelQuery } from '../../../model/query/index.js';
import type { DataFlow } from '../../../model/types.js';
import { fact, flowPath, label } from '../helpers.js';
import { accessEvidence, physicalExploitability } from '../support/local-access.js';
import { updateOf } from '../support/software-update.js';
import type { InterfaceSubject, ThreatRule } from '../types.js';

/** Flows that bring code into the component through this card slot. */
function codeFlowsThrough({ component, iface }: InterfaceSubject, query: ModelQuery): DataFlow[] {
  return query
    .flowsTo(component.id)
    .filter((f) => f.targetInterface === iface.id && f.carries.includes('code'));
}

export const removableMediaCodeLoad = {
  id: 'removable-media-code-load',
  version: 1,
  title: 'Code loaded from an SD card without authentication',
  category: 'physical-access',
  stride: ['tampering'],
  fdaCategory: 'code-data-execution-integrity',
  references: {
    cwe: [494, 345],
    capec: [533, 186],
    attackIcs: ['T0847', 'T0857'],
    fda: ['Premarket App. 1 D (only install cryptographically verified software)'],
  },
  description:
    'A memory card is the easiest way to carry code past every network control: a servicer, a courier or anyone near an unattended device can insert one. If the device runs or installs what it finds on the card without checking who made it, one doctored card replaces its software and with it every safety behaviour.',
  detection:
    'An `sd-card` interface that is not disabled or removed, that loads code (purpose `update`, or data flows through it carrying code), on a component that declares no update path (no `update` block, or mechanism `none`), and where no flow through the card has security-grade integrity. When the component declares an update path, its authentication is judged by unauthenticated-update-path, including `mechanism: removable-media`, and is taken to cover every install path.',
  falsePositives:
    "Files on the card are signed and the device verifies them: declare the component's `update` (mechanism `removable-media`, authentication `signature`) or the flow's `integrity` with the signature algorithm. Cards used only to export logs should be declared `purpose: data` with no code flowing in.",
  mitigation:
    'Accept code from removable media only when its signature verifies on the device against a key in immutable storage, together with anti-rollback; otherwise disable the slot in production firmware and seal it.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'interface',
  when: (subject, query) => {
    const { component, iface } = subject;
    return (
      iface.type === 'sd-card' &&
      iface.access !== 'disabled' &&
      iface.access !== 'removed' &&
      updateOf(component) === undefined &&
      (iface.purpose === 'update' || codeFlowsThrough(subject, query).length > 0)
    );
  },
  evaluate(subject, query) {
    const { component, iface } = subject;
    const flows = codeFlowsThrough(subject, query);
    const unverified = flows.filter((f) => !hasSecurityIntegrity(f));
    if (flows.length > 0 && unverified.length === 0) return undefined;
    const loads =
      flows.length === 0 ? 'update images' : unverified.map((f) => `"${f.id}"`).join(', ');
    return {
      rationale: `SD card slot "${iface.id}" on ${label(component)} loads ${loads}, and the model declares no update path that authenticates what is loaded: a doctored card is executed as genuine.`,
      evidence: [
        accessEvidence(component, iface),
        ...unverified.map((f) =>
          fact(flowPath(f, 'integrity'), `${f.integrity?.algorithm ?? 'no'} integrity on code`),
        ),
      ],
      ...physicalExploitability(component, iface, query),
    };
  },
} satisfies ThreatRule;

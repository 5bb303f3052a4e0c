import { lifecycleFacts } from '../../lifecycle/facts.js';
import { fact, notDeclared } from '../helpers.js';
import type { ThreatRule } from '../types.js';

export const deviceEndOfSupportWithoutNotice = {
  id: 'device-end-of-support-without-notice',
  version: 1,
  title: 'Device in limited support or end of support without a customer notice',
  category: 'lifecycle',
  stride: ['tampering', 'elevation-of-privilege'],
  fdaCategory: 'updatability-patchability',
  references: {
    cwe: [1329],
    fda: [
      'Premarket VI.A (labeling: end of support and end of life, and the transfer of risk)',
      'Premarket V.A (risk transfer at end of support)',
      'IMDRF N70 (legacy devices: communication, risk transfer, compensating controls)',
    ],
  },
  description:
    'After its end of life a device gets less support, and after its end of support none: new vulnerabilities stay open while hospitals and patients keep using it. IMDRF N70 asks manufacturers to tell customers in advance, hand over what they need to manage the remaining risk (residual risks, compensating controls, a replacement path), and FDA asks for the end of support and this transfer in the labeling. Without the notice, the risk is transferred silently to people who do not know they hold it.',
  detection:
    "The device's lifecycle stage is limited-support or end-of-support and device.endOfSupportNotice is not declared. The stage is device.lifecycleStage or, when the analysis date shows a later one, the inferred stage: past device.endOfSupport (else marketDate plus serviceLifeYears) is end of support, past device.endOfLife is limited support (a declared stage the dates contradict is named in the evidence). Severity is the worst clinical function of the device.",
  falsePositives:
    'Customers were told: declare device.endOfSupportNotice with its date, channel and the document (risk-transfer package). The device is still fully supported past the computed date: declare device.endOfSupport.',
  mitigation:
    'Send customers an end-of-support notice well before the date (customer letter, security bulletin, updated labeling and MDS2) with the residual risks, the compensating controls they must apply (network segmentation, disabling unused services, monitoring, application allow-listing), the support options that remain and a replacement path; record it as device.endOfSupportNotice.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'model',
  evaluate(query) {
    const { device } = lifecycleFacts(query);
    const notice = query.model.device.endOfSupportNotice;
    const stage = device.effectiveStage;
    if (notice !== undefined || (stage !== 'limited-support' && stage !== 'end-of-support'))
      return undefined;
    return {
      title: `Device in ${stage} without a customer notice`,
      rationale: `The device is in ${stage} (${device.stageConflict ?? device.stageText}), and no end-of-support notice to customers is recorded: they keep using it without knowing that new vulnerabilities will not be fixed, or which compensating controls to apply.`,
      evidence: [
        query.model.device.lifecycleStage === undefined
          ? notDeclared('device.lifecycleStage', device.stageText)
          : fact('device.lifecycleStage', device.stageConflict ?? device.stageText),
        fact(
          device.endOfServicePath,
          `end of service ${device.endOfService ?? 'unknown'} (${device.endOfServiceText})`,
        ),
        notDeclared('device.endOfSupportNotice', 'no customer notice'),
      ],
    };
  },
} satisfies ThreatRule;

import { fact, label, notDeclared } from '../helpers.js';
import { AI_DSF_DRAFT, aiPath, isAiModel } from '../support/ai-model.js';
import type { ThreatRule } from '../types.js';

export const aiPerformanceDrift = {
  id: 'ai-performance-drift',
  version: 1,
  title: 'AI model performance not monitored in the field',
  category: 'ai-ml',
  stride: ['tampering', 'denial-of-service'],
  fdaCategory: 'event-detection-logging',
  references: {
    atlas: ['AML.T0031', 'AML.M0008', 'AML.M0024'],
    fda: [`${AI_DSF_DRAFT} (performance drift)`],
  },
  description:
    'A model validated before release degrades when the world changes under it (new scanners, new patient populations, sensor firmware) or when an attacker erodes it slowly with crafted inputs. Without monitoring of real-world performance, wrong diagnoses accumulate before anybody notices.',
  detection:
    'An AI model (kind `ai-model` or a component with an `ai` block) whose `ai.performanceMonitoring` is not true.',
  falsePositives:
    'Field performance is monitored against a baseline with alert thresholds: declare `performanceMonitoring: true`.',
  mitigation:
    'Define a performance baseline and drift metrics, monitor input distributions and outcomes in the field at a set frequency, alert when thresholds are crossed, and have a rollback to the last validated model and a process to report and correct.',
  exploitability: 'moderate',
  harm: 'patient',
  appliesTo: 'component',
  when: (component) => isAiModel(component),
  evaluate(component) {
    const monitoring = component.ai?.performanceMonitoring;
    if (monitoring === true) return undefined;
    const path = aiPath(component, 'performanceMonitoring');
    return {
      rationale: `AI model ${label(component)} ${monitoring === false ? 'has no' : 'declares no'} monitoring of its field performance; drift or slow deliberate erosion would go unnoticed while it keeps producing outputs.`,
      evidence: [
        monitoring === undefined
          ? notDeclared(path, 'absent')
          : fact(path, 'performanceMonitoring: false'),
      ],
      ...(component.ai?.learning === 'adaptive'
        ? {
            exploitability: {
              level: 'high' as const,
              reason:
                'the model changes itself in the field, so its validated performance can move after every update',
            },
          }
        : {}),
    };
  },
} satisfies ThreatRule;

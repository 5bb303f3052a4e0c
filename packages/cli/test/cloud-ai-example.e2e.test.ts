import { describe, expect, it } from 'vitest';
import { medrisk } from './run-cli.js';

const MODEL = 'examples/ai-imaging-cloud/medrisk.yaml';

interface Report {
  readonly issues: readonly { readonly severity: string }[];
  readonly findings: readonly { readonly id: string }[];
  readonly views: {
    readonly cloud?: {
      readonly functions: readonly {
        readonly id: string;
        readonly offline: { readonly mode: string };
        readonly checks: readonly {
          readonly check: string;
          readonly verdict: string;
          readonly allowed?: { readonly text: string };
        }[];
      }[];
      readonly dependencies: readonly {
        readonly id: string;
        readonly availabilityPercent?: number;
      }[];
    };
    readonly ai?: {
      readonly models: readonly {
        readonly id: string;
        readonly digest: { readonly status: string };
        readonly mlbom?: { readonly status: string };
        readonly atlas: readonly { readonly id: string }[];
      }[];
    };
  };
}

/** The example that exercises the cloud and AI/ML analyses end to end, through the built binary. */
describe('examples/ai-imaging-cloud', () => {
  it('analyses cleanly, with cloud tolerance verdicts and the model checked against its ML-BOM', () => {
    const run = medrisk(['analyze', MODEL, '--format', 'json']);

    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const triage = report.views.cloud?.functions.find((f) => f.id === 'ich-triage');
    expect(triage?.offline.mode).toBe('stops');
    expect(triage?.checks.map((c) => [c.check, c.verdict, c.allowed?.text])).toEqual([
      ['availability', 'not-met', '1h 27m 36s'],
      ['recovery', 'not-met', '4h'],
      ['recovery', 'met', '30m'],
      ['data-loss', 'met', '5m'],
    ]);
    expect(
      report.views.cloud?.dependencies.find((d) => d.id === 'results-db')?.availabilityPercent,
    ).toBe(99.99999);
    const model = report.views.ai?.models.find((m) => m.id === 'ich-model');
    expect([model?.digest.status, model?.mlbom?.status]).toEqual(['match', 'found']);
    expect(model?.atlas.map((t) => t.id)).toContain('AML.T0020');
    expect(report.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'cloud-availability-below-tolerance@ich-triage',
        'cloud-rto-exceeds-tolerance@inference-service/ich-triage',
        'cloud-single-region@ich-triage',
        'cloud-breach-notification-too-slow@idp',
        'ai-evasion@ich-model',
      ]),
    );
  });

  it.each(['markdown', 'html'])('shows both analyses in the %s report', (format) => {
    const run = medrisk(['analyze', MODEL, '--format', format]);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Cloud dependencies, SLAs and clinical tolerance');
    expect(run.stdout).toContain('Clinical functions that depend on the cloud');
    expect(run.stdout).toContain('AI/ML integrity');
  });
});

import { formatIssue, type DeviceModel, type InputDigest } from '@medrisk/core';
import { digestInputs, readModelFile } from '@medrisk/core/node';
import { EXIT } from './exit-codes.js';
import { ExitError } from './errors.js';

export interface LoadedModel {
  readonly model: DeviceModel;
  readonly inputs: readonly InputDigest[];
  /** Formatted warnings (the run goes on). */
  readonly warnings: readonly string[];
}

/** Reads and validates a model; every problem is reported at once and the command exits 2. */
export function loadModelOrExit(path: string, maxBytes?: number): LoadedModel {
  const { result, inputs } = readModelFile(path, maxBytes === undefined ? {} : { maxBytes });
  const warnings = result.issues.filter((i) => i.severity === 'warning').map(formatIssue);
  if (!result.ok) {
    const errors = result.issues.filter((i) => i.severity === 'error');
    const count = errors.length === 1 ? '1 problem' : `${String(errors.length)} problems`;
    throw new ExitError(EXIT.badInput, `invalid model ${path}: ${count}`, [
      ...errors.map(formatIssue),
      ...warnings,
    ]);
  }
  return { model: result.value, inputs: digestInputs(inputs), warnings };
}

import { describe, expect, it } from 'vitest';
import { aComponent, aModel } from '../../../test/builders.js';
import { lifecycleContextFor, UBUNTU } from './__fixtures__/lifecycle-data.js';
import { lifecycleStatus } from './analyzer-status.js';

const withOs = (name: string, version: string) =>
  aModel({
    device: { marketDate: '2022-01-01', serviceLifeYears: 10 },
    components: [aComponent('gw', { os: { name, version } })],
  });

describe('lifecycle analyzer status', () => {
  it('is absent when there is nothing to judge', () => {
    expect(
      lifecycleStatus(lifecycleContextFor(aModel({ components: [aComponent('fw')] }))),
    ).toEqual([]);
  });

  it('is ok with a date, EOL data and everything assessed, and says what it used', () => {
    const [status] = lifecycleStatus(
      lifecycleContextFor(withOs('Ubuntu', '22.04'), { asOf: '2026-11-26', eol: [UBUNTU] }),
    );
    expect(status).toEqual({
      analyzer: 'lifecycle',
      version: 1,
      state: 'ok',
      messages: ['support judged as of 2026-11-26', 'EOL data: 1 products (test data)'],
    });
  });

  it('is partial without an analysis date, or with software left unassessed', () => {
    const [noDate] = lifecycleStatus(
      lifecycleContextFor(withOs('Ubuntu', '22.04'), { eol: [UBUNTU] }),
    );
    expect(noDate?.state).toBe('partial');
    expect(noDate?.messages[0]).toMatch(/^no analysis date/);
    const [unassessed] = lifecycleStatus(
      lifecycleContextFor(withOs('QNX', '7.1'), { asOf: '2026-11-26' }),
    );
    expect(unassessed?.state).toBe('partial');
    expect(unassessed?.messages).toEqual([
      'support judged as of 2026-11-26',
      expect.stringMatching(/^no EOL data \(pass --eol/) as string,
      '1 software items not assessed (listed in views.lifecycle.notAssessed)',
    ]);
  });

  it('does not use an analysis date that is not a calendar date, and says so', () => {
    const [status] = lifecycleStatus(
      lifecycleContextFor(withOs('Ubuntu', '22.04'), { asOf: '2026-02-30', eol: [UBUNTU] }),
    );
    expect(status?.state).toBe('partial');
    expect(status?.messages[0]).toBe(
      'analysis date "2026-02-30" is not a YYYY-MM-DD date; not used',
    );
  });
});

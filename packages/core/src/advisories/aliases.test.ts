import { describe, expect, it } from 'vitest';
import { groupAdvisories } from './aliases.js';
import type { Advisory } from './types.js';

const advisory = (id: string, aliases: string[] = [], related: string[] = []): Advisory => ({
  id,
  aliases,
  related,
  severity: [],
  affected: [],
  references: [],
  cwes: [],
  source: { kind: 'osv' },
});

const summary = (list: readonly Advisory[]) =>
  groupAdvisories(list).map((g) => ({ id: g.id, members: g.advisories.map((a) => a.id) }));

describe('groupAdvisories', () => {
  it.each([
    {
      name: 'GHSA and PYSEC aliasing one CVE, and the NVD record of it, are one group named by the CVE',
      input: [
        advisory('GHSA-aaaa', ['CVE-2024-1']),
        advisory('PYSEC-2024-9', ['CVE-2024-1', 'GHSA-aaaa']),
        advisory('CVE-2024-1'),
      ],
      expected: [{ id: 'CVE-2024-1', members: ['CVE-2024-1', 'GHSA-aaaa', 'PYSEC-2024-9'] }],
    },
    {
      name: 'grouping is transitive through an id no advisory has',
      input: [advisory('GHSA-b', ['OSV-1']), advisory('GO-2024-1', ['OSV-1'])],
      expected: [{ id: 'GHSA-b', members: ['GHSA-b', 'GO-2024-1'] }],
    },
    {
      name: 'two CVEs in one group: the smallest id names it',
      input: [advisory('RHSA-2024:1', ['CVE-2024-2', 'CVE-2024-1'])],
      expected: [{ id: 'CVE-2024-1', members: ['RHSA-2024:1'] }],
    },
    {
      name: 'related ids do not merge vulnerabilities',
      input: [
        advisory('ICSA-20-168-01/CVE-2020-1', ['CVE-2020-1'], ['ICSA-20-168-01']),
        advisory('ICSA-20-168-01/CVE-2020-2', ['CVE-2020-2'], ['ICSA-20-168-01']),
      ],
      expected: [
        { id: 'CVE-2020-1', members: ['ICSA-20-168-01/CVE-2020-1'] },
        { id: 'CVE-2020-2', members: ['ICSA-20-168-01/CVE-2020-2'] },
      ],
    },
    {
      name: 'the same id from two files is one group',
      input: [advisory('GHSA-c'), advisory('GHSA-c')],
      expected: [{ id: 'GHSA-c', members: ['GHSA-c', 'GHSA-c'] }],
    },
  ])('$name', ({ input, expected }) => {
    expect(summary(input)).toEqual(expected);
  });

  it('does not depend on input order', () => {
    const list = [
      advisory('Z-1', ['CVE-2024-7']),
      advisory('A-1', ['Z-1']),
      advisory('M-1'),
      advisory('B-1', ['M-1']),
    ];
    expect(groupAdvisories([...list].reverse())).toEqual(groupAdvisories(list));
  });

  it('lists every id and alias of a group, sorted', () => {
    const [group] = groupAdvisories([advisory('GHSA-d', ['CVE-2023-5', 'PYSEC-1'])]);
    expect(group?.ids).toEqual(['CVE-2023-5', 'GHSA-d', 'PYSEC-1']);
  });
});

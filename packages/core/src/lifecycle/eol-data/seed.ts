import type { EolProduct, EolRelease } from './types.js';

/**
 * Operating-system cycles medrisk knows without any EOL data loaded, so a model naming Windows XP
 * or a 4.9 kernel is flagged even on a machine with no imported data. Only cycles whose support had
 * ended when the list was written, copied from endoflife.date (products/*.md at commit a70eca3,
 * which cites Microsoft's lifecycle pages and kernel.org); the conformance test checks every entry
 * against ../shared/data/eol. Loaded EOL data always takes precedence over this list.
 */
const SOURCE = {
  file: 'built-in seed (endoflife.date a70eca3)',
  format: 'endoflife-product',
} as const;

const ms = (cycle: string, label: string, eol: string, extendedSupport?: string): EolRelease => ({
  cycle,
  label,
  eol,
  ...(extendedSupport === undefined ? {} : { extendedSupport }),
  link: 'https://learn.microsoft.com/lifecycle/',
});

export const SEED_EOL_PRODUCTS: readonly EolProduct[] = [
  {
    product: 'linux-kernel',
    title: 'Linux Kernel',
    category: 'os',
    aliases: ['linux', 'linuxkernel'],
    identifiers: { purls: [], cpes: ['cpe:2.3:o:linux:linux_kernel'] },
    releases: [
      {
        cycle: '4.19',
        lts: true,
        eol: '2024-12-05',
        link: 'https://www.kernel.org/category/releases.html',
      },
      {
        cycle: '4.14',
        lts: true,
        eol: '2024-01-10',
        link: 'https://www.kernel.org/category/releases.html',
      },
      {
        cycle: '4.9',
        lts: true,
        eol: '2023-01-07',
        link: 'https://www.kernel.org/category/releases.html',
      },
    ],
    sources: [SOURCE],
  },
  {
    product: 'windows',
    title: 'Microsoft Windows',
    category: 'os',
    aliases: [],
    identifiers: { purls: [], cpes: ['cpe:2.3:o:microsoft:windows'] },
    releases: [
      ms('8.1', '8.1', '2023-01-10'),
      ms('8', '8', '2016-01-12'),
      ms('7-sp1', '7 SP1', '2020-01-14'),
      ms('6-sp2', 'Vista SP2', '2017-04-11'),
      ms('5-sp3', 'XP SP3', '2014-04-08'),
    ],
    sources: [SOURCE],
  },
  {
    product: 'windows-embedded',
    title: 'Microsoft Windows Embedded',
    category: 'os',
    aliases: ['windowsembedded'],
    identifiers: { purls: [], cpes: [] },
    releases: [
      ms('8.1-industry', '8.1 Industry', '2023-07-11'),
      ms('8.1-pro', '8.1 Pro', '2023-01-10'),
      ms('compact-2013', 'Compact 2013', '2023-10-10'),
      ms('posready-7', 'POSReady 7', '2021-10-12'),
      ms('compact-7', 'Compact 7', '2021-04-13'),
      ms('standard-7-sp1', 'Standard 7 SP1', '2020-10-13'),
    ],
    sources: [SOURCE],
  },
  {
    product: 'windows-server',
    title: 'Microsoft Windows Server',
    category: 'os',
    aliases: ['windowsserver'],
    identifiers: { purls: [], cpes: [] },
    releases: [
      ms('2012-r2', 'Windows Server 2012 R2', '2023-10-10', '2026-10-13'),
      ms('2012', '2012', '2023-10-10', '2026-10-13'),
      ms('2008-r2-sp1', 'Windows Server 2008 R2 SP1', '2020-01-14', '2023-01-10'),
      ms('2008-sp2', 'Windows Server 2008 SP2', '2020-01-14', '2023-01-10'),
      ms('2003-sp2', 'Windows Server 2003 SP2', '2015-07-14'),
    ],
    sources: [SOURCE],
  },
];

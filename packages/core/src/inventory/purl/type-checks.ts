import type { Purl, TypeProblem } from './types.js';

/** Chrome extension ids are 32 letters a–p; versions are one to four dot-separated integers. */
export function checkChromeExtension(purl: Purl): readonly TypeProblem[] {
  const problems: TypeProblem[] = [];
  if (!/^[a-p]{32}$/.test(purl.name)) {
    problems.push({ component: 'name', message: 'a Chrome extension id is 32 letters a–p' });
  }
  if (purl.version !== undefined && !/^\d+(\.\d+){0,3}$/.test(purl.version)) {
    problems.push({
      component: 'version',
      message: 'a Chrome extension version is one to four dot-separated integers',
    });
  }
  return problems;
}

/** The name is the CPAN distribution (`URI-PackageURL`), never a module name (`URI::PackageURL`). */
export function checkCpan(purl: Purl): readonly TypeProblem[] {
  return purl.name.includes('::')
    ? [
        {
          component: 'name',
          message: `"${purl.name}" is a Perl module name; a cpan purl names the distribution (with "-")`,
        },
      ]
    : [];
}

/** Databricks MLflow registries are case-insensitive (lowercased); Azure ML keeps case. */
export function normalizeMlflow(purl: Purl): Purl {
  const repository = purl.qualifiers.repository_url ?? '';
  const host = repository.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/:?#]/)[0] ?? '';
  return /(?:^|\.)(?:azure)?databricks\.(?:net|com)$/i.test(host)
    ? { ...purl, name: purl.name.toLowerCase() }
    : purl;
}

/** Pub names are `[a-z0-9_]`; anything else becomes `_` (type definition normalization rule). */
export function normalizePub(purl: Purl): Purl {
  return { ...purl, name: purl.name.replace(/[^a-z0-9_]/g, '_') };
}

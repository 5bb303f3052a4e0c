import { UnknownNameError } from '../common/errors.js';
import { alpine } from './alpine/index.js';
import { cran } from './cran/index.js';
import { cratesIo } from './crates-io/index.js';
import { debian } from './debian/index.js';
import { generic } from './generic/index.js';
import { go } from './go/index.js';
import { hackage } from './hackage/index.js';
import { hex } from './hex/index.js';
import { maven } from './maven/index.js';
import { npm } from './npm/index.js';
import { nuget } from './nuget/index.js';
import { packagist } from './packagist/index.js';
import { pub } from './pub/index.js';
import { pypi } from './pypi/index.js';
import { rpm } from './rpm/index.js';
import { rubygems } from './rubygems/index.js';
import type { VersionScheme } from './types.js';

/** Every version scheme, one line each, alphabetical; the contract test checks it against the folders. */
export const VERSION_SCHEMES: readonly VersionScheme[] = [
  alpine,
  cran,
  cratesIo,
  debian,
  generic,
  go,
  hackage,
  hex,
  maven,
  npm,
  nuget,
  packagist,
  pub,
  pypi,
  rpm,
  rubygems,
];

export function versionScheme(id: string): VersionScheme {
  const scheme = VERSION_SCHEMES.find((s) => s.id === id);
  if (scheme === undefined)
    throw new UnknownNameError(
      'version scheme',
      id,
      VERSION_SCHEMES.map((s) => s.id),
    );
  return scheme;
}

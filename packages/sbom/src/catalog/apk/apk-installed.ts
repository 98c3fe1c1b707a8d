import type { SbomLocation, SbomPackage } from '../../model/types.ts'
import type { CatalogResult } from '../os/catalog-result.ts'
import { distroQualifier, type OsRelease } from '../os/os-release.ts'
import { packageId } from '../os/package-id.ts'
import { buildPurl } from '../os/purl.ts'
import { parseStanzas } from '../os/stanzas.ts'

const MAX_PACKAGES = 100_000

/** syft's cataloger name, kept so SBOMs compare. */
export const APK_CATALOGER = 'apk-db-cataloger'

/**
 * The packages of an apk installed database (`/lib/apk/db/installed`): stanzas of one-letter
 * `K:value` fields (`P` name, `V` version, `A` arch, `o` origin, `L` licence, `m` maintainer, `U`
 * url, `T` description; `F`/`R` the owned files). purls as syft writes them:
 * `pkg:apk/<ID>/<P>@<V>?arch=<A>&distro=<ID>-<VERSION_ID>&upstream=<o>` (upstream only when the
 * origin differs from the name). A malformed stanza is skipped with a problem.
 */
export function catalogApkInstalled(options: {
  text: string
  location: SbomLocation
  release?: OsRelease
}): CatalogResult {
  const { location, release } = options
  const { stanzas, problems } = parseStanzas({
    text: options.text,
    continuation: false,
    maxStanzas: MAX_PACKAGES
  })
  const packages: SbomPackage[] = []
  for (const stanza of stanzas) {
    const field = (key: string): string | undefined => stanza.fields.get(key)
    const name = field('P')
    if (name === undefined || name === '') continue
    const version = field('V')
    const arch = field('A')
    const origin = field('o')
    const license = field('L')
    const maintainer = field('m')
    const purl = buildPurl({
      type: 'apk',
      namespace: release?.id ?? 'alpine',
      name,
      ...(version === undefined ? {} : { version }),
      qualifiers: {
        arch,
        upstream: origin !== undefined && origin !== name ? origin : undefined,
        distro: distroQualifier(release)
      }
    })
    const locations = [location]
    packages.push({
      id: packageId({
        type: 'apk',
        name,
        ...(version === undefined ? {} : { version }),
        locations
      }),
      name,
      ...(version === undefined ? {} : { version }),
      type: 'apk',
      purl,
      cpes: [],
      checksums: [],
      licenses: license === undefined || license === '' ? [] : [license],
      locations,
      foundBy: APK_CATALOGER,
      sourceInfo: `acquired package info from APK DB: ${location.path}`,
      ...(maintainer === undefined ? {} : { supplier: `Person: ${maintainer}` }),
      metadata: {
        package: name,
        ...(origin === undefined ? {} : { originPackage: origin }),
        ...(version === undefined ? {} : { version }),
        ...(arch === undefined ? {} : { architecture: arch }),
        ...(maintainer === undefined ? {} : { maintainer }),
        ...(field('U') === undefined ? {} : { url: field('U') }),
        ...(field('T') === undefined ? {} : { description: field('T') }),
        ...(field('c') === undefined ? {} : { gitCommitOfApkPort: field('c') }),
        ...(field('C') === undefined ? {} : { checksum: field('C') })
      }
    })
  }
  return {
    packages,
    relationships: [],
    problems: problems.map(
      problem =>
        `${location.path}: the stanza at line ${problem.line} was skipped: ${problem.reason}`
    )
  }
}

import type { SbomLocation, SbomPackage } from '../../model/types.ts'
import type { CatalogResult } from '../os/catalog-result.ts'
import { distroQualifier, type OsRelease } from '../os/os-release.ts'
import { packageId } from '../os/package-id.ts'
import { buildPurl } from '../os/purl.ts'
import { parseStanzas } from '../os/stanzas.ts'

/** The most packages read from one status file. */
const MAX_PACKAGES = 100_000

/** syft's cataloger name, kept so SBOMs compare. */
export const DPKG_CATALOGER = 'dpkg-db-cataloger'

/**
 * The installed packages of a dpkg status file (`/var/lib/dpkg/status`, or one file of
 * distroless's `status.d/`): one package per stanza with a `Package`, except those whose `Status`
 * says `deinstall` (removed, configuration left). purls as syft writes them:
 * `pkg:deb/<ID>/<Package>@<Version>?arch=…&distro=<ID>-<VERSION_ID>&upstream=<Source>[@<ver>]`,
 * only for Debian-like releases (ID or ID_LIKE `debian`). A malformed stanza is skipped with a
 * problem naming its line; the others are kept.
 */
export function catalogDpkgStatus(options: {
  text: string
  location: SbomLocation
  release?: OsRelease
}): CatalogResult {
  const { location, release } = options
  const { stanzas, problems } = parseStanzas({
    text: options.text,
    continuation: true,
    maxStanzas: MAX_PACKAGES
  })
  const packages: SbomPackage[] = []
  const debianLike =
    release !== undefined && (release.id === 'debian' || release.idLike.includes('debian'))
  for (const stanza of stanzas) {
    const field = (key: string): string | undefined => stanza.fields.get(key)
    const name = field('Package')
    if (name === undefined || name === '') continue
    if ((field('Status') ?? '').includes('deinstall')) continue
    const version = field('Version')
    const source = parseSource(field('Source'))
    const architecture = field('Architecture')
    const upstream =
      source === undefined
        ? undefined
        : source.version === undefined
          ? source.name
          : `${source.name}@${source.version}`
    const purl =
      debianLike && release !== undefined
        ? buildPurl({
            type: 'deb',
            namespace: release.id,
            name,
            ...(version === undefined ? {} : { version }),
            qualifiers: {
              arch: architecture,
              upstream,
              distro: distroQualifier(release)
            }
          })
        : undefined
    const locations = [location]
    const maintainer = field('Maintainer')
    packages.push({
      id: packageId({
        type: 'deb',
        name,
        ...(version === undefined ? {} : { version }),
        locations
      }),
      name,
      ...(version === undefined ? {} : { version }),
      type: 'deb',
      ...(purl === undefined ? {} : { purl }),
      cpes: [],
      checksums: [],
      licenses: [],
      locations,
      foundBy: DPKG_CATALOGER,
      sourceInfo: `acquired package info from DPKG DB: ${location.path}`,
      ...(maintainer === undefined ? {} : { supplier: `Person: ${maintainer}` }),
      metadata: {
        package: name,
        ...(source === undefined ? {} : { source: source.name }),
        ...(source?.version === undefined ? {} : { sourceVersion: source.version }),
        ...(version === undefined ? {} : { version }),
        ...(architecture === undefined ? {} : { architecture }),
        ...(maintainer === undefined ? {} : { maintainer }),
        ...optionalNumber('installedSize', field('Installed-Size')),
        ...optionalList('depends', field('Depends')),
        ...optionalList('preDepends', field('Pre-Depends')),
        ...optionalList('provides', field('Provides'))
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

/** `Source: name` or `Source: name (version)`. */
function parseSource(value: string | undefined): { name: string; version?: string } | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const match = /^(\S+)\s*(?:\((.*)\))?\s*$/u.exec(value.trim())
  if (match === null) return { name: value.trim() }
  return { name: match[1]!, ...(match[2] === undefined ? {} : { version: match[2].trim() }) }
}

function optionalNumber(key: string, value: string | undefined): Record<string, number> {
  const parsed = value === undefined ? NaN : Number(value)
  return Number.isFinite(parsed) ? { [key]: parsed } : {}
}

function optionalList(key: string, value: string | undefined): Record<string, string[]> {
  if (value === undefined || value.trim() === '') return {}
  return { [key]: value.split(',').map(item => item.trim().replace(/\s+/gu, ' ')) }
}

import { DatabaseSync } from 'node:sqlite'
import type { SbomLocation, SbomPackage } from '../../model/types.ts'
import type { CatalogResult } from '../os/catalog-result.ts'
import { distroQualifier, type OsRelease } from '../os/os-release.ts'
import { packageId } from '../os/package-id.ts'
import { buildPurl } from '../os/purl.ts'
import { readRpmHeader, RpmHeaderError } from './header-blob.ts'

/** syft's cataloger name, kept so SBOMs compare. */
export const RPM_CATALOGER = 'rpm-db-cataloger'

const MAX_PACKAGES = 200_000

/** The purl namespace syft uses for a release ID. */
function rpmNamespace(id: string | undefined): string | undefined {
  if (id === undefined) return undefined
  if (id === 'rhel') return 'redhat'
  if (id.startsWith('opensuse')) return 'opensuse'
  return id
}

/**
 * The installed packages of an rpm sqlite database (`rpmdb.sqlite`: table `Packages(hnum, blob)`,
 * each blob an RPM header), opened read-only from `file` (a private temporary copy). `gpg-pubkey`
 * entries are not packages. The version is syft's `[epoch:]version-release`; purl
 * `pkg:rpm/<ns>/<name>@<version>-<release>?arch=…&distro=…&epoch=…&upstream=<source rpm>`.
 * A header that cannot be read is skipped with a problem.
 */
export function catalogRpmSqlite(options: {
  file: string
  location: SbomLocation
  release?: OsRelease
}): CatalogResult {
  const { location, release } = options
  const problems: string[] = []
  const packages: SbomPackage[] = []
  let database: DatabaseSync
  try {
    database = new DatabaseSync(options.file, { readOnly: true })
  } catch (cause) {
    return {
      packages,
      relationships: [],
      problems: [`${location.path}: is not an sqlite database (${(cause as Error).message})`]
    }
  }
  try {
    let rows: { hnum: unknown; blob: unknown }[]
    try {
      rows = database
        .prepare(`SELECT hnum, blob FROM Packages ORDER BY hnum LIMIT ${MAX_PACKAGES + 1}`)
        .all() as { hnum: unknown; blob: unknown }[]
    } catch (cause) {
      return {
        packages,
        relationships: [],
        problems: [`${location.path}: has no readable Packages table (${(cause as Error).message})`]
      }
    }
    if (rows.length > MAX_PACKAGES) {
      problems.push(
        `${location.path}: lists more than ${MAX_PACKAGES} packages; the rest were not read`
      )
      rows = rows.slice(0, MAX_PACKAGES)
    }
    for (const row of rows) {
      if (!(row.blob instanceof Uint8Array)) {
        problems.push(
          `${location.path}: package ${String(row.hnum)} has no header blob; it was skipped`
        )
        continue
      }
      let header
      try {
        header = readRpmHeader({ blob: row.blob })
      } catch (cause) {
        if (!(cause instanceof RpmHeaderError)) throw cause
        problems.push(`${location.path}: package ${String(row.hnum)} was skipped: ${cause.message}`)
        continue
      }
      const name = typeof header.name === 'string' ? header.name : ''
      if (name === '' || name === 'gpg-pubkey') continue
      const version = typeof header.version === 'string' ? header.version : ''
      const releaseField = typeof header.release === 'string' ? header.release : ''
      const epoch = typeof header.epoch === 'number' ? header.epoch : undefined
      const arch = typeof header.arch === 'string' ? header.arch : undefined
      const sourceRpm = typeof header.sourceRpm === 'string' ? header.sourceRpm : undefined
      const license = typeof header.license === 'string' ? header.license : undefined
      const vr = releaseField === '' ? version : `${version}-${releaseField}`
      const fullVersion = epoch === undefined ? vr : `${epoch}:${vr}`
      const namespace = rpmNamespace(release?.id)
      const purl = buildPurl({
        type: 'rpm',
        ...(namespace === undefined ? {} : { namespace }),
        name,
        version: vr,
        qualifiers: {
          arch,
          epoch: epoch === undefined ? undefined : String(epoch),
          upstream: sourceRpm,
          distro: distroQualifier(release)
        }
      })
      const locations = [location]
      packages.push({
        id: packageId({ type: 'rpm', name, version: fullVersion, locations }),
        name,
        version: fullVersion,
        type: 'rpm',
        purl,
        cpes: [],
        checksums: [],
        licenses: license === undefined || license === '' ? [] : [license],
        locations,
        foundBy: RPM_CATALOGER,
        sourceInfo: `acquired package info from RPM DB: ${location.path}`,
        metadata: {
          name,
          version,
          release: releaseField,
          ...(epoch === undefined ? {} : { epoch }),
          ...(arch === undefined ? {} : { architecture: arch }),
          ...(sourceRpm === undefined ? {} : { sourceRpm }),
          ...(typeof header.vendor === 'string' ? { vendor: header.vendor } : {}),
          ...(typeof header.size === 'number' ? { size: header.size } : {})
        }
      })
    }
  } finally {
    database.close()
  }
  return { packages, relationships: [], problems }
}

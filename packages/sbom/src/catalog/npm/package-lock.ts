import type { SbomLocation, SbomPackage } from '../../model/types.ts'
import type { CatalogResult } from '../os/catalog-result.ts'
import { packageId } from '../os/package-id.ts'
import { npmPackage } from './npm-package.ts'

/** syft's cataloger name for lock files. */
export const NPM_LOCK_CATALOGER = 'javascript-lock-cataloger'

/** The most entries read from one lock file. */
const MAX_LOCK_ENTRIES = 200_000

/**
 * The packages a `package-lock.json` pins, as syft's lock cataloger reads it: lockfile v2/v3
 * `packages` (the root `""` entry when it has a name; the package name from `name` when set
 * — aliases — else from the path after its last `node_modules/`; `link` entries without a
 * version; `dev` entries left out), or v1 `dependencies` (top level, `dev` left out).
 */
export function catalogPackageLock(options: {
  text: string
  location: SbomLocation
}): CatalogResult {
  const { location } = options
  const problem = (reason: string): CatalogResult => ({
    packages: [],
    relationships: [],
    problems: [`${location.path}: ${reason}`]
  })
  let lock: unknown
  try {
    lock = JSON.parse(options.text)
  } catch (cause) {
    return problem(`is not JSON (${(cause as Error).message})`)
  }
  if (typeof lock !== 'object' || lock === null || Array.isArray(lock)) {
    return problem('is not a JSON object')
  }
  const record = lock as Record<string, unknown>
  const packages: SbomPackage[] = []
  const add = (name: string, version: string, entry: Record<string, unknown>): void => {
    const locations = [location]
    const license = typeof entry['license'] === 'string' ? [entry['license']] : []
    packages.push(
      npmPackage({
        id: packageId({ type: 'npm', name, version, locations }),
        name,
        version,
        licenses: license,
        locations,
        foundBy: NPM_LOCK_CATALOGER,
        sourceInfo: `acquired package info from package-lock.json: ${location.path}`,
        metadata: {
          ...(typeof entry['resolved'] === 'string' ? { resolved: entry['resolved'] } : {}),
          ...(typeof entry['integrity'] === 'string' ? { integrity: entry['integrity'] } : {})
        }
      })
    )
  }
  const lockfileVersion = record['lockfileVersion']
  const entries = objectEntries(
    lockfileVersion === 1 ? record['dependencies'] : (record['packages'] ?? record['dependencies'])
  )
  if (entries.length > MAX_LOCK_ENTRIES) {
    return problem(`lists ${entries.length} packages, more than the ${MAX_LOCK_ENTRIES} read`)
  }
  for (const [key, entry] of entries) {
    if (entry['dev'] === true) continue
    const version = typeof entry['version'] === 'string' ? entry['version'] : ''
    if (lockfileVersion === 1) {
      add(key, version, entry)
      continue
    }
    const ownName = typeof entry['name'] === 'string' ? entry['name'] : ''
    if (key === '') {
      if (ownName !== '') add(ownName, version, entry)
      continue
    }
    const marker = key.lastIndexOf('node_modules/')
    const fromPath = marker === -1 ? key : key.slice(marker + 'node_modules/'.length)
    const name = ownName !== '' ? ownName : fromPath
    if (name !== '') add(name, version, entry)
  }
  return { packages, relationships: [], problems: [] }
}

function objectEntries(value: unknown): [string, Record<string, unknown>][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return []
  return Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, Record<string, unknown>] =>
      typeof entry[1] === 'object' && entry[1] !== null && !Array.isArray(entry[1])
  )
}

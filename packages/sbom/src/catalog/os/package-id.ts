import { createHash } from 'node:crypto'
import type { SbomLocation, SbomPackageType } from '../../model/types.ts'

/**
 * A package id stable for the same input: the first 16 hex digits of the SHA-256 of its type,
 * name, version and locations (path and layer).
 */
export function packageId(options: {
  type: SbomPackageType
  name: string
  version?: string
  locations: SbomLocation[]
}): string {
  const key = JSON.stringify([
    options.type,
    options.name,
    options.version ?? '',
    options.locations.map(location => [location.path, location.layer ?? ''])
  ])
  return createHash('sha256').update(key).digest('hex').slice(0, 16)
}

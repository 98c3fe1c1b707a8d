import type { SbomLocation, SbomPackage } from '../../model/types.ts'
import { buildPurl } from '../os/purl.ts'

/** An npm package in the model: purl `pkg:npm/[%40scope/]name@version`. */
export function npmPackage(options: {
  id: string
  name: string
  version: string
  licenses: string[]
  locations: SbomLocation[]
  foundBy: string
  sourceInfo: string
  metadata?: Record<string, unknown>
}): SbomPackage {
  const slash = options.name.startsWith('@') ? options.name.indexOf('/') : -1
  const purl = buildPurl({
    type: 'npm',
    ...(slash > 0 ? { namespace: options.name.slice(0, slash) } : {}),
    name: slash > 0 ? options.name.slice(slash + 1) : options.name,
    version: options.version
  })
  return {
    id: options.id,
    name: options.name,
    ...(options.version === '' ? {} : { version: options.version }),
    type: 'npm',
    purl,
    cpes: [],
    checksums: [],
    licenses: options.licenses,
    locations: options.locations,
    foundBy: options.foundBy,
    sourceInfo: options.sourceInfo,
    ...(options.metadata === undefined ? {} : { metadata: options.metadata })
  }
}

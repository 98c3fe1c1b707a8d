import { createHash } from 'node:crypto'
import type { SbomLocation, SbomPackage, SbomRelationship } from '../../model/types.ts'
import type { GoBuildInfo } from './build-info.ts'
import { goModuleCpes, stdlibCpes } from './cpe.ts'
import { develMainVersion } from './main-version.ts'
import type { GoModule } from './modinfo.ts'
import { goPurl } from './purl.ts'

export const GO_BINARY_CATALOGER = 'go-module-binary-cataloger'
const SOURCE_INFO = 'acquired package info from go module information'
const DEVEL = '(devel)'

/** Packages and their relationships, as a cataloger hands them to the SBOM. */
export interface CatalogResult {
  packages: SbomPackage[]
  relationships: SbomRelationship[]
}

/**
 * Maps build information to packages as syft's Go binary cataloger does: one per dependency (a
 * dependency identical to the main module skipped), the main module, and `stdlib`; dependencies
 * and `stdlib` are DEPENDENCY_OF the main module.
 */
export function goBuildPackages(options: {
  builds: GoBuildInfo[]
  location: SbomLocation
}): CatalogResult {
  const packages: SbomPackage[] = []
  const relationships: SbomRelationship[] = []
  const seen = new Set<string>()
  const add = (pkg: SbomPackage): void => {
    if (seen.has(pkg.id)) return
    seen.add(pkg.id)
    packages.push(pkg)
  }
  let stdlibAdded = false
  for (const build of options.builds) {
    const goVersion = build.goVersion.split(' ')[0] ?? ''
    const experiments = experimentsOf(build.goVersion)
    let main = build.main
    let deps = build.deps
    const path = build.path
    if ((main === undefined && path !== '') || main?.path === 'command-line-arguments') {
      // `go build file.go`: the main module is the one dependency built from source, or the package path.
      const candidates = deps.filter(dep => dep.version === DEVEL)
      if (candidates.length === 1 && candidates[0] !== undefined) {
        main = candidates[0]
        deps = deps.filter(dep => dep !== main)
      } else {
        main = { path, version: DEVEL, sum: '' }
      }
    }
    const mainPath = main?.path ?? ''
    const common = {
      goVersion,
      architecture: build.architecture,
      mainModule: mainPath,
      experiments
    }
    const depPackages: SbomPackage[] = []
    for (const dep of deps) {
      if (main !== undefined && sameModule(dep, main)) continue
      const pkg = modulePackage({ module: dep, location: options.location, ...common })
      if (pkg.name !== '') depPackages.push(pkg)
    }
    let mainPackage: SbomPackage | undefined
    if (main !== undefined && (main.path !== '' || main.version !== '' || main.sum !== '')) {
      let version = main.version
      if (version === DEVEL) {
        version = develMainVersion({ settings: build.settings, mainModule: mainPath })
        if (version !== '' && !version.startsWith('v')) version = `v${version}`
      }
      mainPackage = modulePackage({
        module: { ...main, version },
        location: options.location,
        settings: build.settings,
        ...common
      })
      add(mainPackage)
    }
    for (const pkg of depPackages) {
      add(pkg)
      if (mainPackage !== undefined) {
        relationships.push({ from: pkg.id, type: 'DEPENDENCY_OF', to: mainPackage.id })
      }
    }
    const first = mainPackage ?? depPackages[0]
    if (!stdlibAdded && first !== undefined) {
      const stdlib = stdlibPackage({ goVersion, location: options.location })
      if (stdlib !== undefined) {
        stdlibAdded = true
        add(stdlib)
        relationships.push({ from: stdlib.id, type: 'DEPENDENCY_OF', to: first.id })
      }
    }
  }
  return { packages, relationships: dedupe(relationships) }
}

function modulePackage(options: {
  module: GoModule
  location: SbomLocation
  goVersion: string
  architecture: string
  mainModule: string
  experiments: string[]
  settings?: { key: string; value: string }[]
}): SbomPackage {
  const original = options.module
  const replace = original.replace
  const local =
    replace !== undefined && (replace.path.startsWith('.') || replace.path.startsWith('/'))
  const name = replace === undefined || local ? original.path : replace.path
  const effective = replace ?? original
  const version = effective.version === DEVEL ? '' : effective.version
  const purl = goPurl({ module: name, version })
  const checksum = h1Checksum(effective.sum)
  const metadata: Record<string, unknown> = {
    goCompiledVersion: options.goVersion,
    architecture: options.architecture,
    mainModule: options.mainModule
  }
  if (effective.sum !== '') metadata['h1Digest'] = effective.sum
  if (options.settings !== undefined) metadata['goBuildSettings'] = options.settings
  if (options.experiments.length > 0) metadata['goExperiments'] = options.experiments
  return {
    id: packageId([
      'go-module',
      name,
      version,
      purl ?? '',
      options.location.path,
      options.location.layer ?? '',
      options.architecture
    ]),
    name,
    ...(version === '' ? {} : { version }),
    type: 'go-module',
    ...(purl === undefined ? {} : { purl }),
    cpes: goModuleCpes({ module: name, version }),
    checksums: checksum === undefined ? [] : [{ algorithm: 'SHA256', value: checksum }],
    licenses: [],
    locations: [options.location],
    foundBy: GO_BINARY_CATALOGER,
    sourceInfo: SOURCE_INFO,
    metadata
  }
}

function stdlibPackage(options: {
  goVersion: string
  location: SbomLocation
}): SbomPackage | undefined {
  const cpes = stdlibCpes(options.goVersion)
  if (cpes.length === 0) return undefined
  const version = options.goVersion
  const purl = goPurl({
    module: 'stdlib',
    version: version.startsWith('go') ? version.slice(2) : version
  })
  return {
    id: packageId([
      'go-module',
      'stdlib',
      version,
      options.location.path,
      options.location.layer ?? ''
    ]),
    name: 'stdlib',
    version,
    type: 'go-module',
    ...(purl === undefined ? {} : { purl }),
    cpes,
    checksums: [],
    licenses: ['BSD-3-Clause'],
    locations: [options.location],
    foundBy: GO_BINARY_CATALOGER,
    sourceInfo: SOURCE_INFO,
    metadata: { goCompiledVersion: version }
  }
}

/** The hex SHA-256 of an `h1:<base64>` sum, or undefined for anything else. */
export function h1Checksum(sum: string): string | undefined {
  if (!sum.startsWith('h1:')) return undefined
  const base64 = sum.slice(3)
  if (!/^[A-Za-z0-9+/]{43}=$/.test(base64)) return undefined
  return Buffer.from(base64, 'base64').toString('hex')
}

function sameModule(left: GoModule | undefined, right: GoModule | undefined): boolean {
  if (left === right) return true
  if (left === undefined || right === undefined) return false
  return (
    left.path === right.path &&
    left.version === right.version &&
    left.sum === right.sum &&
    sameModule(left.replace, right.replace)
  )
}

/** `go1.22.3 X:loopvar,…` → the experiments after `X:`. */
function experimentsOf(goVersion: string): string[] {
  const [, ...chunks] = goVersion.split(' ')
  return chunks.filter(chunk => chunk.startsWith('X:')).flatMap(chunk => chunk.slice(2).split(','))
}

function packageId(parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16)
}

function dedupe(relationships: SbomRelationship[]): SbomRelationship[] {
  const seen = new Set<string>()
  return relationships.filter(relationship => {
    const key = `${relationship.from} ${relationship.type} ${relationship.to}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

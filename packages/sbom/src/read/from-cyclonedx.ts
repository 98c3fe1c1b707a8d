import type {
  Sbom,
  SbomChecksum,
  SbomLocation,
  SbomPackage,
  SbomRelationship,
  SbomSubject
} from '../model/types.ts'
import {
  isObject,
  objectsField,
  stringField,
  stringsField,
  type JsonObject
} from './json-fields.ts'
import {
  digestFromVersion,
  knownPackageType,
  modelChecksum,
  modelVersion,
  packageTypeFromPurl,
  withoutDevelVersion
} from './package-fields.ts'
import { SbomReadError } from './sbom-read-error.ts'

/** How deep `components` may nest (each level is a component inside a component). */
export const MAX_COMPONENT_DEPTH = 32

/** Options of {@link sbomFromCycloneDx}. */
export interface SbomFromCycloneDxOptions {
  /** A parsed CycloneDX 1.4–1.7 JSON document (not validated). */
  document: JsonObject
}

/**
 * The model of a CycloneDX BOM: the subject is `metadata.component` (`container` → image, else a
 * file); every component, nested ones too, is a package whose id is its `bom-ref`; the subject
 * CONTAINS each top-level component; `dependencies` become `dep DEPENDENCY_OF dependant`.
 * Properties in syft's (`syft:`) or this package's (`sign:`) namespace give the package type,
 * the cataloger, further CPEs and the locations.
 */
export function sbomFromCycloneDx(options: SbomFromCycloneDxOptions): Sbom {
  const { document } = options
  const metadata = isObject(document['metadata']) ? document['metadata'] : {}
  const root = isObject(metadata['component']) ? metadata['component'] : undefined
  const subject: SbomSubject =
    root === undefined
      ? { kind: 'file', name: '', checksums: [] }
      : {
          kind: stringField(root, 'type') === 'container' ? 'image' : 'file',
          name: stringField(root, 'name') ?? '',
          checksums: subjectChecksums(root)
        }
  const rootRef = root === undefined ? undefined : stringField(root, 'bom-ref')

  const ids = new Map<string, string>()
  if (rootRef !== undefined) ids.set(rootRef, 'subject')
  const used = new Set<string>(['subject'])
  const packages: SbomPackage[] = []
  const relationships: SbomRelationship[] = []
  const visit = (components: JsonObject[], depth: number, parent: string | undefined): void => {
    if (components.length > 0 && depth > MAX_COMPONENT_DEPTH)
      throw new SbomReadError(
        `the CycloneDX BOM nests components more than ${MAX_COMPONENT_DEPTH} deep`
      )
    for (const component of components) {
      const ref = stringField(component, 'bom-ref')
      const base = packageId(ref) ?? `component-${packages.length + 1}`
      let id = base
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`
      used.add(id)
      if (ref !== undefined && !ids.has(ref)) ids.set(ref, id)
      packages.push(modelPackage(id, component))
      if (parent !== undefined) relationships.push({ from: parent, type: 'CONTAINS', to: id })
      visit(objectsField(component, 'components'), depth + 1, id)
    }
  }
  visit(objectsField(document, 'components'), 1, root === undefined ? undefined : 'subject')

  for (const dependency of objectsField(document, 'dependencies')) {
    const dependant = ids.get(stringField(dependency, 'ref') ?? '')
    if (dependant === undefined) continue
    for (const on of stringsField(dependency, 'dependsOn')) {
      const dep = ids.get(on)
      if (dep !== undefined) relationships.push({ from: dep, type: 'DEPENDENCY_OF', to: dependant })
    }
  }
  return { subject, packages, relationships, tool: tool(metadata) }
}

/**
 * The package id in a bom-ref: the `package-id` qualifier syft and this package append to the
 * purl (`pkg:…?package-id=<id>`), else the bom-ref itself.
 */
function packageId(ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined
  const match = /^pkg:[^#]*[?&]package-id=([^&#]+)/.exec(ref)
  return match === null ? ref : (match[1] ?? ref)
}

/** The subject's hashes, or the digest its version names when it has none. */
function subjectChecksums(root: JsonObject): SbomChecksum[] {
  const listed = hashes(root)
  return listed.length > 0 ? listed : digestFromVersion(stringField(root, 'version'))
}

function hashes(component: JsonObject): SbomChecksum[] {
  return objectsField(component, 'hashes')
    .map(hash => modelChecksum(stringField(hash, 'alg'), stringField(hash, 'content')))
    .filter(checksum => checksum !== undefined)
}

/** Property values by name (in document order), for the names in syft's or this package's namespace. */
type Properties = Map<string, string[]>

function properties(component: JsonObject): Properties {
  const found: Properties = new Map()
  for (const entry of objectsField(component, 'properties')) {
    const name = stringField(entry, 'name')
    const value = stringField(entry, 'value')
    if (name === undefined || value === undefined) continue
    const match = /^(?:sign|syft):(.+)$/.exec(name)
    if (match === null) continue
    const key = match[1] ?? ''
    found.set(key, [...(found.get(key) ?? []), value])
  }
  return found
}

/** The values of property `sign:<suffix>` / `syft:<suffix>`. */
function property(found: Properties, suffix: string): string[] {
  return found.get(suffix) ?? []
}

function licenses(component: JsonObject): string[] {
  return objectsField(component, 'licenses')
    .map(choice => {
      const expression = stringField(choice, 'expression')
      if (expression !== undefined) return expression
      const license = isObject(choice['license']) ? choice['license'] : {}
      return stringField(license, 'id') ?? stringField(license, 'name')
    })
    .filter((license): license is string => license !== undefined && license !== '')
}

/** `location:<n>:path` (and `:layerID`) for n = 0, 1, … while they continue. */
function locations(properties: Properties): SbomLocation[] {
  const list: SbomLocation[] = []
  for (let index = 0; ; index++) {
    const [path] = property(properties, `location:${index}:path`)
    if (path === undefined) return list
    const [layer] = property(properties, `location:${index}:layerID`)
    list.push({ path, ...(layer === undefined ? {} : { layer }) })
  }
}

function modelPackage(id: string, component: JsonObject): SbomPackage {
  const found = properties(component)
  const rawPurl = stringField(component, 'purl')
  const purl = rawPurl === undefined ? undefined : withoutDevelVersion(rawPurl)
  const cpe = stringField(component, 'cpe')
  const version = modelVersion(stringField(component, 'version'), purl)
  const [foundBy] = property(found, 'package:foundBy')
  const [sourceInfo] = property(found, 'package:sourceInfo')
  const [supplier] = property(found, 'package:supplier')
  return {
    id,
    name: stringField(component, 'name') ?? '',
    ...(version === undefined ? {} : { version }),
    type:
      knownPackageType(property(found, 'package:type')[0]) ??
      packageTypeFromPurl(purl) ??
      (stringField(component, 'type') === 'file' ? 'file' : 'unknown'),
    ...(purl === undefined ? {} : { purl }),
    cpes: [...(cpe === undefined ? [] : [cpe]), ...property(found, 'cpe23')],
    checksums: hashes(component),
    licenses: licenses(component),
    locations: locations(found),
    foundBy: foundBy ?? '',
    ...(sourceInfo === undefined ? {} : { sourceInfo }),
    ...(supplier === undefined ? {} : { supplier })
  }
}

/** The first tool: `metadata.tools` as an array (≤ 1.4 style) or `{components, services}`. */
function tool(metadata: JsonObject): Sbom['tool'] {
  const tools = metadata['tools']
  const list = Array.isArray(tools)
    ? tools.filter(isObject)
    : isObject(tools)
      ? [...objectsField(tools, 'components'), ...objectsField(tools, 'services')]
      : []
  const first = list[0]
  if (first === undefined) return { name: '', version: '' }
  return { name: stringField(first, 'name') ?? '', version: stringField(first, 'version') ?? '' }
}

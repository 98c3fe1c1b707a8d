import { randomUUID } from 'node:crypto'
import type { Sbom, SbomChecksum, SbomPackage, SbomPackageType } from '../model/types.ts'
import { comparePackages, formatCreated } from '../spdx/document-order.ts'
import { isKnownSpdxLicenseId, isSimpleExpression } from '../spdx/spdx-licenses.ts'
import type {
  CycloneDxComponent,
  CycloneDxDependency,
  CycloneDxDocument,
  CycloneDxHash,
  CycloneDxLicenseChoice,
  CycloneDxProperty
} from './cyclonedx-document.ts'

/** CycloneDX names of SPDX's digest algorithms (CycloneDX hyphenates: `SHA-256`). */
const HASH_ALGORITHMS: Record<SbomChecksum['algorithm'], string> = {
  SHA1: 'SHA-1',
  SHA256: 'SHA-256',
  SHA384: 'SHA-384',
  SHA512: 'SHA-512',
  MD5: 'MD5'
}

/** The property names this package writes (its own namespace, as syft writes `syft:…`). */
export const PROPERTY = {
  foundBy: 'sign:package:foundBy',
  type: 'sign:package:type',
  cpe: 'sign:cpe23',
  sourceInfo: 'sign:package:sourceInfo',
  supplier: 'sign:package:supplier',
  platform: 'sign:image:platform',
  location: (index: number, field: 'path' | 'layerID'): string => `sign:location:${index}:${field}`
} as const

/** Options of {@link toCycloneDxJson}. */
export interface ToCycloneDxJsonOptions {
  sbom: Sbom
  /** `urn:uuid:<lower-case UUID>`, unique to this generation. Default: a random UUID. */
  serialNumber?: string
  /** The creation time (`metadata.timestamp`). Default: now. */
  created?: Date
}

/** A written document and its serialisation. */
export interface CycloneDxJson {
  document: CycloneDxDocument
  /** Two-space indented JSON with a final newline: the same model gives the same bytes. */
  json: string
}

/**
 * A CycloneDX 1.6 JSON BOM of `sbom`: the subject is `metadata.component` (`file` or `container`),
 * every package a component whose `bom-ref` is `<purl>?package-id=<id>` (or the id without a
 * purl), and every component has a `dependencies` entry (the model's DEPENDS_ON / DEPENDENCY_OF).
 * Components and dependencies are sorted, so only the serial number and the time differ between
 * two documents of the same model.
 */
export function toCycloneDxJson(options: ToCycloneDxJsonOptions): CycloneDxJson {
  const { sbom } = options
  const serialNumber = options.serialNumber ?? `urn:uuid:${randomUUID()}`
  if (!/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(serialNumber))
    throw new Error(`the CycloneDX serial number ${serialNumber} is not urn:uuid:<lower-case UUID>`)

  const packages = [...sbom.packages].sort(comparePackages)
  const used = new Set<string>()
  const unique = (candidate: string): string => {
    let ref = candidate
    for (let n = 2; used.has(ref); n++) ref = `${candidate}-${n}`
    used.add(ref)
    return ref
  }
  const subjectRef = unique(`subject:${sbom.subject.name}`)
  const refs = new Map<string, string>([['subject', subjectRef]])
  for (const pkg of packages)
    refs.set(
      pkg.id,
      unique(
        pkg.purl === undefined
          ? pkg.id
          : `${pkg.purl}${pkg.purl.includes('?') ? '&' : '?'}package-id=${pkg.id}`
      )
    )

  const dependsOn = new Map<string, Set<string>>()
  for (const relationship of sbom.relationships) {
    const from = refs.get(relationship.from)
    const to = refs.get(relationship.to)
    if (from === undefined || to === undefined)
      throw new Error(
        `the SBOM's relationship ${relationship.from} ${relationship.type} ${relationship.to} names a package that is not in it`
      )
    if (relationship.type === 'DEPENDS_ON') edge(dependsOn, from, to)
    else if (relationship.type === 'DEPENDENCY_OF') edge(dependsOn, to, from)
  }

  const subject = sbom.subject
  const subjectProperties: CycloneDxProperty[] =
    subject.platform === undefined ? [] : [{ name: PROPERTY.platform, value: subject.platform }]
  const sha256 = subject.checksums.find(checksum => checksum.algorithm === 'SHA256')
  const metadataComponent: CycloneDxComponent = {
    'bom-ref': subjectRef,
    type: subject.kind === 'image' ? 'container' : 'file',
    name: subject.name,
    ...(sha256 === undefined ? {} : { version: `sha256:${sha256.value}` }),
    ...hashes(subject.checksums),
    ...(subjectProperties.length === 0 ? {} : { properties: subjectProperties })
  }

  const dependencies: CycloneDxDependency[] = []
  if (dependsOn.has(subjectRef))
    dependencies.push({ ref: subjectRef, dependsOn: [...(dependsOn.get(subjectRef) ?? [])].sort() })
  for (const pkg of packages) {
    const ref = refs.get(pkg.id) ?? ''
    dependencies.push({ ref, dependsOn: [...(dependsOn.get(ref) ?? [])].sort() })
  }
  dependencies.sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0))

  const document: CycloneDxDocument = {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber,
    version: 1,
    metadata: {
      timestamp: formatCreated(options.created ?? new Date()),
      tools: {
        components: [{ type: 'application', name: sbom.tool.name, version: sbom.tool.version }]
      },
      component: metadataComponent
    },
    components: packages.map(pkg => component(pkg, refs.get(pkg.id) ?? '')),
    dependencies
  }
  return { document, json: `${JSON.stringify(document, null, 2)}\n` }
}

function edge(graph: Map<string, Set<string>>, from: string, to: string): void {
  const set = graph.get(from) ?? new Set<string>()
  set.add(to)
  graph.set(from, set)
}

function hashes(checksums: readonly SbomChecksum[]): { hashes?: CycloneDxHash[] } {
  if (checksums.length === 0) return {}
  return {
    hashes: checksums.map(checksum => ({
      alg: HASH_ALGORITHMS[checksum.algorithm],
      content: checksum.value
    }))
  }
}

/** The component type of a package: `file` for files, `application` for binaries, else `library`. */
function componentType(type: SbomPackageType): string {
  return type === 'file' ? 'file' : type === 'binary' ? 'application' : 'library'
}

/**
 * The licences as CycloneDX allows them, never mixed: one `{license: {id}}` or `{license: {name}}`
 * per licence when each is a single identifier or a name, else one `{expression}` joining them.
 */
export function cycloneDxLicenses(licenses: readonly string[]): CycloneDxLicenseChoice[] {
  const declared = [...new Set(licenses.map(license => license.trim()))].filter(
    license => license !== '' && license !== 'NOASSERTION' && license !== 'NONE'
  )
  if (declared.length === 0) return []
  const compound = declared.filter(license => /\s/.test(license) || license.includes('('))
  if (compound.length === 0)
    return declared.map(license =>
      isKnownSpdxLicenseId(license) ? { license: { id: license } } : { license: { name: license } }
    )
  if (declared.every(isSimpleExpression))
    return [
      {
        expression:
          declared.length === 1
            ? (declared[0] ?? '')
            : declared.map(license => (/\s/.test(license) ? `(${license})` : license)).join(' AND ')
      }
    ]
  return declared.map(license => ({ license: { name: license } }))
}

function component(pkg: SbomPackage, ref: string): CycloneDxComponent {
  const [cpe, ...otherCpes] = pkg.cpes
  const properties: CycloneDxProperty[] = [
    { name: PROPERTY.foundBy, value: pkg.foundBy },
    { name: PROPERTY.type, value: pkg.type },
    ...otherCpes.map(value => ({ name: PROPERTY.cpe, value })),
    ...(pkg.sourceInfo === undefined ? [] : [{ name: PROPERTY.sourceInfo, value: pkg.sourceInfo }]),
    ...(pkg.supplier === undefined ? [] : [{ name: PROPERTY.supplier, value: pkg.supplier }]),
    ...pkg.locations.flatMap((location, index) => [
      { name: PROPERTY.location(index, 'path'), value: location.path },
      ...(location.layer === undefined
        ? []
        : [{ name: PROPERTY.location(index, 'layerID'), value: location.layer }])
    ])
  ].filter(property => property.value !== '')
  const licenses = cycloneDxLicenses(pkg.licenses)
  return {
    'bom-ref': ref,
    type: componentType(pkg.type),
    name: pkg.name,
    ...(pkg.version === undefined ? {} : { version: pkg.version }),
    ...hashes(pkg.checksums),
    ...(licenses.length === 0 ? {} : { licenses }),
    ...(cpe === undefined ? {} : { cpe }),
    ...(pkg.purl === undefined ? {} : { purl: pkg.purl }),
    ...(properties.length === 0 ? {} : { properties })
  }
}

import type {
  Sbom,
  SbomChecksum,
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
  modelChecksum,
  modelVersion,
  packageTypeFromPurl,
  packageTypeFromSpdxId,
  withoutDevelVersion
} from './package-fields.ts'

const UNKNOWN = new Set(['NOASSERTION', 'NONE', ''])
const MODEL_RELATIONSHIPS = new Set<SbomRelationship['type']>([
  'CONTAINS',
  'DEPENDENCY_OF',
  'DEPENDS_ON'
])

/** Options of {@link sbomFromSpdx}. */
export interface SbomFromSpdxOptions {
  /** A parsed SPDX 2.2/2.3 JSON document (not validated). */
  document: JsonObject
}

/**
 * The model of an SPDX document: the subject is the one package the document DESCRIBES (by
 * relationship or, as SPDX 2.2 wrote it, `documentDescribes`); every other package is a package;
 * relationships between packages are kept (the subject as `subject`). When the document does not
 * describe exactly one package, the subject is the document's name and every package is kept.
 */
export function sbomFromSpdx(options: SbomFromSpdxOptions): Sbom {
  const { document } = options
  const packages = objectsField(document, 'packages')
  const relationships = objectsField(document, 'relationships')
  const described = new Set(stringsField(document, 'documentDescribes'))
  for (const relationship of relationships) {
    const from = stringField(relationship, 'spdxElementId')
    const to = stringField(relationship, 'relatedSpdxElement')
    const type = stringField(relationship, 'relationshipType')
    if (from === 'SPDXRef-DOCUMENT' && type === 'DESCRIBES' && to !== undefined) described.add(to)
    if (to === 'SPDXRef-DOCUMENT' && type === 'DESCRIBED_BY' && from !== undefined)
      described.add(from)
  }
  const byId = new Map<string, JsonObject>()
  for (const pkg of packages) {
    const id = stringField(pkg, 'SPDXID')
    if (id !== undefined && !byId.has(id)) byId.set(id, pkg)
  }
  const rootId = described.size === 1 ? [...described][0] : undefined
  const root = rootId === undefined ? undefined : byId.get(rootId)

  const subject: SbomSubject =
    root === undefined
      ? { kind: 'file', name: stringField(document, 'name') ?? '', checksums: [] }
      : {
          kind: stringField(root, 'primaryPackagePurpose') === 'CONTAINER' ? 'image' : 'file',
          name: stringField(root, 'name') ?? '',
          checksums: subjectChecksums(root)
        }

  const ids = new Map<string, string>()
  if (root !== undefined && rootId !== undefined) ids.set(rootId, 'subject')
  const modelPackages: SbomPackage[] = []
  for (const [spdxId, pkg] of byId) {
    if (spdxId === rootId && root !== undefined) continue
    ids.set(spdxId, spdxId)
    modelPackages.push(modelPackage(spdxId, pkg))
  }

  const modelRelationships: SbomRelationship[] = []
  for (const relationship of relationships) {
    const from = ids.get(stringField(relationship, 'spdxElementId') ?? '')
    const to = ids.get(stringField(relationship, 'relatedSpdxElement') ?? '')
    const type = stringField(relationship, 'relationshipType') ?? ''
    if (from === undefined || to === undefined) continue
    const comment = stringField(relationship, 'comment')
    if (MODEL_RELATIONSHIPS.has(type as SbomRelationship['type']))
      modelRelationships.push({
        from,
        type: type as SbomRelationship['type'],
        to,
        ...(comment === undefined || comment === '' ? {} : { comment })
      })
    else
      modelRelationships.push({
        from,
        type: 'OTHER',
        to,
        comment: comment === undefined || comment === '' ? type : `${type}: ${comment}`
      })
  }

  return {
    subject,
    packages: modelPackages,
    relationships: modelRelationships,
    tool: tool(document)
  }
}

function checksums(pkg: JsonObject): SbomChecksum[] {
  return objectsField(pkg, 'checksums')
    .map(checksum =>
      modelChecksum(stringField(checksum, 'algorithm'), stringField(checksum, 'checksumValue'))
    )
    .filter(checksum => checksum !== undefined)
}

/** The root's checksums, or the digest its version names when it has none. */
function subjectChecksums(root: JsonObject): SbomChecksum[] {
  const listed = checksums(root)
  return listed.length > 0 ? listed : digestFromVersion(stringField(root, 'versionInfo'))
}

function modelPackage(spdxId: string, pkg: JsonObject): SbomPackage {
  const refs = objectsField(pkg, 'externalRefs')
  const purlRef = refs.find(
    ref =>
      stringField(ref, 'referenceType') === 'purl' &&
      ['PACKAGE-MANAGER', 'PACKAGE_MANAGER'].includes(stringField(ref, 'referenceCategory') ?? '')
  )
  const rawPurl = purlRef === undefined ? undefined : stringField(purlRef, 'referenceLocator')
  const purl = rawPurl === undefined ? undefined : withoutDevelVersion(rawPurl)
  const cpes = refs
    .filter(
      ref =>
        stringField(ref, 'referenceCategory') === 'SECURITY' &&
        ['cpe23Type', 'cpe22Type'].includes(stringField(ref, 'referenceType') ?? '')
    )
    .map(ref => stringField(ref, 'referenceLocator'))
    .filter(cpe => cpe !== undefined)
  const version = modelVersion(stringField(pkg, 'versionInfo'), purl)
  const license = stringField(pkg, 'licenseDeclared')
  const supplier = stringField(pkg, 'supplier')
  const sourceInfo = stringField(pkg, 'sourceInfo')
  return {
    id: spdxId,
    name: stringField(pkg, 'name') ?? '',
    ...(version === undefined ? {} : { version }),
    type: packageTypeFromSpdxId(spdxId) ?? packageTypeFromPurl(purl) ?? 'unknown',
    ...(purl === undefined ? {} : { purl }),
    cpes,
    checksums: checksums(pkg),
    licenses: license === undefined || UNKNOWN.has(license) ? [] : [license],
    locations: [],
    foundBy: '',
    ...(sourceInfo === undefined ? {} : { sourceInfo }),
    ...(supplier === undefined || UNKNOWN.has(supplier) ? {} : { supplier })
  }
}

/**
 * The first `Tool: name-version` creator, split before the first `-` that starts a version (a
 * digit, `v` and a digit, or `[`), else at the last `-`.
 */
function tool(document: JsonObject): Sbom['tool'] {
  const creationInfo = document['creationInfo']
  const creators = isObject(creationInfo) ? stringsField(creationInfo, 'creators') : []
  const creator = creators.find(text => text.startsWith('Tool:'))
  if (creator === undefined) return { name: '', version: '' }
  const text = creator.slice('Tool:'.length).trim()
  const versioned = /^(.+?)-(v?\d.*|\[.*\])$/.exec(text)
  if (versioned !== null) return { name: versioned[1] ?? '', version: versioned[2] ?? '' }
  const dash = text.lastIndexOf('-')
  return dash <= 0
    ? { name: text, version: '' }
    : { name: text.slice(0, dash), version: text.slice(dash + 1) }
}

import { randomUUID } from 'node:crypto'
import type { Sbom, SbomPackage, SbomSubject } from '../model/types.ts'
import { comparePackages, formatCreated, relationshipKey } from './document-order.ts'
import type {
  SpdxDocument,
  SpdxExternalRef,
  SpdxExtractedLicense,
  SpdxPackage,
  SpdxRelationship
} from './spdx-document.ts'
import { SpdxIdAllocator, sanitizeSpdxIdPart } from './spdx-ids.ts'
import { spdxLicenseExpression } from './spdx-licenses.ts'

const NOASSERTION = 'NOASSERTION'

/** Options of {@link toSpdxJson}. */
export interface ToSpdxJsonOptions {
  sbom: Sbom
  /**
   * The document's namespace: an absolute URI without `#`, unique to this generation. Default:
   * `https://spdx.org/spdxdocs/<tool>-<subject kind>-<subject name>-<random UUID>`.
   */
  namespace?: string
  /** The creation time. Default: now. Written in UTC to the second. */
  created?: Date
}

/** A written document and its serialisation. */
export interface SpdxJson {
  document: SpdxDocument
  /** Two-space indented JSON with a final newline: the same model gives the same bytes. */
  json: string
}

/**
 * An SPDX 2.3 JSON document of `sbom`: the subject is the described root package (FILE for a file
 * or archive, CONTAINER for an image) that CONTAINS every package; the model's relationships
 * follow. Packages and relationships are sorted, so only the namespace and the time differ
 * between two documents of the same model.
 */
export function toSpdxJson(options: ToSpdxJsonOptions): SpdxJson {
  const { sbom } = options
  const ids = new SpdxIdAllocator()
  const rootId = ids.allocate(
    `DocumentRoot-${sbom.subject.kind === 'image' ? 'Image' : 'File'}-${sbom.subject.name}`
  )
  const packages = [...sbom.packages].sort(comparePackages)
  const spdxIds = new Map<string, string>([['subject', rootId]])
  for (const pkg of packages)
    spdxIds.set(pkg.id, ids.allocate(`Package-${pkg.type}-${pkg.name}-${pkg.id}`))

  const extracted = new Map<string, SpdxExtractedLicense>()
  const spdxPackages = [
    rootPackage(sbom.subject, rootId),
    ...packages.map(pkg => spdxPackage(pkg, spdxIds.get(pkg.id) ?? '', extracted))
  ]

  const relationships = new Map<string, SpdxRelationship>()
  const add = (relationship: SpdxRelationship): void => {
    relationships.set(relationshipKey(relationship), relationship)
  }
  for (const pkg of packages)
    add({
      spdxElementId: rootId,
      relationshipType: 'CONTAINS',
      relatedSpdxElement: spdxIds.get(pkg.id) ?? ''
    })
  for (const relationship of sbom.relationships) {
    const from = spdxIds.get(relationship.from)
    const to = spdxIds.get(relationship.to)
    if (from === undefined || to === undefined)
      throw new Error(
        `the SBOM's relationship ${relationship.from} ${relationship.type} ${relationship.to} names a package that is not in it`
      )
    add({
      spdxElementId: from,
      relationshipType: relationship.type,
      relatedSpdxElement: to,
      ...(relationship.comment === undefined ? {} : { comment: relationship.comment })
    })
  }
  const sorted = [...relationships.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))

  const document: SpdxDocument = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: singleLine(sbom.subject.name),
    documentNamespace: options.namespace ?? defaultNamespace(sbom),
    creationInfo: {
      created: formatCreated(options.created ?? new Date()),
      creators: [`Tool: ${sbom.tool.name}-${sbom.tool.version}`]
    },
    packages: spdxPackages,
    ...(extracted.size === 0
      ? {}
      : {
          hasExtractedLicensingInfos: [...extracted.values()].sort((a, b) =>
            a.licenseId < b.licenseId ? -1 : 1
          )
        }),
    relationships: [
      {
        spdxElementId: 'SPDXRef-DOCUMENT',
        relationshipType: 'DESCRIBES',
        relatedSpdxElement: rootId
      },
      ...sorted.map(([, relationship]) => relationship)
    ]
  }
  return { document, json: `${JSON.stringify(document, null, 2)}\n` }
}

function defaultNamespace(sbom: Sbom): string {
  const name = sbom.subject.name.replace(/[^A-Za-z0-9._-]/g, '-')
  return `https://spdx.org/spdxdocs/${sanitizeSpdxIdPart(sbom.tool.name)}-${sbom.subject.kind}-${name}-${randomUUID()}`
}

function singleLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ')
}

function rootPackage(subject: SbomSubject, SPDXID: string): SpdxPackage {
  const sha256 = subject.checksums.find(checksum => checksum.algorithm === 'SHA256')
  return {
    name: singleLine(subject.name),
    SPDXID,
    ...(sha256 === undefined ? {} : { versionInfo: `sha256:${sha256.value}` }),
    supplier: NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    ...(subject.checksums.length === 0
      ? {}
      : {
          checksums: subject.checksums.map(checksum => ({
            algorithm: checksum.algorithm,
            checksumValue: checksum.value
          }))
        }),
    licenseConcluded: NOASSERTION,
    licenseDeclared: NOASSERTION,
    copyrightText: NOASSERTION,
    ...(subject.platform === undefined ? {} : { comment: `platform: ${subject.platform}` }),
    primaryPackagePurpose: subject.kind === 'image' ? 'CONTAINER' : 'FILE'
  }
}

function spdxPackage(
  pkg: SbomPackage,
  SPDXID: string,
  extracted: Map<string, SpdxExtractedLicense>
): SpdxPackage {
  const licenses = spdxLicenseExpression({ licenses: pkg.licenses })
  for (const license of licenses.extracted)
    extracted.set(license.licenseId, {
      licenseId: license.licenseId,
      extractedText: license.text,
      name: license.text
    })
  const externalRefs: SpdxExternalRef[] = [
    ...pkg.cpes.map(cpe => ({
      referenceCategory: 'SECURITY',
      referenceType: 'cpe23Type',
      referenceLocator: cpe
    })),
    ...(pkg.purl === undefined
      ? []
      : [
          {
            referenceCategory: 'PACKAGE-MANAGER',
            referenceType: 'purl',
            referenceLocator: pkg.purl
          }
        ])
  ]
  return {
    name: singleLine(pkg.name),
    SPDXID,
    ...(pkg.version === undefined ? {} : { versionInfo: pkg.version }),
    supplier: pkg.supplier ?? NOASSERTION,
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    ...(pkg.checksums.length === 0
      ? {}
      : {
          checksums: pkg.checksums.map(checksum => ({
            algorithm: checksum.algorithm,
            checksumValue: checksum.value
          }))
        }),
    ...(pkg.sourceInfo === undefined ? {} : { sourceInfo: pkg.sourceInfo }),
    licenseConcluded: NOASSERTION,
    licenseDeclared: licenses.expression ?? NOASSERTION,
    copyrightText: NOASSERTION,
    ...(externalRefs.length === 0 ? {} : { externalRefs })
  }
}

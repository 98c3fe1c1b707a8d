/**
 * The SPDX 2.3 JSON document as this package writes and reads it: the fields of the official
 * schema (`schemas/spdx-2.3/spdx-schema.json`) that an SBOM of packages uses.
 */

export interface SpdxChecksum {
  algorithm: string
  checksumValue: string
}

export interface SpdxExternalRef {
  referenceCategory: string
  referenceType: string
  referenceLocator: string
  comment?: string
}

export interface SpdxPackage {
  name: string
  SPDXID: string
  versionInfo?: string
  supplier?: string
  originator?: string
  downloadLocation: string
  filesAnalyzed?: boolean
  packageVerificationCode?: {
    packageVerificationCodeValue: string
    packageVerificationCodeExcludedFiles?: string[]
  }
  checksums?: SpdxChecksum[]
  sourceInfo?: string
  licenseConcluded?: string
  licenseDeclared?: string
  licenseInfoFromFiles?: string[]
  copyrightText?: string
  externalRefs?: SpdxExternalRef[]
  primaryPackagePurpose?: string
  comment?: string
  description?: string
  hasFiles?: string[]
}

export interface SpdxRelationship {
  spdxElementId: string
  relationshipType: string
  relatedSpdxElement: string
  comment?: string
}

export interface SpdxExtractedLicense {
  licenseId: string
  extractedText: string
  name?: string
}

export interface SpdxDocument {
  spdxVersion: string
  dataLicense: string
  SPDXID: string
  name: string
  documentNamespace: string
  creationInfo: {
    created: string
    creators: string[]
    licenseListVersion?: string
    comment?: string
  }
  documentDescribes?: string[]
  packages?: SpdxPackage[]
  files?: { SPDXID: string; fileName: string }[]
  snippets?: { SPDXID: string }[]
  hasExtractedLicensingInfos?: SpdxExtractedLicense[]
  relationships?: SpdxRelationship[]
}

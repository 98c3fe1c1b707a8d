/**
 * The CycloneDX 1.6 JSON document as this package writes and reads it: the fields of the official
 * schema (`schemas/cyclonedx/bom-1.6.SNAPSHOT.schema.json`) that an SBOM of packages uses.
 */

export interface CycloneDxHash {
  alg: string
  content: string
}

export type CycloneDxLicenseChoice =
  { license: { id: string } | { name: string } } | { expression: string }

export interface CycloneDxProperty {
  name: string
  value: string
}

export interface CycloneDxComponent {
  'bom-ref'?: string
  type: string
  name: string
  group?: string
  version?: string
  hashes?: CycloneDxHash[]
  licenses?: CycloneDxLicenseChoice[]
  cpe?: string
  purl?: string
  properties?: CycloneDxProperty[]
  components?: CycloneDxComponent[]
}

export interface CycloneDxTool {
  type?: string
  vendor?: string
  author?: string
  name?: string
  version?: string
}

export interface CycloneDxDependency {
  ref: string
  dependsOn?: string[]
}

export interface CycloneDxDocument {
  $schema?: string
  bomFormat: string
  specVersion: string
  serialNumber?: string
  version?: number
  metadata?: {
    timestamp?: string
    tools?: CycloneDxTool[] | { components?: CycloneDxTool[]; services?: CycloneDxTool[] }
    component?: CycloneDxComponent
    properties?: CycloneDxProperty[]
  }
  components?: CycloneDxComponent[]
  dependencies?: CycloneDxDependency[]
}

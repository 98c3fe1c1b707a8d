// What the SBOM tests share: a small SBOM model written as SPDX 2.3 or CycloneDX 1.6 with this
// suite's own writers, the in-toto statement of an SBOM attestation, and a bundle whose DSSE
// payload is altered after signing.
import { toCycloneDxJson, toSpdxJson, type Sbom } from '@sign/sbom'
import type { InTotoStatement } from '@sign/sigstore'

/** An SBOM of `name` (sha256 `hex`) listing `packages` npm packages. */
export function sampleSbom(options: { name: string; hex: string; packages: number }): Sbom {
  return {
    subject: {
      kind: 'file',
      name: options.name,
      checksums: [{ algorithm: 'SHA256', value: options.hex }]
    },
    packages: Array.from({ length: options.packages }, (_, index) => ({
      id: `0000000000000${index + 100}`,
      name: `pkg-${index}`,
      version: `1.0.${index}`,
      type: 'npm' as const,
      purl: `pkg:npm/pkg-${index}@1.0.${index}`,
      cpes: [],
      checksums: [],
      licenses: [],
      locations: [{ path: `/node_modules/pkg-${index}/package.json` }],
      foundBy: 'javascript-package-cataloger'
    })),
    relationships: [],
    tool: { name: 'sign', version: '0.0.0' }
  }
}

/** The document of `sbom` in `format`, parsed. */
export function sbomDocument(options: {
  sbom: Sbom
  format: 'spdx-json' | 'cyclonedx-json'
}): Record<string, unknown> {
  const written =
    options.format === 'spdx-json'
      ? toSpdxJson({ sbom: options.sbom })
      : toCycloneDxJson({ sbom: options.sbom })
  return JSON.parse(written.json) as Record<string, unknown>
}

/** An SBOM attestation statement about `hex` (the subject's sha256). */
export function sbomStatement(options: {
  hex: string
  predicateType: string
  document: Record<string, unknown>
}): InTotoStatement {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'subject', digest: { sha256: options.hex } }],
    predicateType: options.predicateType,
    predicate: options.document
  }
}

/**
 * A copy of a DSSE bundle whose statement's predicate is changed after signing (one package
 * renamed): the signature no longer covers the payload.
 */
export function tamperedBundle(bundle: unknown): Record<string, unknown> {
  const copy = structuredClone(bundle) as { dsseEnvelope: { payload: string } }
  const statement = JSON.parse(Buffer.from(copy.dsseEnvelope.payload, 'base64').toString()) as {
    predicate: { packages?: { name: string }[] }
  }
  const first = statement.predicate.packages?.[0]
  if (first === undefined) throw new Error('no package to alter')
  first.name = 'evil-package'
  copy.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
  return copy
}

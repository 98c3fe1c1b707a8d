import type { Sbom } from '../model/types.ts'
import { sbomFromCycloneDx } from './from-cyclonedx.ts'
import { sbomFromSpdx } from './from-spdx.ts'
import { SbomReadError } from './sbom-read-error.ts'

/** The largest SBOM read by default: 64 MiB (image SBOMs with files run to tens of MiB). */
export const MAX_SBOM_BYTES = 64 * 1024 * 1024

/** The SPDX versions read. */
export const SPDX_VERSIONS = ['SPDX-2.2', 'SPDX-2.3'] as const
/** The CycloneDX versions read. */
export const CYCLONEDX_VERSIONS = ['1.4', '1.5', '1.6', '1.7'] as const

import type { SbomFormat } from '../model/formats.ts'
export type { SbomFormat } from '../model/formats.ts'

/** Options of {@link readSbom}. */
export interface ReadSbomOptions {
  /** The document's bytes (UTF-8 JSON). */
  bytes: Uint8Array
  /** Refuse documents larger than this. Default {@link MAX_SBOM_BYTES}. */
  maxBytes?: number
}

/** A document read. */
export interface ReadSbom {
  format: SbomFormat
  /** `SPDX-2.3`, `1.6`, … as the document says. */
  specVersion: string
  /** What the document says, in the model. */
  sbom: Sbom
  /** The parsed JSON, unchanged. */
  raw: Record<string, unknown>
}

/**
 * Reads an SPDX 2.2/2.3 or CycloneDX 1.4–1.7 JSON document into the model. The format is told
 * apart as actions/attest does: SPDX has `spdxVersion` and `SPDXID`, CycloneDX has `bomFormat` and
 * `specVersion`. Unlike actions/attest, a CycloneDX BOM without `serialNumber` is read (the
 * field is optional in the CycloneDX schema). Reading does not validate: see validateSbom.
 */
export function readSbom(options: ReadSbomOptions): ReadSbom {
  const maxBytes = options.maxBytes ?? MAX_SBOM_BYTES
  if (options.bytes.byteLength > maxBytes)
    throw new SbomReadError(
      `the SBOM is ${options.bytes.byteLength} bytes, more than the ${maxBytes} bytes this reads`
    )
  let raw: unknown
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(options.bytes))
  } catch (error) {
    throw new SbomReadError(
      `the SBOM is not UTF-8 JSON: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new SbomReadError('the SBOM is not a JSON object')
  const document = raw as Record<string, unknown>
  if (document['spdxVersion'] !== undefined && document['SPDXID'] !== undefined) {
    const specVersion = document['spdxVersion']
    if (
      typeof specVersion !== 'string' ||
      !(SPDX_VERSIONS as readonly string[]).includes(specVersion)
    )
      throw new SbomReadError(
        `the SPDX document's spdxVersion ${JSON.stringify(specVersion)} is not one this reads (${SPDX_VERSIONS.join(', ')})`
      )
    return { format: 'spdx-json', specVersion, sbom: sbomFromSpdx({ document }), raw: document }
  }
  if (document['bomFormat'] !== undefined && document['specVersion'] !== undefined) {
    if (document['bomFormat'] !== 'CycloneDX')
      throw new SbomReadError(
        `the document's bomFormat ${JSON.stringify(document['bomFormat'])} is not CycloneDX`
      )
    const specVersion = document['specVersion']
    if (
      typeof specVersion !== 'string' ||
      !(CYCLONEDX_VERSIONS as readonly string[]).includes(specVersion)
    )
      throw new SbomReadError(
        `the CycloneDX BOM's specVersion ${JSON.stringify(specVersion)} is not one this reads (${CYCLONEDX_VERSIONS.join(', ')})`
      )
    return {
      format: 'cyclonedx-json',
      specVersion,
      sbom: sbomFromCycloneDx({ document }),
      raw: document
    }
  }
  throw new SbomReadError(
    'the document is neither SPDX JSON (spdxVersion and SPDXID) nor CycloneDX JSON (bomFormat and specVersion)'
  )
}

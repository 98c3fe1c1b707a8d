// What an SBOM holds, for the report and for SBOM requirements: read with @sign/sbom, bounded.
import { MAX_SBOM_BYTES, SbomReadError, readSbom } from '@sign/sbom'
import { sbomFormatOfPredicateType } from '../policy/sbom-formats.ts'
import type { SbomFormat } from '../policy/types.ts'
import type { SbomSummary } from '../report/types.ts'
import { bundleStatement } from './bundle-statement.ts'

/** Options of {@link summarizeSbom}. */
export interface SummarizeSbomOptions {
  /** The document's bytes. */
  bytes: Uint8Array
  /** The format its storage names (artifact type, predicate type, file name). */
  format: SbomFormat
}

/**
 * The document's format, spec version and package count; a `problem` when it is not JSON, not an
 * SBOM, over the size limit, or of another format than its storage names.
 */
export function summarizeSbom(options: SummarizeSbomOptions): SbomSummary {
  const { bytes, format } = options
  try {
    const read = readSbom({ bytes, maxBytes: MAX_SBOM_BYTES })
    const summary = { format, specVersion: read.specVersion, packages: read.sbom.packages.length }
    if (read.format !== format) {
      return { ...summary, problem: `it is stored as ${format} but the document is ${read.format}` }
    }
    return summary
  } catch (error) {
    if (!(error instanceof SbomReadError)) throw error
    return { format, problem: error.message }
  }
}

/** Options of {@link attestedSbom}. */
export interface AttestedSbomOptions {
  /** A Sigstore bundle (parsed JSON, not necessarily verified). */
  bundle: unknown
}

/**
 * The SBOM a DSSE bundle attests: undefined unless its statement's predicate type is an SBOM
 * type (`https://spdx.dev/Document`, `…/Document/v2.3`, `https://cyclonedx.org/bom`); else the
 * summary of its predicate, the document itself.
 */
export function attestedSbom(options: AttestedSbomOptions): SbomSummary | undefined {
  const read = bundleStatement({ bundle: options.bundle })
  if (read?.predicateType === undefined) return undefined
  const format = sbomFormatOfPredicateType({ predicateType: read.predicateType })
  if (format === undefined) return undefined
  if (read.predicate === null || typeof read.predicate !== 'object') {
    return { format, problem: 'the statement has no SBOM document as its predicate' }
  }
  return summarizeSbom({ bytes: Buffer.from(JSON.stringify(read.predicate)), format })
}

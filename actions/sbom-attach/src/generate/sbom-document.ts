import { toCycloneDxJson, toSpdxJson, validateSbom, type Sbom } from '@sign/sbom'
import type { SbomFormatName } from '../inputs.ts'

/** One SBOM written in one format, validated. */
export interface SbomDocument {
  format: SbomFormatName
  /** The parsed document (an attestation's predicate). */
  document: object
  /** Its bytes as written and attached. */
  json: string
  /** Packages besides the described subject. */
  packages: number
}

/**
 * The documents of `sbom` in each format, each checked against its official schema (and SPDX's
 * rules the schema misses) before anything is written: a document this step made that does not
 * validate is a bug here, reported as an internal error.
 */
export function sbomDocuments(options: {
  sbom: Sbom
  formats: readonly SbomFormatName[]
}): SbomDocument[] {
  const { sbom } = options
  return options.formats.map(format => {
    const written = format === 'spdx-json' ? toSpdxJson({ sbom }) : toCycloneDxJson({ sbom })
    const problems = validateSbom({ document: written.document })
    if (problems.length > 0) {
      const listed = problems
        .slice(0, 5)
        .map(problem => `${problem.path || '/'}: ${problem.message}`)
        .join('; ')
      throw new Error(
        `the ${format} SBOM of ${sbom.subject.name} does not validate against its schema (${listed})`
      )
    }
    return {
      format,
      document: written.document,
      json: written.json,
      packages: sbom.packages.length
    }
  })
}

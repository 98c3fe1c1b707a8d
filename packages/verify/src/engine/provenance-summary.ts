// What a SLSA provenance attestation says, for the report and provenance requirements: read with
// @sign/provenance from the bundle's statement.
import { ProvenanceError, readProvenance } from '@sign/provenance'
import { sourceRepositoryURI } from '../policy/provenance-requirement.ts'
import type { ProvenanceSummary } from '../report/types.ts'
import { bundleStatement } from './bundle-statement.ts'

/**
 * The provenance a DSSE bundle attests: undefined unless its predicate type is SLSA provenance
 * (`https://slsa.dev/provenance/v…`); else its build type, builder, source repository, ref and
 * commit, or a `problem` saying why the statement does not read as provenance.
 */
export function attestedProvenance(options: { bundle: unknown }): ProvenanceSummary | undefined {
  const read = bundleStatement({ bundle: options.bundle })
  const predicateType = read?.predicateType
  if (read === undefined || predicateType === undefined) return undefined
  if (!predicateType.startsWith('https://slsa.dev/provenance/')) return undefined
  try {
    const provenance = readProvenance({ statement: read.statement })
    const source = provenance.source
    const repository = source === undefined ? undefined : sourceRepositoryURI({ value: source.uri })
    const digest = source?.digest.gitCommit ?? source?.digest.sha1
    return {
      predicateType,
      ...(provenance.buildType === '' ? {} : { buildType: provenance.buildType }),
      ...(provenance.builderId === undefined ? {} : { builderId: provenance.builderId }),
      ...(repository === undefined ? {} : { sourceRepository: repository }),
      ...(source?.ref === undefined ? {} : { sourceRef: source.ref }),
      ...(digest === undefined ? {} : { sourceDigest: digest })
    }
  } catch (error) {
    if (!(error instanceof ProvenanceError)) throw error
    return { predicateType, problem: error.message }
  }
}

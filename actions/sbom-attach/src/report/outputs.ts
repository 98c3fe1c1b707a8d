import { setOutputs, writeSummary } from '@sign/action-kit'
import { writeCertificate } from '@sign/subjects/keyless'
import type { LiftedRecord } from './lifted-record.ts'
import type { SbomRecord } from './sbom-record.ts'
import { sbomsSummary, type SbomReport } from './summary.ts'

/**
 * Writes the certificate file (when anything was attested) and sets `sboms`, `lifted`,
 * `referrers` (each image SBOM referrer as `registry/repository@sha256:…`, a line each, for
 * notation-sign-akv's `images`) and `certificate`.
 */
export async function writeOutputs(options: {
  records: SbomRecord[]
  lifted: LiftedRecord[]
  certificatePems: string[]
}): Promise<void> {
  const certificate =
    options.certificatePems.length === 0
      ? ''
      : await writeCertificate({ pems: options.certificatePems, prefix: 'sbom-attach' })
  const referrers = options.records.flatMap(record =>
    record.kind === 'image' && record.referrer !== undefined
      ? [`${record.subject.slice(0, record.subject.lastIndexOf('@'))}@${record.referrer}`]
      : []
  )
  setOutputs({
    sboms: options.records,
    lifted: options.lifted,
    referrers: referrers.join('\n'),
    certificate
  })
}

/** Appends the SBOMs' summary to the job summary. */
export async function writeSbomsSummary(report: SbomReport): Promise<void> {
  await writeSummary(sbomsSummary(report))
}

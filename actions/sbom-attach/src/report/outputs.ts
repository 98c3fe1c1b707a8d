import { setOutputs, writeSummary } from '@sign/action-kit'
import { writeCertificate } from '@sign/subjects/keyless'
import type { SbomRecord } from './sbom-record.ts'
import { sbomsSummary, type SbomReport } from './summary.ts'

/** Writes the certificate file (when the SBOMs were attested) and sets `sboms` and `certificate`. */
export async function writeOutputs(options: {
  records: SbomRecord[]
  certificatePems: string[]
}): Promise<void> {
  const certificate =
    options.certificatePems.length === 0
      ? ''
      : await writeCertificate({ pems: options.certificatePems, prefix: 'sbom-attach' })
  setOutputs({ sboms: options.records, certificate })
}

/** Appends the SBOMs' summary to the job summary. */
export async function writeSbomsSummary(report: SbomReport): Promise<void> {
  await writeSummary(sbomsSummary(report))
}

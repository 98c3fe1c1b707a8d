import { setOutputs, writeSummary } from '@sign/action-kit'
import { writeCertificate } from '@sign/subjects/keyless'
import type { ProvenanceRecord } from './provenance-record.ts'
import { provenanceSummary, type ProvenanceReport } from './summary.ts'

/** Writes the certificate file and sets `provenance`, `provenance-name` and `certificate`. */
export async function writeOutputs(options: {
  records: ProvenanceRecord[]
  certificatePems: string[]
}): Promise<void> {
  const certificate =
    options.certificatePems.length === 0
      ? ''
      : await writeCertificate({ pems: options.certificatePems, prefix: 'slsa-provenance' })
  setOutputs({
    provenance: options.records,
    'provenance-name': options.records.find(record => record.path !== undefined)?.path ?? '',
    certificate
  })
}

/** Appends the provenance summary to the job summary. */
export async function writeProvenanceSummary(report: ProvenanceReport): Promise<void> {
  await writeSummary(provenanceSummary(report))
}

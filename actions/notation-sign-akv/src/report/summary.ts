import { X509Certificate } from 'node:crypto'
import { JobSummary } from '@sign/action-kit'
import type { SignatureRecord } from './signature-record.ts'

/** The job summary: the signing certificate, then one row per signature. */
export function signaturesSummary(options: {
  records: SignatureRecord[]
  chain: Buffer[]
  algorithm: string
}): JobSummary {
  const summary = new JobSummary().heading('Notary Project signatures')
  const [leaf] = options.chain
  if (leaf !== undefined) {
    const certificate = new X509Certificate(leaf)
    summary.table({
      header: ['signed by', 'algorithm', 'certificate valid until', 'chain'],
      rows: [
        [
          certificate.subject.replaceAll('\n', ', '),
          options.algorithm,
          new Date(certificate.validTo).toISOString(),
          `${options.chain.length} certificate(s)`
        ]
      ]
    })
  }
  return summary.table({
    header: ['subject', 'digest', 'kind', 'format', 'signature'],
    rows: options.records.map(record => [
      record.subject,
      record.digest,
      record.kind,
      record.format,
      record.signature ?? `referrer ${record.referrer ?? '?'}`
    ])
  })
}

import { X509Certificate } from 'node:crypto'
import { JobSummary } from '@sign/action-kit'
import type { SignatureRecord } from './signature-record.ts'

/** The job summary: who signed (the certificate's identity), then one row per signature. */
export function signaturesSummary(options: {
  records: SignatureRecord[]
  certificatePem: string
}): JobSummary {
  const summary = new JobSummary().heading('Sigstore keyless signatures')
  const identity = certificateIdentity(options.certificatePem)
  if (identity !== undefined) {
    summary.table({ header: ['signed as', 'certificate valid until'], rows: [identity] })
  }
  return summary.table({
    header: ['subject', 'digest', 'kind', 'signature', 'Rekor entry'],
    rows: options.records.map(record => [
      record.subject,
      record.digest,
      record.kind,
      whereItWent(record),
      record.rekorEntryUrl ??
        (record.rekorLogIndex === undefined ? '—' : `#${record.rekorLogIndex}`)
    ])
  })
}

function whereItWent(record: SignatureRecord): string {
  const main = record.bundle ?? `referrer ${record.referrer ?? '?'}`
  return [main, ...(record.legacy ?? [])].join('\n')
}

/** The certificate's subject alternative name and expiry, when it parses. */
function certificateIdentity(pem: string): [string, string] | undefined {
  try {
    const certificate = new X509Certificate(pem)
    const san = (certificate.subjectAltName ?? '').replace(/^[A-Za-z ]+:/, '')
    return [san, new Date(certificate.validTo).toISOString()]
  } catch {
    return undefined
  }
}

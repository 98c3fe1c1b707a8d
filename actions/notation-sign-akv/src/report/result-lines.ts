import { counted } from '@sign/action-kit'
import { plainOrQuoted } from '@sign/safe-text'
import type { SignatureRecord } from './signature-record.ts'
import { signingCertificate } from './signing-certificate.ts'
import type { SigningReport } from './signing-report.ts'

/**
 * The log's last lines, outside any group, as actions/attest ends its log: what was signed with
 * which key and certificate, then a line per subject with where its signature went. Names from
 * outside are quoted unless plain.
 */
export function resultLines(report: SigningReport): string[] {
  const certificate = signingCertificate({ chain: report.chain })
  const key = report.keyId === undefined ? 'a local key' : report.keyId
  const signer =
    certificate === undefined
      ? ''
      : ` (certificate ${plainOrQuoted(certificate.subject)}, SHA-256 ${certificate.thumbprint})`
  return [
    `✅ Signed ${counted(report.records.length, 'subject')} with ${key}${signer}`,
    ...report.records.map(record => `  ${subjectLine(record)}`)
  ]
}

function subjectLine(record: SignatureRecord): string {
  const where =
    record.kind === 'image'
      ? `referrer ${record.referrer ?? '?'}`
      : plainOrQuoted(record.signature ?? '?')
  return `${plainOrQuoted(record.subject)} → ${where}`
}

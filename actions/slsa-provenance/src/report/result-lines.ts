import { counted } from '@sign/action-kit'
import { plainOrQuoted } from '@sign/safe-text'
import { signerClaims } from '@sign/subjects/keyless'
import type { ProvenanceReport } from './summary.ts'

/** The log's last lines: how many statements, signed as whom, then where each went. */
export function resultLines(report: ProvenanceReport): string[] {
  const claims =
    report.certificatePem === undefined
      ? undefined
      : signerClaims({ certificatePem: report.certificatePem })
  const signer =
    claims === undefined || claims.identity === ''
      ? ''
      : `, signed as ${plainOrQuoted(claims.identity)}`
  return [
    `✅ Wrote ${counted(report.records.length, 'provenance statement')}${signer}`,
    ...report.records.map(record => {
      const where =
        record.referrer !== undefined
          ? `referrer ${record.referrer}`
          : plainOrQuoted(record.path ?? record.image ?? '?')
      const uploaded =
        record.attestationId === undefined ? '' : `, GitHub attestation ${record.attestationId}`
      return `- ${record.format} (${counted(record.subjects.length, 'subject')}): ${where}${uploaded}`
    })
  ]
}

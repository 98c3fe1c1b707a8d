import { counted } from '@sign/action-kit'
import { plainOrQuoted } from '@sign/safe-text'
import { signerClaims } from '@sign/subjects/keyless'
import type { SbomReport } from './summary.ts'

/**
 * The log's last lines, outside any group: how many SBOMs, attested as whom, then a line per SBOM
 * with where it went. Names from outside are quoted unless plain.
 */
export function resultLines(report: SbomReport): string[] {
  const claims =
    report.certificatePem === undefined
      ? undefined
      : signerClaims({ certificatePem: report.certificatePem })
  const signer =
    claims === undefined || claims.identity === ''
      ? ''
      : `, attested as ${plainOrQuoted(claims.identity)}`
  return [
    `✅ Wrote ${counted(report.records.length, 'SBOM')}${signer}`,
    ...report.records.map(record => {
      const where =
        record.kind === 'image'
          ? `referrer ${record.referrer ?? '?'}`
          : plainOrQuoted(record.path ?? '?')
      const attestation =
        record.attestation === undefined ? '' : `, attestation ${plainOrQuoted(record.attestation)}`
      return `- ${plainOrQuoted(record.subject)} ${record.format} (${counted(record.packages, 'package')}): ${where}${attestation}`
    }),
    ...report.lifted.map(
      record =>
        `- ${plainOrQuoted(record.subject)} BuildKit ${plainOrQuoted(record.predicateType)}: attestation ${record.attestation}`
    )
  ]
}

import { counted } from '@sign/action-kit'
import { plainOrQuoted } from '@sign/safe-text'
import { rekorSearchUrl } from '@sign/subjects/keyless'
import type { SignatureRecord } from './signature-record.ts'
import { signerClaims } from '@sign/subjects/keyless'
import type { SigningReport } from './signing-report.ts'

/**
 * The log's last lines, outside any group, as actions/attest ends its log: what was signed as
 * whom, then a line per subject with where its signature went and its transparency log entry.
 * Names from outside are quoted unless plain.
 */
export function resultLines(report: SigningReport): string[] {
  const claims = signerClaims({ certificatePem: report.certificatePem })
  const issuer = claims?.issuer === undefined ? '' : ` (issuer ${plainOrQuoted(claims.issuer)})`
  const signer =
    claims === undefined || claims.identity === ''
      ? ''
      : ` as ${plainOrQuoted(claims.identity)}${issuer}`
  return [
    `✅ Signed ${counted(report.records.length, 'subject')}${signer}`,
    ...report.records.map(record => `  ${subjectLine({ record, report })}`)
  ]
}

function subjectLine(options: { record: SignatureRecord; report: SigningReport }): string {
  const { record } = options
  const where =
    record.kind === 'image'
      ? `referrer ${record.referrer ?? '?'}`
      : plainOrQuoted(record.bundle ?? '?')
  const legacy = (record.legacy ?? []).map(where =>
    record.kind === 'image' ? `tag ${where}` : plainOrQuoted(where)
  )
  const entry = rekorEntry(options)
  const logged = entry === undefined ? '' : `; ${entry}`
  return `${plainOrQuoted(record.subject)} → ${[where, ...legacy].join(', ')}${logged}`
}

/** The entry's search page (public-good), else its API URL, else its log index. */
function rekorEntry(options: {
  record: SignatureRecord
  report: SigningReport
}): string | undefined {
  const { rekorLogIndex, rekorEntryUrl } = options.record
  if (rekorLogIndex === undefined) return undefined
  const page = rekorSearchUrl({
    rekorUrl: options.report.instance.rekorUrl,
    logIndex: rekorLogIndex
  })
  return `Rekor ${page ?? rekorEntryUrl ?? `log index ${rekorLogIndex}`}`
}

import {
  JobSummary,
  counted,
  fullDigests,
  joinInline,
  pathCell,
  readableTime,
  shortDigest,
  subjectCell,
  type Inline
} from '@sign/action-kit'
import { howToVerify } from './how-to-verify.ts'
import type { SignatureRecord } from './signature-record.ts'
import { signingCertificate, type SigningCertificate } from './signing-certificate.ts'
import type { SigningReport } from './signing-report.ts'

/**
 * The job summary: a ✅ headline, the key and the certificate a verifier trusts (subject in the
 * trust policy's form, issuer, thumbprint), format, algorithm and times; one narrow row per
 * subject — its short digest and where its signature went — then folds with how to verify the
 * signatures and the full digests.
 */
export function signaturesSummary(report: SigningReport): JobSummary {
  const { records } = report
  const certificate = signingCertificate({ chain: report.chain })
  const summary = new JobSummary()
    .headline({
      verdict: 'passed',
      text: `Notary Project signatures: ${counted(records.length, 'subject')} signed`
    })
    .line(keyLine(report))
  if (certificate !== undefined) summary.line(certificateLine(certificate))
  summary.line(timesLine(report)).table({
    header: ['Subject', 'Digest', 'Signature'],
    rows: records.map(record => [
      subjectCell({ subject: record }),
      shortDigest(record.digest),
      signatureCell(record)
    ])
  })
  if (certificate !== undefined) {
    summary.details({
      label: 'How to verify these signatures',
      body: howToVerify({ report, certificate })
    })
  }
  return summary.details({
    label: `Full digests (${records.length})`,
    body: fullDigests({ subjects: records })
  })
}

const labelled = (label: string, value: Inline): Inline => [{ strong: label }, ' ', value]

/** **Key** the Key Vault key id (or the local key), **Algorithm**, **Format**. */
function keyLine(report: SigningReport): Inline {
  return joinInline([
    labelled('Key', report.keyId === undefined ? 'local key (key-file)' : { code: report.keyId }),
    labelled('Algorithm', { code: report.algorithm }),
    labelled('Format', { code: report.format.toUpperCase() })
  ])
}

/** The certificate: its subject as a trust policy names it, issuer, thumbprint, validity. */
function certificateLine(certificate: SigningCertificate): Inline {
  const subject = certificate.identity ?? certificate.subject
  return [
    labelled('Certificate', { code: subject }),
    { br: true },
    joinInline([
      certificate.chainLength === 1
        ? 'self-signed'
        : labelled('Issuer', { code: certificate.issuer }),
      `chain of ${counted(certificate.chainLength, 'certificate')}`,
      `valid until ${readableTime(certificate.validUntil)}`
    ]),
    { br: true },
    labelled('SHA-256 thumbprint', { code: certificate.thumbprint })
  ]
}

/** When the envelopes were signed, and when they expire (if they do). */
function timesLine(report: SigningReport): Inline {
  return joinInline([
    labelled('Signed', readableTime(report.signingTime)),
    labelled('Expires', report.expiry === undefined ? 'never' : readableTime(report.expiry))
  ])
}

/** Where the signature went: the signature manifest's digest, or the signature file. */
function signatureCell(record: SignatureRecord): Inline {
  return record.kind === 'image'
    ? ['referrer ', shortDigest(record.referrer ?? '')]
    : pathCell({ path: record.signature ?? '' })
}

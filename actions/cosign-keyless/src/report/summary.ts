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
import { rekorSearchUrl } from '@sign/subjects/keyless'
import type { SignatureRecord } from './signature-record.ts'
import { signerClaims, type SignerClaims } from '@sign/subjects/keyless'
import type { SigningReport } from './signing-report.ts'

/**
 * The job summary: a ✅ headline, who signed (identity, issuer, the workflow run's claims, when),
 * one narrow row per subject — its short digest, where its signature went, its Rekor entry —
 * then folds with how to verify the signatures and the full digests.
 */
export function signaturesSummary(report: SigningReport): JobSummary {
  const { records } = report
  const claims = signerClaims({ certificatePem: report.certificatePem })
  const summary = new JobSummary().headline({
    verdict: 'passed',
    text: `Sigstore keyless signatures: ${counted(records.length, 'subject')} signed`
  })
  if (claims !== undefined) {
    summary.line(signerLine(claims)).line(runLine({ claims, signedAt: report.signedAt }))
  }
  const logged = records.some(record => record.rekorLogIndex !== undefined)
  summary.table({
    header: ['Subject', 'Digest', 'Signature', ...(logged ? ['Transparency log'] : [])],
    rows: records.map(record => [
      subjectCell({ subject: record }),
      shortDigest(record.digest),
      signatureCell(record),
      ...(logged ? [rekorCell({ record, rekorUrl: report.instance.rekorUrl })] : [])
    ])
  })
  if (claims !== undefined && claims.identity !== '') {
    summary.details({
      label: 'How to verify these signatures',
      body: howToVerify({ report, claims })
    })
  }
  return summary.details({
    label: `Full digests (${records.length})`,
    body: fullDigests({ subjects: records })
  })
}

/** **Signed as** identity, **Issuer** issuer: what a verifier names. */
function signerLine(claims: SignerClaims): Inline {
  return [
    { strong: 'Signed as' },
    ' ',
    { code: claims.identity },
    ...(claims.issuer === undefined
      ? []
      : [{ br: true as const }, { strong: 'Issuer' }, ' ', { code: claims.issuer }])
  ]
}

/** The run the certificate names — repository, ref, commit, trigger, run — and when it signed. */
function runLine(options: { claims: SignerClaims; signedAt: Date | undefined }): Inline {
  const { claims, signedAt } = options
  const parts: Inline[] = []
  const labelled = (label: string, value: Inline): Inline => [{ strong: label }, ' ', value]
  if (claims.repository !== undefined) {
    const code = { code: claims.repository }
    parts.push(labelled('Repository', linked(claims.repositoryUrl, code)))
  }
  if (claims.ref !== undefined) parts.push(labelled('Ref', { code: claims.ref }))
  if (claims.commit !== undefined) {
    const code = { code: claims.commit.slice(0, 7), title: claims.commit }
    const url = /^[0-9a-f]{7,64}$/.test(claims.commit)
      ? claims.repositoryUrl && `${claims.repositoryUrl}/commit/${claims.commit}`
      : undefined
    parts.push(labelled('Commit', linked(url, code)))
  }
  if (claims.trigger !== undefined) parts.push(labelled('Trigger', { code: claims.trigger }))
  if (claims.runUrl !== undefined) parts.push(labelled('Run', runLink(claims.runUrl)))
  parts.push(
    signedAt === undefined
      ? `certificate issued ${readableTime(claims.issuedAt)}`
      : `signed ${readableTime(signedAt)}`
  )
  return joinInline(parts)
}

/** `text` as a link to `url` when there is one. */
function linked(url: string | undefined, text: Inline): Inline {
  return url === undefined || url === '' ? text : { link: url, text }
}

/** The run invocation URI as a link reading `4242424242 (attempt 2)`. */
function runLink(url: string): Inline {
  const match = /\/runs\/(\d+)(?:\/attempts\/(\d+))?\/?$/.exec(url)
  if (!match) return { link: url, text: url }
  const [, id = '', attempt] = match
  return { link: url, text: attempt === undefined ? id : `${id} (attempt ${attempt})` }
}

/** Where the signature went: the referrer's digest or the bundle file, and any legacy form. */
function signatureCell(record: SignatureRecord): Inline {
  const legacy = (record.legacy ?? []).map((where): Inline => [
    { br: true },
    record.kind === 'image' ? legacyTag(where) : pathCell({ path: where })
  ])
  const main: Inline =
    record.kind === 'image'
      ? ['referrer ', shortDigest(record.referrer ?? '')]
      : pathCell({ path: record.bundle ?? '' })
  return [main, ...legacy]
}

/** A legacy `repository:sha256-<hex>.sig` tag as `tag sha256-285e8fb6…0f3c0575.sig`. */
function legacyTag(reference: string): Inline {
  const match = /:sha256-([0-9a-f]{64})\.sig$/.exec(reference)
  const hex = match?.[1]
  const tag = hex === undefined ? reference : `sha256-${hex.slice(0, 8)}…${hex.slice(-8)}.sig`
  return ['tag ', { code: tag, title: reference }]
}

/** `Rekor #N`, a link to the entry's page where it has one (public-good). */
function rekorCell(options: { record: SignatureRecord; rekorUrl: string | undefined }): Inline {
  const { rekorLogIndex } = options.record
  if (rekorLogIndex === undefined) return '—'
  const text = `Rekor #${rekorLogIndex}`
  const url = rekorSearchUrl({ rekorUrl: options.rekorUrl, logIndex: rekorLogIndex })
  return linked(url, text)
}

import {
  JobSummary,
  counted,
  fullDigests,
  pathCell,
  shortDigest,
  subjectCell,
  type Inline
} from '@sign/action-kit'
import type { SigstoreInstance } from '@sign/sigstore'
import { signerClaims } from '@sign/subjects/keyless'
import { howToVerify } from './how-to-verify.ts'
import type { LiftedRecord } from './lifted-record.ts'
import type { SbomRecord } from './sbom-record.ts'

/** What the summary and the result lines report. */
export interface SbomReport {
  records: SbomRecord[]
  /** The BuildKit statements signed and attached to their platform manifests. */
  lifted: LiftedRecord[]
  /** The attestations' certificate; absent when the SBOMs were not attested. */
  certificatePem: string | undefined
  instance: SigstoreInstance | undefined
}

/**
 * The job summary: a ✅ headline, who attested (identity, issuer), one narrow row per SBOM — its
 * subject, format, package count, where it went and its attestation — then folds with how to
 * verify and the full digests.
 */
export function sbomsSummary(report: SbomReport): JobSummary {
  const { records } = report
  const claims =
    report.certificatePem === undefined
      ? undefined
      : signerClaims({ certificatePem: report.certificatePem })
  const summary = new JobSummary().headline({
    verdict: 'passed',
    text: `SBOMs: ${counted(records.length, 'SBOM')} for ${counted(subjectCount(records), 'subject')}${
      report.lifted.length === 0
        ? ''
        : `; ${counted(report.lifted.length, 'BuildKit attestation')} signed`
    }`
  })
  if (claims !== undefined && claims.identity !== '') {
    summary.line([
      { strong: 'Attested as' },
      ' ',
      { code: claims.identity },
      ...(claims.issuer === undefined
        ? []
        : [{ br: true as const }, { strong: 'Issuer' }, ' ', { code: claims.issuer }])
    ])
  }
  const attested = records.some(record => record.attestation !== undefined)
  summary.table({
    header: ['Subject', 'Format', 'Packages', 'SBOM', ...(attested ? ['Attestation'] : [])],
    rows: records.map(record => [
      subjectCell({ subject: record }),
      record.format,
      String(record.packages),
      whereCell(record.kind === 'image' ? record.referrer : record.path, record.kind),
      ...(attested ? [whereCell(record.attestation, record.kind)] : [])
    ])
  })
  if (report.lifted.length > 0) {
    summary.line([{ strong: 'BuildKit attestations' }, ', signed as BuildKit wrote them:']).table({
      header: ['Subject', 'Predicate type', 'Statement', 'Attestation'],
      rows: report.lifted.map(record => [
        subjectCell({ subject: { subject: record.subject, kind: 'image' } }),
        { code: record.predicateType },
        record.statementType.replace('https://in-toto.io/Statement/', ''),
        whereCell(record.attestation, 'image')
      ])
    })
  }
  summary.details({
    label: 'How to verify these SBOMs',
    body: howToVerify({ records, claims, instance: report.instance })
  })
  const subjects = [...new Map(records.map(record => [record.subject, record])).values()]
  return summary.details({
    label: `Full digests (${subjects.length})`,
    body: fullDigests({ subjects })
  })
}

function subjectCount(records: SbomRecord[]): number {
  return new Set(records.map(record => record.subject)).size
}

/** A referrer as `referrer sha256:1234…`, a file as its path; `—` when there is none. */
function whereCell(where: string | undefined, kind: SbomRecord['kind']): Inline {
  if (where === undefined) return '—'
  return kind === 'image' ? ['referrer ', shortDigest(where)] : pathCell({ path: where })
}

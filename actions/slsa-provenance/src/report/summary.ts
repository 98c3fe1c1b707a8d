import {
  JobSummary,
  counted,
  pathCell,
  shellCommand,
  shortDigest,
  type Inline
} from '@sign/action-kit'
import { signerClaims } from '@sign/subjects/keyless'
import type { ProvenanceRecord } from './provenance-record.ts'

/** What the summary and the result lines report. */
export interface ProvenanceReport {
  records: ProvenanceRecord[]
  certificatePem: string | undefined
}

/**
 * The job summary: a ✅ headline, who signed (the workflow identity, which is the builder), the
 * SLSA level a step in the build job gives, a row per statement — format, subjects, where it
 * went — and how to verify with gh, cosign and sign verify.
 */
export function provenanceSummary(report: ProvenanceReport): JobSummary {
  const { records } = report
  const claims =
    report.certificatePem === undefined
      ? undefined
      : signerClaims({ certificatePem: report.certificatePem })
  const subjects = new Set(records.flatMap(record => record.subjects.map(s => s.name))).size
  const summary = new JobSummary().headline({
    verdict: 'passed',
    text: `SLSA provenance: ${counted(records.length, 'statement')} for ${counted(subjects, 'subject')}`
  })
  if (claims !== undefined && claims.identity !== '') {
    summary.line([{ strong: 'Builder (signed as)' }, ' ', { code: claims.identity }])
  }
  summary.line(
    'SLSA Build L2: made in the job that built the artifacts. For L3, run this step in a separate job of a reusable workflow and pin its identity when verifying.'
  )
  summary.table({
    header: ['Format', 'Subjects', 'Stored', 'GitHub'],
    rows: records.map(record => [
      record.format,
      subjectsCell(record),
      storedCell(record),
      record.attestationId === undefined ? '—' : String(record.attestationId)
    ])
  })
  const file = records.find(record => record.path !== undefined)
  const image = records.find(record => record.image !== undefined)
  const commands = [
    ...(file?.path === undefined || claims === undefined
      ? []
      : [
          shellCommand({
            lines: [
              ['gh', 'attestation', 'verify', file.subjects[0]?.name ?? 'FILE'],
              ['--bundle', file.bundle ?? file.path],
              ['--signer-workflow', signerWorkflow(claims.identity)]
            ]
          })
        ]),
    ...(image?.image === undefined || claims === undefined
      ? []
      : [
          shellCommand({
            lines: [
              ['cosign', 'verify-attestation', '--type', 'slsaprovenance1'],
              ['--certificate-identity', claims.identity],
              ['--certificate-oidc-issuer', claims.issuer ?? ''],
              [image.image]
            ]
          })
        ])
  ]
  if (commands.length > 0) {
    summary.details({
      label: 'How to verify this provenance',
      body: new JobSummary().code({ language: 'sh', text: commands.join('\n\n') })
    })
  }
  return summary
}

/** `owner/repo/.github/workflows/x.yml` of a workflow identity, as gh's --signer-workflow takes it. */
function signerWorkflow(identity: string): string {
  return identity.replace(/^https:\/\/[^/]+\//u, '').replace(/@.*$/u, '')
}

function subjectsCell(record: ProvenanceRecord): Inline {
  const [first, ...more] = record.subjects
  if (first === undefined) return '—'
  return [
    record.image === undefined ? pathCell({ path: first.name }) : { code: first.name },
    ' ',
    shortDigest(`sha256:${first.digest.sha256}`),
    ...(more.length === 0 ? [] : [` and ${counted(more.length, 'more', 'more')}`])
  ]
}

function storedCell(record: ProvenanceRecord): Inline {
  if (record.referrer !== undefined) return ['referrer ', shortDigest(record.referrer)]
  if (record.path !== undefined) return pathCell({ path: record.path })
  return 'not pushed'
}

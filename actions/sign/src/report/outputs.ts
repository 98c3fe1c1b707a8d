import { JobSummary, counted, setOutputs, writeSummary } from '@sign/action-kit'
import { plainOrQuoted } from '@sign/safe-text'
import type { SigstoreInstance } from '@sign/sigstore'
import { writeCertificate } from '@sign/subjects/keyless'
import type { SubjectReport } from '@sign/verify'
import { signaturesSummary } from '../../../cosign-keyless/src/report/summary.ts'
import { sbomsSummary } from '../../../sbom-attach/src/report/summary.ts'
import { provenanceSummary } from '../../../slsa-provenance/src/report/summary.ts'
import type { StoredAll } from '../store/store-all.ts'

/** What the run did, for its outputs, summary and result lines. */
export interface RunReport {
  stored: StoredAll
  /** Each subject's verification (empty with verify false). */
  verification: SubjectReport[]
  verify: boolean
  certificatePem: string
  identity: { identity: string; issuer: string }
  instance: SigstoreInstance
  signedAt: Date | undefined
}

/**
 * Sets `result` (the whole run as one JSON document), the separate actions' `signatures`,
 * `sboms` and `provenance`, `verified` and `certificate`.
 */
export async function writeOutputs(report: RunReport): Promise<void> {
  const certificate = await writeCertificate({ pems: [report.certificatePem], prefix: 'sign' })
  const verification = report.verification.map(subject => ({
    subject: subject.subject,
    digest: subject.digest,
    verified: subject.verified,
    requirements: subject.requirements,
    ...(subject.reason === undefined ? {} : { reason: subject.reason })
  }))
  setOutputs({
    result: {
      identity: report.identity,
      signatures: report.stored.signatures,
      sboms: report.stored.sboms,
      provenance: report.stored.provenance,
      verification
    },
    signatures: report.stored.signatures,
    sboms: report.stored.sboms,
    provenance: report.stored.provenance,
    verified: report.verify ? String(report.verification.every(subject => subject.verified)) : '',
    certificate
  })
}

/** One job summary: the verdict, then each part's section as its own action writes it. */
export async function writeRunSummary(report: RunReport): Promise<void> {
  const failed = report.verification.filter(subject => !subject.verified)
  const top = new JobSummary().headline({
    verdict: failed.length === 0 ? 'passed' : 'failed',
    text: report.verify
      ? `sign: ${counted(report.verification.length, 'check')}, ${failed.length === 0 ? 'all verified' : `${failed.length} failed`}`
      : 'sign: signed, described and attested (not verified)'
  })
  if (report.verification.length > 0) {
    top.table({
      header: ['Subject', 'Verified', 'Requirements'],
      rows: report.verification.map(subject => [
        { code: subject.subject },
        subject.verified ? '✅' : '❌',
        subject.requirements.map(r => `${r.satisfied ? '✓' : '✗'} ${r.requirement}`).join('; ')
      ])
    })
  }
  await writeSummary(top)
  if (report.stored.signatures.length > 0) {
    await writeSummary(
      signaturesSummary({
        records: report.stored.signatures,
        certificatePem: report.certificatePem,
        instance: report.instance,
        signedAt: report.signedAt
      })
    )
  }
  if (report.stored.sboms.length > 0) {
    await writeSummary(
      sbomsSummary({
        records: report.stored.sboms,
        lifted: [],
        certificatePem: report.certificatePem,
        instance: report.instance
      })
    )
  }
  if (report.stored.provenance.length > 0) {
    await writeSummary(
      provenanceSummary({
        records: report.stored.provenance,
        certificatePem: report.certificatePem
      })
    )
  }
}

/** The log's last lines: what was made, and each subject's verdict. */
export function resultLines(report: RunReport): string[] {
  return [
    `✅ ${counted(report.stored.signatures.length, 'signature')}, ${counted(report.stored.sboms.length, 'SBOM')}, ${counted(report.stored.provenance.length, 'provenance statement')}, signed as ${plainOrQuoted(report.identity.identity)}`,
    ...report.verification.map(
      subject =>
        `${subject.verified ? '✅' : '❌'} ${plainOrQuoted(subject.subject)}: ${subject.requirements.map(r => `${r.satisfied ? 'met' : 'NOT met'} ${r.requirement}`).join('; ')}`
    )
  ]
}

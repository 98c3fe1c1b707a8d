import { join } from 'node:path'
import { setOutputs, writeSummary } from '@sign/action-kit'
import { writeBytesAtomic } from '@sign/oci'
import type { VerificationReport } from '@sign/verify'
import type { Inputs } from '../inputs.ts'
import { verificationSummary } from './summary.ts'

/** Writes the JSON report, sets the outputs and appends the summary table. */
export async function writeReport(options: {
  report: VerificationReport
  inputs: Pick<Inputs, 'report' | 'showSummary'>
}): Promise<void> {
  const { report, inputs } = options
  const path =
    inputs.report ?? join(process.env['RUNNER_TEMP'] ?? process.cwd(), 'sign-verify-report.json')
  await writeBytesAtomic({ path, bytes: `${JSON.stringify(report, null, 2)}\n` })
  setOutputs({
    verified: String(report.verified),
    report: path,
    subjects: report.subjects.map(subject => ({
      subject: subject.subject,
      digest: subject.digest,
      verified: subject.verified,
      ...(subject.reason === undefined ? {} : { reason: subject.reason })
    }))
  })
  if (inputs.showSummary) await writeSummary(verificationSummary({ report }))
}

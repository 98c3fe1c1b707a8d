import { join } from 'node:path'
import { setOutputs } from '@sign/action-kit'
import { writeBytesAtomic } from '@sign/oci'
import type { VerificationReport } from '@sign/verify'
import type { Inputs } from '../inputs.ts'

/** Options of {@link writeReport}. */
export interface WriteReportOptions {
  report: VerificationReport
  inputs: Pick<Inputs, 'report'>
}

/** Writes the JSON report and sets the outputs; returns the report's path. */
export async function writeReport(options: WriteReportOptions): Promise<string> {
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
  return path
}

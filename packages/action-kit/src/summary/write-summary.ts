import * as core from '@actions/core'
import type { JobSummary } from './job-summary.ts'

/**
 * Appends `summary` to the job summary ($GITHUB_STEP_SUMMARY). Returns false, with a warning,
 * when the runner offers no job summary (older GitHub Enterprise Server, local runners): a
 * summary is a report, not a reason to fail the step. Callers decide whether to write at all
 * (their show-summary input).
 */
export async function writeSummary(summary: JobSummary): Promise<boolean> {
  written = true
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    core.warning(
      'No job summary was written: this runner does not set GITHUB_STEP_SUMMARY. ' +
        'Set show-summary: false to skip it.'
    )
    return false
  }
  await core.summary.addRaw(summary.toString()).write()
  return true
}

let written = false

/** Whether this step has written (or tried to write) a job summary. */
export function summaryWritten(): boolean {
  return written
}

import { actionsLogger, counted, group, writeSummary } from '@sign/action-kit'
import type { Inputs } from './inputs.ts'

/** What the step tells runAction as it goes, for a failure summary that says what was done. */
export interface Progress {
  done(what: string): void
}

/** Options of {@link run}. */
export interface RunOptions {
  inputs: Inputs
  progress: Progress
}

/**
 * The verify step: validate the inputs and the policy and load the trust material (no group: a
 * mistake there is the step's one error), then print the policy, verify every subject, write
 * the JSON report, the outputs and the summary — and, after the last group, the warnings, an
 * error annotation per failed subject and the result line; fail unless every subject passed.
 * Each phase loads its code when it starts, so a step that stops at a check has loaded no
 * verification or registry code.
 */
export async function run(options: RunOptions): Promise<void> {
  const { inputs, progress } = options
  const logger = actionsLogger()
  const { resolvePolicy } = await import('./validate/policy.ts')
  const { resolveTargets } = await import('./validate/targets.ts')
  const { loadTrustMaterial } = await import('./validate/trust-material.ts')
  const policy = await resolvePolicy({ inputs })
  const { targets, credentials } = await resolveTargets({ inputs })
  const trust = await loadTrustMaterial({
    policy,
    inputs,
    tufCachePath: `${process.env['RUNNER_TEMP'] ?? '.'}/sign-tuf`
  })
  const { describePolicy } = await import('./report/policy-description.ts')
  const lines = await import('./report/log-lines.ts')
  const described = describePolicy({ policy })
  await group(lines.policyTitle({ policy: described }), () => {
    for (const line of lines.policyLogLines({ policy: described })) logger.info(line)
    return Promise.resolve()
  })
  const { verifyTargets } = await import('@sign/verify/verify-targets')
  const { renderSubjectText } = await import('@sign/verify/render-text')
  let checked = 0
  const report = await group(`Verify ${counted(targets.length, 'subject')}`, () => {
    logger.info(lines.targetsLine({ targets }))
    return verifyTargets({
      targets,
      policy,
      trust,
      credentials,
      logger,
      onSubject: subject => {
        logger.info(renderSubjectText({ subject }))
        checked += 1
        progress.done(
          `Stopped after checking ${checked} of ${counted(targets.length, 'subject')}; no report was written.`
        )
      }
    })
  })
  const { writeReport } = await import('./report/outputs.ts')
  const { verificationSummary } = await import('./report/summary.ts')
  const { warnSubject } = await import('./report/warnings.ts')
  const { annotateFailedSubjects, failUnverified } = await import('./report/failure.ts')
  const reportPath = await writeReport({ report, inputs })
  progress.done(`The report was written to ${reportPath}.`)
  // Before the step fails: a failed verification's page is this summary, not runAction's.
  if (inputs.showSummary) {
    await writeSummary(verificationSummary({ report, policy: described, reportPath }))
  }
  for (const subject of report.subjects) warnSubject({ subject, logger })
  annotateFailedSubjects({ report })
  logger.info(lines.resultLine({ report, policy: described, reportPath }))
  failUnverified({ report, policy: described, reportPath, showSummary: inputs.showSummary })
}

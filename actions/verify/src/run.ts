import { actionsLogger, group } from '@sign/action-kit'
import type { Inputs } from './inputs.ts'

/**
 * The verify step: validate the inputs and the policy, load the trust material, verify every
 * subject, then write the JSON report, the outputs and the summary — and fail unless every
 * subject passed. Each phase loads its code when it starts, so a step that stops at a check has
 * loaded no verification or registry code.
 */
export async function run(inputs: Inputs): Promise<void> {
  const logger = actionsLogger()
  const { policy, targets, credentials } = await group(
    'Validate the inputs and the policy',
    async () => {
      const { resolvePolicy } = await import('./validate/policy.ts')
      const { resolveTargets } = await import('./validate/targets.ts')
      const policy = await resolvePolicy({ inputs })
      const { targets, credentials } = await resolveTargets({ inputs })
      return { policy, targets, credentials }
    }
  )
  const { loadTrustMaterial } = await import('./validate/trust-material.ts')
  const trust = await group('Load the trust material', () =>
    loadTrustMaterial({
      policy,
      inputs,
      tufCachePath: `${process.env['RUNNER_TEMP'] ?? '.'}/sign-tuf`
    })
  )
  const { verifyTargets } = await import('@sign/verify/verify-targets')
  const { renderSubjectVerdict } = await import('@sign/verify/render-text')
  const { warnSubject } = await import('./report/warnings.ts')
  const { writeReport } = await import('./report/outputs.ts')
  const { failUnverified } = await import('./report/failure.ts')
  const report = await group('Verify', () =>
    verifyTargets({
      targets,
      policy,
      trust,
      credentials,
      logger,
      onSubject: subject => {
        logger.info(renderSubjectVerdict({ subject }))
        warnSubject({ subject, logger })
      }
    })
  )
  await group('Write the report', () => writeReport({ report, inputs }))
  failUnverified({ report })
}

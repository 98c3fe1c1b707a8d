import { actionsLogger, group } from '@sign/action-kit'
import { renderSubjectVerdict, verifyTargets } from '@sign/verify'
import type { Inputs } from './inputs.ts'
import { failUnverified } from './report/failure.ts'
import { writeReport } from './report/outputs.ts'
import { warnSubject } from './report/warnings.ts'
import { resolvePolicy } from './validate/policy.ts'
import { resolveTargets } from './validate/targets.ts'
import { loadTrustMaterial } from './validate/trust-material.ts'

/**
 * The verify step: validate the inputs and the policy, load the trust material, verify every
 * subject, then write the JSON report, the outputs and the summary — and fail unless every
 * subject passed.
 */
export async function run(inputs: Inputs): Promise<void> {
  const logger = actionsLogger()
  const { policy, targets, credentials } = await group(
    'Validate the inputs and the policy',
    async () => {
      const policy = await resolvePolicy({ inputs })
      const { targets, credentials } = await resolveTargets({ inputs })
      return { policy, targets, credentials }
    }
  )
  const trust = await group('Load the trust material', () =>
    loadTrustMaterial({
      policy,
      inputs,
      tufCachePath: `${process.env['RUNNER_TEMP'] ?? '.'}/sign-tuf`
    })
  )
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

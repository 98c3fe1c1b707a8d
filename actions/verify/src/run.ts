import { actionsLogger, group } from '@sign/action-kit'
import { loadTrust, renderSubjectVerdict, verifyTargets } from '@sign/verify'
import type { Inputs } from './inputs.ts'
import { failUnverified, writeReport } from './report/outputs.ts'
import { resolvePolicy } from './validate/policy.ts'
import { resolveTargets } from './validate/targets.ts'

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
    loadTrust({ policy, tufCachePath: `${process.env['RUNNER_TEMP'] ?? '.'}/sign-tuf` })
  )
  const report = await group('Verify', () =>
    verifyTargets({
      targets,
      policy,
      trust,
      credentials,
      logger,
      onSubject: subject => logger.info(renderSubjectVerdict({ subject }))
    })
  )
  await group('Write the report', () => writeReport({ report, inputs }))
  failUnverified({ report })
}

import { actionsLogger, group } from '@sign/action-kit'
import type { Inputs } from './inputs.ts'
import { activate } from './install/activate.ts'
import { lookUpCache } from './install/cache.ts'
import { findChecksums } from './install/checksums.ts'
import { downloadAll } from './install/download.ts'
import { installToCache } from './install/unpack.ts'
import { writeOutputs } from './report/outputs.ts'
import { planInstall } from './validate/plan.ts'
import { asStepErrors } from './validate/step-error.ts'

/**
 * The install step: validate every input and resolve every tool; use verified installs from the
 * tool cache; find the digest each other tool must have (refusing what cannot be verified);
 * download and verify them all; only then unpack and cache them, put them on PATH (the notation
 * plugin into notation's plugin directory) and report.
 */
export async function run(inputs: Inputs): Promise<void> {
  const logger = actionsLogger()
  const plan = await group('Validate the inputs', async () => {
    const plan = await planInstall({ inputs })
    for (const tool of plan.tools) logger.info(`${tool.tool} ${tool.version}: ${tool.url}`)
    return plan
  })
  const cached = await group('Look up the tool cache', () =>
    lookUpCache({ tools: plan.tools, allowUnverified: inputs.allowUnverified, logger })
  )
  const missing = plan.tools.filter(resolved => !cached.has(resolved.tool))
  const checksums = await group('Find the checksums to verify against', () =>
    findChecksums({
      tools: missing,
      allowUnverified: inputs.allowUnverified,
      trustedRoot: plan.trustedRoot,
      logger
    })
  )
  const downloads = await downloadAll({ tools: missing, checksums, logger })
  for (const resolved of missing) {
    const download = downloads.get(resolved.tool)!
    const verifiedBy = checksums.get(resolved.tool)!.source
    const installed = await group(`Install ${resolved.tool} ${resolved.version}`, () =>
      asStepErrors(() => installToCache({ resolved, download, verifiedBy }))
    )
    cached.set(resolved.tool, installed)
  }
  const tools = await group('Add the tools to PATH', () =>
    activate({ tools: plan.tools, cached, missing, platform: plan.platform, logger })
  )
  await group('Set the outputs', () => writeOutputs({ tools, showSummary: inputs.showSummary }))
}

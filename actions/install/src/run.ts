import { rm } from 'node:fs/promises'
import { actionsLogger, group } from '@sign/action-kit'
import type { Inputs } from './inputs.ts'
import { activate } from './install/activate.ts'
import { lookUpCache } from './install/cache.ts'
import { findChecksums } from './install/checksums.ts'
import { downloadAll } from './install/download.ts'
import { cacheStagedInstall, stageInstall } from './install/unpack.ts'
import type { StagedInstall } from './install/unpack.ts'
import { writeOutputs } from './report/outputs.ts'
import { planInstall } from './validate/plan.ts'
import { asStepErrors } from './validate/step-error.ts'

/**
 * The install step: validate every input and resolve every tool; use verified installs from the
 * tool cache; find the digest each other tool must have (refusing what cannot be verified);
 * download and verify them all; unpack and check them all (refusing a hostile archive); only then
 * cache them, put them on PATH (the notation plugin into notation's plugin directory) and report.
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
  const staged: StagedInstall[] = []
  try {
    for (const resolved of missing) {
      const download = downloads.get(resolved.tool)!
      const verifiedBy = checksums.get(resolved.tool)!.source
      staged.push(
        await group(`Unpack ${resolved.tool} ${resolved.version}`, () =>
          asStepErrors(() => stageInstall({ resolved, download, verifiedBy, logger }))
        )
      )
    }
    await group('Add the tools to the tool cache', async () => {
      for (const install of staged) {
        cached.set(install.resolved.tool, await cacheStagedInstall({ staged: install }))
      }
    })
  } finally {
    for (const install of staged) await rm(install.directory, { recursive: true, force: true })
    for (const download of downloads.values()) await rm(download.path, { force: true })
  }
  const tools = await group('Add the tools to PATH', () =>
    activate({ tools: plan.tools, cached, missing, platform: plan.platform, logger })
  )
  await group('Set the outputs', () => writeOutputs({ tools, showSummary: inputs.showSummary }))
}

import { rm } from 'node:fs/promises'
import { actionsLogger, counted, group } from '@sign/action-kit'
import type { Inputs } from './inputs.ts'
import { activate } from './install/activate.ts'
import { lookUpCache } from './install/cache.ts'
import { findChecksums } from './install/checksums.ts'
import { downloadAll } from './install/download.ts'
import { cacheStagedInstall, stageInstall } from './install/unpack.ts'
import type { StagedInstall } from './install/unpack.ts'
import { InstallProgress, type Progress } from './report/install-progress.ts'
import { resultLines } from './report/result-lines.ts'
import { writeOutputs } from './report/outputs.ts'
import { planInstall } from './validate/plan.ts'
import { asStepErrors } from './validate/step-error.ts'

/** Options of {@link run}. */
export interface RunOptions {
  inputs: Inputs
  progress: Progress
}

/**
 * The install step: validate every input and resolve every tool (no group: a mistake there is
 * the step's one error); use verified installs from the tool cache; find the digest each other
 * tool must have (refusing what cannot be verified); download and verify them all; unpack and
 * check them all (refusing a hostile archive); only then cache them and put them on PATH (the
 * notation plugin into notation's plugin directory), telling `progress` before each write; then
 * the outputs, the summary and, after the last group, a result line per tool.
 */
export async function run(options: RunOptions): Promise<void> {
  const { inputs } = options
  const logger = actionsLogger()
  const progress = new InstallProgress(options.progress)
  const plan = await planInstall({ inputs })
  const { cached, checksums, missing } = await group(
    `Resolve ${counted(plan.tools.length, 'tool')}`,
    async () => {
      for (const tool of plan.tools) logger.info(`${tool.tool} ${tool.version}: ${tool.url}`)
      const cached = await lookUpCache({
        tools: plan.tools,
        allowUnverified: inputs.allowUnverified,
        logger
      })
      const missing = plan.tools.filter(resolved => !cached.has(resolved.tool))
      const checksums = await findChecksums({
        tools: missing,
        allowUnverified: inputs.allowUnverified,
        trustedRoot: plan.trustedRoot,
        logger
      })
      return { cached, checksums, missing }
    }
  )
  if (missing.length > 0) {
    const downloads = await group(`Download and verify ${counted(missing.length, 'tool')}`, () =>
      downloadAll({ tools: missing, checksums, logger })
    )
    const staged: StagedInstall[] = []
    try {
      await group(`Unpack and cache ${counted(missing.length, 'tool')}`, async () => {
        for (const resolved of missing) {
          const download = downloads.get(resolved.tool)!
          const verifiedBy = checksums.get(resolved.tool)!.source
          staged.push(
            await asStepErrors(() => stageInstall({ resolved, download, verifiedBy, logger }))
          )
        }
        for (const install of staged) {
          const { tool, version } = install.resolved
          const step = { tool: `${tool} ${version}`, to: 'the tool cache' } as const
          progress.adding(step)
          const entry = await cacheStagedInstall({ staged: install })
          cached.set(tool, entry)
          progress.added(step)
          logger.info(`${tool} ${version}: cached in ${entry.directory}`)
        }
      })
    } finally {
      for (const install of staged) await rm(install.directory, { recursive: true, force: true })
      for (const download of downloads.values()) await rm(download.path, { force: true })
    }
  }
  const tools = await group(`Put ${counted(plan.tools.length, 'tool')} on PATH`, () =>
    activate({ tools: plan.tools, cached, missing, platform: plan.platform, logger, progress })
  )
  await writeOutputs({ tools, showSummary: inputs.showSummary })
  for (const line of resultLines({ tools })) logger.info(line)
}

import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunLocations } from './context.ts'
import { createStepFiles, type StepFiles } from './step-files.ts'

/** The directories and files of one step, inside its temp dir. */
export interface RunDirectory {
  locations: RunLocations
  files: StepFiles
}

/**
 * Lays out a step's temp dir `root`: workspace (unless given), RUNNER_TEMP, RUNNER_TOOL_CACHE,
 * the event payload file and the empty file-command files.
 */
export async function prepareRunDirectory(options: {
  root: string
  event: Record<string, unknown>
  workspace?: string
}): Promise<RunDirectory> {
  const { root } = options
  const locations: RunLocations = {
    workspace: options.workspace ?? join(root, 'workspace'),
    eventPath: join(root, 'workflow', 'event.json'),
    runnerTemp: join(root, 'temp'),
    toolCache: join(root, 'tool-cache')
  }
  const directories = [locations.workspace, join(root, 'workflow'), locations.runnerTemp]
  for (const directory of [...directories, locations.toolCache]) {
    await mkdir(directory, { recursive: true })
  }
  await writeFile(locations.eventPath, JSON.stringify(options.event, null, 2))
  return { locations, files: await createStepFiles(root) }
}

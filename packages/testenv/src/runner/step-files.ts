import { randomUUID } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseKeyValueFile, parsePathFile } from './file-commands.ts'

/** The file-command files of one step, by the variable that names each. */
export type StepFiles = {
  GITHUB_OUTPUT: string
  GITHUB_STEP_SUMMARY: string
  GITHUB_ENV: string
  GITHUB_PATH: string
  GITHUB_STATE: string
}

/** What a step wrote through its file commands. */
export interface StepFileContents {
  outputs: Record<string, string>
  summary: string
  env: Record<string, string>
  path: string[]
  state: Record<string, string>
}

/** Creates the empty file-command files in `<root>/file_commands`, named as the runner names them. */
export async function createStepFiles(root: string): Promise<StepFiles> {
  const directory = join(root, 'file_commands')
  await mkdir(directory, { recursive: true })
  const id = randomUUID()
  const files: StepFiles = {
    GITHUB_OUTPUT: join(directory, `set_output_${id}`),
    GITHUB_STEP_SUMMARY: join(directory, `step_summary_${id}`),
    GITHUB_ENV: join(directory, `set_env_${id}`),
    GITHUB_PATH: join(directory, `add_path_${id}`),
    GITHUB_STATE: join(directory, `save_state_${id}`)
  }
  await Promise.all(Object.values(files).map(file => writeFile(file, '')))
  return files
}

/** Reads back what the step wrote; throws on a malformed file, as the runner fails the step. */
export async function readStepFiles(files: StepFiles): Promise<StepFileContents> {
  const read = (file: string): Promise<string> => readFile(file, 'utf8')
  const keyValues = async (name: keyof StepFiles): Promise<Record<string, string>> =>
    parseKeyValueFile({ text: await read(files[name]), file: name })
  return {
    outputs: await keyValues('GITHUB_OUTPUT'),
    summary: await read(files.GITHUB_STEP_SUMMARY),
    env: await keyValues('GITHUB_ENV'),
    path: parsePathFile(await read(files.GITHUB_PATH)),
    state: await keyValues('GITHUB_STATE')
  }
}

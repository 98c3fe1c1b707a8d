import { accessSync, constants, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { basename, join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../../../..')
const VERSIONS = join(ROOT, 'scripts/reference-tools.versions')

/** A pinned reference tool as scripts/reference-tools.sh installed it. */
export interface ReferenceTool {
  name: string
  version: string
  /** The executable. */
  path: string
}

/** The tool cache scripts/reference-tools.sh installs into. */
export function referenceToolCache(): string {
  return process.env['SIGN_TOOLS_CACHE'] ?? join(homedir(), '.cache', 'sign-reference-tools')
}

/**
 * The pinned reference tool `name` (scripts/reference-tools.versions), from the tool cache. A tool
 * that is not there fails the test with what to run: the tests never skip for want of a tool.
 */
export function referenceTool(options: { name: string }): ReferenceTool {
  const line = readFileSync(VERSIONS, 'utf8')
    .split('\n')
    .map(text => text.trim().split(/\s+/))
    .find(([name]) => name === options.name)
  if (line === undefined) throw new Error(`${options.name} is not in ${VERSIONS}`)
  const [name = '', kind = '', what = '', version = '', bin] = line
  const directory = join(referenceToolCache(), name, version)
  // A pip tool's program is in the environment's bin/: the package's own command, or the one the
  // fifth column names (`python` for a library without a command).
  const path =
    kind === 'pip' ? join(directory, 'bin', bin ?? what) : join(directory, basename(what))
  try {
    accessSync(path, constants.X_OK)
  } catch {
    throw new Error(
      `the reference tool ${name} ${version} is not installed at ${path}: run bash scripts/reference-tools.sh (the test command does)`
    )
  }
  return { name, version, path }
}

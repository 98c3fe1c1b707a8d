import * as core from '@actions/core'

/**
 * Prepends `directory` to PATH for this step and every later step of the job (GITHUB_PATH), as
 * core.addPath does.
 */
export function addPath(directory: string): void {
  core.addPath(directory)
}

import type { TextOutput } from '../safe-output.ts'
import { UsageError } from '../commands/usage-error.ts'
import { describeFailure } from './describe-failure.ts'
import { EXIT_CODES } from './exit-codes.ts'

/**
 * Writes why `sign <command>` failed to `stderr` and gives its exit code: a usage error with the
 * pointer to `--help` (configuration), anything else as describeFailure tells it.
 */
export function commandFailure(options: {
  command: string
  error: unknown
  stderr: TextOutput
}): number {
  const { command, error, stderr } = options
  if (error instanceof UsageError) {
    stderr.write(
      `sign ${command}: ${error.message}\n\nRun 'sign ${command} --help' for the flags.\n`
    )
    return EXIT_CODES.configuration
  }
  const failure = describeFailure({ command: `sign ${command}`, error })
  stderr.write(failure.text)
  return failure.exitCode
}

import { failureKind, mappedStack, serviceAnswer, type KindedError } from '@sign/failure'
import { EXIT_CODES } from './exit-codes.ts'

const REPORT =
  'This is a bug in sign, not a mistake in the command: please report it with this output.'

/** Options of {@link describeFailure}. */
export interface DescribeFailureOptions {
  /** `sign verify`: how each line of stderr starts. */
  command: string
  error: unknown
}

/** The exit code and stderr text of a failure. */
export interface FailureText {
  exitCode: number
  text: string
}

/**
 * A thrown error as stderr text whose first line says its kind, and the exit code of that kind:
 * a configuration error is its message (which names the flag); a remote failure is "a remote
 * service failed:", the message, the service's status and code, and what to check; anything
 * without a kind is an internal error that asks for a report and shows where it happened.
 */
export function describeFailure(options: DescribeFailureOptions): FailureText {
  const { command, error } = options
  const kind = failureKind({ error })
  const fields = error as Partial<KindedError>
  const message = error instanceof Error ? error.message : String(error)
  switch (kind) {
    case 'configuration':
      return { exitCode: EXIT_CODES.configuration, text: `${command}: ${message}\n` }
    case 'verification':
      return {
        exitCode: EXIT_CODES.verification,
        text: `${command}: verification failed: ${message}\n`
      }
    case 'remote': {
      const answered = serviceAnswer({
        message,
        status: typeof fields.status === 'number' ? fields.status : undefined,
        serviceCode: typeof fields.serviceCode === 'string' ? fields.serviceCode : undefined
      })
      const hint = typeof fields.hint === 'string' ? `check: ${fields.hint}\n` : ''
      return {
        exitCode: EXIT_CODES.remote,
        text: `${command}: a remote service failed: ${message}${answered.length > 0 ? ` (${answered.join(', ')})` : ''}\n${hint}`
      }
    }
    case 'internal':
      return {
        exitCode: EXIT_CODES.internal,
        text: `${command}: internal error: ${message}\n${REPORT}\n${framesOf(error)}`
      }
  }
}

/** The stack frames of an error (`    at …` lines), mapped to the TypeScript sources. */
function framesOf(error: unknown): string {
  if (!(error instanceof Error) || error.stack === undefined) return ''
  const frames = mappedStack({ stack: error.stack })
    .split('\n')
    .filter(line => /^\s+at /.test(line))
  return frames.length > 0 ? `${frames.join('\n')}\n` : ''
}

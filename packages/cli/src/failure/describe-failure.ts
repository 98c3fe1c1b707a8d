import { EXIT_CODES, type FailureKind } from './exit-codes.ts'

const KINDS: readonly FailureKind[] = ['configuration', 'verification', 'remote', 'internal']

/** What the CLI reads from a thrown error, structurally (the domain errors carry these). */
interface KindedFields {
  kind?: unknown
  hint?: unknown
  status?: unknown
  serviceCode?: unknown
}

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
 * without a kind is an internal error that asks for a report.
 */
export function describeFailure(options: DescribeFailureOptions): FailureText {
  const { command, error } = options
  const fields: KindedFields = error instanceof Error ? (error as KindedFields) : {}
  const kind =
    typeof fields.kind === 'string' && (KINDS as readonly string[]).includes(fields.kind)
      ? (fields.kind as FailureKind)
      : 'internal'
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
      const answered = [
        ...(typeof fields.status === 'number' && !message.includes(`HTTP ${fields.status}`)
          ? [`HTTP ${fields.status}`]
          : []),
        ...(typeof fields.serviceCode === 'string' && !message.includes(fields.serviceCode)
          ? [`service code ${fields.serviceCode}`]
          : [])
      ]
      const hint = typeof fields.hint === 'string' ? `check: ${fields.hint}\n` : ''
      return {
        exitCode: EXIT_CODES.remote,
        text: `${command}: a remote service failed: ${message}${answered.length > 0 ? ` (${answered.join(', ')})` : ''}\n${hint}`
      }
    }
    case 'internal':
      return {
        exitCode: EXIT_CODES.internal,
        text:
          `${command}: internal error: ${message}\n` +
          'This is a bug in sign, not a mistake in the command: please report it with this output.\n'
      }
  }
}

import type { CommandContext } from '../command.ts'
import { UsageError } from './usage-error.ts'

/** What a protocol command does once its arguments are parsed: returns the exit code. */
export interface ProtocolCommand<T> {
  name: string
  usage: string
  /** Parses the arguments, throwing UsageError; the caller prints usage then. */
  parse(args: string[]): T
  execute(options: T, context: CommandContext): Promise<number>
  /** Strings never to print (the identity token), if 8 characters or longer. */
  secrets?(options: T): string[]
}

/**
 * Runs a command of the conformance protocol: `--help` prints its usage; a usage error exits 2
 * with the reason and the usage; any other failure exits 1 with the reason, secrets redacted.
 */
export async function runProtocol<T>(
  command: ProtocolCommand<T>,
  context: CommandContext
): Promise<number> {
  const { args, stdout, stderr } = context
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    stdout.write(command.usage)
    return 0
  }
  let options: T
  try {
    options = command.parse(args)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    stderr.write(`sign ${command.name}: ${error.message}\n\n${command.usage}`)
    return 2
  }
  try {
    return await command.execute(options, context)
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error)
    // A real token is long; redacting a one-letter one would garble the message.
    for (const secret of command.secrets?.(options) ?? []) {
      if (secret.length >= 8) message = message.replaceAll(secret, '[redacted]')
    }
    stderr.write(`sign ${command.name}: ${message}\n`)
    return 1
  }
}

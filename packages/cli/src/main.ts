import { commands, type CommandContext } from './commands.ts'
import { quote } from '@sign/safe-text'
import { safeOutput } from './safe-output.ts'

export interface MainOptions {
  argv: string[]
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

/**
 * Runs one command and returns its exit code: 0 success, 1 verification failed, 2 usage or
 * configuration error, 3 remote service failure, 70 internal error (failure/exit-codes.ts).
 */
export async function main(options: MainOptions): Promise<number> {
  const [name = 'help', ...args] = options.argv
  const entry = commands.find(c => c.name === name || c.aliases?.includes(name))
  const stdout = safeOutput({ stream: options.stdout })
  const stderr = safeOutput({ stream: options.stderr })
  const context: CommandContext = { args, stdout, stderr }
  if (!entry) {
    stderr.write(`sign: unknown command ${quote(name)}. Run 'sign help' for the list.\n`)
    return 2
  }
  const command = await entry.load()
  return command.run(context)
}

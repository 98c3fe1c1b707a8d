import { commands, type CommandContext } from './commands.ts'

export interface MainOptions {
  argv: string[]
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

/** Runs one command and returns its exit code: 0 success, 1 failure, 2 usage error. */
export async function main(options: MainOptions): Promise<number> {
  const [name = 'help', ...args] = options.argv
  const command = commands.find(c => c.name === name || c.aliases?.includes(name))
  const context: CommandContext = { args, stdout: options.stdout, stderr: options.stderr }
  if (!command) {
    options.stderr.write(`sign: unknown command '${name}'. Run 'sign help' for the list.\n`)
    return 2
  }
  return command.run(context)
}

export interface CommandContext {
  args: string[]
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

/** One `sign <name>` command; `run` returns the exit code. */
export interface Command {
  name: string
  aliases?: string[]
  summary: string
  run(context: CommandContext): Promise<number>
}

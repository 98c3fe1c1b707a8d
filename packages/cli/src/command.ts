import type { TextOutput } from './safe-output.ts'

export interface CommandContext {
  args: string[]
  /** Every text written here is made safe to print (see safe-output.ts). */
  stdout: TextOutput
  stderr: TextOutput
}

/** One `sign <name>` command; `run` returns the exit code. */
export interface Command {
  name: string
  aliases?: string[]
  summary: string
  run(context: CommandContext): Promise<number>
}

/** A command as `sign help` lists it; `load` brings in its code when it runs. */
export interface CommandEntry {
  name: string
  aliases?: string[]
  summary: string
  load(): Promise<Command>
}

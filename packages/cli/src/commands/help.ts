import type { Command, CommandEntry } from '../command.ts'

/** `sign help`: lists `commands` (given, so this module depends on no command). */
export function helpCommand(commands: readonly CommandEntry[]): Command {
  return {
    name: 'help',
    aliases: ['--help', '-h'],
    summary: 'list the commands',
    run: ({ stdout }) => {
      const width = Math.max(...commands.map(c => c.name.length))
      const lines = commands.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`)
      stdout.write(`usage: sign <command> [arguments]\n\ncommands:\n${lines.join('\n')}\n`)
      return Promise.resolve(0)
    }
  }
}

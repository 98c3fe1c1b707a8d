import type { Command } from '../command.ts'
import { commands } from '../commands.ts'

export const help: Command = {
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

import type { Command } from '../command.ts'
import { VERSION } from '../version.ts'

export const version: Command = {
  name: 'version',
  aliases: ['--version', '-v'],
  summary: 'print the version of sign',
  run: ({ stdout }) => {
    stdout.write(`sign ${VERSION}\n`)
    return Promise.resolve(0)
  }
}

// The `sign` command line: `node dist/cli/index.js <command> [arguments]`.
import { safeLines } from '@sign/safe-text'
import { main } from './main.ts'

main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr }).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      safeLines(
        `sign: internal error: ${error instanceof Error ? error.message : String(error)}\n` +
          'This is a bug in sign, not a mistake in the command: please report it with this output.\n'
      )
    )
    process.exitCode = 70
  }
)

// The `sign` command line: `node dist/cli/index.js <command> [arguments]`.
import { main } from './main.ts'

main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr }).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `sign: internal error: ${error instanceof Error ? error.message : String(error)}\n`
    )
    process.exitCode = 70
  }
)

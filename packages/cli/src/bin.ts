// The `sign` command line: `node dist/cli/index.js <command> [arguments]`.
import { safeLines } from '@sign/safe-text'
import { describeFailure } from './failure/describe-failure.ts'
import { main } from './main.ts'

main({ argv: process.argv.slice(2), stdout: process.stdout, stderr: process.stderr }).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    const failure = describeFailure({ command: 'sign', error })
    process.stderr.write(safeLines(failure.text))
    process.exitCode = failure.exitCode
  }
)

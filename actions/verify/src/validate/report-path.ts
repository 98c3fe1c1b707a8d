import { access, constants, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { ConfigurationError } from '@sign/action-kit'
import { quote } from '@sign/safe-text'
import { inputFix } from './input-examples.ts'

/**
 * Input `report`, when given, must be a path the report can be written to once verification
 * ends: not a directory, and its nearest existing ancestor a writable directory (missing
 * directories are created then). Checked without writing anything.
 */
export async function checkReportPath(options: { report: string | undefined }): Promise<void> {
  const { report } = options
  if (report === undefined) return
  const path = resolve(report)
  const found = await stat(path).catch(() => undefined)
  if (found?.isDirectory() === true) fail(report, 'is a directory; name the report file in it')
  let ancestor = dirname(path)
  for (;;) {
    const info = await stat(ancestor).catch(() => undefined)
    if (info !== undefined) {
      if (!info.isDirectory()) {
        fail(report, `cannot be created: ${quote(ancestor)} is a file, not a directory`)
      }
      break
    }
    if (dirname(ancestor) === ancestor) break
    ancestor = dirname(ancestor)
  }
  const writable = found === undefined ? ancestor : path
  if (
    !(await access(writable, constants.W_OK).then(
      () => true,
      () => false
    ))
  ) {
    fail(report, `cannot be written: ${quote(writable)} is not writable`)
  }
}

function fail(report: string, why: string): never {
  throw new ConfigurationError(
    `Input 'report': ${quote(report)} ${why}. Name a file in a writable directory, or leave ` +
      'the input out for <runner temp>/sign-verify-report.json:',
    { fix: inputFix('report') }
  )
}

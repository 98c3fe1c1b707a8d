import { mkdtemp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * Writes the signing certificate(s) (PEM) to a fresh directory `<prefix>-…` under $RUNNER_TEMP
 * (else the workspace) and returns the path. One certificate signs the whole step unless it came
 * close to expiring during a long run; then every one used is written, in order of use.
 */
export async function writeCertificate(options: {
  pems: string[]
  prefix: string
}): Promise<string> {
  const base = process.env['RUNNER_TEMP'] || process.env['GITHUB_WORKSPACE'] || process.cwd()
  const directory = await mkdtemp(join(base, `${options.prefix}-`))
  const path = join(directory, 'certificate.pem')
  const text = [...new Set(options.pems.map(pem => pem.trim()))].join('\n')
  await writeFile(path, `${text}\n`)
  return path
}

import { relative, resolve } from 'node:path'
import type { Logger } from '@sign/action-kit'
import { writeBytesAtomic } from '@sign/oci'
import { plainOrQuoted } from '@sign/safe-text'
import type { ProvenanceFiles } from '../validate/plan.ts'
import type { SignedStatement } from '../sign/sign-statements.ts'

/**
 * Writes the files' statements: `<name>.intoto.jsonl` with one Sigstore bundle per line (a line
 * per format), as slsa-github-generator v2 writes it, and the one bundle as
 * `<name>.intoto.sigstore.json` when asked. Paths are returned relative to the workspace.
 */
export async function writeProvenanceFiles(options: {
  output: ProvenanceFiles
  signed: SignedStatement[]
  logger: Logger
}): Promise<{ path: string; bundle: string | undefined }> {
  const { output, signed } = options
  const workspace = resolve(process.env['GITHUB_WORKSPACE'] || process.cwd())
  const lines = signed.map(item => `${JSON.stringify(item.signed.bundle)}\n`).join('')
  await writeBytesAtomic({ path: output.jsonl, bytes: lines })
  const path = relative(workspace, output.jsonl)
  options.logger.info(`Wrote ${plainOrQuoted(path)} (${signed.length} bundle(s))`)
  const [only] = signed
  if (output.bundle === undefined || only === undefined) return { path, bundle: undefined }
  await writeBytesAtomic({ path: output.bundle, bytes: JSON.stringify(only.signed.bundle) })
  const bundle = relative(workspace, output.bundle)
  options.logger.info(`Wrote ${plainOrQuoted(bundle)}`)
  return { path, bundle }
}

import { mkdtemp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { certificateChainPem } from '@sign/notation'

/**
 * Writes the signing chain (PEM, leaf first) to a fresh directory under $RUNNER_TEMP (else the
 * workspace) and returns the path.
 */
export async function writeCertificateChain(options: { chain: Buffer[] }): Promise<string> {
  const base = process.env['RUNNER_TEMP'] || process.env['GITHUB_WORKSPACE'] || process.cwd()
  const directory = await mkdtemp(join(base, 'notation-sign-akv-'))
  const path = join(directory, 'certificate-chain.pem')
  await writeFile(path, certificateChainPem(options.chain))
  return path
}

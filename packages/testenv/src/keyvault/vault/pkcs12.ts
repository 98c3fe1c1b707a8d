import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { IssuedCertificate } from '../../pki/certificates.ts'

const run = promisify(execFile)

export interface ExportPkcs12Options {
  /** Leaf first, then the CA certificates. */
  certificates: IssuedCertificate[]
  /** PKCS#8 PEM of the leaf's key, for an exportable key; omitted, the PFX holds certificates only. */
  privateKeyPem?: string
}

/**
 * A PKCS#12 file with an empty password, as Key Vault stores a certificate's secret
 * (`application/x-pkcs12`), made with `openssl pkcs12 -export` (OpenSSL 3 defaults: PBES2
 * AES-256-CBC, SHA-256 MAC).
 */
export async function exportPkcs12(options: ExportPkcs12Options): Promise<Buffer> {
  const directory = await mkdtemp(join(tmpdir(), 'keyvault-pfx-'))
  try {
    const chainPath = join(directory, 'chain.pem')
    const outPath = join(directory, 'secret.pfx')
    await writeFile(chainPath, options.certificates.map(c => `${c.pem.trimEnd()}\n`).join(''))
    const keyArguments: string[] = ['-nokeys']
    if (options.privateKeyPem !== undefined) {
      const keyPath = join(directory, 'key.pem')
      await writeFile(keyPath, options.privateKeyPem, { mode: 0o600 })
      keyArguments.splice(0, 1, '-inkey', keyPath)
    }
    await run('openssl', [
      'pkcs12',
      '-export',
      ...keyArguments,
      '-in',
      chainPath,
      '-passout',
      'pass:',
      '-out',
      outPath
    ])
    return await readFile(outPath)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}

import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { IssuedCertificate } from '../../pki/certificates.ts'

const run = promisify(execFile)

/**
 * How a PKCS#12 secret is encrypted:
 * - `key-vault`: what Key Vault returns for a certificate it created — both bags
 *   pbeWithSHA1And3-KeyTripleDES-CBC, a SHA-1 MAC, 2000 iterations;
 * - `openssl`: OpenSSL 3's default — PBES2 (PBKDF2 HMAC-SHA256, AES-256-CBC), a SHA-256 MAC;
 * - `legacy`: `openssl -legacy` (older Windows and Java too) — certificate bags RC2-40-CBC, the key
 *   3DES, a SHA-1 MAC.
 */
export type Pkcs12Encoding = 'key-vault' | 'openssl' | 'legacy'

const ENCODING_ARGUMENTS: Record<Pkcs12Encoding, string[]> = {
  'key-vault': [
    '-keypbe',
    'PBE-SHA1-3DES',
    '-certpbe',
    'PBE-SHA1-3DES',
    '-macalg',
    'sha1',
    '-iter',
    '2000'
  ],
  openssl: [],
  legacy: ['-legacy']
}

export interface ExportPkcs12Options {
  /** Leaf first, then the CA certificates. */
  certificates: IssuedCertificate[]
  /** PKCS#8 PEM of the leaf's key, for an exportable key; omitted, the PFX holds certificates only. */
  privateKeyPem?: string
  /** Default `key-vault`. */
  encoding?: Pkcs12Encoding
}

/**
 * A PKCS#12 file with an empty password, as Key Vault stores a certificate's secret
 * (`application/x-pkcs12`), made with `openssl pkcs12 -export` in `encoding`.
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
      ...ENCODING_ARGUMENTS[options.encoding ?? 'key-vault'],
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

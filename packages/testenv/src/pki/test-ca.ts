import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import {
  caExtensions,
  issueCertificate,
  tlsServerExtensions,
  x509,
  type IssuedCertificate
} from './certificates.ts'
import { generateKeyPair, importKeyPair, type KeySpec } from './keys.ts'

/**
 * The test environment's own certificate authority. Every HTTPS server it starts (registry TLS,
 * Key Vault, Entra ID) presents a certificate issued by it, and every Node process trusts it
 * through NODE_EXTRA_CA_CERTS, as a user trusts a private CA. Node reads that variable only at
 * start-up, so the CA is made once per checkout (scripts/test.sh) and loaded by each process.
 */
const CA_FILE = 'ca.pem'
const CA_KEY_FILE = 'ca-key.pem'
const CA_KEY_SPEC: KeySpec = { kind: 'ec', curve: 'P-256' }

/** Creates the CA in `directory` unless it is already there; returns the CA certificate path. */
export async function ensureTestCertificateAuthority(directory: string): Promise<string> {
  const certPath = join(directory, CA_FILE)
  if (existsSync(certPath) && existsSync(join(directory, CA_KEY_FILE))) return certPath
  mkdirSync(directory, { recursive: true })
  const key = await generateKeyPair(CA_KEY_SPEC)
  const ca = await issueCertificate({
    subject: 'CN=sign test environment CA,O=sign',
    key,
    notAfter: new Date(Date.now() + 365 * 24 * 3_600_000),
    extensions: await caExtensions(key)
  })
  writeFileSync(join(directory, CA_KEY_FILE), key.privateKeyPem, { mode: 0o600 })
  writeFileSync(certPath, ca.pem)
  return certPath
}

let loaded: IssuedCertificate | undefined

/** The CA this process trusts (NODE_EXTRA_CA_CERTS), with its key beside it. */
export function testCertificateAuthority(): IssuedCertificate {
  if (loaded) return loaded
  const certPath = process.env['NODE_EXTRA_CA_CERTS']
  const keyPath = certPath ? join(dirname(certPath), CA_KEY_FILE) : undefined
  if (!certPath || !keyPath || !existsSync(keyPath)) {
    throw new Error(
      'The test environment needs its certificate authority trusted by this process. Run through ' +
        'scripts/test.sh or scripts/demo.sh, or start Node with ' +
        'NODE_EXTRA_CA_CERTS=.tmp/testenv-ca/ca.pem after `node scripts/testenv-ca.ts`.'
    )
  }
  const pem = readFileSync(certPath, 'utf8')
  const certificate = new x509.X509Certificate(pem)
  loaded = {
    certificate,
    pem,
    der: Buffer.from(certificate.rawData),
    key: importKeyPair(CA_KEY_SPEC, readFileSync(keyPath, 'utf8'))
  }
  return loaded
}

/** A TLS server certificate for 127.0.0.1 and localhost (plus `hosts`), issued by the test CA. */
export async function issueTlsServerCertificate(
  hosts: string[] = []
): Promise<{ certPem: string; keyPem: string; caPem: string }> {
  const ca = testCertificateAuthority()
  const key = await generateKeyPair({ kind: 'ec', curve: 'P-256' })
  const leaf = await issueCertificate({
    subject: 'CN=localhost',
    key,
    issuer: ca,
    extensions: tlsServerExtensions(['localhost', '127.0.0.1', ...hosts])
  })
  return { certPem: leaf.pem, keyPem: key.privateKeyPem, caPem: ca.pem }
}

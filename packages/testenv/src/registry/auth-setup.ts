import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { issueTlsServerCertificate } from '../pki/test-ca.ts'
import type { RegistryConfigOptions, TlsFiles } from './config.ts'
import { generateCredentials, writeHtpasswd, type RegistryCredentials } from './credentials.ts'
import { startTokenService, type TokenService } from './token-service.ts'
import type { RegistryOptions } from './types.ts'

/** What a mode tells the caller: nothing, or its credentials, CA and (token) token service. */
export type ModeResults =
  | { mode: 'anonymous' }
  | { mode: 'basic'; credentials: RegistryCredentials; caPem: string }
  | {
      mode: 'token'
      credentials: RegistryCredentials
      caPem: string
      /** Started here; the caller stops it. */
      tokenService: TokenService
    }

/** What a mode adds to the registry's configuration, and its results. */
export interface RegistryAuthSetup {
  config: Pick<RegistryConfigOptions, 'tls' | 'htpasswdPath' | 'token'>
  results: ModeResults
}

/** A TLS server certificate for 127.0.0.1 from the test CA, written to `directory`/tls/. */
export async function writeTls(directory: string): Promise<{ paths: TlsFiles; caPem: string }> {
  const { certPem, keyPem, caPem } = await issueTlsServerCertificate()
  const tlsDirectory = join(directory, 'tls')
  await mkdir(tlsDirectory)
  const paths = {
    certificatePath: join(tlsDirectory, 'cert.pem'),
    keyPath: join(tlsDirectory, 'key.pem')
  }
  await writeFile(paths.certificatePath, certPem)
  await writeFile(paths.keyPath, keyPem, { mode: 0o600 })
  return { paths, caPem }
}

/**
 * Prepares the files a mode needs in `directory`: nothing (anonymous); TLS certificate and a
 * bcrypt htpasswd file (basic); TLS certificate, a running token service and its signing
 * certificate as the root certificate bundle (token).
 */
export async function setUpRegistryAuth(options: {
  registry: RegistryOptions
  directory: string
}): Promise<RegistryAuthSetup> {
  const { registry, directory } = options
  if (registry.mode === 'anonymous') return { config: {}, results: { mode: 'anonymous' } }
  const credentials = registry.credentials ?? generateCredentials()
  const tls = await writeTls(directory)
  if (registry.mode === 'basic') {
    const htpasswdPath = join(directory, 'htpasswd')
    await writeHtpasswd({
      path: htpasswdPath,
      accounts: [credentials, ...(registry.accounts ?? [])]
    })
    const results = { mode: 'basic' as const, credentials, caPem: tls.caPem }
    return { config: { tls: tls.paths, htpasswdPath }, results }
  }
  const rootCertBundlePath = join(directory, 'token-signer.pem')
  const tokenService = await startTokenService({
    accounts: [credentials, ...(registry.accounts ?? [])],
    allowAnonymousPull: registry.allowAnonymousPull ?? false,
    lifetimeSeconds: registry.tokenLifetimeSeconds
  })
  try {
    await writeFile(rootCertBundlePath, tokenService.certificatePem)
  } catch (error) {
    await tokenService.stop()
    throw error
  }
  const { service, issuer } = tokenService
  let realm = tokenService.realm
  try {
    if (registry.mode === 'token' && registry.realmFor) realm = await registry.realmFor(realm)
  } catch (error) {
    await tokenService.stop()
    throw error
  }
  return {
    config: { tls: tls.paths, token: { realm, service, issuer, rootCertBundlePath } },
    results: { mode: 'token', credentials, caPem: tls.caPem, tokenService }
  }
}

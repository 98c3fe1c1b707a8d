import { randomBytes } from 'node:crypto'

/** How the registry authenticates requests; see startRegistry for each mode. */
export type RegistryMode = 'anonymous' | 'basic' | 'token'

/** The token-auth fields of docker-registry's `auth.token` section. */
export interface TokenAuthConfig {
  /** Where clients get tokens; the registry only names it in its challenge, never calls it. */
  realm: string
  /** The `service` of the challenge and the `aud` tokens must carry. */
  service: string
  /** The `iss` tokens must carry. */
  issuer: string
  /** PEM file of the certificates whose keys may sign tokens (matched by libtrust `kid`). */
  rootCertBundlePath: string
}

/** The PEM files of the registry's TLS certificate and key. */
export interface TlsFiles {
  certificatePath: string
  keyPath: string
}

/** What the registry's configuration file says, in the terms the test environment uses. */
export interface RegistryConfigOptions {
  port: number
  dataDirectory: string
  /** Serve HTTPS with this certificate and key (PEM files). */
  tls?: TlsFiles
  /** Basic authentication against this bcrypt htpasswd file. */
  htpasswdPath?: string
  /** Bearer-token authentication. */
  token?: TokenAuthConfig
}

/**
 * docker-registry 2.8's configuration (`version: 0.1`) as a plain object; written as JSON, which
 * its YAML parser reads. Filesystem storage with deletes enabled, listening on 127.0.0.1 only.
 */
export function registryConfig(options: RegistryConfigOptions): Record<string, unknown> {
  const http: Record<string, unknown> = {
    addr: `127.0.0.1:${options.port}`,
    // A fixed secret per process silences the load-balancer warning; uploads never span processes.
    secret: randomBytes(16).toString('hex')
  }
  if (options.tls) {
    http['tls'] = { certificate: options.tls.certificatePath, key: options.tls.keyPath }
  }
  const config: Record<string, unknown> = {
    version: '0.1',
    log: { level: 'info', formatter: 'text' },
    storage: {
      filesystem: { rootdirectory: options.dataDirectory },
      delete: { enabled: true }
    },
    http
  }
  if (options.htpasswdPath) {
    config['auth'] = { htpasswd: { realm: 'basic-realm', path: options.htpasswdPath } }
  } else if (options.token) {
    const { realm, service, issuer, rootCertBundlePath } = options.token
    config['auth'] = { token: { realm, service, issuer, rootcertbundle: rootCertBundlePath } }
  }
  return config
}

import type { RegistryCredentials } from './credentials.ts'

/** The part of a docker `config.json` that clients read credentials from. */
export interface DockerConfig {
  auths: Record<string, { auth?: string }>
}

/**
 * A docker config.json object with one `auths` entry for `host`: `auth` is base64
 * `username:password` as `docker login` writes it, and absent for an anonymous registry.
 */
export function dockerConfigFor(options: {
  host: string
  credentials?: RegistryCredentials
}): DockerConfig {
  const { host, credentials } = options
  if (!credentials) return { auths: { [host]: {} } }
  const auth = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
  return { auths: { [host]: { auth } } }
}

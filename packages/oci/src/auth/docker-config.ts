import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { OciError } from '../errors.ts'
import { runCredentialHelper } from './credential-helper.ts'
import { normalizeRegistryKey, type CredentialProvider, type Credentials } from './credentials.ts'

interface AuthEntry {
  auth?: string
  username?: string
  password?: string
  identitytoken?: string
  registrytoken?: string
}

interface DockerConfig {
  auths?: Record<string, AuthEntry>
  credHelpers?: Record<string, string>
  credsStore?: string
}

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
export function defaultDockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['DOCKER_CONFIG'] ?? join(homedir(), '.docker'), 'config.json')
}

function fromEntry(entry: AuthEntry | undefined): Credentials | undefined {
  if (!entry) return undefined
  if (entry.registrytoken) return { kind: 'registry-token', token: entry.registrytoken }
  if (entry.identitytoken) return { kind: 'identity-token', token: entry.identitytoken }
  let { username, password } = entry
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon > 0) [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)]
  }
  return username && password ? { kind: 'basic', username, password } : undefined
}

/**
 * Credentials from a docker `config.json`, as docker resolves them: a `credHelpers` entry for the
 * host, else the `credsStore`, else the inline `auths` entry (`auth` = base64 user:password,
 * `identitytoken`, `registrytoken`). A missing file means no credentials.
 */
export function dockerConfigCredentials(options: { path?: string } = {}): CredentialProvider {
  const path = options.path ?? defaultDockerConfigPath()
  let config: Promise<DockerConfig> | undefined
  const load = async (): Promise<DockerConfig> => {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch {
      return {}
    }
    try {
      return JSON.parse(text) as DockerConfig
    } catch (cause) {
      throw new OciError({
        code: 'INVALID_CONTENT',
        message: `docker config ${path} is not valid JSON; fix or remove it`,
        cause
      })
    }
  }
  return {
    async credentialsFor(registry) {
      const { auths = {}, credHelpers = {}, credsStore } = await (config ??= load())
      const host = normalizeRegistryKey(registry)
      const entryKey = Object.keys(auths).find(key => normalizeRegistryKey(key) === host)
      const helperKey = Object.keys(credHelpers).find(key => normalizeRegistryKey(key) === host)
      const helper = helperKey === undefined ? credsStore : credHelpers[helperKey]
      if (helper) {
        const fromHelper = await runCredentialHelper({ helper, registry: host })
        if (fromHelper) return fromHelper
      }
      return fromEntry(entryKey === undefined ? undefined : auths[entryKey])
    }
  }
}

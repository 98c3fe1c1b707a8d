import { ConfigurationError, optionalInput, secretInput } from '@sign/action-kit'
import {
  chainCredentials,
  dockerConfigCredentials,
  normalizeRegistryKey,
  staticCredentials,
  type CredentialProvider,
  type Credentials
} from '@sign/oci'

const GHCR = 'ghcr.io'

/** The registry inputs both signing actions take. */
export interface RegistryInputs {
  registryUsername: string | undefined
  registryPassword: string | undefined
  githubToken: string | undefined
}

/** Reads registry-username, registry-password and github-token (the secrets masked first). */
export function readRegistryInputs(): RegistryInputs {
  const registryPassword = secretInput('registry-password')
  const githubToken = secretInput('github-token')
  return { registryUsername: optionalInput('registry-username'), registryPassword, githubToken }
}

/**
 * Where registry credentials come from, first match wins: registry-username/-password for every
 * registry of the images; github-token for ghcr.io; the docker config (docker login, credential
 * helpers) for anything else.
 */
export function registryCredentials(options: {
  inputs: RegistryInputs
  /** The registry hosts of the images. */
  registries: string[]
}): CredentialProvider {
  const { registryUsername: username, registryPassword: password, githubToken } = options.inputs
  if ((username === undefined) !== (password === undefined)) {
    const missing = username === undefined ? 'registry-username' : 'registry-password'
    throw new ConfigurationError(
      `Input '${missing}' is missing: registry-username and registry-password go together. Set both:`,
      {
        fix:
          'with:\n  registry-username: ${{ github.actor }}\n' +
          '  registry-password: ${{ secrets.REGISTRY_PASSWORD }}'
      }
    )
  }
  if (username?.includes(':') === true || /[\r\n]/.test(username ?? '')) {
    throw new ConfigurationError(
      "Input 'registry-username' holds a colon or a line break, which no registry username " +
        'can (HTTP basic authentication joins username and password with a colon). Write the ' +
        'user name alone, and the password or token in registry-password:',
      {
        fix:
          'with:\n  registry-username: ${{ github.actor }}\n' +
          '  registry-password: ${{ secrets.REGISTRY_PASSWORD }}'
      }
    )
  }
  const providers: CredentialProvider[] = []
  if (username !== undefined && password !== undefined) {
    const basic: Credentials = { kind: 'basic', username, password }
    providers.push(
      staticCredentials(
        Object.fromEntries(options.registries.map(host => [normalizeRegistryKey(host), basic]))
      )
    )
  }
  if (githubToken !== undefined) {
    const actor = process.env['GITHUB_ACTOR'] || 'x-access-token'
    providers.push(
      staticCredentials({ [GHCR]: { kind: 'basic', username: actor, password: githubToken } })
    )
  }
  providers.push(dockerConfigCredentials())
  return chainCredentials(providers)
}

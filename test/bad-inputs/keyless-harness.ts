// What the keyless actions (cosign-keyless, sbom-attach) are refused against: the job's OIDC
// issuer, a Sigstore stack trusting it and a Basic-auth registry holding the image the base
// names; and the bad values of the Sigstore inputs they share.
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createRegistryClient, pushImage, staticCredentials } from '@sign/oci'
import {
  bundleEntry,
  executeAction,
  sampleImage,
  startAll,
  startOidcIssuer,
  startRegistry,
  startSigstoreStack
} from '@sign/testenv'
import { idTokenRequestCount, registryRequestCount } from './services.ts'
import type { ActionHarness, BadInputCase } from './table.ts'

const ROOT = resolve(import.meta.dirname, '../..')

/** Bad values of identity-token, fulcio-url, rekor-url, tsa-url and signing-config. */
export const SIGSTORE_CASES: BadInputCase[] = [
  {
    input: 'identity-token',
    inputs: { 'identity-token': 'not-a-token' },
    message: "Input 'identity-token' is not an OIDC ID token"
  },
  {
    input: 'fulcio-url',
    inputs: { 'fulcio-url': 'http://fulcio.example.com' },
    message: 'fulcio-url "http://fulcio.example.com" uses http://'
  },
  {
    input: 'rekor-url',
    inputs: { 'rekor-url': 'http://rekor.example.com' },
    message: 'rekor-url "http://rekor.example.com" uses http://'
  },
  {
    input: 'tsa-url',
    inputs: { 'tsa-url': 'ftp://tsa.example.com' },
    message: 'tsa-url "ftp://tsa.example.com" uses ftp://'
  },
  {
    input: 'signing-config',
    inputs: { 'signing-config': 'missing.json' },
    message: 'signing-config missing.json cannot be read (ENOENT)'
  }
]

/**
 * Starts the services and runs the `action` bundle with the valid base inputs (with
 * `trustedRoot`, the stack's trusted root as input `trusted-root`, for an action that verifies).
 */
export function startKeylessHarness(options: {
  action: string
  trustedRoot?: boolean
}): Promise<ActionHarness> {
  return startAll(async running => {
    const oidc = running.add(await startOidcIssuer())
    const stack = running.add(await startSigstoreStack({ oidcIssuers: [oidc] }))
    const registry = running.add(await startRegistry({ mode: 'basic' }))
    const client = createRegistryClient({
      credentials: staticCredentials({
        [registry.host]: { kind: 'basic', ...registry.credentials }
      })
    })
    const repo = { registry: registry.host, repository: 'octo-org/app' }
    await pushImage({ client, repo, reference: 'v1', ...sampleImage() })
    return {
      base: {
        images: `${registry.host}/octo-org/app:v1`,
        files: 'dist/app.bin',
        'fulcio-url': stack.fulcioUrl,
        'rekor-url': stack.rekorUrl,
        'tsa-url': stack.tsaUrl,
        'registry-username': registry.credentials.username,
        'registry-password': registry.credentials.password,
        'github-token': '',
        ...(options.trustedRoot === true && { 'trusted-root': stack.trustedRootPath })
      },
      files: { 'dist/app.bin': 'app' },
      run: ({ workspace, inputs }) =>
        executeAction({
          entry: bundleEntry(options.action),
          actionYml: join(ROOT, 'actions', options.action, 'action.yml'),
          workspace,
          inputs,
          idToken: oidc.actionsEnv(),
          env: { DOCKER_CONFIG: join(tmpdir(), 'bad-inputs-no-docker-config') },
          timeoutMs: 60_000
        }),
      requests: () => ({
        registry: registryRequestCount(registry),
        sigstore:
          stack.requests.fulcio + stack.requests.rekor + stack.requests.tsa + stack.requests.tuf,
        idToken: idTokenRequestCount(oidc)
      }),
      stop: () => running.stop()
    }
  })
}

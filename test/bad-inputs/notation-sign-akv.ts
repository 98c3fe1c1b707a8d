// notation-sign-akv: the job's OIDC issuer, Entra ID trusting it, Key Vault holding the key the
// base signs with, and a registry holding the image; key-file cases switch to a local PEM key.
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createRegistryClient, pushImage, staticCredentials } from '@sign/oci'
import {
  bundleEntry,
  executeAction,
  sampleImage,
  selfSignedCodeSigningChain,
  startAll,
  startEntraId,
  startKeyVault,
  startOidcIssuer,
  startRegistry,
  workflowFederatedCredential
} from '@sign/testenv'
import { booleanCases, REGISTRY_CASES, REGISTRY_EXEMPT } from './registry-inputs.ts'
import { SUBJECT_CASES } from './subject-inputs.ts'
import { azureRequestCounts, idTokenRequestCount, registryRequestCount } from './services.ts'
import type { ActionTable } from './table.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const CLIENT_ID = '11111111-2222-3333-4444-555555555555'
/** The base without Key Vault: a local key and its chain (written into every workspace). */
const PEM_KEY = {
  'key-id': '',
  'client-id': '',
  'tenant-id': '',
  'key-file': 'signing-key.pem',
  'certificate-file': 'signing-chain.pem'
}

export const NOTATION_SIGN_AKV: ActionTable = {
  action: 'notation-sign-akv',
  exempt: REGISTRY_EXEMPT,
  cases: [
    ...SUBJECT_CASES,
    {
      input: 'key-id',
      inputs: { 'key-id': 'https://my-vault.vault.azure.net/secrets/release' },
      message:
        'Input \'key-id\': the key id "https://my-vault.vault.azure.net/secrets/release" is not a Key Vault key identifier'
    },
    {
      input: 'key-id',
      inputs: { 'key-id': 'not a url' },
      message:
        'Input \'key-id\': the key id "not a url" is not a Key Vault key identifier (not a URL)'
    },
    {
      input: 'certificate-id',
      inputs: { 'certificate-id': 'https://other.vault.azure.net/certificates/release' },
      message:
        'Input \'certificate-id\': "https://other.vault.azure.net/certificates/release" is not the certificate of key-id'
    },
    {
      input: 'ca-certs',
      inputs: { 'ca-certs': 'missing/ca.pem' },
      message: "Input 'ca-certs': cannot read"
    },
    {
      input: 'certificate-source',
      inputs: { 'certificate-source': 'pkcs12' },
      message: "Input 'certificate-source' must be one of: certificate, secret"
    },
    {
      input: 'key-file',
      inputs: { ...PEM_KEY, 'key-file': 'missing/key.pem' },
      message: "Input 'key-file': cannot read"
    },
    {
      input: 'certificate-file',
      inputs: { ...PEM_KEY, 'certificate-file': 'missing/chain.pem' },
      message: "Input 'certificate-file': cannot read"
    },
    {
      input: 'client-id',
      inputs: { 'client-id': 'not-a-client-id' },
      message: "Input 'client-id' is not an Entra ID application (client) id, which is a GUID"
    },
    {
      input: 'tenant-id',
      inputs: { 'tenant-id': 'not a tenant!' },
      message: "Input 'tenant-id' is not an Entra ID tenant"
    },
    {
      input: 'authority-host',
      inputs: { 'authority-host': 'http://login.example.com' },
      message: 'Input \'authority-host\': "http://login.example.com" is not an https URL'
    },
    {
      input: 'signature-format',
      inputs: { 'signature-format': 'pgp' },
      message: "Input 'signature-format' must be one of: jws, cose"
    },
    { input: 'expiry', inputs: { expiry: '1 year' }, message: "Input 'expiry' must be a duration" },
    {
      input: 'user-metadata',
      inputs: { 'user-metadata': 'no-separator' },
      message: 'Input \'user-metadata\', line 1: "no-separator" is not key=value'
    },
    {
      input: 'user-metadata',
      inputs: { 'user-metadata': 'io.cncf.notary.x=y' },
      message:
        'Input \'user-metadata\', line 1: the key "io.cncf.notary.x" uses the prefix io.cncf.notary.'
    },
    {
      input: 'media-type',
      inputs: { 'media-type': 'not a media type' },
      message: "Input 'media-type' must be a media type, type/subtype as RFC 6838 spells them"
    },
    {
      input: 'media-type',
      inputs: { 'media-type': 'application/' },
      message: "Input 'media-type' must be a media type, type/subtype as RFC 6838 spells them"
    },
    ...booleanCases(['recursive', 'force-referrers-tag', 'show-summary']),
    ...REGISTRY_CASES
  ],
  start: () =>
    startAll(async running => {
      const oidc = running.add(await startOidcIssuer())
      const entra = running.add(
        await startEntraId({
          federatedCredentials: [workflowFederatedCredential({ oidc, clientId: CLIENT_ID })]
        })
      )
      const vault = running.add(await startKeyVault({ entraId: entra }))
      const registry = running.add(await startRegistry({ mode: 'basic' }))
      const chain = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
      const key = await vault.addKey({ name: 'release', certificateChain: chain })
      const client = createRegistryClient({
        credentials: staticCredentials({
          [registry.host]: { kind: 'basic', ...registry.credentials }
        })
      })
      const repo = { registry: registry.host, repository: 'octo-org/app' }
      await pushImage({ client, repo, reference: 'v1', ...sampleImage() })
      return {
        base: {
          'key-id': key.keyId,
          'client-id': CLIENT_ID,
          'tenant-id': entra.tenantId,
          'authority-host': entra.url,
          images: `${registry.host}/octo-org/app:v1`,
          files: 'dist/app.bin',
          'registry-username': registry.credentials.username,
          'registry-password': registry.credentials.password,
          'github-token': ''
        },
        files: {
          'dist/app.bin': 'app',
          'signing-key.pem': chain[0]?.key.privateKeyPem ?? '',
          'signing-chain.pem': chain[0]?.pem ?? ''
        },
        run: ({ workspace, inputs }) =>
          executeAction({
            entry: bundleEntry('notation-sign-akv'),
            actionYml: join(ROOT, 'actions/notation-sign-akv/action.yml'),
            workspace,
            inputs,
            idToken: oidc.actionsEnv(),
            env: { DOCKER_CONFIG: join(tmpdir(), 'bad-inputs-no-docker-config') },
            timeoutMs: 60_000
          }),
        requests: () => ({
          registry: registryRequestCount(registry),
          idToken: idTokenRequestCount(oidc),
          ...azureRequestCounts({ entra, vault })
        }),
        stop: () => running.stop()
      }
    })
}

import type { TestContext } from 'node:test'
import assert from 'node:assert/strict'
import type { TokenCredential } from '@azure/identity'
import {
  KEY_VAULT_API_VERSIONS,
  startEntraId,
  startKeyVault,
  startOidcIssuer,
  selfSignedCodeSigningChain,
  workflowFederatedCredential,
  type EntraIdOptions,
  type KeyVault
} from '@sign/testenv'
import { azureCredential } from '../src/azure/index.ts'
import { keyVaultSigner } from '../src/keyvault/index.ts'
import type { NotarySigner } from '../src/index.ts'

export const CLIENT_ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'

/**
 * The api-versions of a cloud that serves nothing newer than 7.5, the version the signer pins: a
 * signer that drifted to an SDK's newer default would get Key Vault's 400 from every test vault.
 */
export const SERVED_UP_TO_PINNED = KEY_VAULT_API_VERSIONS.slice(
  0,
  KEY_VAULT_API_VERSIONS.indexOf('7.5') + 1
)

/**
 * A GitHub OIDC issuer, Entra ID trusting this workflow's subject for CLIENT_ID, and a Key Vault
 * accepting Entra's tokens — all on loopback, stopped after the test. `credential` is the
 * signer's own workload-identity credential, whose assertions the issuer mints (`minted` counts).
 */
export async function startKeyVaultStack(
  t: TestContext,
  options: {
    /** The tenant-id the signer is given (default the tenant's GUID as Entra ID writes it). */
    tenantId?: (entra: { tenantId: string; domains: readonly string[] }) => string
    entra?: Omit<EntraIdOptions, 'federatedCredentials'>
    /** The subject Entra ID trusts, when not this workflow's (a sign-in that must fail). */
    federatedSubject?: string
  } = {}
) {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const federated = {
    ...workflowFederatedCredential({ oidc, clientId: CLIENT_ID }),
    ...(options.federatedSubject === undefined ? {} : { subject: options.federatedSubject })
  }
  const subject = federated.subject
  const entra = await startEntraId({ ...options.entra, federatedCredentials: [federated] })
  t.after(() => entra.stop())
  const vault = await startKeyVault({ entraId: entra, apiVersions: SERVED_UP_TO_PINNED })
  t.after(() => vault.stop())
  const minted: string[] = []
  /** The ID tokens handed to the credential, to look for in what must not hold them. */
  const idTokens: string[] = []
  const credential = azureCredential({
    clientId: CLIENT_ID,
    tenantId: options.tenantId?.(entra) ?? entra.tenantId,
    getIdToken: audience => {
      minted.push(audience)
      idTokens.push(oidc.mint({ audience }))
      return Promise.resolve(idTokens.at(-1) ?? '')
    },
    authorityHost: entra.url,
    disableInstanceDiscovery: true
  })
  /** The operations and statuses the vault answered, 401 challenges left out. */
  const calls = () =>
    vault.history.filter(r => r.status !== 401).map(r => `${r.operation} ${r.status}`)
  return { oidc, entra, vault, credential, minted, idTokens, subject, calls }
}

/** Options of {@link signerForNewKey}. */
export interface SignerForNewKeyOptions {
  vault: Pick<KeyVault, 'addKey' | 'clientOptions'>
  credential: TokenCredential
}

/**
 * Adds a key with a self-signed EC P-256 code-signing certificate to `vault` and makes the Key
 * Vault signer for it, the chain read from the certificate (rejects when Key Vault refuses).
 */
export async function signerForNewKey(options: SignerForNewKeyOptions): Promise<NotarySigner> {
  const added = await options.vault.addKey({
    name: 'signer',
    certificateChain: await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  })
  return await keyVaultSigner({
    keyId: added.keyId,
    credential: options.credential,
    chain: { source: 'certificate' },
    clientOptions: options.vault.clientOptions
  })
}

/** What `promise` rejects with; the test fails with `unexpected` when it resolves. */
export async function rejectionOf(options: {
  promise: Promise<unknown>
  unexpected: string
}): Promise<unknown> {
  return await options.promise.then(
    () => assert.fail(options.unexpected),
    (error: unknown) => error
  )
}

import { constants, createHash, verify } from 'node:crypto'
import { ClientAssertionCredential } from '@azure/identity'
import { CryptographyClient } from '@azure/keyvault-keys'
import { actionsIdToken, DEMO_CLIENT_ID } from '../environment.ts'
import type { DemoStep } from '../step.ts'

export const keyVaultSigning: DemoStep = {
  title: 'sign with a key in Azure Key Vault through workload identity federation',
  async run({ oidc, entra, vault }) {
    const key = await vault.addKey({ name: 'release-signer', spec: { kind: 'rsa', bits: 3072 } })
    const credential = new ClientAssertionCredential(
      entra.tenantId,
      DEMO_CLIENT_ID,
      () => actionsIdToken(oidc, 'api://AzureADTokenExchange'),
      { authorityHost: entra.url, disableInstanceDiscovery: true }
    )
    const payload = Buffer.from('payload signed in Key Vault\n')
    const client = new CryptographyClient(key.keyId, credential, vault.clientOptions)
    const { result } = await client.sign('PS384', createHash('sha384').update(payload).digest())
    const valid = verify(
      'sha384',
      payload,
      { key: key.key.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 48 },
      result
    )
    if (!valid) throw new Error('the Key Vault signature does not verify')
    return [
      'exchanged the workflow OIDC token for a Key Vault token (ClientAssertionCredential)',
      `signed with ${key.keyId} (RSA 3072, PS384); the signature verifies with the public key`
    ]
  }
}

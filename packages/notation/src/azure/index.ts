// Azure credentials for the Key Vault signer: workload identity federation from the GitHub OIDC
// token, or the ambient credential azure/login leaves.
export { azureCredential, TOKEN_EXCHANGE_AUDIENCE } from './credential.ts'
export type { AzureCredentialOptions } from './credential.ts'

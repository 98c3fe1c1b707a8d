import {
  startEntraId,
  startKeyVault,
  startOidcIssuer,
  startReferrersRegistry,
  startRegistry,
  startAll,
  startSigstoreStack,
  workflowFederatedCredential,
  type EntraId,
  type KeyVault,
  type OidcIssuer,
  type ReferrersRegistry,
  type SigstoreStack,
  type TokenRegistry
} from '@sign/testenv'

/** The client the demo's workflow is registered as in Entra ID (workload identity federation). */
export const DEMO_CLIENT_ID = '11111111-2222-3333-4444-555555555555'

/** Everything the demo runs against, all on 127.0.0.1. */
export interface DemoEnvironment {
  oidc: OidcIssuer
  sigstore: SigstoreStack
  registry: TokenRegistry
  /** A registry with the OCI 1.1 referrers API (olareg; no authentication). */
  referrersRegistry: ReferrersRegistry
  entra: EntraId
  vault: KeyVault
  /** A fresh directory for the files the demo signs. */
  workspace: string
  stop(): Promise<void>
}

/** Starts every component; if one fails to start, the ones already running are stopped. */
export async function startDemoEnvironment(workspace: string): Promise<DemoEnvironment> {
  return startAll(async running => {
    const oidc = running.add(await startOidcIssuer())
    const sigstore = running.add(await startSigstoreStack({ oidcIssuers: [oidc] }))
    const registry = running.add(await startRegistry({ mode: 'token' }))
    const referrersRegistry = running.add(await startReferrersRegistry())
    const entra = running.add(
      await startEntraId({
        federatedCredentials: [workflowFederatedCredential({ oidc, clientId: DEMO_CLIENT_ID })]
      })
    )
    const vault = running.add(await startKeyVault({ entraId: entra }))
    return {
      oidc,
      sigstore,
      registry,
      referrersRegistry,
      entra,
      vault,
      workspace,
      stop: () => running.stop()
    }
  })
}

/** An ID token the way a job gets one: from the Actions runtime's ID-token endpoint. */
export async function actionsIdToken(oidc: OidcIssuer, audience: string): Promise<string> {
  const { ACTIONS_ID_TOKEN_REQUEST_URL: url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: token } =
    oidc.actionsEnv()
  const response = await fetch(`${url}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${token}` }
  })
  if (!response.ok) throw new Error(`the ID-token endpoint answered ${response.status}`)
  return ((await response.json()) as { value: string }).value
}

// Everything a release signs against, each behind a fault-injecting proxy: the basic and token
// registries (their TLS fronted by proxies with test-CA certificates), the token registry's token
// service, and the Sigstore stack.
import {
  caIssuedCodeSigningChain,
  generateCredentials,
  startAll,
  startEntraId,
  startFaultProxy,
  startKeyVault,
  startOidcIssuer,
  startRegistry,
  startSigstoreStack,
  workflowFederatedCredential,
  type BasicRegistry,
  type EntraId,
  type FaultKind,
  type FaultProxy,
  type OidcIssuer,
  type RegistryCredentials,
  type SigstoreStack,
  type TokenRegistry
} from '@sign/testenv'
import { createRegistryClient, staticCredentials, type RegistryClient } from '@sign/oci'

/** The Entra application whose federated credential trusts the workflow's tokens. */
export const CLIENT_ID = '11111111-2222-3333-4444-555555555555'

/** How flaky the proxies are. */
export interface FlakyOptions {
  seed: string
  /** Share of requests that meet a fault (0 to 1). */
  rate: number
  /** How long a `slow` answer is held back, in ms. */
  slowMs: number
}

export interface FlakyEnvironment {
  oidc: OidcIssuer
  stack: SigstoreStack
  basic: BasicRegistry
  token: TokenRegistry
  /** The one account both registries accept. */
  credentials: RegistryCredentials
  /**
   * Proxies in front of the basic registry, the token registry, its token service (the realm
   * its challenges name) and the Sigstore stack.
   */
  proxies: { basic: FaultProxy; token: FaultProxy; tokenService: FaultProxy; sigstore: FaultProxy }
  entra: EntraId
  notationKeyId: string
  notationRootPem: string
  /** A client for the registries themselves (by their own hosts, not the proxies'). */
  direct: RegistryClient
  /** Faults injected by the four proxies together, per kind. */
  faults(): Record<FaultKind, number>
  stop(): Promise<void>
}

export async function startFlakyEnvironment(options: FlakyOptions): Promise<FlakyEnvironment> {
  return startAll(async running => {
    const credentials = generateCredentials()
    const oidc = running.add(await startOidcIssuer())
    const stack = running.add(await startSigstoreStack({ oidcIssuers: [oidc] }))
    const basic = running.add(await startRegistry({ mode: 'basic', credentials }))
    const entra = running.add(
      await startEntraId({
        federatedCredentials: [workflowFederatedCredential({ oidc, clientId: CLIENT_ID })]
      })
    )
    const vault = running.add(await startKeyVault({ entraId: entra }))
    const chain = await caIssuedCodeSigningChain({ spec: { kind: 'rsa', bits: 3072 } })
    const key = await vault.addKey({
      name: 'release-signer',
      certificateChain: chain,
      secretFormat: 'pkcs12'
    })
    // Faults at random, but never more than 3 in a row for one request: independent draws would
    // give some request five faults in a row about one run in eight, more than any bounded retry
    // policy (5 tries) recovers from, and the test is of recovery, not of luck.
    const plan = {
      seed: options.seed,
      rate: options.rate,
      slowMs: options.slowMs,
      maxConsecutive: 3
    }
    // The token registry's challenges send clients to its token service through a proxy too.
    let tokenService: FaultProxy | undefined
    const token = running.add(
      await startRegistry({
        mode: 'token',
        credentials,
        realmFor: async realm => {
          const upstream = new URL(realm).origin
          tokenService = running.add(await startFaultProxy({ ...plan, upstream, tls: true }))
          return `${tokenService.url}/token`
        }
      })
    )
    const proxies = {
      basic: running.add(await startFaultProxy({ ...plan, upstream: basic.url, tls: true })),
      token: running.add(await startFaultProxy({ ...plan, upstream: token.url, tls: true })),
      tokenService: tokenService as FaultProxy,
      sigstore: running.add(await startFaultProxy({ ...plan, upstream: stack.url }))
    }
    const direct = createRegistryClient({
      credentials: staticCredentials({
        [basic.host]: { kind: 'basic', ...credentials },
        [token.host]: { kind: 'basic', ...credentials }
      })
    })
    const faults = (): Record<FaultKind, number> => {
      const total = proxies.basic.faults()
      for (const proxy of [proxies.token, proxies.tokenService, proxies.sigstore]) {
        for (const [kind, count] of Object.entries(proxy.faults()))
          total[kind as FaultKind] += count
      }
      return total
    }
    return {
      oidc,
      stack,
      basic,
      token,
      credentials,
      proxies,
      entra,
      notationKeyId: key.keyId,
      notationRootPem: chain.at(-1)?.pem ?? '',
      direct,
      faults,
      stop: () => running.stop()
    }
  })
}

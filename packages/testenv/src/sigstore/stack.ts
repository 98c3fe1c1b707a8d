import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @sigstore/mock's building blocks come from its dist modules, not its main entry: the main
// entry also loads its nock-based mockX() helpers, and nock 13 patches node:http globally as
// soon as it is imported. These modules are the same exported functions without nock.
import { initializeCA, initializeCTLog } from '@sigstore/mock/dist/fulcio/index.js'
import { initializeTLog } from '@sigstore/mock/dist/rekor/index.js'
import { closeServer, listenOnLoopback } from '../net/loopback.ts'
import { generateKeyPair } from '../pki/keys.ts'
import { fulcioRoutes, type TrustedOidcIssuer } from './fulcio.ts'
import {
  createRequestCounts,
  createStackServer,
  type ServiceRoute,
  type SigstoreRequestCounts
} from './http.ts'
import { rekorV1Routes } from './rekor.ts'
import { rekorV2Routes } from './rekor-v2.ts'
import { signingConfigFor, type SigningConfigJson } from './signing-config.ts'
import { initializeTimestampAuthority, timestampRoutes } from './timestamp.ts'
import { assembleTrustedRoot, type TrustedRootJson } from './trusted-root.ts'
import { tufRepository } from './tuf.ts'

/** How to start a Sigstore stack. */
export interface SigstoreStackOptions {
  /** Issuers whose tokens Fulcio accepts, audience `sigstore` (an `OidcIssuer` fits). */
  oidcIssuers: TrustedOidcIssuer[]
  /** The Rekor API the signing config prefers: 1 (the default) or 2 (then a TSA is needed). */
  signingConfigRekorVersion?: 1 | 2
}

/** A running Sigstore stack: where its services answer, its trust material, its counters. */
export interface SigstoreStack {
  /** `http://127.0.0.1:<port>`: every service below answers on this one server. */
  url: string
  /** Fulcio base URL (`POST /api/v2/signingCert`). */
  fulcioUrl: string
  /** Rekor base URL: v1 (`/api/v1/log/entries[/{uuid}]`) and v2 (`/api/v2/log/entries`). */
  rekorUrl: string
  /** TSA base URL (`POST /api/v1/timestamp`). */
  tsaUrl: string
  /** TUF mirror (`/1.root.json`, `/timestamp.json`, …, `/targets/trusted_root.json`). */
  tufMirrorUrl: string
  /** The trusted root: Fulcio CA, CT log, both Rekor logs, TSA. Also at `${url}/trusted_root.json`. */
  trustedRoot: TrustedRootJson
  trustedRootPath: string
  /** The TUF repository's `1.root.json`, for `tufRootPath`. */
  tufRootPath: string
  /** Also the TUF target `signing_config.v0.2.json`. */
  signingConfig: SigningConfigJson
  signingConfigPath: string
  requests: SigstoreRequestCounts
  /** Stops the server and removes the files. */
  stop(): Promise<void>
}

const HOUR = 3_600_000

/**
 * Fulcio, Rekor v1 and v2, an RFC 3161 TSA and a TUF repository on one loopback HTTP server,
 * built from @sigstore/mock's building blocks with a separate key pair for the CA, the CT log,
 * each Rekor log and the TSA, and the mock's defects worked around (see each service's file).
 */
export async function startSigstoreStack(options: SigstoreStackOptions): Promise<SigstoreStack> {
  const directory = await mkdtemp(join(tmpdir(), 'sigstore-stack-'))
  const routes: ServiceRoute[] = []
  const requests = createRequestCounts()
  const server = createStackServer({ routes, requests })
  const stop = async (): Promise<void> => {
    await closeServer(server)
    await rm(directory, { recursive: true, force: true })
  }
  try {
    const { port } = await listenOnLoopback(server)
    // Rekor names its checkpoints after this host, so the services are built once it is known.
    const url = `http://127.0.0.1:${port}`
    const key = () => generateKeyPair({ kind: 'ec', curve: 'P-256' })
    const [caKey, ctKey, rekorKey, rekorV2Key, tsaKey] = await Promise.all([
      key(),
      key(),
      key(),
      key(),
      key()
    ])
    const ctLog = await initializeCTLog(ctKey)
    const ca = await initializeCA(caKey, ctLog)
    const tlog = await initializeTLog(url, rekorKey)
    const tlogV2 = await initializeTLog(url, rekorV2Key)
    const tsa = await initializeTimestampAuthority(tsaKey)
    const validFrom = new Date(Date.now() - HOUR)
    const trustedRoot = assembleTrustedRoot({
      url,
      ca,
      ctLog,
      tlogs: [tlog, tlogV2],
      tsa,
      validFrom
    })
    const preferredRekorVersion = options.signingConfigRekorVersion ?? 1
    const signingConfig = signingConfigFor({ url, validFrom, preferredRekorVersion })
    const trustedRootText = JSON.stringify(trustedRoot, null, 2)
    const signingConfigText = JSON.stringify(signingConfig, null, 2)
    const tuf = tufRepository({
      targets: [
        { name: 'trusted_root.json', content: Buffer.from(trustedRootText) },
        { name: 'signing_config.v0.2.json', content: Buffer.from(signingConfigText) }
      ]
    })
    const paths = {
      trustedRootPath: join(directory, 'trusted_root.json'),
      tufRootPath: join(directory, '1.root.json'),
      signingConfigPath: join(directory, 'signing_config.v0.2.json')
    }
    await writeFile(paths.trustedRootPath, trustedRootText)
    await writeFile(paths.tufRootPath, tuf.rootJson)
    await writeFile(paths.signingConfigPath, signingConfigText)
    routes.push(
      ...fulcioRoutes({ ca, oidcIssuers: options.oidcIssuers }),
      ...rekorV1Routes({ tlog }),
      ...rekorV2Routes({ tlog: tlogV2 }),
      ...timestampRoutes({ tsa }),
      ...tuf.routes,
      {
        service: 'tuf',
        method: 'GET',
        path: '/trusted_root.json',
        handle: () => ({ status: 200, body: trustedRootText, contentType: 'application/json' })
      }
    )
    const urls = { fulcioUrl: url, rekorUrl: url, tsaUrl: url, tufMirrorUrl: url }
    return { url, ...urls, trustedRoot, signingConfig, ...paths, requests, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

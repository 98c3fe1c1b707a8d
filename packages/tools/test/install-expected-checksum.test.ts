// expectedChecksum against a loopback release server and the test environment's Sigstore stack:
// the catalog's pin, a checksums file whose bundle verifies, and every way of refusing.
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { after, before, test } from 'node:test'
import { createBundleSigner } from '@sign/sigstore'
import type { TrustedRootJSON } from '@sign/sigstore'
import {
  GITHUB_ACTIONS_ISSUER,
  startOidcIssuer,
  startReleaseServer,
  startSigstoreStack
} from '@sign/testenv'
import type { OidcIssuer, ReleaseServer, SigstoreStack } from '@sign/testenv'
import { ToolsError, expectedChecksum, fetchReleaseFile } from '@sign/tools'
import type { ResolvedAsset } from '@sign/tools'

const WORKFLOW = {
  repository: 'sigstore/cosign',
  workflowPath: '.github/workflows/release.yml',
  ref: 'refs/tags/v3.0.0'
}
const IDENTITY = `https://github.com/${WORKFLOW.repository}/${WORKFLOW.workflowPath}@${WORKFLOW.ref}`
const ASSET_SHA = 'a'.repeat(64)

let oidc: OidcIssuer
let stack: SigstoreStack
let trustedRoot: TrustedRootJSON
let server: ReleaseServer
let base: string
const CHECKSUMS = `${ASSET_SHA}  cosign-linux-amd64\n${'b'.repeat(64)}  cosign-darwin-arm64\n`

before(async () => {
  oidc = await startOidcIssuer({ workflow: WORKFLOW })
  stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  trustedRoot = stack.trustedRoot as unknown as TrustedRootJSON
  server = await startReleaseServer()
  base = server.url
  const signer = createBundleSigner({
    instance: { fulcioUrl: stack.fulcioUrl, rekorUrl: stack.rekorUrl, rekorVersion: 1 },
    identityProvider: { getToken: () => Promise.resolve(oidc.mint({ audience: 'sigstore' })) }
  })
  const signed = await signer.signDigest({
    algorithm: 'sha256',
    digest: createHash('sha256').update(CHECKSUMS).digest()
  })
  server.put('/v3.0.0/cosign_checksums.txt', CHECKSUMS)
  server.put('/v3.0.0/cosign_checksums.txt.sigstore.json', JSON.stringify(signed.bundle))
})
after(async () => {
  await server?.stop()
  await stack?.stop()
  await oidc?.stop()
})

function resolved(overrides: Partial<ResolvedAsset> = {}): ResolvedAsset {
  return {
    tool: 'cosign',
    version: '3.0.0',
    tag: 'v3.0.0',
    platform: 'linux-amd64',
    asset: 'cosign-linux-amd64',
    format: 'binary',
    url: `${base}/v3.0.0/cosign-linux-amd64`,
    sha256: undefined,
    checksumsUrl: `${base}/v3.0.0/cosign_checksums.txt`,
    checksumsBundleUrl: `${base}/v3.0.0/cosign_checksums.txt.sigstore.json`,
    checksumsIdentity: {
      certificateIdentity: IDENTITY,
      certificateOidcIssuer: GITHUB_ACTIONS_ISSUER
    },
    executable: 'cosign',
    ...overrides
  }
}

async function refusal(promise: Promise<unknown>): Promise<ToolsError> {
  try {
    await promise
  } catch (error) {
    assert.ok(error instanceof ToolsError, String(error))
    return error
  }
  assert.fail('accepted')
}

test('the catalog’s pin is taken without fetching anything', async () => {
  const from = server.requests.length
  assert.deepEqual(
    await expectedChecksum({
      resolved: resolved({ sha256: 'c'.repeat(64) }),
      allowUnverified: false
    }),
    { sha256: 'c'.repeat(64), source: 'catalog' }
  )
  assert.equal(server.requests.length, from)
})

test('a checksums file whose bundle verifies gives the asset’s line', async () => {
  assert.deepEqual(
    await expectedChecksum({ resolved: resolved(), allowUnverified: false, trustedRoot }),
    {
      sha256: ASSET_SHA,
      source: 'checksums-file'
    }
  )
})

test('a verified checksums file that does not list the asset is refused', async () => {
  const error = await refusal(
    expectedChecksum({
      resolved: resolved({ asset: 'cosign-windows-arm64.exe' }),
      allowUnverified: true,
      trustedRoot
    })
  )
  assert.equal(error.code, 'UNVERIFIABLE_VERSION')
  assert.match(error.message, /lists no cosign-windows-arm64\.exe/)
})

test('another identity, another issuer or another trust root is refused, allow-unverified or not', async () => {
  const cases: [Partial<ResolvedAsset>, TrustedRootJSON | undefined, RegExp][] = [
    [
      {
        checksumsIdentity: {
          certificateIdentity: `${IDENTITY}x`,
          certificateOidcIssuer: GITHUB_ACTIONS_ISSUER
        }
      },
      trustedRoot,
      /does not match/
    ],
    [
      {
        checksumsIdentity: {
          certificateIdentityRegexp: 'https://github\\.com/anchore/.*',
          certificateOidcIssuer: GITHUB_ACTIONS_ISSUER
        }
      },
      trustedRoot,
      /as signed by an identity matching https.*certificate identity .* does not match/
    ],
    [
      {
        checksumsIdentity: {
          certificateIdentity: IDENTITY,
          certificateOidcIssuer: 'https://accounts.google.com'
        }
      },
      trustedRoot,
      /certificate issuer "https:\/\/token\.actions\.githubusercontent\.com" does not match/
    ],
    [{}, undefined, /bundle verification failed/]
  ]
  for (const [overrides, root, reason] of cases) {
    const error = await refusal(
      expectedChecksum({
        resolved: resolved(overrides),
        allowUnverified: true,
        ...(root ? { trustedRoot: root } : {})
      })
    )
    assert.equal(error.code, 'UNVERIFIABLE_VERSION')
    assert.match(error.message, /does not verify \S+, the checksums file of cosign 3\.0\.0,/)
    assert.match(error.message, reason)
  }
})

test('a checksums file changed after signing is refused', async () => {
  const url = '/v3.0.0/cosign_checksums.txt'
  server.put(url, CHECKSUMS.replace(ASSET_SHA, 'd'.repeat(64)))
  try {
    const error = await refusal(
      expectedChecksum({ resolved: resolved(), allowUnverified: false, trustedRoot })
    )
    assert.equal(error.code, 'UNVERIFIABLE_VERSION')
    assert.match(error.message, /does not verify \S+, the checksums file of cosign 3\.0\.0,/)
    assert.match(error.message, /does not match the bundle's message digest/)
  } finally {
    server.put(url, CHECKSUMS)
  }
})

test('no pin and no signed checksums file: refused naming allow-unverified and the catalog, or unverified when allowed', async () => {
  const unsigned = resolved({ checksumsBundleUrl: undefined, checksumsIdentity: undefined })
  const from = server.requests.length
  const error = await refusal(expectedChecksum({ resolved: unsigned, allowUnverified: false }))
  assert.equal(error.code, 'UNVERIFIABLE_VERSION')
  assert.match(error.message, /^cosign 3\.0\.0 is not pinned in the catalog for linux-amd64/)
  assert.match(error.message, /allow-unverified: true/)
  assert.match(error.message, /catalog file \(input "catalog"\)/)
  assert.deepEqual(await expectedChecksum({ resolved: unsigned, allowUnverified: true }), {
    sha256: undefined,
    source: 'unverified'
  })
  assert.equal(server.requests.length, from, 'nothing fetched')
})

test('release files are retried on 503 and 429, not on 404', async () => {
  server.failNext('/v3.0.0/cosign_checksums.txt', [503, 429])
  const bytes = await fetchReleaseFile({
    url: `${base}/v3.0.0/cosign_checksums.txt`,
    retryDelayMs: 1
  })
  assert.equal(bytes.toString(), CHECKSUMS)
  const from = server.requests.length
  const error = await refusal(fetchReleaseFile({ url: `${base}/v9/missing.txt`, retryDelayMs: 1 }))
  assert.equal(error.code, 'DOWNLOAD_FAILED')
  assert.equal(error.status, 404)
  assert.equal(server.requests.length - from, 1, 'a 404 is not retried')
  server.failNext('/v3.0.0/cosign_checksums.txt', [502, 502, 502])
  const exhausted = await refusal(
    fetchReleaseFile({ url: `${base}/v3.0.0/cosign_checksums.txt`, retryDelayMs: 1 })
  )
  assert.equal(exhausted.code, 'DOWNLOAD_FAILED')
  assert.equal(exhausted.status, 502)
  assert.match(exhausted.message, /HTTP 502/)
})

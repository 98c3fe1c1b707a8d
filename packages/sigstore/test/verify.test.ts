// verifyBundle on real bundles (keyless message and DSSE), the anchored identity policy,
// artifact binding, trusted roots and prehash signatures. Conformance: verify-conformance.test.ts.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, createHash, generateKeyPairSync, sign } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadTrustedRoot, publicGoodTrustedRoot, verifyBundle } from '../src/verify/index.ts'
import type { VerifiedBundle } from '../src/verify/index.ts'
import { verifyPrehashed } from '../src/verify/prehash-verify.ts'
import { sigstoreVectors } from './verify-vectors.ts'
import { assertRejected, rejection } from './verify-rejection.ts'

const real = join(sigstoreVectors, 'real')
const WHL_IDENTITY =
  'https://github.com/trailofbits/rfc8785.py/.github/workflows/release.yml@refs/tags/v0.1.2'
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

function readJSON(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown
}

function sha256(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`
}

/** What the older tests compare: who signed and what, without the certificate's claims. */
function signerOf(result: VerifiedBundle): Omit<VerifiedBundle, 'extensions' | 'githubWorkflow'> {
  const { identity, issuer, kind, predicateType } = result
  return { identity, issuer, kind, ...(predicateType === undefined ? {} : { predicateType }) }
}

function whl(): { bundle: unknown; data: Buffer } {
  return {
    bundle: readJSON(join(real, 'bundle_v3_github.whl.sigstore')),
    data: readFileSync(join(real, 'bundle_v3_github.whl'))
  }
}

test('real: the GitHub Actions-signed wheel verifies by path and by digest', () => {
  const { bundle, data } = whl()
  const policy = { certificateIdentity: WHL_IDENTITY, certificateOidcIssuer: GITHUB_ISSUER }
  const expected = { identity: WHL_IDENTITY, issuer: GITHUB_ISSUER, kind: 'message' }
  assert.deepEqual(signerOf(verifyBundle({ bundle, artifact: { data }, policy })), expected)
  assert.deepEqual(
    signerOf(verifyBundle({ bundle, artifact: { digest: sha256(data) }, policy })),
    expected
  )
})

test('real: Python-3.12.5.tgz.sigstore is rejected, its inclusion proof lacks a checkpoint', () => {
  assertRejected(
    {
      bundle: readJSON(join(real, 'Python-3.12.5.tgz.sigstore')),
      artifact: {
        digest: 'sha256:38dc4e2c261d49c661196066edbfb70fdb16be4a79cc8220c224dfeb5636d405'
      },
      policy: {
        certificateIdentity: 'thomas@python.org',
        certificateOidcIssuer: 'https://accounts.google.com'
      }
    },
    'INVALID_BUNDLE',
    /transparency log entry 0 has an inclusion proof without its checkpoint/
  )
})

test('real: sigstore-js DSSE bundles v0.1–v0.3 verify without an artifact', () => {
  const dir = join(real, 'sigstore-js-bundles')
  const files = readdirSync(dir).filter(name => name.endsWith('.sigstore'))
  assert.equal(files.length, 9)
  for (const file of files) {
    const result = verifyBundle({
      bundle: readJSON(join(dir, file)),
      policy: {
        certificateIdentity: 'brian@dehamer.com',
        certificateOidcIssuer: 'https://github.com/login/oauth'
      }
    })
    assert.deepEqual(
      signerOf(result),
      {
        identity: 'brian@dehamer.com',
        issuer: 'https://github.com/login/oauth',
        kind: 'dsse',
        predicateType: 'https://github.com/npm/attestation/tree/main/specs/publish/v0.1'
      },
      file
    )
  }
})

test('real: the cosign OCI attestation verifies, alone or against its subject digest', () => {
  const bundle = readJSON(join(real, 'oci-attestation.sigstore.json'))
  const policy = {
    certificateIdentity: 'cody@soyland.com',
    certificateOidcIssuer: 'https://github.com/login/oauth'
  }
  const expected = {
    identity: 'cody@soyland.com',
    issuer: 'https://github.com/login/oauth',
    kind: 'dsse',
    predicateType: 'https://cosign.sigstore.dev/attestation/v1'
  }
  assert.deepEqual(signerOf(verifyBundle({ bundle, policy })), expected)
  const subject = 'sha256:732112270d7e59418a8c080b134b24cabd67d250d0d0147a97ed95ba5c280aa4'
  assert.deepEqual(
    signerOf(verifyBundle({ bundle, policy, artifact: { digest: subject } })),
    expected
  )
  assertRejected(
    { bundle, policy, artifact: { digest: `sha256:${'0'.repeat(64)}` } },
    'VERIFICATION_FAILED',
    /the artifact sha256:0{64} is not a subject of the in-toto statement/
  )
})

test('policy: a regexp matching only a prefix of the identity is refused (anchored)', () => {
  const { bundle, data } = whl()
  // Unanchored, this would match the longer release-workflow identity (spec §1.4).
  assertRejected(
    {
      bundle,
      artifact: { data },
      policy: {
        certificateIdentityRegexp: 'https://github\\.com/trailofbits/',
        certificateOidcIssuer: GITHUB_ISSUER
      }
    },
    'POLICY_FAILED',
    /certificate identity "https:\/\/github\.com\/trailofbits\/rfc8785\.py\/.*" does not match the regexp "https:\/\/github\\\.com\/trailofbits\/" \(which must match the whole identity\)$/
  )
  // Also anchored at the start: a suffix match is no match either.
  assertRejected(
    {
      bundle,
      artifact: { data },
      policy: { certificateIdentityRegexp: 'release\\.yml@refs/tags/v0\\.1\\.2' }
    },
    'POLICY_FAILED',
    /certificate identity .* does not match/
  )
  // An exact identity is escaped: its dots are not wildcards.
  assertRejected(
    {
      bundle,
      artifact: { data },
      policy: { certificateIdentity: WHL_IDENTITY.replace('rfc8785.py', 'rfc8785xpy') }
    },
    'POLICY_FAILED',
    /certificate identity .* does not match/
  )
  // The same regexp covering the whole identity passes: the refusal is the anchoring.
  assert.equal(
    verifyBundle({
      bundle,
      artifact: { data },
      policy: {
        certificateIdentityRegexp: 'https://github\\.com/trailofbits/.*',
        certificateOidcIssuerRegexp: 'https://token\\.actions\\.githubusercontent\\.com'
      }
    }).identity,
    WHL_IDENTITY
  )
})

test('policy: a wrong issuer, exact or by prefix regexp, is refused', () => {
  const { bundle, data } = whl()
  assertRejected(
    {
      bundle,
      artifact: { data },
      policy: {
        certificateIdentity: WHL_IDENTITY,
        certificateOidcIssuer: 'https://accounts.google.com'
      }
    },
    'POLICY_FAILED',
    /certificate issuer "https:\/\/token\.actions\.githubusercontent\.com" does not match the expected "https:\/\/accounts\.google\.com"$/
  )
  assertRejected(
    {
      bundle,
      artifact: { data },
      policy: { certificateIdentity: WHL_IDENTITY, certificateOidcIssuerRegexp: 'https://token' }
    },
    'POLICY_FAILED',
    /certificate issuer .* does not match the regexp "https:\/\/token" \(which must match the whole issuer\)$/
  )
})

test('artifact: a tampered artifact is rejected, by path and by digest', () => {
  const { bundle, data } = whl()
  const tampered = Buffer.from(data)
  tampered[100] = (tampered[100] ?? 0) ^ 1
  const policy = { certificateIdentity: WHL_IDENTITY, certificateOidcIssuer: GITHUB_ISSUER }
  const reason = /the artifact sha256:[0-9a-f]{64} does not match the bundle's message digest/
  assertRejected({ bundle, artifact: { data: tampered }, policy }, 'VERIFICATION_FAILED', reason)
  assertRejected(
    { bundle, artifact: { digest: sha256(tampered) }, policy },
    'VERIFICATION_FAILED',
    reason
  )
})

test('inputs: identity, issuer and key all missing; a key for a certificate bundle; no artifact', () => {
  const { bundle, data } = whl()
  assertRejected(
    { bundle, artifact: { data }, policy: {} },
    'INVALID_INPUT',
    /a certificate identity or issuer \(exact or regexp\) is required/
  )
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const key = publicKey.export({ type: 'spki', format: 'pem' }).toString()
  assertRejected(
    { bundle, artifact: { data }, policy: { key } },
    'POLICY_FAILED',
    /the bundle's certificate holds a different public key than the given key/
  )
  // The key the certificate holds verifies it, by path and by digest (cosign's rule for a key
  // and a certificate); nothing of the certificate is then reported.
  const chain = (
    bundle as {
      verificationMaterial: { x509CertificateChain: { certificates: { rawBytes: string }[] } }
    }
  ).verificationMaterial.x509CertificateChain.certificates
  const certified = new X509Certificate(Buffer.from(chain[0]?.rawBytes ?? '', 'base64')).publicKey
    .export({ type: 'spki', format: 'pem' })
    .toString()
  for (const artifact of [{ data }, { digest: sha256(data) }]) {
    const result = verifyBundle({ bundle, artifact, policy: { key: certified } })
    assert.deepEqual(result, {
      identity: undefined,
      issuer: undefined,
      kind: 'message',
      extensions: {},
      githubWorkflow: {}
    })
  }
  assertRejected(
    { bundle, policy: { certificateIdentity: WHL_IDENTITY } },
    'INVALID_INPUT',
    /a message-signature bundle can only be verified with the artifact or its digest/
  )
  assertRejected(
    { bundle, artifact: { digest: 'sha256:abc' }, policy: { certificateIdentity: WHL_IDENTITY } },
    'INVALID_INPUT',
    /artifact digest "sha256:abc" is not sha256:<64 hex digits>/
  )
})

test('trusted root: the embedded public-good root is @sigstore/tuf’s pinned seed', () => {
  const require = createRequire(import.meta.url)
  const seeds = require('@sigstore/tuf/seeds.json') as Record<
    string,
    { targets: Record<string, string> }
  >
  const target = seeds['https://tuf-repo-cdn.sigstore.dev']?.targets['trusted_root.json']
  assert.ok(target !== undefined)
  assert.deepEqual(
    publicGoodTrustedRoot(),
    JSON.parse(Buffer.from(target, 'base64').toString('utf8'))
  )
  // A copy per call: changing one does not change the pinned root.
  const root = publicGoodTrustedRoot()
  root['tlogs'] = []
  assert.notDeepEqual(publicGoodTrustedRoot()['tlogs'], [])
})

test('trusted root: loadTrustedRoot reads a file and refuses unreadable or invalid ones', async t => {
  const dir = await mkdtemp(join(tmpdir(), 'sign-trusted-root-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  const good = join(dir, 'trusted_root.json')
  await writeFile(good, JSON.stringify(publicGoodTrustedRoot()))
  assert.deepEqual(await loadTrustedRoot({ path: good }), publicGoodTrustedRoot())

  const rejects = async (path: string, reason: RegExp): Promise<void> => {
    await assert.rejects(loadTrustedRoot({ path }), rejection('INVALID_INPUT', reason))
  }
  await rejects(
    join(dir, 'missing.json'),
    /cannot read the trusted root .*missing\.json \(ENOENT\)/
  )
  const notJSON = join(dir, 'not.json')
  await writeFile(notJSON, '{"mediaType":')
  await rejects(notJSON, /not\.json is not JSON/)
  const bundleFile = join(dir, 'bundle.json')
  await writeFile(bundleFile, '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json"}')
  await rejects(bundleFile, /is not a Sigstore trusted root: mediaType is .*bundle/)
  const empty = join(dir, 'empty.json')
  await writeFile(
    empty,
    '{"mediaType":"application/vnd.dev.sigstore.trustedroot+json;version=0.1"}'
  )
  await rejects(empty, /lists neither transparency logs nor certificate authorities/)
})

test('trusted root: a bundle from the public-good instance fails against another root', async () => {
  const { bundle, data } = whl()
  const staging = await loadTrustedRoot({
    path: join(sigstoreVectors, 'conformance', 'rekor2-happy-path', 'trusted_root.json')
  })
  assertRejected(
    {
      bundle,
      artifact: { data },
      policy: { certificateIdentity: WHL_IDENTITY },
      trustedRoot: staging
    },
    'VERIFICATION_FAILED',
    /bundle verification failed: CERTIFICATE_ERROR: Failed to verify certificate chain/
  )
})

test('prehash: ECDSA P-256/P-384 and RSA signatures verify over the digest alone', () => {
  const message = Buffer.from('the artifact')
  const digest = createHash('sha256').update(message).digest()
  const other = createHash('sha256').update('another artifact').digest()
  for (const [type, options] of [
    ['ec', { namedCurve: 'P-256' }],
    ['ec', { namedCurve: 'P-384' }],
    ['rsa', { modulusLength: 2048 }]
  ] as const) {
    const pair =
      type === 'ec'
        ? generateKeyPairSync('ec', options as { namedCurve: string })
        : generateKeyPairSync('rsa', options as { modulusLength: number })
    const signature = sign('sha256', message, pair.privateKey)
    assert.equal(verifyPrehashed({ key: pair.publicKey, digest, signature }), true, type)
    assert.equal(verifyPrehashed({ key: pair.publicKey, digest: other, signature }), false, type)
  }
  const ed = generateKeyPairSync('ed25519')
  const edSignature = sign(null, message, ed.privateKey)
  assert.equal(verifyPrehashed({ key: ed.publicKey, digest, signature: edSignature }), false)
})

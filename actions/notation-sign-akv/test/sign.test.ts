// The main path through dist/: a Key Vault RSA 3072 self-signed key, workload identity from the
// job's OIDC token, JWS. An image by tag gets one signature manifest referrer — on distribution
// (basic auth, no referrers API: also in the tag schema's index tag) and on olareg (the referrers
// API lists it, no index tag); files get .jws.sig.
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, verify, constants } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EMPTY_CONFIG } from '@sign/oci'
import { SIGNING_AGENT, parseEnvelope, verifyEnvelopeIntegrity } from '@sign/notation'
import { findSecretLeaks, selfSignedCodeSigningChain } from '@sign/testenv'
import { startNotationEnvironment, type NotationEnvironment } from './fixtures/environment.ts'
import { notarySignatures, pushImage } from './fixtures/images.ts'
import { listTags } from '@sign/oci'
import { registryLogLength, registryRequests } from '../../cosign-keyless/test/fixtures/images.ts'
import { errorMessages, runNotation, signaturesOutput } from './fixtures/run-notation.ts'
import {
  actionRegistryKinds,
  expectedTags,
  registryPassword,
  type ActionRegistryKind
} from '../../cosign-keyless/test/fixtures/registries.ts'
import { digestHex, listFiles, makeWorkspace } from '@sign/testenv'

let env: NotationEnvironment
before(async () => {
  env = await startNotationEnvironment({ referrersRegistry: true })
})
after(() => env.stop())

// One RSA 3072 certificate for both registries: generating it is most of a run's time.
let rsa3072: ReturnType<typeof selfSignedCodeSigningChain> | undefined

for (const kind of actionRegistryKinds({ auth: 'basic' })) {
  test(`RSA 3072 in Key Vault, JWS: an image referrer and .jws.sig files that verify, on ${kind.name}`, async t => {
    await signScenario(t, kind)
  })
}

async function signScenario(t: TestContext, kind: ActionRegistryKind): Promise<void> {
  const { vault, entra, oidc } = env
  const { client, registry } = env.on(kind)
  const chain = await (rsa3072 ??= selfSignedCodeSigningChain({
    spec: { kind: 'rsa', bits: 3072 }
  }))
  // Each run adds a version of the key: its key-id names that version.
  const key = await vault.addKey({ name: 'release-signing', certificateChain: chain })
  const repo = { registry: registry.host, repository: 'octo-org/app' }
  const image = await pushImage({ client, repo, tag: 'v1.2.3' })
  const files = { 'dist/app.tar.gz': 'app bytes', 'dist/tool.zip': 'tool bytes' }
  const workspace = await makeWorkspace(t, files)
  const tokensBefore = entra.tokensIssued
  const logOffset = registryLogLength(registry)
  const oidcBefore = oidc.requests.get('api://AzureADTokenExchange') ?? 0

  const result = await runNotation(env, {
    workspace,
    registry,
    inputs: {
      'key-id': key.keyId,
      'certificate-id': key.certificateId ?? '',
      images: `${registry.host}/octo-org/app:v1.2.3`,
      files: 'dist/*',
      'user-metadata': 'buildId=42\ncommit=abc=def',
      expiry: '24h'
    }
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  // Workload identity: the job's OIDC token was exchanged at Entra ID for a Key Vault token.
  assert.ok((oidc.requests.get('api://AzureADTokenExchange') ?? 0) > oidcBefore)
  assert.ok(entra.tokensIssued > tokensBefore, 'Entra ID issued the access token')

  // The tag was resolved once, then everything used the digest.
  assert.match(
    result.log,
    new RegExp(`octo-org/app:v1\\.2\\.3 → ${registry.host}/octo-org/app@${image.digest}`)
  )
  const [signature, ...more] = await notarySignatures({ client, repo, digest: image.digest })
  assert.ok(signature && more.length === 0, 'exactly one signature referrer')
  assert.equal(signature.listedBy, kind.referrersApi ? 'api' : 'tag-schema')
  const leafHex = digestHex('sha256', chain[0]!.der)
  const layer = signature.manifest.layers[0]
  assert.deepEqual(signature.manifest, {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType: 'application/vnd.cncf.notary.signature',
    config: { ...EMPTY_CONFIG },
    layers: [
      { mediaType: 'application/jose+json', digest: layer?.digest, size: signature.envelope.length }
    ],
    subject: { mediaType: image.mediaType, digest: image.digest, size: image.size },
    annotations: {
      'io.cncf.notary.x509chain.thumbprint#S256': JSON.stringify([leafHex]),
      'org.opencontainers.image.created':
        signature.manifest.annotations?.['org.opencontainers.image.created']
    }
  })
  assert.equal(layer?.digest, `sha256:${digestHex('sha256', signature.envelope)}`)

  const parsed = parseEnvelope(signature.envelope, 'application/jose+json')
  verifyEnvelopeIntegrity(parsed)
  assert.equal(parsed.algorithm, 'PS384')
  assert.deepEqual(parsed.payload, {
    mediaType: image.mediaType,
    digest: image.digest,
    size: image.size,
    annotations: { buildId: '42', commit: 'abc=def' }
  })
  assert.deepEqual(parsed.certificateChain, [chain[0]!.der])
  assert.equal(parsed.signingAgent, SIGNING_AGENT, 'the same version as sign version')
  const signingTime = parsed.signedAttributes.signingTime
  assert.ok(signingTime && parsed.signedAttributes.expiry)
  assert.equal(parsed.signedAttributes.expiry.getTime() - signingTime.getTime(), 24 * 3600_000)
  assert.equal(
    signature.manifest.annotations?.['org.opencontainers.image.created'],
    signingTime.toISOString().replace(/\.\d{3}Z$/, 'Z')
  )
  // Independently of the package's verifier: RSASSA-PSS SHA-384, salt = hash length.
  assert.ok(
    verify(
      'sha384',
      parsed.signingInput,
      {
        key: new X509Certificate(chain[0]!.der).publicKey,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: 48
      },
      parsed.signature
    )
  )

  // Files: <file>.jws.sig holding a blob payload with the key's hash, sha384.
  assert.deepEqual(await listFiles(workspace), [
    'dist/app.tar.gz',
    'dist/app.tar.gz.jws.sig',
    'dist/tool.zip',
    'dist/tool.zip.jws.sig'
  ])
  for (const [name, content] of Object.entries(files)) {
    const blob = parseEnvelope(
      await readFile(join(workspace, `${name}.jws.sig`)),
      'application/jose+json'
    )
    verifyEnvelopeIntegrity(blob)
    assert.deepEqual(blob.payload, {
      mediaType: 'application/octet-stream',
      digest: `sha384:${digestHex('sha384', content)}`,
      size: Buffer.byteLength(content),
      annotations: { buildId: '42', commit: 'abc=def' }
    })
  }

  // Outputs: one record per subject, and the chain PEM.
  const records = signaturesOutput(result)
  assert.deepEqual(
    records.sort((a, b) => a.subject.localeCompare(b.subject)),
    [
      {
        subject: 'dist/app.tar.gz',
        digest: `sha384:${digestHex('sha384', files['dist/app.tar.gz'])}`,
        format: 'jws',
        certificate: leafHex,
        kind: 'file',
        signature: 'dist/app.tar.gz.jws.sig'
      },
      {
        subject: 'dist/tool.zip',
        digest: `sha384:${digestHex('sha384', files['dist/tool.zip'])}`,
        format: 'jws',
        certificate: leafHex,
        kind: 'file',
        signature: 'dist/tool.zip.jws.sig'
      },
      {
        subject: `${registry.host}/octo-org/app@${image.digest}`,
        digest: image.digest,
        format: 'jws',
        certificate: leafHex,
        kind: 'image',
        referrer: signature.digest
      }
    ].sort((a, b) => a.subject.localeCompare(b.subject))
  )
  // The certificate output names a file outside the workspace (RUNNER_TEMP, removed with the run).
  assert.match(result.outputs['certificate'] ?? '', /notation-sign-akv-.*certificate-chain\.pem$/)

  // The summary lists every signature and the signer (summary.test.ts checks the rest).
  assert.ok(result.summary.startsWith('<h2>✅ Notary Project signatures: 3 subjects signed</h2>'))
  assert.ok(
    result.summary.includes('<code>x509.subject: CN=Test-Signer,O=notation,ST=WA,C=US</code>')
  )
  const referrer = `${signature.digest.slice(0, 15)}…${signature.digest.slice(-8)}`
  assert.ok(
    result.summary.includes(`referrer <code title="${signature.digest}">${referrer}</code>`)
  )
  assert.ok(result.summary.includes('<code>dist/tool.zip.jws.sig</code>'))

  // Next to the tag, only the referrers tag index, and only where there is no referrers API:
  // there the step writes it (PUT), and olareg is never asked for it.
  assert.deepEqual(
    await listTags({ client, repo }),
    expectedTags({ registry, tags: ['v1.2.3'], signed: [image.digest] })
  )
  const indexPath = `/v2/octo-org/app/manifests/sha256-${image.digest.slice(7)}`
  const indexRequests = registryRequests(registry, logOffset).filter(request =>
    request.endsWith(` ${indexPath}`)
  )
  assert.equal(indexRequests.includes(`PUT ${indexPath}`), !kind.referrersApi)
  assert.equal(indexRequests.length === 0, kind.referrersApi, indexRequests.join('\n'))
  // Secrets: neither the job's OIDC token (masked when fetched) nor the registry password shows.
  const jwt = result.masks.find(mask => mask.split('.').length === 3)
  assert.ok(jwt, 'the OIDC token was registered as a mask')
  assert.deepEqual(findSecretLeaks(result, jwt), [])
  const password = registryPassword(registry)
  if (password !== undefined) {
    assert.ok(result.masks.includes(password))
    assert.deepEqual(findSecretLeaks(result, password), [])
  }
}

// Other keys and chains through dist/: COSE with an EC P-256 leaf issued by a CA (ca-certs) and
// force-referrers-tag (the tag schema's index written even where olareg serves the referrers
// API), the Secrets API's PKCS#12 chain, and a local PEM key (key-file + certificate-file).
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseEnvelope, verifyEnvelopeIntegrity } from '@sign/notation'
import {
  caIssuedCodeSigningChain,
  findSecretLeaks,
  selfSignedCodeSigningChain
} from '@sign/testenv'
import { startNotationEnvironment, type NotationEnvironment } from './fixtures/environment.ts'
import { notarySignatures, pushImage } from './fixtures/images.ts'
import { errorMessages, runNotation, signaturesOutput } from './fixtures/run-notation.ts'
import { listTags } from '@sign/oci'
import {
  actionRegistryKinds,
  expectedTags,
  type ActionRegistryKind
} from '../../cosign-keyless/test/fixtures/registries.ts'
import { digestHex, makeWorkspace } from '@sign/testenv'

let env: NotationEnvironment
before(async () => {
  env = await startNotationEnvironment({ referrersRegistry: true })
})
after(() => env.stop())

for (const kind of actionRegistryKinds({ auth: 'basic' })) {
  test(`COSE with an EC P-256 leaf from the Certificates API and its CA bundle (ca-certs), force-referrers-tag, on ${kind.name}`, async t => {
    await coseScenario(t, kind)
  })
}

async function coseScenario(t: TestContext, kind: ActionRegistryKind): Promise<void> {
  const { vault } = env
  const { client, registry } = env.on(kind)
  const chain = await caIssuedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-256' } })
  const key = await vault.addKey({ name: 'ec-signing', certificateChain: chain })
  const repo = { registry: registry.host, repository: 'octo-org/cose' }
  const image = await pushImage({ client, repo, tag: 'v1' })
  // The bundle in root-first order: the signer orders it.
  const workspace = await makeWorkspace(t, {
    'dist/app.bin': 'app',
    'certs/ca.pem': `${chain[2]!.pem}${chain[1]!.pem}`
  })
  const result = await runNotation(env, {
    workspace,
    registry,
    inputs: {
      'key-id': key.keyId,
      'ca-certs': 'certs/ca.pem',
      'signature-format': 'cose',
      images: `${registry.host}/octo-org/cose:v1`,
      files: 'dist/*.bin',
      'force-referrers-tag': 'true'
    }
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  const [signature, ...more] = await notarySignatures({ client, repo, digest: image.digest })
  assert.ok(signature && more.length === 0)
  // olareg lists it from its referrers API; the forced index tag is there on both registries.
  assert.equal(signature.listedBy, kind.referrersApi ? 'api' : 'tag-schema')
  assert.deepEqual(
    await listTags({ client, repo }),
    expectedTags({ registry, tags: ['v1'], signed: [image.digest], forceIndex: true })
  )
  assert.equal(signature.manifest.layers[0]?.mediaType, 'application/cose')
  const parsed = parseEnvelope(signature.envelope, 'application/cose')
  verifyEnvelopeIntegrity(parsed)
  assert.equal(parsed.algorithm, 'ES256')
  assert.deepEqual(
    parsed.certificateChain,
    chain.map(cert => cert.der),
    'leaf, intermediate, root'
  )
  assert.equal(
    signature.manifest.annotations?.['io.cncf.notary.x509chain.thumbprint#S256'],
    JSON.stringify(chain.map(cert => digestHex('sha256', cert.der)))
  )
  const blob = parseEnvelope(
    await readFile(join(workspace, 'dist/app.bin.cose.sig')),
    'application/cose'
  )
  verifyEnvelopeIntegrity(blob)
  assert.equal(blob.payload.digest, `sha256:${digestHex('sha256', 'app')}`)
  assert.deepEqual(
    signaturesOutput(result).map(record => record.format),
    ['cose', 'cose']
  )
}

test('certificate-source secret: the chain from the Secrets API (PKCS#12)', async t => {
  const { vault } = env
  const chain = await caIssuedCodeSigningChain({ spec: { kind: 'rsa', bits: 2048 } })
  const key = await vault.addKey({
    name: 'secret-chain',
    certificateChain: chain,
    secretFormat: 'pkcs12'
  })
  const workspace = await makeWorkspace(t, { 'dist/app.bin': 'app' })
  const result = await runNotation(env, {
    workspace,
    inputs: { 'key-id': key.keyId, 'certificate-source': 'secret', files: 'dist/app.bin' }
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  const blob = parseEnvelope(
    await readFile(join(workspace, 'dist/app.bin.jws.sig')),
    'application/jose+json'
  )
  verifyEnvelopeIntegrity(blob)
  assert.equal(blob.algorithm, 'PS256')
  assert.deepEqual(
    blob.certificateChain,
    chain.map(cert => cert.der)
  )
  const path = key.keyId.replace(/^https:\/\/[^/]+/, '').replace('/keys/', '/secrets/')
  assert.ok(
    vault.history.some(
      entry => entry.operation === 'getSecret' && entry.path === path && entry.status === 200
    ),
    'the chain was read through the Secrets API'
  )
})

test('key-file + certificate-file: a local PEM key signs the same way, the key never shows', async t => {
  const { client, registry } = env
  const chain = await selfSignedCodeSigningChain({ spec: { kind: 'ec', curve: 'P-384' } })
  const repo = { registry: registry.host, repository: 'octo-org/pem' }
  const image = await pushImage({ client, repo, tag: 'v1' })
  const keyPem = chain[0]!.key.privateKeyPem
  const workspace = await makeWorkspace(t, {
    'dist/app.bin': 'app',
    'signing-key.pem': keyPem,
    'signing-chain.pem': chain[0]!.pem
  })
  const result = await runNotation(env, {
    workspace,
    inputs: {
      'client-id': '',
      'tenant-id': '',
      'key-file': 'signing-key.pem',
      'certificate-file': 'signing-chain.pem',
      images: `${registry.host}/octo-org/pem:v1`,
      files: 'dist/app.bin'
    },
    idToken: false
  })
  assert.equal(result.exitCode, 0, `${errorMessages(result)}\n${result.log}`)
  const [signature] = await notarySignatures({ client, repo, digest: image.digest })
  assert.ok(signature)
  const parsed = parseEnvelope(signature.envelope, 'application/jose+json')
  verifyEnvelopeIntegrity(parsed)
  assert.equal(parsed.algorithm, 'ES384')
  assert.equal(parsed.payload.digest, image.digest)
  const blob = parseEnvelope(
    await readFile(join(workspace, 'dist/app.bin.jws.sig')),
    'application/jose+json'
  )
  assert.equal(blob.payload.digest, `sha384:${digestHex('sha384', 'app')}`)
  assert.deepEqual(findSecretLeaks(result, keyPem), [])
})

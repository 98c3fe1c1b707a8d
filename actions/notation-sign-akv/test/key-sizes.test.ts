// Every key the Notary Project signs with, through dist/: RSA 2048/3072/4096 and EC P-256/384/521
// self-signed in Key Vault, each signing a file and an image in JWS and in COSE. The algorithm and
// the blob payload's digest algorithm follow the key (notary.md §1.2).
import { after, before, test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseEnvelope, verifyEnvelopeIntegrity } from '@sign/notation'
import { selfSignedCodeSigningChain, type KeySpec } from '@sign/testenv'
import { startNotationEnvironment, type NotationEnvironment } from './fixtures/environment.ts'
import { notarySignatures, pushImage } from './fixtures/images.ts'
import { errorMessages, runNotation, signaturesOutput } from './fixtures/run-notation.ts'
import { digestHex, makeWorkspace } from '@sign/testenv'

let env: NotationEnvironment
before(async () => {
  env = await startNotationEnvironment()
})
after(() => env.stop())

const FORMATS = [
  { format: 'jws', mediaType: 'application/jose+json' },
  { format: 'cose', mediaType: 'application/cose' }
] as const

/**
 * Signs dist/app.bin and a fresh image with one self-signed Key Vault key of `spec`, once per
 * format (the two runs side by side), and checks each envelope: `algorithm`, integrity, the
 * image digest as image payload, and the blob payload digest in `hash`.
 */
async function signWithKey(
  t: TestContext,
  options: { name: string; spec: KeySpec; algorithm: string; hash: 'sha256' | 'sha384' | 'sha512' }
): Promise<void> {
  const { client, registry, vault } = env
  const chain = await selfSignedCodeSigningChain({ spec: options.spec })
  const key = await vault.addKey({ name: options.name, certificateChain: chain })
  await Promise.all(
    FORMATS.map(async ({ format, mediaType }) => {
      const repository = `octo-org/${options.name}-${format}`
      const repo = { registry: registry.host, repository }
      const image = await pushImage({ client, repo, tag: 'v1' })
      const workspace = await makeWorkspace(t, { 'dist/app.bin': `${options.name} app` })
      const result = await runNotation(env, {
        workspace,
        inputs: {
          'key-id': key.keyId,
          'signature-format': format,
          images: `${registry.host}/${repository}:v1`,
          files: 'dist/app.bin'
        }
      })
      assert.equal(result.exitCode, 0, `${format}: ${errorMessages(result)}\n${result.log}`)

      const [signature, ...more] = await notarySignatures({ client, repo, digest: image.digest })
      assert.ok(signature && more.length === 0, `${format}: one signature referrer`)
      assert.equal(signature.manifest.layers[0]?.mediaType, mediaType)
      const parsed = parseEnvelope(signature.envelope, mediaType)
      verifyEnvelopeIntegrity(parsed)
      assert.equal(parsed.algorithm, options.algorithm, `${format}: image envelope algorithm`)
      assert.equal(parsed.payload.digest, image.digest)
      assert.deepEqual(parsed.certificateChain, [chain[0]!.der])

      const blob = parseEnvelope(
        await readFile(join(workspace, `dist/app.bin.${format}.sig`)),
        mediaType
      )
      verifyEnvelopeIntegrity(blob)
      assert.equal(blob.algorithm, options.algorithm, `${format}: file envelope algorithm`)
      const digest = `${options.hash}:${digestHex(options.hash, `${options.name} app`)}`
      assert.equal(blob.payload.digest, digest, `${format}: blob digest in ${options.hash}`)

      assert.deepEqual(
        signaturesOutput(result)
          .map(record => [record.kind, record.format, record.digest])
          .sort(),
        [
          ['file', format, digest],
          ['image', format, image.digest]
        ]
      )
    })
  )
}

test('RSA 2048: PS256, blob digest sha256, JWS and COSE', t =>
  signWithKey(t, {
    name: 'rsa-2048',
    spec: { kind: 'rsa', bits: 2048 },
    algorithm: 'PS256',
    hash: 'sha256'
  }))

test('RSA 3072: PS384, blob digest sha384, JWS and COSE', t =>
  signWithKey(t, {
    name: 'rsa-3072',
    spec: { kind: 'rsa', bits: 3072 },
    algorithm: 'PS384',
    hash: 'sha384'
  }))

test('RSA 4096: PS512, blob digest sha512, JWS and COSE', t =>
  signWithKey(t, {
    name: 'rsa-4096',
    spec: { kind: 'rsa', bits: 4096 },
    algorithm: 'PS512',
    hash: 'sha512'
  }))

test('EC P-256: ES256, blob digest sha256, JWS and COSE', t =>
  signWithKey(t, {
    name: 'ec-p256',
    spec: { kind: 'ec', curve: 'P-256' },
    algorithm: 'ES256',
    hash: 'sha256'
  }))

test('EC P-384: ES384, blob digest sha384, JWS and COSE', t =>
  signWithKey(t, {
    name: 'ec-p384',
    spec: { kind: 'ec', curve: 'P-384' },
    algorithm: 'ES384',
    hash: 'sha384'
  }))

test('EC P-521: ES512, blob digest sha512, JWS and COSE', t =>
  signWithKey(t, {
    name: 'ec-p521',
    spec: { kind: 'ec', curve: 'P-521' },
    algorithm: 'ES512',
    hash: 'sha512'
  }))

// The envelopes we sign name the product's version in their signing agent, the very version
// `sign version` prints: both read @sign/product.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { PassThrough } from 'node:stream'
import { selfSignedCodeSigningChain } from '@sign/testenv'
import { PRODUCT_VERSION } from '@sign/product'
import { main } from '../../cli/src/index.ts'
import { createEnvelope, parseEnvelope, pemSigner, targetArtifactPayload } from '../src/index.ts'

const chain = await selfSignedCodeSigningChain()
const leaf = chain[0]
if (leaf === undefined) throw new Error('no leaf')

async function signVersion(): Promise<string> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const chunks: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
  const code = await main({ argv: ['version'], stdout, stderr })
  assert.equal(code, 0)
  return Buffer.concat(chunks).toString('utf8').trim()
}

for (const format of ['jws', 'cose'] as const) {
  test(`a ${format.toUpperCase()} envelope's signing agent is sign/<the version sign version prints>`, async () => {
    const printed = await signVersion()
    const match = /^sign (\S+)$/u.exec(printed)
    assert.ok(match, `sign version printed ${JSON.stringify(printed)}`)
    assert.equal(match[1], PRODUCT_VERSION)
    const envelope = await createEnvelope({
      format,
      payload: targetArtifactPayload({
        descriptor: {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: `sha256:${'ab'.repeat(32)}`,
          size: 1
        }
      }),
      signer: pemSigner({ keyPem: leaf.key.privateKeyPem, certificateChainPem: leaf.pem })
    })
    const parsed = parseEnvelope(envelope.bytes, envelope.mediaType)
    assert.equal(parsed.signingAgent, `sign/${match[1]}`)
  })
}

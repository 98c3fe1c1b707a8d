// discoverFileSignatures / readFileSignature: the signature files our signing code writes beside
// a release file (cosign sign-blob and attest-blob bundles, notation blob signatures in JWS and
// COSE), slsa-github-generator's `.intoto.jsonl` vector, and what an unreadable one reports.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  createEnvelope,
  pemSigner,
  targetArtifactPayload,
  writeBlobSignature
} from '@sign/notation'
import { attest, hashFile, verifyBundle, writeFileSignatures } from '@sign/sigstore'
import { selfSignedCodeSigningChain } from '@sign/testenv'
import {
  DiscoveryError,
  discoverFileSignatures,
  readFileSignature,
  type FoundFileSignature
} from '../src/discover/index.ts'
import { startSigningEnv } from './discover-env.ts'

const SLSA = join(import.meta.dirname, '../../../test/vectors/slsa/gha_generic-v2.1.0')
const SLSA_BINARY = join(SLSA, 'binary-linux-amd64-push-v13.0.30')

async function tempDir(t: { after: (fn: () => Promise<void>) => void }): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'sign-discover-files-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  return directory
}

const summary = (found: FoundFileSignature[], directory: string) =>
  found.map(item => [item.kind, item.path.slice(directory.length + 1), item.line])

test('every signature our signing code writes beside a release file is found, and the bundles verify', async t => {
  const signing = await startSigningEnv(t)
  const directory = await tempDir(t)
  const file = join(directory, 'app.tgz')
  const data = randomBytes(2048)
  await writeFile(file, data)
  assert.deepEqual(await discoverFileSignatures({ path: file }), [], 'nothing before signing')

  const { digest, hex } = await hashFile(file)
  const signed = await signing.signer.signDigest({ algorithm: 'sha256', digest })
  await writeFileSignatures({ file, signed, legacyOutputs: true })
  await copyFile(`${file}.sigstore.json`, `${file}.sigstore`)
  const provenance = await attest({
    signer: signing.signer,
    statement: {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'app.tgz', digest: { sha256: hex } }],
      predicateType: 'https://slsa.dev/provenance/v1',
      predicate: {}
    },
    file: `${file}.intoto.jsonl`
  })
  const [leaf] = await selfSignedCodeSigningChain()
  assert.ok(leaf)
  const notary = pemSigner({ keyPem: leaf.key.privateKeyPem, certificateChainPem: leaf.pem })
  const payload = targetArtifactPayload({
    descriptor: {
      mediaType: 'application/octet-stream',
      digest: `sha256:${hex}`,
      size: data.length
    }
  })
  const envelopes = {
    jws: await createEnvelope({ format: 'jws', payload, signer: notary }),
    cose: await createEnvelope({ format: 'cose', payload, signer: notary })
  }
  for (const format of ['jws', 'cose'] as const) {
    await writeBlobSignature({ file, envelope: envelopes[format], format })
  }

  const found = await discoverFileSignatures({ path: file })
  assert.deepEqual(summary(found, directory), [
    ['sigstore-bundle', 'app.tgz.sigstore.json', undefined],
    ['sigstore-bundle', 'app.tgz.sigstore', undefined],
    ['sigstore-bundle', 'app.tgz.intoto.jsonl', 1],
    ['notation', 'app.tgz.jws.sig', undefined],
    ['notation', 'app.tgz.cose.sig', undefined]
  ])
  const [message, copy, intoto, jws, cose] = found
  assert.equal(message?.kind, 'sigstore-bundle')
  assert.deepEqual(message.bundle, signed.bundle)
  assert.equal(copy?.kind, 'sigstore-bundle')
  assert.equal(intoto?.kind, 'sigstore-bundle')
  assert.deepEqual(intoto.bundle, provenance.signed.bundle)
  const { trustedRoot, policy } = signing
  assert.equal(
    verifyBundle({ bundle: message.bundle, artifact: { data }, policy, trustedRoot }).kind,
    'message'
  )
  assert.equal(
    verifyBundle({ bundle: intoto.bundle, artifact: { data }, policy, trustedRoot }).kind,
    'dsse'
  )
  assert.equal(jws?.kind, 'notation')
  assert.equal(jws.envelopeMediaType, 'application/jose+json')
  assert.deepEqual(jws.envelope, envelopes.jws.bytes)
  assert.equal(cose?.kind, 'notation')
  assert.equal(cose.envelopeMediaType, 'application/cose')
  assert.deepEqual(cose.envelope, envelopes.cose.bytes)

  // The explicit paths of --bundle and --signature, whatever their names.
  const bundlePath = join(directory, 'given-bundle.json')
  await copyFile(`${file}.sigstore.json`, bundlePath)
  const [given] = await readFileSignature({ path: bundlePath, kindHint: 'sigstore-bundle' })
  assert.equal(given?.kind, 'sigstore-bundle')
  assert.deepEqual(given.bundle, signed.bundle)
  for (const format of ['jws', 'cose'] as const) {
    const path = join(directory, `given-${format}.bin`)
    await writeFile(path, envelopes[format].bytes)
    const [envelope] = await readFileSignature({ path, kindHint: 'notation' })
    assert.equal(envelope?.kind, 'notation')
    assert.equal(envelope.envelopeMediaType, envelopes[format].mediaType)
    // Without a hint the content tells them apart too.
    const [sniffed] = await readFileSignature({ path })
    assert.equal(
      sniffed?.kind === 'notation' && sniffed.envelopeMediaType,
      envelopes[format].mediaType
    )
  }
})

test('slsa-github-generator .intoto.jsonl: one bundle line, found and verifiable for the binary', async () => {
  const found = await discoverFileSignatures({ path: SLSA_BINARY })
  assert.equal(found.length, 1)
  const [provenance] = found
  assert.equal(provenance?.kind, 'sigstore-bundle')
  assert.equal(provenance.line, 1)
  assert.equal(provenance.path, `${SLSA_BINARY}.intoto.jsonl`)
  const verified = verifyBundle({
    bundle: provenance.bundle,
    artifact: { data: await readFile(SLSA_BINARY) },
    policy: {
      certificateIdentity:
        'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0',
      certificateOidcIssuer: 'https://token.actions.githubusercontent.com'
    }
  })
  assert.equal(verified.predicateType, 'https://slsa.dev/provenance/v0.2')
})

test('unreadable signature files say why; a missing explicit path is NOT_FOUND', async t => {
  const directory = await tempDir(t)
  const file = join(directory, 'app.tgz')
  await writeFile(file, 'x')
  await writeFile(`${file}.sigstore.json`, '{}')
  await writeFile(`${file}.jws.sig`, 'not json')
  await writeFile(`${file}.cose.sig`, '')
  const dsse = {
    payloadType: 'application/vnd.in-toto+json',
    payload: 'e30=',
    signatures: [{ sig: 'AA==' }]
  }
  await writeFile(`${file}.intoto.jsonl`, `${JSON.stringify(dsse)}\n\n[1]\n{oops\n`)

  const found = await discoverFileSignatures({ path: file })
  assert.deepEqual(
    found.map(item => [
      item.kind,
      item.path.slice(directory.length + 1),
      item.line,
      item.kind === 'unreadable' ? item.claimed : undefined
    ]),
    [
      ['unreadable', 'app.tgz.sigstore.json', undefined, 'sigstore-bundle'],
      ['dsse-envelope', 'app.tgz.intoto.jsonl', 1, undefined],
      ['unreadable', 'app.tgz.intoto.jsonl', 3, 'signature'],
      ['unreadable', 'app.tgz.intoto.jsonl', 4, 'signature'],
      ['unreadable', 'app.tgz.jws.sig', undefined, 'notation'],
      ['unreadable', 'app.tgz.cose.sig', undefined, 'notation']
    ]
  )
  const reasons = found.map(item => (item.kind === 'unreadable' ? item.reason : ''))
  assert.match(
    reasons[0] ?? '',
    /is not a Sigstore bundle: it has no mediaType application\/vnd\.dev\.sigstore\.bundle/
  )
  assert.match(reasons[2] ?? '', /line 3 is not a JSON object/)
  assert.match(reasons[3] ?? '', /line 4 is not JSON/)
  assert.match(reasons[4] ?? '', /app\.tgz\.jws\.sig is not a JWS JSON object/)
  assert.match(reasons[5] ?? '', /app\.tgz\.cose\.sig is empty/)

  await assert.rejects(
    readFileSignature({ path: join(directory, 'missing.sigstore.json') }),
    (error: unknown) =>
      error instanceof DiscoveryError &&
      error.code === 'NOT_FOUND' &&
      /missing\.sigstore\.json does not exist/.test(error.message)
  )
  await assert.rejects(
    readFileSignature({ path: directory }),
    (error: unknown) =>
      error instanceof DiscoveryError &&
      error.code === 'READ_FAILED' &&
      error.message === `${directory} is not a file; give the path of a signature file`
  )
})

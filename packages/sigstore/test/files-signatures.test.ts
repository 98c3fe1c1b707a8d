// Files signed as cosign sign-blob stores them: <file>.sigstore.json, and <file>.sig / .pem.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, verify } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SerializedBundle } from '@sigstore/bundle'
import { SigstoreError } from '../src/errors.ts'
import { hashFile, writeFileSignatures } from '../src/files/index.ts'
import { startCosignEnv } from './cosign-env.ts'

test('files: .sigstore.json verifies over the file; .sig verifies with the .pem’s key', async t => {
  const env = await startCosignEnv(t)
  const directory = await mkdtemp(join(tmpdir(), 'sign-files-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  const file = join(directory, 'app.tar.gz')
  const data = Buffer.from('release asset bytes\n')
  await writeFile(file, data)
  await writeFile(`${file}.sigstore.json`, 'stale bundle from an earlier run')

  const { digest } = await hashFile(file)
  const signed = await env.signer.signDigest({ algorithm: 'sha256', digest })
  const paths = await writeFileSignatures({ file, signed, legacyOutputs: true })

  assert.deepEqual(paths, {
    bundle: `${file}.sigstore.json`,
    signature: `${file}.sig`,
    certificate: `${file}.pem`
  })
  assert.deepEqual((await readdir(directory)).sort(), [
    'app.tar.gz',
    'app.tar.gz.pem',
    'app.tar.gz.sig',
    'app.tar.gz.sigstore.json'
  ])

  const bundleText = await readFile(paths.bundle, 'utf8')
  assert.equal(
    bundleText,
    JSON.stringify(signed.bundle),
    'the bundle JSON, replacing the stale file'
  )
  const bundle = JSON.parse(bundleText) as SerializedBundle
  assert.equal(bundle.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json')
  assert.equal(env.verify(bundle, data).identity?.subjectAlternativeName, env.san)
  assert.throws(() => env.verify(bundle, Buffer.from('tampered\n')), /signature/i)

  // --output-signature: base64, no newline; --output-certificate --b64: base64 of the PEM.
  const sigText = await readFile(`${file}.sig`, 'utf8')
  assert.match(sigText, /^[A-Za-z0-9+/]+=*$/)
  const pem = Buffer.from(await readFile(`${file}.pem`, 'utf8'), 'base64').toString()
  assert.match(pem, /^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/)
  const certificate = new X509Certificate(pem)
  assert.equal(certificate.subjectAltName, `URI:${env.san}`)
  const signature = Buffer.from(sigText, 'base64')
  assert.ok(verify('sha256', data, certificate.publicKey, signature))
  assert.ok(!verify('sha256', Buffer.from('tampered\n'), certificate.publicKey, signature))
})

test('files: without legacy outputs only the bundle is written; a DSSE bundle cannot make a .sig', async t => {
  const env = await startCosignEnv(t)
  const directory = await mkdtemp(join(tmpdir(), 'sign-files-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  const file = join(directory, 'app.bin')
  await writeFile(file, 'x')
  const { digest, hex } = await hashFile(file)

  const paths = await writeFileSignatures({
    file,
    signed: await env.signer.signDigest({ algorithm: 'sha256', digest }),
    legacyOutputs: false
  })
  assert.deepEqual(paths, { bundle: `${file}.sigstore.json` })
  assert.deepEqual((await readdir(directory)).sort(), ['app.bin', 'app.bin.sigstore.json'])

  const dsse = await env.signer.signStatement({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'app.bin', digest: { sha256: hex } }],
    predicateType: 'https://example.com/p/v1'
  })
  const other = join(directory, 'other.bin')
  await assert.rejects(
    writeFileSignatures({ file: other, signed: dsse, legacyOutputs: true }),
    (error: unknown) =>
      error instanceof SigstoreError &&
      error.code === 'INVALID_INPUT' &&
      /is a DSSE envelope, whose signature is not over the file/.test(error.message)
  )
  assert.ok(!existsSync(`${other}.sigstore.json`), 'nothing written')
})

test('files: a signature file that cannot be written is a configuration error naming the file', async t => {
  const env = await startCosignEnv(t)
  const directory = await mkdtemp(join(tmpdir(), 'sign-files-'))
  t.after(() => rm(directory, { recursive: true, force: true }))
  const file = join(directory, 'app.bin')
  await writeFile(file, 'x')
  // A directory where the bundle should go: the write cannot replace it.
  await mkdir(`${file}.sigstore.json`)
  const { digest } = await hashFile(file)
  await assert.rejects(
    writeFileSignatures({
      file,
      signed: await env.signer.signDigest({ algorithm: 'sha256', digest }),
      legacyOutputs: false
    }),
    (error: unknown) =>
      error instanceof SigstoreError &&
      error.code === 'WRITE_FAILED' &&
      error.kind === 'configuration' &&
      /writing the signature files of .*app\.bin.* failed .*check their directory is writable/.test(
        error.message
      )
  )
})

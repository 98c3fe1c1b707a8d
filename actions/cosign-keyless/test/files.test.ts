// Release files through dist/: legacy .sig/.pem outputs, the two checksums modes, a checksums
// mismatch that stops everything, and a token given as identity-token (other CI).
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import { X509Certificate, verify } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { findSecretLeaks } from '@sign/testenv'
import { startKeylessEnvironment, type KeylessEnvironment } from './fixtures/environment.ts'
import { errorMessages, runKeyless, signaturesOutput } from './fixtures/run-keyless.ts'
import { readBundle, verifierFor, verifyFile, WORKFLOW_IDENTITY } from './fixtures/verify.ts'
import { listFiles, makeWorkspace, sha256Hex, sha256sum } from '@sign/testenv'

let env: KeylessEnvironment
before(async () => {
  env = await startKeylessEnvironment({ registryMode: 'basic' })
})
after(() => env.stop())

test('legacy-outputs: <file>.sig and <file>.pem as cosign sign-blob writes them, beside the bundle', async t => {
  const data = Buffer.from('the release binary\n')
  const workspace = await makeWorkspace(t, { 'app.bin': data })
  const result = await runKeyless(env, {
    workspace,
    inputs: { files: 'app.bin', 'legacy-outputs': 'true' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  assert.deepEqual(await listFiles(workspace), [
    'app.bin',
    'app.bin.pem',
    'app.bin.sig',
    'app.bin.sigstore.json'
  ])
  assert.deepEqual(signaturesOutput(result)[0]?.legacy, ['app.bin.sig', 'app.bin.pem'])
  // .pem is the base64 of the PEM certificate the bundle carries; .sig the base64 ECDSA
  // signature over the file, which that certificate's key verifies.
  const pem = Buffer.from(await readFile(join(workspace, 'app.bin.pem'), 'utf8'), 'base64')
  const certificate = new X509Certificate(pem)
  assert.equal(certificate.subjectAltName, `URI:${WORKFLOW_IDENTITY}`)
  const bundle = await readBundle(join(workspace, 'app.bin.sigstore.json'))
  const content = bundle.verificationMaterial.content
  assert.equal(content.$case, 'certificate')
  assert.ok(content.$case === 'certificate' && certificate.raw.equals(content.certificate.rawBytes))
  const signature = Buffer.from(await readFile(join(workspace, 'app.bin.sig'), 'utf8'), 'base64')
  assert.ok(verify('sha256', data, certificate.publicKey, signature), '.sig verifies over the file')
  assert.equal(verify('sha256', Buffer.from('other'), certificate.publicKey, signature), false)
  await verifyFile(verifierFor(env.stack), join(workspace, 'app.bin'))
})

test('mode checksums-only signs the checksums file alone', async t => {
  const listed = { 'a.tar.gz': Buffer.from('a'), 'b.tar.gz': Buffer.from('b') }
  const workspace = await makeWorkspace(t, {
    ...Object.fromEntries(Object.entries(listed).map(([name, data]) => [`dist/${name}`, data])),
    'dist/checksums.txt': sha256sum(listed)
  })
  env.stack.requests.reset()
  const result = await runKeyless(env, {
    workspace,
    inputs: { checksums: 'dist/checksums.txt', mode: 'checksums-only' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  assert.deepEqual(
    signaturesOutput(result).map(entry => [entry.subject, entry.bundle]),
    [['dist/checksums.txt', 'dist/checksums.txt.sigstore.json']]
  )
  assert.deepEqual(await listFiles(workspace), [
    'dist/a.tar.gz',
    'dist/b.tar.gz',
    'dist/checksums.txt',
    'dist/checksums.txt.sigstore.json'
  ])
  assert.equal(env.stack.requests.rekor, 1)
  await verifyFile(verifierFor(env.stack), join(workspace, 'dist/checksums.txt'))
})

test('mode all with checksums signs the listed files (relative to its directory), the checksums file and the globbed files', async t => {
  const listed = { 'a.tar.gz': Buffer.from('a\n'), 'linux/b.tar.gz': Buffer.from('b\n') }
  const workspace = await makeWorkspace(t, {
    'dist/a.tar.gz': listed['a.tar.gz'],
    'dist/linux/b.tar.gz': listed['linux/b.tar.gz'],
    'dist/SHA256SUMS': sha256sum(listed),
    'notes/release.md': '# v1.2.3\n'
  })
  const result = await runKeyless(env, {
    workspace,
    // The glob also matches a listed file: it is signed once.
    inputs: { checksums: 'dist/SHA256SUMS', files: 'notes/*.md\ndist/a.tar.gz' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  const signed = ['dist/SHA256SUMS', 'dist/a.tar.gz', 'dist/linux/b.tar.gz', 'notes/release.md']
  assert.deepEqual(
    signaturesOutput(result)
      .map(entry => entry.subject)
      .sort(),
    signed
  )
  const verifier = verifierFor(env.stack)
  for (const name of signed) await verifyFile(verifier, join(workspace, name))
})

test('a listed file whose digest differs from the checksums file is refused, and nothing is signed or written', async t => {
  const listed = { 'a.tar.gz': Buffer.from('a\n'), 'b.tar.gz': Buffer.from('b\n') }
  const workspace = await makeWorkspace(t, {
    'dist/a.tar.gz': listed['a.tar.gz'],
    'dist/b.tar.gz': Buffer.from('b, rebuilt after the checksums\n'),
    'dist/checksums.txt': sha256sum(listed),
    'other.txt': 'also to sign'
  })
  const before = await listFiles(workspace)
  env.stack.requests.reset()
  const result = await runKeyless(env, {
    workspace,
    inputs: { checksums: 'dist/checksums.txt', files: 'other.txt' }
  })
  assert.equal(result.exitCode, 1)
  const message = errorMessages(result)
  assert.match(
    message,
    /^"dist\/b\.tar\.gz" has sha256 [0-9a-f]{64}, but dist\/checksums\.txt lists/
  )
  assert.ok(message.includes(sha256Hex(listed['b.tar.gz'])), 'the listed digest is named')
  assert.deepEqual(await listFiles(workspace), before, 'nothing written')
  assert.deepEqual(result.outputs, {})
  assert.equal(env.stack.requests.fulcio + env.stack.requests.rekor, 0, 'nothing signed')
})

test('identity-token: a token from another CI signs without the ID-token endpoint, never leaks; show-summary false', async t => {
  const workspace = await makeWorkspace(t, { 'app.bin': 'app' })
  const token = env.oidc.mint({ audience: 'sigstore' })
  const endpointUses = env.oidc.requests.get('sigstore') ?? 0
  const result = await runKeyless(env, {
    workspace,
    idToken: false,
    inputs: { files: 'app.bin', 'identity-token': token, 'show-summary': 'false' }
  })
  assert.equal(result.exitCode, 0, errorMessages(result))
  assert.equal(env.oidc.requests.get('sigstore') ?? 0, endpointUses, 'the endpoint was not asked')
  const signer = await verifyFile(verifierFor(env.stack), join(workspace, 'app.bin'))
  assert.equal(signer.identity?.subjectAlternativeName, WORKFLOW_IDENTITY)
  assert.equal(result.summary, '', 'show-summary: false writes no summary')
  assert.ok(result.masks.includes(token))
  assert.deepEqual(findSecretLeaks(result, token), [])
})

test('a second run over the same glob signs the files again, never the signatures of the first run', async t => {
  const workspace = await makeWorkspace(t, {
    'dist/app.bin': Buffer.from('app\n'),
    'dist/tool.bin': Buffer.from('tool\n')
  })
  const inputs = { files: 'dist/*', 'legacy-outputs': 'true' }
  const first = await runKeyless(env, { workspace, inputs })
  assert.equal(first.exitCode, 0, errorMessages(first))
  const second = await runKeyless(env, { workspace, inputs })
  assert.equal(second.exitCode, 0, errorMessages(second))
  assert.deepEqual(
    signaturesOutput(second)
      .map(s => s.subject)
      .sort(),
    ['dist/app.bin', 'dist/tool.bin']
  )
  assert.match(
    second.log,
    /not signing 6 signature file\(s\) of files beside them: "dist\/app\.bin\.pem"/
  )
  assert.ok(
    !(await listFiles(workspace)).some(name => name.endsWith('.sigstore.json.sigstore.json'))
  )
})

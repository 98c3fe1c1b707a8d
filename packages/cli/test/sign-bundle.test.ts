import { test, type TestContext } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleFromJSON } from '@sigstore/bundle'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import { Verifier, toSignedEntity, toTrustMaterial } from '@sigstore/verify'
import {
  startOidcIssuer,
  startSigstoreStack,
  type OidcIssuer,
  type SigstoreStack
} from '@sign/testenv'
import { run } from './run-cli.ts'

// What the stack's Fulcio certifies for the issuer's default workflow, as real Fulcio would.
const SAN = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3'
const ISSUER = 'https://token.actions.githubusercontent.com'
const POLICY = {
  subjectAlternativeName: new RegExp(`^${SAN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
  extensions: { issuer: ISSUER }
}

interface Env {
  oidc: OidcIssuer
  stack: SigstoreStack
  dir: string
  verify(bundlePath: string, data: Buffer): Promise<void>
}

async function setup(t: TestContext): Promise<Env> {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  t.after(() => stack.stop())
  const dir = await mkdtemp(join(tmpdir(), 'sign-cli-'))
  t.after(() => rm(dir, { recursive: true }))
  const root = JSON.parse(await readFile(stack.trustedRootPath, 'utf8')) as unknown
  const verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(root)))
  const verify = async (bundlePath: string, data: Buffer) => {
    const bundle = bundleFromJSON(JSON.parse(await readFile(bundlePath, 'utf8')))
    verifier.verify(toSignedEntity(bundle, data), POLICY)
  }
  return { oidc, stack, dir, verify }
}

const signArgs = (env: Env, token: string, bundle: string, file: string, inToto = false) => [
  'sign-bundle',
  ...(inToto ? ['--in-toto'] : []),
  '--identity-token',
  token,
  '--bundle',
  bundle,
  '--trusted-root',
  env.stack.trustedRootPath,
  '--signing-config',
  env.stack.signingConfigPath,
  file
]

const verifyArgs = (env: Env, bundle: string, artifact: string, identity = SAN) => [
  'verify-bundle',
  '--bundle',
  bundle,
  '--certificate-identity',
  identity,
  '--certificate-oidc-issuer',
  ISSUER,
  '--trusted-root',
  env.stack.trustedRootPath,
  artifact
]

test('sign-bundle writes a v0.3 message-signature bundle that verify-bundle and @sigstore/verify accept', async t => {
  const env = await setup(t)
  const file = join(env.dir, 'artifact.bin')
  const data = Buffer.from('the artifact the CLI signs\n')
  await writeFile(file, data)
  const bundlePath = join(env.dir, 'artifact.sigstore.json')
  const token = env.oidc.mint({ audience: 'sigstore' })

  const signed = await run(signArgs(env, token, bundlePath, file))
  assert.equal(signed.err, '')
  assert.equal(signed.code, 0)
  assert.ok(!signed.out.includes(token), 'the token is never printed')
  const json = JSON.parse(await readFile(bundlePath, 'utf8')) as Record<string, unknown>
  assert.equal(json.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json')
  assert.ok(json.messageSignature, 'a message signature, not DSSE')
  await env.verify(bundlePath, data)

  const ok = await run(verifyArgs(env, bundlePath, file))
  assert.equal(ok.err, '')
  assert.equal(ok.code, 0)
  const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`
  assert.equal((await run(verifyArgs(env, bundlePath, digest))).code, 0, 'digest mode')

  const wrong = await run(verifyArgs(env, bundlePath, file, `${SAN}x`))
  assert.equal(wrong.code, 1)
  assert.equal(wrong.out, '')
  assert.match(wrong.err, /^sign verify-bundle: .*certificate identity ".*" does not match/)

  const other = join(env.dir, 'other.bin')
  await writeFile(other, 'another artifact\n')
  const mismatch = await run(verifyArgs(env, bundlePath, other))
  assert.equal(mismatch.code, 1)
  assert.match(mismatch.err, /^sign verify-bundle: .*does not match the bundle's message digest/)
})

test('sign-bundle --in-toto signs the statement as DSSE; verify-bundle checks a subject', async t => {
  const env = await setup(t)
  const subject = Buffer.from('the subject\n')
  const hex = createHash('sha256').update(subject).digest('hex')
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: 'subject.txt', digest: { sha256: hex } }],
    predicateType: 'https://slsa.dev/provenance/v1',
    predicate: { buildDefinition: { buildType: 'https://example.com/build' } }
  }
  const file = join(env.dir, 'statement.json')
  await writeFile(file, JSON.stringify(statement))
  const subjectPath = join(env.dir, 'subject.txt')
  await writeFile(subjectPath, subject)
  const bundlePath = join(env.dir, 'statement.sigstore.json')

  const signed = await run(
    signArgs(env, env.oidc.mint({ audience: 'sigstore' }), bundlePath, file, true)
  )
  assert.equal(signed.err, '')
  assert.equal(signed.code, 0)
  const json = JSON.parse(await readFile(bundlePath, 'utf8')) as {
    mediaType: string
    dsseEnvelope?: { payloadType: string; payload: string }
  }
  assert.equal(json.mediaType, 'application/vnd.dev.sigstore.bundle.v0.3+json')
  assert.equal(json.dsseEnvelope?.payloadType, 'application/vnd.in-toto+json')
  assert.deepEqual(
    JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString()),
    statement
  )
  await env.verify(bundlePath, Buffer.from(json.dsseEnvelope.payload, 'base64'))

  assert.equal((await run(verifyArgs(env, bundlePath, subjectPath))).code, 0, 'path mode')
  assert.equal((await run(verifyArgs(env, bundlePath, `sha256:${hex}`))).code, 0, 'digest mode')
  const notSubject = await run(verifyArgs(env, bundlePath, `sha256:${'0'.repeat(64)}`))
  assert.equal(notSubject.code, 1)
  assert.match(
    notSubject.err,
    /^sign verify-bundle: .*the artifact sha256:0{64} is not a subject of the in-toto statement/
  )
})

test('sign-bundle --in-toto refuses a file that is not a statement, before signing', async t => {
  const env = await setup(t)
  const file = join(env.dir, 'not-a-statement.json')
  await writeFile(file, '{"hello":"world"}')
  const before = JSON.stringify(env.stack.requests)
  const token = env.oidc.mint({ audience: 'sigstore' })
  const result = await run(signArgs(env, token, join(env.dir, 'b.json'), file, true))
  assert.equal(result.code, 1)
  assert.match(result.err, /^sign sign-bundle: .*not-a-statement\.json is not an in-toto statement/)
  assert.equal(JSON.stringify(env.stack.requests), before, 'no service was asked')
})

test('sign-bundle fails with the reason, never the token, when Fulcio rejects the token', async t => {
  const env = await setup(t)
  const other = await startOidcIssuer()
  t.after(() => other.stop())
  const token = other.mint({ audience: 'sigstore' })
  const file = join(env.dir, 'a.txt')
  await writeFile(file, 'a')
  const result = await run(signArgs(env, token, join(env.dir, 'b.json'), file))
  assert.equal(result.code, 1)
  assert.match(
    result.err,
    /^sign sign-bundle: Fulcio at \S+ could not issue a signing certificate: HTTP 400 \(There was an error processing the identity token\)/
  )
  assert.ok(!result.err.includes(token))
  await assert.rejects(readFile(join(env.dir, 'b.json')), { code: 'ENOENT' })
})

test('--staging without a signing config or trusted root is refused with what to pass', async () => {
  const sign = await run([
    'sign-bundle',
    '--staging',
    '--identity-token',
    't',
    '--bundle',
    'b',
    'f'
  ])
  assert.equal(sign.code, 1)
  assert.match(
    sign.err,
    /^sign sign-bundle: --staging needs --signing-config FILE: sign builds in only the public-good services/
  )
  const verify = await run(['verify-bundle', '--staging', '--bundle', 'b', '--key', 'k', 'a'])
  assert.equal(verify.code, 1)
  assert.match(
    verify.err,
    /^sign verify-bundle: --staging needs --trusted-root FILE: sign builds in only the public-good trusted root/
  )
})

// cosign and this suite read each other's keyless signatures of files, on the loopback Sigstore
// stack (its trusted root given to both): cosign verify-blob accepts our .sigstore.json for the
// identity that signed and refuses another; sign verify accepts cosign sign-blob's bundle (Fulcio,
// Rekor and the TSA as the stack's signing config names them) for the identity that signed and
// refuses another.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import {
  createBundleSigner,
  hashFile,
  resolveInstance,
  staticIdentityProvider,
  writeFileSignatures
} from '@sign/sigstore'
import {
  bundleEntry,
  referenceTool,
  startOidcIssuer,
  startSigstoreStack,
  type OidcIssuer,
  type SigstoreStack
} from '@sign/testenv'

const SAN = 'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.2.3'
const OTHER = 'https://github.com/octo-org/octo-repo/.github/workflows/other.yml@refs/heads/main'
const ISSUER = 'https://token.actions.githubusercontent.com'

/** Runs a command; resolves with its exit code and output whatever the code. */
async function run(
  command: string,
  args: string[],
  env: Record<string, string> = {}
): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, {
      env: { ...process.env, ...env },
      encoding: 'utf8'
    })
    return { code: 0, output: `${stdout}${stderr}` }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

async function environment(t: {
  after(fn: () => Promise<void>): void
}): Promise<{ oidc: OidcIssuer; stack: SigstoreStack; work: string }> {
  const oidc = await startOidcIssuer()
  t.after(() => oidc.stop())
  const stack = await startSigstoreStack({ oidcIssuers: [oidc] })
  t.after(() => stack.stop())
  const work = await mkdtemp(join(tmpdir(), 'sign-interop-cosign-'))
  t.after(() => rm(work, { recursive: true, force: true }))
  return { oidc, stack, work }
}

test('cosign verify-blob reads our .sigstore.json, for the identity that signed only', async t => {
  const cosign = referenceTool({ name: 'cosign' })
  t.diagnostic(`cosign ${cosign.version}`)
  const { oidc, stack, work } = await environment(t)
  const file = join(work, 'app-linux-amd64')
  await writeFile(file, 'a release binary\n')
  const signer = createBundleSigner({
    instance: resolveInstance({
      fulcioUrl: stack.fulcioUrl,
      rekorUrl: stack.rekorUrl,
      tsaUrl: stack.tsaUrl
    }),
    identityProvider: staticIdentityProvider(oidc.mint({ audience: 'sigstore' }))
  })
  const { digest } = await hashFile(file)
  const { bundle } = await writeFileSignatures({
    file,
    signed: await signer.signDigest({ algorithm: 'sha256', digest }),
    legacyOutputs: false
  })
  const verify = (identity: string) =>
    run(cosign.path, [
      'verify-blob',
      '--bundle',
      bundle,
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      ISSUER,
      '--trusted-root',
      stack.trustedRootPath,
      file
    ])
  const accepted = await verify(SAN)
  assert.equal(accepted.code, 0, accepted.output)
  assert.match(accepted.output, /Verified OK/)
  const refused = await verify(OTHER)
  assert.notEqual(refused.code, 0)
  assert.match(refused.output, /no matching CertificateIdentity found.*expected SAN value/)
})

test('sign verify reads cosign sign-blob bundles, for the identity that signed only', async t => {
  const cosign = referenceTool({ name: 'cosign' })
  const { oidc, stack, work } = await environment(t)
  const file = join(work, 'README.txt')
  await writeFile(file, 'release notes\n')
  const bundle = `${file}.sigstore.json`
  const signed = await run(cosign.path, [
    'sign-blob',
    '--yes',
    '--signing-config',
    stack.signingConfigPath,
    '--trusted-root',
    stack.trustedRootPath,
    '--identity-token',
    oidc.mint({ audience: 'sigstore' }),
    '--bundle',
    bundle,
    file
  ])
  assert.equal(signed.code, 0, signed.output)
  const verify = (identity: string) =>
    run(process.execPath, [
      bundleEntry('cli'),
      'verify',
      '--certificate-identity',
      identity,
      '--certificate-oidc-issuer',
      ISSUER,
      '--trusted-root',
      stack.trustedRootPath,
      file,
      '--bundle',
      bundle
    ])
  const accepted = await verify(SAN)
  assert.equal(accepted.code, 0, accepted.output)
  const refused = await verify(OTHER)
  assert.equal(refused.code, 1, refused.output)
  assert.match(refused.output, /does not match the expected/)
})

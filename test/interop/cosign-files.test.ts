// cosign and this suite read each other's keyless signatures of files, on the loopback Sigstore
// stack (its trusted root given to both): cosign verify-blob accepts our .sigstore.json for the
// identity that signed and refuses another; sign verify accepts cosign sign-blob's bundle (Fulcio,
// Rekor and the TSA as the stack's signing config names them) for the identity that signed and
// refuses another.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  createBundleSigner,
  hashFile,
  resolveInstance,
  staticIdentityProvider,
  writeFileSignatures
} from '@sign/sigstore'
import { bundleEntry, referenceTool } from '@sign/testenv'
import { ISSUER, keylessEnvironment, OTHER, SAN } from './fixtures/keyless-environment.ts'
import { runCommand } from './fixtures/run-command.ts'

test('cosign verify-blob reads our .sigstore.json, for the identity that signed only', async t => {
  const cosign = referenceTool({ name: 'cosign' })
  t.diagnostic(`cosign ${cosign.version}`)
  const { oidc, stack, work } = await keylessEnvironment({ t, prefix: 'cosign' })
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
    runCommand({
      command: cosign.path,
      args: [
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
      ]
    })
  const accepted = await verify(SAN)
  assert.equal(accepted.code, 0, accepted.output)
  assert.match(accepted.output, /Verified OK/)
  const refused = await verify(OTHER)
  assert.notEqual(refused.code, 0)
  assert.match(refused.output, /no matching CertificateIdentity found.*expected SAN value/)
})

test('sign verify reads cosign sign-blob bundles, for the identity that signed only', async t => {
  const cosign = referenceTool({ name: 'cosign' })
  const { oidc, stack, work } = await keylessEnvironment({ t, prefix: 'cosign' })
  const file = join(work, 'README.txt')
  await writeFile(file, 'release notes\n')
  const bundle = `${file}.sigstore.json`
  const signed = await runCommand({
    command: cosign.path,
    args: [
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
    ]
  })
  assert.equal(signed.code, 0, signed.output)
  const verify = (identity: string) =>
    runCommand({
      command: process.execPath,
      args: [
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
      ]
    })
  const accepted = await verify(SAN)
  assert.equal(accepted.code, 0, accepted.output)
  const refused = await verify(OTHER)
  assert.equal(refused.code, 1, refused.output)
  assert.match(refused.output, /does not match the expected/)
})

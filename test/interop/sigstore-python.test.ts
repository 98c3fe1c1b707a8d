// sigstore-python and this suite read each other's keyless signatures and in-toto attestations
// of files, on the loopback Sigstore stack (given to sigstore-python as one client trust config,
// to us as its trusted root), logged in Rekor v1 or v2: `sigstore verify identity` accepts our
// .sigstore.json and our SLSA provenance bundle for the identity that signed and refuses another;
// sign verify accepts what `sigstore sign` and `sigstore attest` make (Fulcio through a CSR,
// Rekor and the TSA as the stack's signing config names them) for the identity that signed and
// refuses another.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  attest,
  createBundleSigner,
  hashFile,
  resolveInstance,
  staticIdentityProvider,
  writeFileSignatures,
  type SigstoreInstance
} from '@sign/sigstore'
import { bundleEntry, referenceTool, type OidcIssuer, type SigstoreStack } from '@sign/testenv'
import { provenanceStatement } from './fixtures/gh-attestation.ts'
import { ISSUER, keylessEnvironment, OTHER, SAN } from './fixtures/keyless-environment.ts'
import { runCommand, type CommandResult } from './fixtures/run-command.ts'
import { sigstorePythonEnv, writeClientTrustConfig } from './fixtures/sigstore-python-trust.ts'

const PROVENANCE = 'https://slsa.dev/provenance/v1'

/** The part of a bundle that says which Rekor logged it (hashedrekord 0.0.1: v1, 0.0.2: v2). */
interface LoggedBundle {
  verificationMaterial: { tlogEntries: { kindVersion: { version: string } }[] }
}

interface Environment {
  oidc: OidcIssuer
  stack: SigstoreStack
  work: string
  trustConfig: string
  env: Record<string, string>
}

async function environment(
  t: { after(fn: () => Promise<void>): void },
  options: { rekorVersion: 1 | 2 }
): Promise<Environment> {
  const { oidc, stack, work } = await keylessEnvironment({
    t,
    prefix: 'sigstore-python',
    rekorVersion: options.rekorVersion
  })
  const trustConfig = await writeClientTrustConfig({ stack, directory: work })
  return { oidc, stack, work, trustConfig, env: sigstorePythonEnv({ home: work }) }
}

/** Where our signer logs: Rekor v1 by URL, or Rekor v2 as the stack's signing config names it. */
function ourInstance(stack: SigstoreStack, rekorVersion: 1 | 2): SigstoreInstance {
  return rekorVersion === 1
    ? resolveInstance({
        fulcioUrl: stack.fulcioUrl,
        rekorUrl: stack.rekorUrl,
        tsaUrl: stack.tsaUrl
      })
    : resolveInstance({ signingConfig: stack.signingConfigPath })
}

/** `sigstore verify identity` of `file` against `bundle`, for `identity` and the GitHub issuer. */
function pythonVerify(
  environment: Environment,
  options: { file: string; bundle: string; identity: string }
): Promise<CommandResult> {
  return runCommand({
    command: referenceTool({ name: 'sigstore-python' }).path,
    args: [
      '--trust-config',
      environment.trustConfig,
      'verify',
      'identity',
      '--bundle',
      options.bundle,
      '--cert-identity',
      options.identity,
      '--cert-oidc-issuer',
      ISSUER,
      options.file
    ],
    env: environment.env
  })
}

/** `sign verify FILE --bundle B` (the bundled CLI) for `identity`, attestations with `type`. */
function ourVerify(
  environment: Environment,
  options: { file: string; bundle: string; identity: string; type?: string }
): Promise<CommandResult> {
  return runCommand({
    command: process.execPath,
    args: [
      bundleEntry('cli'),
      'verify',
      '--certificate-identity',
      options.identity,
      '--certificate-oidc-issuer',
      ISSUER,
      '--trusted-root',
      environment.stack.trustedRootPath,
      ...(options.type === undefined ? [] : ['--type', options.type]),
      options.file,
      '--bundle',
      options.bundle
    ]
  })
}

/** `sigstore sign` or `sigstore attest` of `file` with a fresh token; fails the test on error. */
async function pythonSign(
  environment: Environment,
  options: { file: string; bundle: string; rekorVersion: 1 | 2; predicate?: string }
): Promise<void> {
  const { predicate } = options
  const run = await runCommand({
    command: referenceTool({ name: 'sigstore-python' }).path,
    args: [
      '--trust-config',
      environment.trustConfig,
      ...(predicate === undefined
        ? ['sign']
        : ['attest', '--predicate', predicate, '--predicate-type', PROVENANCE]),
      // Of the logs a signing config names for one operator, sigstore-python signs with the
      // newest API it supports (Rekor v2) unless --rekor-version says which.
      ...(options.rekorVersion === 1 ? ['--rekor-version', '1'] : []),
      '--identity-token',
      environment.oidc.mint({ audience: 'sigstore' }),
      '--bundle',
      options.bundle,
      options.file
    ],
    env: environment.env
  })
  assert.equal(run.code, 0, run.output)
}

for (const rekorVersion of [1, 2] as const) {
  test(`sigstore verify identity reads our .sigstore.json and provenance (Rekor v${rekorVersion}), for the identity that signed only`, async t => {
    const python = referenceTool({ name: 'sigstore-python' })
    t.diagnostic(`sigstore-python ${python.version}`)
    const env = await environment(t, { rekorVersion })
    const file = join(env.work, 'app-linux-amd64')
    await writeFile(file, 'a release binary\n')
    const signer = createBundleSigner({
      instance: ourInstance(env.stack, rekorVersion),
      identityProvider: staticIdentityProvider(env.oidc.mint({ audience: 'sigstore' }))
    })
    const { digest, hex } = await hashFile(file)
    const { bundle } = await writeFileSignatures({
      file,
      signed: await signer.signDigest({ algorithm: 'sha256', digest }),
      legacyOutputs: false
    })
    const written = JSON.parse(await readFile(bundle, 'utf8')) as LoggedBundle
    assert.equal(
      written.verificationMaterial.tlogEntries[0]?.kindVersion.version,
      rekorVersion === 1 ? '0.0.1' : '0.0.2'
    )
    const accepted = await pythonVerify(env, { file, bundle, identity: SAN })
    assert.equal(accepted.code, 0, accepted.output)
    assert.match(accepted.output, /OK: .*app-linux-amd64/)
    const refused = await pythonVerify(env, { file, bundle, identity: OTHER })
    assert.notEqual(refused.code, 0, refused.output)
    assert.match(refused.output, /Certificate's SANs do not match .*other\.yml/)

    const provenance = join(env.work, 'app-linux-amd64.intoto.jsonl')
    await attest({
      signer,
      statement: provenanceStatement({ file, sha256: hex, workflow: env.oidc.workflow }),
      file: provenance
    })
    const attested = await pythonVerify(env, { file, bundle: provenance, identity: SAN })
    assert.equal(attested.code, 0, attested.output)
    // sigstore-python prints the verified statement, then OK.
    assert.match(attested.output, /"predicateType":"https:\/\/slsa\.dev\/provenance\/v1"/)
    assert.match(attested.output, /OK: .*app-linux-amd64/)
    const other = join(env.work, 'app-linux-arm64')
    await writeFile(other, 'another release binary\n')
    const notItsSubject = await pythonVerify(env, {
      file: other,
      bundle: provenance,
      identity: SAN
    })
    assert.notEqual(notItsSubject.code, 0, notItsSubject.output)
    assert.match(notItsSubject.output, /in-toto statement has no subject for digest/)
    const refusedAttestation = await pythonVerify(env, {
      file,
      bundle: provenance,
      identity: OTHER
    })
    assert.notEqual(refusedAttestation.code, 0, refusedAttestation.output)
    assert.match(refusedAttestation.output, /Certificate's SANs do not match .*other\.yml/)
  })

  test(`sign verify reads sigstore sign and attest bundles (Rekor v${rekorVersion}), for the identity that signed only`, async t => {
    const env = await environment(t, { rekorVersion })
    const file = join(env.work, 'README.txt')
    await writeFile(file, 'release notes\n')
    const bundle = join(env.work, 'README.txt.sigstore.json')
    await pythonSign(env, { file, bundle, rekorVersion })
    assert.equal(env.stack.requests.fulcio, 1)
    assert.equal(env.stack.requests.tsa, 1)
    const written = JSON.parse(await readFile(bundle, 'utf8')) as LoggedBundle
    assert.equal(
      written.verificationMaterial.tlogEntries[0]?.kindVersion.version,
      rekorVersion === 1 ? '0.0.1' : '0.0.2'
    )
    const accepted = await ourVerify(env, { file, bundle, identity: SAN })
    assert.equal(accepted.code, 0, accepted.output)
    assert.match(accepted.output, /verified\s+sigstore-bundle by https:\/\/github\.com\/octo-org/)
    const refused = await ourVerify(env, { file, bundle, identity: OTHER })
    assert.equal(refused.code, 1, refused.output)
    assert.match(refused.output, /does not match the expected/)

    const predicate = join(env.work, 'predicate.json')
    const { predicate: provenance } = provenanceStatement({
      file,
      sha256: (await hashFile(file)).hex,
      workflow: env.oidc.workflow
    })
    await writeFile(predicate, JSON.stringify(provenance))
    const attestation = join(env.work, 'README.txt.intoto.sigstore.json')
    await pythonSign(env, { file, bundle: attestation, rekorVersion, predicate })
    const attested = await ourVerify(env, {
      file,
      bundle: attestation,
      identity: SAN,
      type: PROVENANCE
    })
    assert.equal(attested.code, 0, attested.output)
    assert.match(
      attested.output,
      /verified\s+sigstore-bundle https:\/\/slsa\.dev\/provenance\/v1 \[builder https:\/\/github\.com\/octo-org\/octo-repo\/\.github\/workflows\/release\.yml@refs\/tags\/v1\.2\.3, source https:\/\/github\.com\/octo-org\/octo-repo@refs\/tags\/v1\.2\.3\] by https:\/\/github\.com\/octo-org/
    )
    const refusedAttestation = await ourVerify(env, {
      file,
      bundle: attestation,
      identity: OTHER,
      type: PROVENANCE
    })
    assert.equal(refusedAttestation.code, 1, refusedAttestation.output)
    assert.match(refusedAttestation.output, /does not match the expected/)
  })
}
